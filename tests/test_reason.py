"""HermiT (through owlready2) over the ontology and small example graphs."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal

from cppcckg import errors

from cppcckg.graph import reason
from cppcckg.vocab import (
    CHONGQING,
    CPPCC,
    INFERRED_GRAPH,
    OWL,
    RDF,
    RDFS,
    SICHUAN,
    mint,
    report_graph,
)

pytestmark = pytest.mark.reasoner

needs_java = pytest.mark.usefixtures("java")  # conftest: skipped without Java locally, a failure on CI

YUZHONG = mint("place", "yuzhong")
DAZHOU = mint("place", "dazhou")
GUIZHOU = mint("place", "guizhou")
CQ_BODY = mint("body", "yuzhong-cppcc")
CQ_BODY_2 = mint("body", "cq-cppcc")
SC_BODY = mint("body", "dazhou-cppcc")
GZ_BODY = mint("body", "gz-cppcc")
JOINT = mint("initiative", "r1/joint")
LOCAL = mint("initiative", "r1/local")


def example() -> Graph:
    g = Graph()
    g.add((YUZHONG, RDF.type, CPPCC.District))
    g.add((YUZHONG, CPPCC.withinProvince, CHONGQING))
    g.add((DAZHOU, RDF.type, CPPCC.PrefectureCity))
    g.add((DAZHOU, CPPCC.withinProvince, SICHUAN))
    g.add((GUIZHOU, RDF.type, CPPCC.Province))  # no withinProvince: the hasSelf axiom gives it
    for body, cls, seat, label in (
        (CQ_BODY, CPPCC.CountyCommittee, YUZHONG, "渝中区政协"),
        (CQ_BODY_2, CPPCC.ProvincialCommittee, CHONGQING, "重庆市政协"),
        (SC_BODY, CPPCC.MunicipalCommittee, DAZHOU, "达州市政协"),
        (GZ_BODY, CPPCC.ProvincialCommittee, GUIZHOU, "贵州省政协"),
    ):
        g.add((body, RDF.type, cls))
        g.add((body, CPPCC.seat, seat))
        g.add((body, RDFS.label, Literal(label, lang="zh")))
    g.add((JOINT, RDF.type, CPPCC.ThematicConsultation))
    g.add((JOINT, CPPCC.organizer, CQ_BODY))
    g.add((JOINT, CPPCC.partner, SC_BODY))
    g.add((JOINT, CPPCC.status, CPPCC.done))
    g.add((LOCAL, RDF.type, CPPCC.Meeting))
    g.add((LOCAL, CPPCC.organizer, CQ_BODY))
    g.add((LOCAL, CPPCC.partner, CQ_BODY_2))
    g.add((LOCAL, CPPCC.status, CPPCC.planned))
    return g


@needs_java
def test_ontology_is_consistent() -> None:
    assert reason.consistent() is True


@needs_java
def test_unsatisfiable_class_makes_ontology_not_consistent(tmp_path: Path) -> None:
    from cppcckg.graph.validate import ONTOLOGY_FILE

    broken = Graph().parse(ONTOLOGY_FILE, format="turtle")
    odd = CPPCC._NS["Odd"]
    broken.add((odd, RDF.type, OWL.Class))
    broken.add((odd, RDFS.subClassOf, CPPCC.Consultation))
    broken.add((odd, RDFS.subClassOf, CPPCC.Meeting))
    path = tmp_path / "broken.ttl"
    broken.serialize(destination=str(path), format="turtle")
    assert reason.consistent(path) is False


@needs_java
def test_joint_activity_inferred() -> None:
    data = example()
    before = len(data)
    inferred = reason.infer(data)
    assert len(data) == before, "infer must not change its input"
    assert (JOINT, RDF.type, CPPCC.JointSichuanChongqingActivity) in inferred
    assert (LOCAL, RDF.type, CPPCC.JointSichuanChongqingActivity) not in inferred
    assert (CQ_BODY, CPPCC.inProvince, CHONGQING) in inferred
    assert (CQ_BODY_2, CPPCC.inProvince, CHONGQING) in inferred
    assert (SC_BODY, CPPCC.inProvince, SICHUAN) in inferred
    assert (GZ_BODY, CPPCC.inProvince, GUIZHOU) in inferred
    # Only new triples, only the kept kinds.
    assert not set(inferred) & set(data)
    assert {p for _, p, _ in inferred} == {RDF.type, CPPCC.inProvince}
    assert {o for _, p, o in inferred if p == RDF.type} == {CPPCC.JointSichuanChongqingActivity}


@needs_java
def test_dataset_input_ignores_previous_inferred_graph() -> None:
    ds = Dataset()
    part = ds.graph(report_graph("r1"))
    for triple in example():
        part.add(triple)
    ds.graph(INFERRED_GRAPH).add((JOINT, RDF.type, CPPCC.JointSichuanChongqingActivity))
    inferred = reason.infer(ds)
    assert (JOINT, RDF.type, CPPCC.JointSichuanChongqingActivity) in inferred


@needs_java
def test_disjoint_initiative_types_are_inconsistent() -> None:
    data = example()
    data.add((LOCAL, RDF.type, CPPCC.Consultation))
    with pytest.raises(errors.ValidationError) as caught:
        reason.infer(data)
    message = str(caught.value)
    assert "cppccid:initiative/r1/local" in message
    assert "cppcc:Consultation" in message and "cppcc:Meeting" in message
    assert "disjoint" in message


@needs_java
def test_collective_as_participant_is_inconsistent() -> None:
    data = example()
    collective = mint("body", "chuanyu-cppcc")
    data.add((collective, RDF.type, CPPCC.Collective))
    data.add((LOCAL, CPPCC.partner, collective))
    with pytest.raises(errors.ValidationError, match="chuanyu-cppcc is both cppcc:Body"):
        reason.infer(data)


@needs_java
def test_literal_outside_range_is_named() -> None:
    data = example()
    data.add((LOCAL, CPPCC.noOrganizerReason, Literal(3.5)))
    with pytest.raises(errors.ValidationError, match="outside the range xsd:string"):
        reason.infer(data)


@needs_java
def test_literal_for_object_property_is_named() -> None:
    data = example()
    data.add((LOCAL, CPPCC.topic, Literal("乡村振兴", lang="zh")))
    with pytest.raises(errors.ValidationError, match="cppcc:topic '乡村振兴': expected an IRI"):
        reason.infer(data)


@needs_java
def test_no_temporary_files_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    reason.infer(example())
    data = example()
    data.add((LOCAL, RDF.type, CPPCC.Consultation))
    with pytest.raises(errors.ValidationError):
        reason.infer(data)
    assert list(scratch.iterdir()) == []
    assert tempfile.tempdir == str(scratch), "infer must restore tempfile.tempdir"


def test_missing_java(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reason.shutil, "which", lambda name: None)
    with pytest.raises(errors.DependencyError, match=r"^Java not found: install a JRE"):
        reason.infer(example())
    with pytest.raises(errors.DependencyError):
        reason.consistent()
