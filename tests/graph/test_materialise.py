"""What the build states so that queries need no property paths (graph/materialise.py), and how
answers are made alike across engines (query/normalise.py)."""

from __future__ import annotations

import pyoxigraph as ox

from cppcckg.graph.materialise import materialise
from cppcckg.query.named import Query, parse_columns
from cppcckg.query.normalise import list_columns, normalise
from cppcckg.vocab import CPPCC, DATA_NS, INFERRED_GRAPH, ONTOLOGY_GRAPH, RDF, RDFS, SKOS, report_graph

N = ox.NamedNode
ONTO, INFERRED, REPORT = N(str(ONTOLOGY_GRAPH)), N(str(INFERRED_GRAPH)), N(str(report_graph("r")))


def _iri(term) -> ox.NamedNode:
    return N(str(term))


def _store() -> ox.Store:
    store = ox.Store()
    sub, typ = _iri(RDFS.subClassOf), _iri(RDF.type)
    initiative, consultation, thematic = _iri(CPPCC.Initiative), _iri(CPPCC.Consultation), _iri(CPPCC.ThematicConsultation)
    joint = _iri(CPPCC.JointSichuanChongqingActivity)
    act, body, seat, province = (N(f"{DATA_NS}{k}") for k in ("initiative/a", "body/b", "place/d", "place/p"))
    topic, broader, top = (N(f"{DATA_NS}topic/{k}") for k in ("t", "u", "v"))
    store.extend([
        ox.Quad(consultation, sub, initiative, ONTO), ox.Quad(thematic, sub, consultation, ONTO),
        ox.Quad(act, typ, consultation, REPORT), ox.Quad(act, typ, thematic, REPORT),
        ox.Quad(act, typ, joint, INFERRED),  # inferred classes do not count
        ox.Quad(topic, _iri(SKOS.broader), broader, REPORT), ox.Quad(broader, _iri(SKOS.broader), top, REPORT),
        ox.Quad(body, _iri(CPPCC.jurisdiction), seat, REPORT), ox.Quad(seat, _iri(CPPCC.withinProvince), province, REPORT),
        # where a body sits says nothing of its province (the National Committee sits in Beijing)
        ox.Quad(N(f"{DATA_NS}body/national"), _iri(CPPCC.seat), seat, REPORT),
    ])
    return store


def test_path_results_are_stated_in_the_inferred_graph():
    store = _store()
    added = materialise(store)
    assert added > 0 and materialise(store) == 0  # idempotent

    def has(s, p, o) -> bool:
        return any(True for _ in store.quads_for_pattern(s, p, o, INFERRED))

    act, body = N(f"{DATA_NS}initiative/a"), N(f"{DATA_NS}body/b")
    assert has(_iri(CPPCC.ThematicConsultation), _iri(RDFS.subClassOf), _iri(CPPCC.Initiative))
    specific = {q.object.value for q in store.quads_for_pattern(act, _iri(CPPCC.mostSpecificClass), None, INFERRED)}
    assert specific == {str(CPPCC.ThematicConsultation)}
    assert has(N(f"{DATA_NS}topic/t"), _iri(SKOS.broaderTransitive), N(f"{DATA_NS}topic/v"))
    assert not has(N(f"{DATA_NS}topic/t"), _iri(SKOS.broaderTransitive), N(f"{DATA_NS}topic/t"))
    assert has(body, _iri(CPPCC.inProvince), N(f"{DATA_NS}place/p"))
    assert not has(N(f"{DATA_NS}body/national"), _iri(CPPCC.inProvince), None)
    assert has(act, _iri(RDF.type), _iri(CPPCC.Initiative))  # the class closure of instances
    assert not has(act, _iri(RDF.type), _iri(CPPCC.Consultation))  # asserted already: not repeated


def test_every_initiative_and_body_answers_to_its_superclasses(seed_store):
    """`?x a cppcc:Initiative`, `?x a org:Organization` and `?x a prov:Activity` find every
    initiative and body of the seeds, without a property path."""
    from cppcckg.store import open_store
    from cppcckg.vocab import ORG, PROV

    store = open_store(seed_store)

    def count(pattern: str) -> int:
        text = f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}"
        return int(next(iter(store.query(text, use_default_graph_as_union=True)))["n"].value)

    initiatives = count(f"?x a ?c . ?c <{RDFS.subClassOf}>* <{CPPCC.Initiative}>")
    bodies = count(f"?x a ?c . ?c <{RDFS.subClassOf}>* <{CPPCC.Body}>")
    assert initiatives > 100 and bodies > 100
    assert count(f"?x a <{CPPCC.Initiative}>") == initiatives
    assert count(f"?x a <{PROV.Activity}> . ?x a <{CPPCC.Initiative}>") == initiatives
    assert count(f"?x a <{ORG.Organization}> . ?x a <{CPPCC.Body}>") == bodies
    assert count(f"?x a <{CPPCC.Body}>") == bodies


def test_lists_are_sorted_empty_lists_none_and_booleans_from_1_and_0():
    text = ('# title: t\n# column: joint boolean\nSELECT (GROUP_CONCAT(DISTINCT COALESCE(?n, ""); separator="; ") AS ?names) '
            '(COALESCE(?m, "") AS ?kept) ?joint WHERE { { SELECT (GROUP_CONCAT(?x; separator=" ") AS ?m) WHERE {} } }')
    query = Query("t", text, columns=parse_columns(text))
    assert list_columns(query) == {"names": "; ", "m": " ", "kept": " "}
    rows = [{"names": "乙; 甲; ", "kept": "", "joint": 1}, {"names": "", "kept": "b a", "joint": "0"},
            {"names": None, "kept": "", "joint": True}]
    assert normalise(query, rows) == [{"names": "乙; 甲", "kept": "", "joint": True},
                                      {"names": None, "kept": "a b", "joint": False},
                                      {"names": None, "kept": "", "joint": True}]
