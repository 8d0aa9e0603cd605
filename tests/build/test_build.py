"""The build: what lands in the store, determinism, and a build killed half-way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cppcckg.build.run import assemble
from cppcckg.store import open_store

from tests.conftest import REPORTS, ROOT

PREFIX = "PREFIX cppcc: <https://w3id.org/cppcckg/ontology#> PREFIX org: <http://www.w3.org/ns/org#> "


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    result = assemble(REPORTS, out)
    return result, open_store(result.store)


def _count(store, where: str) -> int:
    rows = list(store.query(PREFIX + f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {where} }}", use_default_graph_as_union=True))
    return int(rows[0]["n"].value)


def test_store_holds_bodies_and_facts(built):
    result, store = built
    assert result.reports == ["cq-cppcc-2022-work-report", "cq-cppcc-2023-work-report-graphic"]
    assert _count(store, "?x a cppcc:CountyCommittee ; cppcc:seat/cppcc:withinProvince ?p . FILTER(STRENDS(STR(?p), '/chongqing'))") == 38
    assert _count(store, "?x a cppcc:SpecialCommittee ; org:unitOf ?cq . FILTER(STRENDS(STR(?cq), '/cq-cppcc'))") == 10
    # Reports state the specific type only; the inferred graph adds every superclass type.
    assert _count(store, "GRAPH ?g { ?x a cppcc:Initiative } FILTER(!STRENDS(STR(?g), '/graph/inferred'))") == 0
    assert _count(store, "?x a cppcc:Initiative") == result.initiatives - result.merged
    assert _count(store, "?x cppcc:status ?s") == result.initiatives - result.merged
    assert _count(store, "?x a cppcc:JointSichuanChongqingActivity") >= 12  # inferred by HermiT
    assert _count(store, "?x cppcc:mergeRule ?r") == result.merged > 3


def test_merged_initiative_has_evidence_from_both_reports(built):
    _, store = built
    query = PREFIX + """SELECT ?i (COUNT(DISTINCT ?r) AS ?n) WHERE { ?i cppcc:mergeRule "same-title" ; cppcc:reportedIn ?r ;
        cppcc:evidence/<http://www.w3.org/ns/oa#hasSelector>/<http://www.w3.org/ns/oa#exact> ?t .
        FILTER(CONTAINS(?t, "渝事好商量")) } GROUP BY ?i"""
    rows = list(store.query(query, use_default_graph_as_union=True))
    assert rows and int(rows[0]["n"].value) == 2


def test_two_builds_are_identical(tmp_path: Path):
    """Same input, same graph: canonical N-Quads (blank nodes canonically renamed) are equal."""
    import pyoxigraph as ox

    dumps = []
    for name in ("a", "b"):
        store = open_store(assemble(REPORTS, tmp_path / name, reason=False).store)
        dataset = ox.Dataset(store.quads_for_pattern(None, None, None, None))
        dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
        dumps.append(sorted(str(q) for q in dataset))
        del store
    assert len(dumps[0]) > 15000
    assert dumps[0] == dumps[1]


def test_rebuild_replaces_atomically_and_a_killed_build_loses_nothing(tmp_path: Path):
    assemble(REPORTS, tmp_path, reason=False)
    store = open_store(tmp_path / "store")
    before = len(store)
    del store
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "cppcckg.cli", "build", "--reports", str(REPORTS), "--out", str(tmp_path), "--no-progress"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    # Kill it only once it has demonstrably started writing its new store (a staging folder or
    # its spool file beside the current version), so that the test cannot pass on a build that
    # never began.
    versions = tmp_path / ".stores"
    existing = set(versions.iterdir())
    deadline = time.monotonic() + 120
    while not (set(versions.iterdir()) - existing):
        assert proc.poll() is None, "the build ended before it started a new store"
        assert time.monotonic() < deadline, "the build did not start a new store within 120 s"
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL  # killed, not finished
    store = open_store(tmp_path / "store")
    assert len(store) == before
    del store
    assemble(REPORTS, tmp_path, reason=False)  # the next build clears what the killed one left
    assert len(list((tmp_path / ".stores").iterdir())) == 1
    assert not [p for p in (tmp_path / "cache").rglob("*") if p.name.endswith(".tmp")]


def test_parallel_extraction_equals_serial(reference):
    from cppcckg.build.run import extract_all
    from cppcckg.ingest.reports import find_reports

    paths = find_reports(REPORTS)
    serial = extract_all(paths, reference, jobs=1)
    parallel = extract_all(paths, reference, jobs=2, min_parallel=1)
    assert serial == parallel


def test_unchanged_reports_are_not_extracted_again(tmp_path: Path, reference, monkeypatch):
    import shutil

    from cppcckg.build.run import extract_all
    from cppcckg.extract.pipeline import Pipeline
    from cppcckg.ingest.reports import find_reports

    corpus = tmp_path / "reports"
    shutil.copytree(REPORTS, corpus)
    cache = tmp_path / "cache"
    first = extract_all(find_reports(corpus), reference, cache_dir=cache)
    runs: list[str] = []
    original = Pipeline.run
    monkeypatch.setattr(Pipeline, "run", lambda self, report: runs.append(report.id) or original(self, report))
    assert extract_all(find_reports(corpus), reference, cache_dir=cache) == first
    assert runs == []
    changed = corpus / "cq-cppcc-2022-work-report.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n市政协召开专题座谈会。", encoding="utf-8")
    extract_all(find_reports(corpus), reference, cache_dir=cache)
    assert runs == ["cq-cppcc-2022-work-report"]


def test_parallel_graph_writing_equals_serial(reference, seed_extractions):
    """Report graphs made and validated in worker processes give the same N-Quads, in the same
    order, and the same reasoner input, as in this process."""
    import io

    from cppcckg.graph.rdf import initiative_key
    from cppcckg.graph.pieces import make_context, write_reports
    from cppcckg.graph.resolve import initiative_keys

    extractions = list(seed_extractions)
    merged = initiative_keys(extractions, reference, initiative_key)
    ctx = make_context(reference, validate=True, reason=True)
    serial, parallel = io.StringIO(), io.StringIO()
    serial_facts = list(write_reports(ctx, extractions, merged, serial, jobs=1))
    parallel_facts = list(write_reports(ctx, extractions, merged, parallel, jobs=2, min_parallel=1))
    assert serial.getvalue() and serial.getvalue() == parallel.getvalue()
    assert serial_facts and serial_facts == parallel_facts


def test_adding_a_report_makes_only_its_graph(tmp_path: Path, monkeypatch):
    """A rebuild after adding one report turns only that report into RDF again (the others
    come from the cache), and the store equals a build from scratch."""
    import shutil

    from cppcckg.graph import pieces as reportgraph
    from cppcckg.linked.export import canonical_quads

    corpus = tmp_path / "reports"
    shutil.copytree(REPORTS, corpus)
    assemble(corpus, tmp_path / "out", reason=False)
    (corpus / "extra.txt").write_text("2022年，市政协召开专题协商会，围绕乡村振兴建言献策。\n", encoding="utf-8")
    made: list[str] = []
    original = reportgraph.write_report
    monkeypatch.setattr(reportgraph, "write_report", lambda ctx, ex, merged, out: made.append(ex.report.id) or original(ctx, ex, merged, out))

    incremental = assemble(corpus, tmp_path / "out", reason=False, jobs=1)
    assert made == ["extra"]
    scratch = assemble(corpus, tmp_path / "scratch", reason=False, incremental=False)
    assert incremental.triples == scratch.triples
    assert canonical_quads(open_store(incremental.store)) == canonical_quads(open_store(scratch.store))
