"""The export and publish benchmarks run end to end at a tiny size and report what they should.

Behaviour only, never wall times: every export format (and the description) is measured and
written, and both ways of publishing leave the server with exactly the local store's triples.
Results go to a temporary folder, so bench/results/ keeps the real runs.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bench import export_cost, publish_throughput
from cppcckg.linked.export import FORMATS

TRIPLES = "5000"


def _stamp(path: Path) -> tuple[int, int] | None:
    """Size and modification time of a results file, None if absent (to show it was left alone)."""
    return (path.stat().st_size, path.stat().st_mtime_ns) if path.exists() else None


def test_export_cost_measures_every_format(tmp_path: Path) -> None:
    out = tmp_path / "export_cost.json"
    before = _stamp(export_cost.RESULTS)
    returned = export_cost.main(["--triples", TRIPLES, "--out", str(out)])
    assert _stamp(export_cost.RESULTS) == before
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc == json.loads(json.dumps(returned))
    assert doc["benchmark"] == "export_cost"
    assert doc["quads"] >= int(TRIPLES)
    assert doc["named_graphs"] >= 3  # ontology, reference and at least one report
    assert list(doc["formats"]) == list(FORMATS)
    for fmt, row in doc["formats"].items():
        assert row["status"] == "ok", (fmt, row)
        assert {"seconds", "bytes", "mb", "triples_per_s", "peak_rss_mb", "quads_written"} <= set(row)
        assert row["bytes"] > 0
        if fmt != "csv":
            assert row["quads_written"] == doc["quads"], fmt
    assert doc["description"]["status"] == "ok"
    assert doc["description"]["bytes"] > 0


def test_export_cost_rejects_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        export_cost.main(["--triples", TRIPLES, "--formats", "nt,xlsx", "--out", str(tmp_path / "x.json")])


@pytest.mark.server
def test_publish_throughput_leaves_every_triple_on_the_server(tmp_path: Path) -> None:
    if shutil.which("oxigraph") is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    out = tmp_path / "publish_throughput.json"
    before = _stamp(publish_throughput.RESULTS)
    # Small batches, so that at least one graph travels in several requests.
    doc = publish_throughput.main(["--triples", TRIPLES, "--batch-size", "500", "--out", str(out)])
    assert _stamp(publish_throughput.RESULTS) == before
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(json.dumps(doc))
    local = doc["local_quads"]
    assert local >= int(TRIPLES)
    assert set(doc["runs"]) == {"publish", "bulk POST"}
    for name, run in doc["runs"].items():
        assert run["server_count"] == local, name
        assert run["count_matches"] is True
        assert run["triples_per_s"] and run["triples_per_s"] > 0
    publish = doc["runs"]["publish"]
    assert publish["sent"] == local
    assert publish["graphs"] == doc["named_graphs"]
    assert publish["requests"] > publish["graphs"]
    assert publish["notes"] == []
    assert doc["runs"]["bulk POST"]["requests"] == 1
    assert doc["ratio_publish_to_bulk"] is not None
