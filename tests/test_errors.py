"""Rows of docs/errors.md that no other test file covers."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from cppcckg.errors import StoreError
from cppcckg.reports import read_report
from cppcckg.store import load_nquads, open_store, staging_store

from .conftest import ROOT

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
