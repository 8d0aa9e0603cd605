"""Bodies found only in the text keep the class their words name in the graph (a Sichuan city's
standing committee is a cppcc:StandingCommittee, its party group a cppcc:PartyGroup), pass the
shapes and leave the graph consistent for both reasoners.

The sentences are written for this project in the style of the reports it reads.
"""

from __future__ import annotations

import pytest
from rdflib import Graph

from cppcckg.graph import rdf, reason
from cppcckg.graph.pieces import make_context
from cppcckg.ingest.reports import report_from_bytes
from cppcckg.vocab import CPPCC, RDF, RDFS

from tests.helpers import require_java

TEXT = "近日，遂宁市政协党组召开会议。市政协常委会第五次会议举行。市政协召开主席会议，研究界别工作。"


@pytest.fixture
def graph(reference, pipeline) -> Graph:
    report = report_from_bytes(TEXT.encode("utf-8"), "t", "t", {"id": "unknown-organs", "delivered": "2025-03-02"})
    extraction = pipeline.run(report)
    g = Graph()
    for piece in rdf.report_pieces(reference, extraction, {}):
        make_context(reference, validate=True, reason=False).validator.check(piece)  # the shapes hold
        for triple in piece:
            g.add(triple)
    return g


def _typed(g: Graph, label: str) -> set:
    bodies = [s for s, o in g.subject_objects(RDFS.label) if str(o) == label]
    assert len(bodies) == 1, label
    return set(g.objects(bodies[0], RDF.type))


def test_organs_outside_the_reference_keep_their_class(graph: Graph) -> None:
    assert {CPPCC.Body, CPPCC.PartyGroup} <= _typed(graph, "遂宁市政协党组")
    assert {CPPCC.Body, CPPCC.StandingCommittee} <= _typed(graph, "遂宁市政协常务委员会")
    assert {CPPCC.Body, CPPCC.ChairpersonsCouncil} <= _typed(graph, "遂宁市政协主席会议")


def test_every_class_given_to_an_unknown_body_is_a_body_in_the_ontology() -> None:
    ontology = Graph().parse(str(rdf.ONTOLOGY_FILE))
    for name in rdf.UNKNOWN_BODY_CLASSES:
        assert CPPCC.Body in set(ontology.transitive_objects(getattr(CPPCC, name), RDFS.subClassOf)), name


@pytest.mark.parametrize("engine", ["rl", "hermit"])
def test_the_typed_bodies_leave_the_graph_consistent(graph: Graph, engine: str) -> None:
    if engine == "hermit":
        require_java()
    inferred = reason.infer(graph, reasoner=engine)  # raises on an inconsistency
    assert inferred is not None


def test_a_committee_known_only_through_its_members_is_named_in_the_graph(reference, pipeline) -> None:
    # 县政协委员 in a text that never names its county, nor writes 县政协 alone: the work is the
    # county committee's, and that committee is a named body in the graph, not a bare IRI
    text = "3月2日，关爱行动在某某镇启动。县政协委员向留守儿童捐赠了学习用品。"
    report = report_from_bytes(text.encode("utf-8"), "t", "t", {"id": "members-only", "delivered": "2025-03-02"})
    g = Graph()
    for piece in rdf.report_pieces(reference, pipeline.run(report), {}):
        for triple in piece:
            g.add(triple)
    organizers = set(g.objects(None, CPPCC.organizer))
    assert organizers
    for body in organizers:
        assert {str(o) for o in g.objects(body, RDFS.label)} == {"县政协"}, body
        assert CPPCC.Body in set(g.objects(body, RDF.type))
