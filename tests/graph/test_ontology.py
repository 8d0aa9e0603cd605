"""The ontology file and vocab.py agree, and every own term is labelled and documented."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef

from cppcckg import vocab
from cppcckg.vocab import CPPCC, DATA_NS, OWL, RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY = ROOT / "ontology" / "cppcc.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
PACKAGE = ROOT / "src" / "cppcckg"
NS = str(CPPCC._NS)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def own_terms(graph: Graph) -> set[URIRef]:
    return {
        s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)
    }


def vocab_terms() -> set[URIRef]:
    return {CPPCC._NS[name] for name in CPPCC.__annotations__}


def test_vocab_lists_exactly_the_ontology_terms(onto: Graph) -> None:
    in_ontology = own_terms(onto)
    in_vocab = vocab_terms()
    assert sorted(in_vocab - in_ontology) == [], "in vocab.CPPCC but not defined in cppcc.ttl"
    assert sorted(in_ontology - in_vocab) == [], "defined in cppcc.ttl but missing in vocab.CPPCC"
    # Every term the ontology *uses* in its namespace is also defined there.
    used = {
        node
        for triple in onto
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(NS)
    }
    assert sorted(used - in_ontology) == []


def test_every_own_term_has_labels_and_comment(onto: Graph) -> None:
    missing = []
    for term in sorted(own_terms(onto)):
        labels = list(onto.objects(term, RDFS.label))
        languages = {label.language for label in labels if isinstance(label, Literal)}
        if "zh" not in languages:
            missing.append(f"{term} rdfs:label@zh")
        if "en" not in languages:
            missing.append(f"{term} rdfs:label@en")
        comments = [c for c in onto.objects(term, RDFS.comment) if isinstance(c, Literal)]
        if not any(c.language == "en" for c in comments):
            missing.append(f"{term} rdfs:comment@en")
    assert missing == []


def test_every_own_term_is_declared(onto: Graph) -> None:
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual}
    undeclared = [t for t in own_terms(onto) if not set(onto.objects(t, RDF.type)) & kinds]
    assert undeclared == []


def test_header(onto: Graph) -> None:
    header = vocab.ONTOLOGY_IRI
    assert (header, RDF.type, OWL.Ontology) in onto
    titles = {t.language for t in onto.objects(header, vocab.DCTERMS.title)}
    assert {"zh", "en"} <= titles
    assert onto.value(header, OWL.versionInfo) is not None
    assert onto.value(header, vocab.DCTERMS.license) is not None


def test_fixed_individuals(onto: Graph) -> None:
    for place, cls, zh in (
        (vocab.SICHUAN, CPPCC.Province, "四川省"),
        (vocab.CHONGQING, CPPCC.Province, "重庆市"),
        (vocab.CHINA, CPPCC.Country, "中国"),
    ):
        assert (place, RDF.type, cls) in onto
        assert Literal(zh, lang="zh") in set(onto.objects(place, RDFS.label))
    for province in (vocab.SICHUAN, vocab.CHONGQING):
        assert (province, CPPCC.withinProvince, province) in onto
    for status in (CPPCC.done, CPPCC.planned):
        assert (status, RDF.type, CPPCC.Status) in onto
        assert {p.language for p in onto.objects(status, SKOS.prefLabel)} == {"zh", "en"}


def test_joint_activity_is_defined_not_a_subclass(onto: Graph) -> None:
    cls = CPPCC.JointSichuanChongqingActivity
    definition = onto.value(cls, OWL.equivalentClass)
    assert isinstance(definition, BNode)
    members = list(onto.items(onto.value(definition, OWL.intersectionOf)))
    assert CPPCC.Initiative in members
    values = {
        onto.value(onto.value(m, OWL.someValuesFrom), OWL.hasValue)
        for m in members
        if isinstance(m, BNode)
    }
    assert values == {vocab.SICHUAN, vocab.CHONGQING}


def test_property_chain(onto: Graph) -> None:
    chain = list(onto.items(onto.value(CPPCC.inProvince, OWL.propertyChainAxiom)))
    assert chain == [CPPCC.jurisdiction, CPPCC.withinProvince]


def test_shapes_parse_and_refer_only_to_known_terms(onto: Graph) -> None:
    shapes = Graph().parse(SHAPES, format="turtle")
    used = {
        node
        for triple in shapes
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(NS)
    }
    assert used and sorted(used - own_terms(onto)) == []


def test_mint() -> None:
    assert vocab.mint("body", "cq-cppcc") == URIRef(f"{DATA_NS}body/cq-cppcc")
    assert vocab.mint("evidence", "cq-cppcc-2022-work-report/120-138").endswith(
        "evidence/cq-cppcc-2022-work-report/120-138"
    )
    assert vocab.SICHUAN == vocab.mint("place", "sichuan")


@pytest.mark.parametrize(
    ("kind", "key"),
    [
        ("person", "x"),
        ("body", ""),
        ("body", "a b"),
        ("body", "a#b"),
        ("body", "a?b"),
        ("body", "a<b>"),
        ("body", "/x"),
        ("body", "x/"),
        ("body", "x//y"),
        ("body", "x/../y"),
        ("body", "50%"),
        ("body", "a\nb"),
        ("body", "中，文"),
    ],
)
def test_mint_rejects(kind: str, key: str) -> None:
    with pytest.raises(ValueError):
        vocab.mint(kind, key)


def test_graph_iris_and_prefixes() -> None:
    assert vocab.report_graph("r1") == URIRef(f"{DATA_NS}graph/report/r1")
    for iri in (vocab.ONTOLOGY_GRAPH, vocab.REFERENCE_GRAPH, vocab.INFERRED_GRAPH):
        assert iri.startswith(f"{DATA_NS}graph/")
    graph = vocab.bind_prefixes(Graph())
    bound = {prefix: str(ns) for prefix, ns in graph.namespaces()}
    for prefix, namespace in vocab.PREFIXES.items():
        assert bound[prefix] == str(namespace)


def test_unknown_term_fails() -> None:
    with pytest.raises(AttributeError):
        CPPCC.NoSuchTerm  # noqa: B018


def test_no_iri_literals_outside_vocab() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "vocab.py" and path.parent == PACKAGE:
            continue
        text = path.read_text(encoding="utf-8")
        for needle in ("https://w3id.org/cppcckg", "http://www.w3.org"):
            if needle in text:
                offenders.append(f"{path.relative_to(ROOT)} contains {needle}")
    assert offenders == []


def test_header_says_who_when_and_which_prefix(onto: Graph) -> None:
    header = vocab.ONTOLOGY_IRI
    vann = "http://purl.org/vocab/vann/"
    assert onto.value(header, vocab.DCTERMS.creator) is not None
    assert onto.value(header, vocab.DCTERMS.created) is not None and onto.value(header, vocab.DCTERMS.modified) is not None
    assert str(onto.value(header, URIRef(vann + "preferredNamespacePrefix"))) == "cppcc"
    assert str(onto.value(header, URIRef(vann + "preferredNamespaceUri"))) == NS


def test_every_own_term_is_defined_by_the_ontology(onto: Graph) -> None:
    assert sorted(t for t in own_terms(onto) if (t, RDFS.isDefinedBy, vocab.ONTOLOGY_IRI) not in onto) == []
