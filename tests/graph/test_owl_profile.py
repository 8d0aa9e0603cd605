"""The ontology is in OWL 2 DL, as its header says: the OWL API's profile checker (the one
Protégé uses) finds no violation, so no reused term falls back to an annotation property that
reasoners ignore."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from tests.helpers import ROOT, owl2_dl_violations, require_java


def test_ontology_is_owl2_dl(tmp_path: Path) -> None:
    require_java("the OWL API profile checker runs on Java")
    document = tmp_path / "cppcc.rdf"
    Graph().parse(ROOT / "ontology" / "cppcc.ttl", format="turtle").serialize(document, format="xml")
    assert owl2_dl_violations(document) == []


def test_the_checker_sees_an_undeclared_term(tmp_path: Path) -> None:
    require_java("the OWL API profile checker runs on Java")
    document = tmp_path / "bad.ttl"
    document.write_text("@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                        "<http://example.org/o> a owl:Ontology .\n"
                        "<http://example.org/a> <http://example.org/undeclared> <http://example.org/b> .\n"
                        "<http://example.org/C> a owl:Class ; owl:equivalentClass [ a owl:Restriction ;\n"
                        "  owl:onProperty <http://example.org/p> ; owl:hasSelf true ] .\n")
    found = owl2_dl_violations(document)
    assert any("undeclared" in line.lower() for line in found)
