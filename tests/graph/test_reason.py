"""Both reasoners (OWL 2 RL in-process, HermiT through owlready2) over the ontology, small
example graphs and the seeds: the same inferences, the same refusals.

Where CI=true a missing Java fails the HermiT tests instead of skipping them."""

from __future__ import annotations

import os
import subprocess
import sys
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

from tests.conftest import REPORTS
from tests.helpers import require_java

pytestmark = pytest.mark.reasoner

needs_java = pytest.mark.usefixtures("java")  # conftest: skipped without Java locally, a failure on CI
ENGINES = ["rl", "hermit"]


@pytest.fixture(autouse=True)
def _java_for_hermit(request) -> None:
    """The HermiT variant of a test needs Java: skipped without it locally, a failure on CI."""
    callspec = getattr(request.node, "callspec", None)
    if callspec is not None and callspec.params.get("engine") == "hermit":
        require_java()

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
        g.add((body, CPPCC.jurisdiction, seat))
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


@pytest.mark.parametrize("engine", ENGINES)
def test_joint_activity_inferred(engine: str) -> None:
    data = example()
    before = len(data)
    inferred = reason.infer(data, reasoner=engine)
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
def test_hermit_reads_facts_whose_first_line_is_long() -> None:
    """Evidence sentences can run past a kilobyte; such a line first in the file once made
    owlready2 take the N-Triples input for RDF/XML, so builds failed at random."""
    g = Graph()
    g.add((LOCAL, RDFS.comment, Literal("会" * 1200, lang="zh")))
    inferred, unsatisfiable = reason._hermit(g, reason._java())
    assert unsatisfiable == []
    assert (LOCAL, RDFS.comment, None) not in inferred


@needs_java
def test_dataset_input_ignores_previous_inferred_graph() -> None:
    ds = Dataset()
    part = ds.graph(report_graph("r1"))
    for triple in example():
        part.add(triple)
    ds.graph(INFERRED_GRAPH).add((JOINT, RDF.type, CPPCC.JointSichuanChongqingActivity))
    inferred = reason.infer(ds)
    assert (JOINT, RDF.type, CPPCC.JointSichuanChongqingActivity) in inferred


@pytest.mark.parametrize("engine", ENGINES)
def test_disjoint_initiative_types_are_inconsistent(engine: str) -> None:
    data = example()
    data.add((LOCAL, RDF.type, CPPCC.Consultation))
    with pytest.raises(errors.ValidationError) as caught:
        reason.infer(data, reasoner=engine)
    message = str(caught.value)
    assert "cppccid:initiative/r1/local" in message
    assert "cppcc:Consultation" in message and "cppcc:Meeting" in message
    assert "disjoint" in message


@pytest.mark.parametrize("engine", ENGINES)
def test_collective_as_participant_is_inconsistent(engine: str) -> None:
    data = example()
    collective = mint("body", "chuanyu-cppcc")
    data.add((collective, RDF.type, CPPCC.Collective))
    data.add((LOCAL, CPPCC.partner, collective))
    with pytest.raises(errors.ValidationError, match="chuanyu-cppcc is both cppcc:Body"):
        reason.infer(data, reasoner=engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_literal_outside_range_is_named(engine: str) -> None:
    data = example()
    data.add((LOCAL, CPPCC.noOrganizerReason, Literal(3.5)))
    with pytest.raises(errors.ValidationError, match="outside the range xsd:string"):
        reason.infer(data, reasoner=engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_literal_for_object_property_is_named(engine: str) -> None:
    data = example()
    data.add((LOCAL, CPPCC.topic, Literal("乡村振兴", lang="zh")))
    with pytest.raises(errors.ValidationError, match="cppcc:topic '乡村振兴': expected an IRI"):
        reason.infer(data, reasoner=engine)


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
    with pytest.raises(errors.DependencyError, match=r"^--reasoner hermit needs Java.*use --reasoner rl"):
        reason.infer(example(), reasoner="hermit")
    with pytest.raises(errors.DependencyError):
        reason.consistent()
    assert reason.choose("auto") == ("rl", "auto: no Java on the PATH")
    assert (JOINT, RDF.type, CPPCC.JointSichuanChongqingActivity) in reason.infer(example(), reasoner="auto")


@needs_java
def test_auto_takes_hermit_when_java_is_there() -> None:
    assert reason.choose("auto") == ("hermit", "auto: Java found")


def test_unknown_reasoner_is_an_input_error() -> None:
    with pytest.raises(errors.InputError, match=r"^--reasoner 'pellet': use one of auto, rl, hermit, none$"):
        reason.choose("pellet")


def test_rl_rules_come_from_the_ontology_axioms(tmp_path: Path) -> None:
    """The chain and self rules the RL engine adds are read from the ontology: without the
    property chain there is no inProvince and so no joint activity; under another name the
    chain gives that name."""
    from cppcckg.graph.validate import ONTOLOGY_FILE

    onto = Graph().parse(ONTOLOGY_FILE, format="turtle")
    chain = onto.value(CPPCC.inProvince, OWL.propertyChainAxiom)
    onto.remove((CPPCC.inProvince, OWL.propertyChainAxiom, chain))
    without = tmp_path / "no-chain.ttl"
    onto.serialize(destination=str(without), format="turtle")
    assert len(reason.infer(example(), without, reasoner="rl")) == 0

    renamed = CPPCC._NS["locatedInProvince"]
    onto.add((renamed, RDF.type, OWL.ObjectProperty))
    onto.add((renamed, OWL.propertyChainAxiom, chain))
    other = tmp_path / "renamed-chain.ttl"
    onto.serialize(destination=str(other), format="turtle")
    inferred = reason.infer(example(), other, reasoner="rl")
    assert (SC_BODY, renamed, SICHUAN) in inferred
    assert (GZ_BODY, renamed, GUIZHOU) in inferred  # through Province ⊑ ∃withinProvince.Self
    assert (JOINT, RDF.type, CPPCC.JointSichuanChongqingActivity) not in inferred


@pytest.fixture(scope="module")
def seed_facts(reference, seed_extractions) -> Graph:
    """What a build of the seeds hands the reasoner."""
    import io

    from cppcckg.graph.pieces import make_context, write_reports
    from cppcckg.graph.rdf import initiative_key
    from cppcckg.graph.resolve import initiative_keys

    merged = initiative_keys(seed_extractions, reference, initiative_key)
    ctx = make_context(reference, validate=False, reason=True)
    facts = Graph()
    for triple in reason.reasoner_input(ctx.reference_graph, ctx.ontology):
        facts.add(triple)
    for triple in write_reports(ctx, seed_extractions, merged, io.StringIO()):
        facts.add(triple)
    return facts


def _memberships(inferred: Graph, facts: Graph) -> dict[str, set]:
    kinds = {"initiative": CPPCC.Initiative, "body": CPPCC.Body, "place": CPPCC.Place}
    told = reason.load_ontology()
    supers = {k: set(told.transitive_subjects(RDFS.subClassOf, cls)) for k, cls in kinds.items()}
    out: dict[str, set] = {k: set() for k in kinds}
    for s, p, o in inferred:
        for kind, classes in supers.items():
            if any((s, RDF.type, c) in facts for c in classes):
                out[kind].add((s, p, o))
    return out


@needs_java
def test_both_reasoners_infer_the_same_on_the_seeds(seed_facts: Graph) -> None:
    ontology = reason.load_ontology()
    rl = reason.infer_from(seed_facts, ontology, "rl")
    hermit = reason.infer_from(seed_facts, ontology, "hermit")
    by_rl, by_hermit = _memberships(rl, seed_facts), _memberships(hermit, seed_facts)
    for kind in ("initiative", "body", "place"):
        assert by_rl[kind] == by_hermit[kind], kind
    assert set(rl) == set(hermit)
    joint = set(rl.subjects(RDF.type, CPPCC.JointSichuanChongqingActivity))
    assert len(joint) >= 12
    assert len(by_rl["body"]) > 100  # inProvince of the reference bodies


def test_build_without_java_on_the_path_infers_the_joint_activities(tmp_path: Path) -> None:
    """The README's quick start on a machine with no Java: `cppcckg build` reasons in-process."""
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("JAVA_HOME", "PATH")}
    env["PATH"] = str(empty_bin)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2] / "src")  # this checkout's code
    done = subprocess.run([sys.executable, "-m", "cppcckg.cli", "build", "--reports", str(REPORTS),
                           "--out", str(tmp_path / "out"), "--no-progress", "--full", "--jobs", "1"],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "reasoner: OWL 2 RL (reasonable, in-process), auto: no Java on the PATH" in done.stdout
    from cppcckg.store import open_store

    store = open_store(tmp_path / "out" / "store")
    joint = {str(row[0]) for row in store.query(
        "SELECT DISTINCT ?a WHERE { GRAPH ?g { ?a a <%s> } }" % CPPCC.JointSichuanChongqingActivity)}
    assert len(joint) >= 12


def test_no_reason_is_reasoner_none(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cppcckg.cli.main import app

    runner = CliRunner()
    done = runner.invoke(app, ["build", "--reports", str(REPORTS), "--out", str(tmp_path / "out"), "--no-progress",
                               "--no-reason", "--no-validate", "--jobs", "1"])
    assert done.exit_code == 0, done.output
    assert "reasoner:" not in done.output  # no reasoner ran (the inferred graph holds only materialised paths)
    clash = runner.invoke(app, ["build", "--reports", str(REPORTS), "--out", str(tmp_path / "out"), "--no-reason",
                                "--reasoner", "hermit"])
    assert clash.exit_code == 2
    assert "--no-reason and --reasoner hermit contradict each other" in clash.output
    bad = runner.invoke(app, ["build", "--reports", str(REPORTS), "--out", str(tmp_path / "out"), "--reasoner", "x"])
    assert bad.exit_code == 2 and "--reasoner 'x': use one of auto, rl, hermit, none" in bad.output


@pytest.mark.parametrize("engine", ENGINES)
def test_disjoint_kinds_merged_stop_the_build_with_exit_4(engine: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The resolution bug found earlier, replayed: a meeting merged into a consultation makes one
    initiative of two disjoint kinds; either reasoner refuses the build with exit code 4."""
    from typer.testing import CliRunner

    import cppcckg.build.run as run
    from cppcckg.cli.main import app

    real = run.initiative_keys

    def merging_disjoint_kinds(extractions, reference, key_of):
        merged = real(extractions, reference, key_of)
        ex = extractions[0]
        kinds = {i.type: n for n, i in enumerate(ex.initiatives)}
        consultation = ex.initiatives[kinds["consultation"]]
        merged[(ex.report.id, kinds["meeting"])] = (key_of(ex.report.id, consultation), "same-title")
        return merged

    monkeypatch.setattr(run, "initiative_keys", merging_disjoint_kinds)
    done = CliRunner().invoke(app, ["build", "--reports", str(REPORTS), "--out", str(tmp_path / "out"), "--no-progress",
                                    "--no-validate", "--full", "--jobs", "1", "--reasoner", engine])
    assert done.exit_code == 4, done.output
    line = done.output.strip().splitlines()[-1]
    assert line.startswith("error: ontology and data are inconsistent: cppccid:initiative/") or \
        "ontology and data are inconsistent: cppccid:initiative/" in line, line
    assert "which the ontology declares disjoint" in line
    assert "Traceback" not in done.output
    assert not (tmp_path / "out" / "store").exists()


def test_rl_without_its_package_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "reasonable", None)  # import reasonable now raises ImportError
    with pytest.raises(errors.DependencyError, match=r"^--reasoner rl needs the Python package 'reasonable'"):
        reason.require("rl")
    with pytest.raises(errors.DependencyError, match="pip install reasonable"):
        reason.infer(example(), reasoner="rl")
