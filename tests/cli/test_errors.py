"""Rows of docs/errors.md that no other test file covers."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from cppcckg.errors import StoreError
from cppcckg.ingest.reports import read_report
from cppcckg.store import load_nquads, open_store, staging_store

from tests.conftest import ROOT

NQ = b'<http://example.org/s> <http://example.org/p> "o" <http://example.org/g> .\n'


def test_mixed_scripts_are_read_and_matched(tmp_path: Path, pipeline):
    path = tmp_path / "mixed.txt"
    path.write_text("重庆市政協與四川省政协組成联合调研组，开展專題協商。", encoding="utf-8")
    report = read_report(path)
    extraction = pipeline.run(report)
    assert {m.entity for m in extraction.mentions} >= {"cq-cppcc", "sc-cppcc"}
    assert any(i.joint_sichuan_chongqing for i in extraction.initiatives)
    for m in extraction.mentions:
        assert report.text[m.evidence.start:m.evidence.end] == m.evidence.text


def test_a_store_locked_by_another_process(tmp_path: Path):
    link = tmp_path / "store"
    with staging_store(link) as store:
        load_nquads(store, NQ)
    del store
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys,time,pyoxigraph; s=pyoxigraph.Store(sys.argv[1]); print('ok', flush=True); time.sleep(30)",
         str(link.resolve())],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(StoreError, match="locked by another process"):
            open_store(link, read_only=False)
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    assert len(open_store(link)) == 1  # nothing lost


def test_an_output_folder_that_cannot_be_created(tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the output folder should be")
    with pytest.raises(StoreError, match="cannot create the output folder"):
        with staging_store(blocker / "store") as store:
            load_nquads(store, NQ)
    assert blocker.read_text() == "a file where the output folder should be"


def test_build_into_an_unusable_out_is_one_line(tmp_path: Path):
    blocker = tmp_path / "out"
    blocker.write_text("x")
    done = subprocess.run([sys.executable, "-m", "cppcckg.cli", "build", "--out", str(blocker), "--no-reason", "--no-progress"],
                          capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 5
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def _cli_with_file_limit(args: list[str], limit_bytes: int) -> subprocess.CompletedProcess:
    """Run cppcckg in a child that cannot write files larger than `limit_bytes`: to a program a
    file-size limit looks like a full disk (the write fails), which is what we simulate."""
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run([sys.executable, "-m", "cppcckg.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin",
                               "PYTHONDONTWRITEBYTECODE": "1"},  # a .pyc cut short by the limit would stay behind
                          preexec_fn=limit)


def test_a_full_disk_during_build_keeps_the_previous_store(tmp_path: Path):
    out = tmp_path / "out"
    first = subprocess.run([sys.executable, "-m", "cppcckg.cli", "build", "--out", str(out), "--no-reason", "--no-progress"],
                           capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert first.returncode == 0, first.stderr
    before = len(open_store(out / "store"))
    versions = sorted(p.name for p in (out / ".stores").iterdir())

    done = _cli_with_file_limit(["build", "--out", str(out), "--no-reason", "--no-progress", "--full"], 500_000)

    assert done.returncode == 5
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "no space left" in done.stderr and "previous store is unchanged" in done.stderr
    assert sorted(p.name for p in (out / ".stores").iterdir()) == versions  # no half-written store or spool
    assert len(open_store(out / "store")) == before


def test_a_full_disk_during_export_overwrites_nothing(tmp_path: Path, seed_store: Path):  # noqa: F811
    target = tmp_path / "graph.ttl"
    target.write_text("# the previous export\n")

    done = _cli_with_file_limit(["export", "--store", str(seed_store), "--format", "ttl", "--out", str(target)], 50_000)

    assert done.returncode == 2
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert str(target) in done.stderr and "no space left" in done.stderr
    assert target.read_text() == "# the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]
