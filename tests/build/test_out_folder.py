"""What a build does to its output folder (issue 18, items 2 and 9): one build at a time holds
OUT (a second one says who holds it and changes nothing), a lock left by a dead build blocks
nothing, a user's files in OUT/.stores and OUT/cache are left and said, a user folder at
OUT/store is refused before any work, and entries of --reports that cannot be reports are
named instead of skipped silently."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cppcckg.build.run import assemble
from cppcckg.cli.main import app
from cppcckg.errors import InputError, StoreError
from cppcckg.store import open_store

from tests.conftest import ROOT

TEXT = (
    "重庆市政协2023年工作报告\n\n"
    "2023年，市政协围绕成渝地区双城经济圈建设开展专题协商。市政协与四川省政协联合开展调研。"
    "万州区政协召开座谈会3次。全年收到提案1024件。\n"
)
ENV = dict(os.environ, PYTHONPATH=str(ROOT / "src"))


def _reports(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "small.txt").write_text(TEXT, encoding="utf-8")
    return folder


def _build_cmd(reports: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "cppcckg.cli", "build", "--reports", str(reports), "--out", str(out),
            "--no-reason", "--no-progress", "--jobs", "1"]


def _snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under `folder` with its kind, size and modification time."""
    seen = {}
    for path in sorted(folder.rglob("*")):
        st = path.lstat()
        seen[str(path.relative_to(folder))] = (st.st_mode, st.st_size, st.st_mtime_ns)
    return seen


def _wait_for(predicate, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"{what} within {seconds} s")


# ---------------------------------------------------------------------------------------------
# Item 2: one build at a time
# ---------------------------------------------------------------------------------------------


def test_a_second_build_into_one_out_stops_and_touches_nothing(tmp_path: Path):
    """Two real `cppcckg build` processes into one OUT: the first, stopped (SIGSTOP) while it
    holds the lock, is not disturbed; the second exits 5 naming the first's pid; the previous
    store and the first build's work are untouched; the first then finishes."""
    reports = _reports(tmp_path / "reports")
    out = tmp_path / "out"
    assemble(reports, out, reason=False)  # the previous store
    before = len(open_store(out / "store"))
    first = subprocess.Popen(_build_cmd(reports, out), env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lock = out / ".lock"
        _wait_for(lambda: f"pid {first.pid}" in lock.read_text(), 60, "the first build takes the lock")
        os.kill(first.pid, signal.SIGSTOP)
        snapshot = _snapshot(out)

        second = subprocess.run(_build_cmd(reports, out), env=ENV, capture_output=True, text=True, timeout=120)

        assert second.returncode == 5, second.stderr
        assert f"another build is writing here (pid {first.pid}, started " in second.stderr
        assert "Traceback" not in second.stderr and len(second.stderr.strip().splitlines()) == 1
        assert _snapshot(out) == snapshot  # neither the running build's files nor the previous store
        assert len(open_store(out / "store")) == before
        os.kill(first.pid, signal.SIGCONT)
        _, err = first.communicate(timeout=120)
        assert first.returncode == 0, err
    finally:
        if first.poll() is None:
            os.kill(first.pid, signal.SIGCONT)
            os.kill(first.pid, signal.SIGKILL)
            first.wait()
    assert len(open_store(out / "store")) == before
    assert len([p for p in (out / ".stores").iterdir()]) == 1
    assert lock.read_text() == ""  # released: nobody holds it


def test_a_lock_held_in_this_process_is_refused_too(tmp_path: Path):
    from cppcckg.store import build_lock

    reports = _reports(tmp_path / "reports")
    with build_lock(tmp_path / "out"):
        with pytest.raises(StoreError, match=rf"{tmp_path / 'out'}: another build is writing here \(pid {os.getpid()}"):
            assemble(reports, tmp_path / "out", reason=False)
    assert not (tmp_path / "out" / "cache").exists() and not (tmp_path / "out" / ".stores").exists()


def test_the_lock_of_a_dead_build_blocks_nothing(tmp_path: Path):
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom cppcckg.store import build_lock\n"
         "with build_lock(sys.argv[1]):\n    print('held', flush=True)\n    time.sleep(120)\n", str(out)],
        env=ENV, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError, match=f"pid {holder.pid}"):
            assemble(_reports(tmp_path / "reports"), out, reason=False)
    finally:
        holder.kill()  # SIGKILL: no chance to clean up, the lock file keeps its text
        holder.wait()
    assert f"pid {holder.pid}" in (out / ".lock").read_text()
    result = assemble(tmp_path / "reports", out, reason=False)
    assert result.triples > 0


def _worker_that_lingers(reference: str, ready) -> None:  # noqa: ANN001 - a multiprocessing Event
    from cppcckg.build.run import _init_worker

    _init_worker(reference)  # what every worker of a build's process pool runs first
    ready.set()
    time.sleep(60)


def test_worker_processes_do_not_keep_the_lock(tmp_path: Path):
    """A build's pool workers are forked while it holds the lock; one that outlives the build
    (as they do when the build is killed) must not keep the next build out."""
    import multiprocessing

    from cppcckg.store import build_lock

    from tests.conftest import REFERENCE

    out = tmp_path / "out"
    fork = multiprocessing.get_context("fork")
    ready = fork.Event()
    with build_lock(out):
        worker = fork.Process(target=_worker_that_lingers, args=(str(REFERENCE), ready))
        worker.start()
    try:
        assert ready.wait(60), "the worker ran its initializer"
        assert worker.is_alive()
        with build_lock(out):  # free, although the worker is alive
            pass
    finally:
        worker.kill()
        worker.join()


# ---------------------------------------------------------------------------------------------
# Item 9: nothing lost without a word
# ---------------------------------------------------------------------------------------------


def test_a_users_files_in_stores_and_cache_are_left_and_said(tmp_path: Path):
    reports = _reports(tmp_path / "reports")
    out = tmp_path / "out"
    assemble(reports, out, reason=False)
    mine = {
        out / ".stores" / "notes.txt": "my notes",
        out / ".stores" / "backup" / "copy.nq": "<a> <b> <c> .",
        out / "cache" / "extract" / "keep.pickle": "not a cache entry",
        out / "cache" / "graph" / "mine.nq": "<a> <b> <c> .",
        out / "cache" / "reason" / "ontology.nt": "<a> <b> <c> .",
        out / "cache" / "README": "hands off",
    }
    for path, text in mine.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    # a new report makes the old cache entries stale: the build prunes them
    (reports / "other.txt").write_text(TEXT.replace("1024", "2048"), encoding="utf-8")

    result = CliRunner().invoke(app, ["build", "--reports", str(reports), "--out", str(out), "--no-reason", "--no-progress"])

    assert result.exit_code == 0, result.output
    for path, text in mine.items():
        assert path.read_text() == text
        named = path.parent if path.parent.name == "backup" else path
        assert f"note: {named}: not made by cppcckg; left as it is" in result.stderr
    # what the build made is still cleaned up: one store version, no stale cache entry
    versions = [p for p in (out / ".stores").iterdir() if p.name not in ("notes.txt", "backup")]
    assert len(versions) == 1 and (out / "store").resolve() == versions[0].resolve()
    assert len(list((out / "cache" / "extract").glob("[0-9a-f]*.pickle"))) == 2


def test_a_user_folder_at_out_store_is_refused_before_the_build(tmp_path: Path, monkeypatch):
    out = tmp_path / "out"
    (out / "store").mkdir(parents=True)
    (out / "store" / "precious.txt").write_text("keep me")
    import cppcckg.build.run as run

    def no_extraction(*args, **kwargs):
        raise AssertionError("the build started before refusing OUT/store")

    monkeypatch.setattr(run, "extract_all", no_extraction)
    with pytest.raises(StoreError, match=rf"{out / 'store'}: exists and is not a store made by cppcckg"):
        assemble(_reports(tmp_path / "reports"), out, reason=False)
    assert (out / "store" / "precious.txt").read_text() == "keep me"
    assert sorted(p.name for p in out.iterdir()) == [".lock", "store"]


def test_entries_of_reports_that_cannot_be_reports_are_named(tmp_path: Path):
    from cppcckg.ingest.reports import find_reports

    reports = _reports(tmp_path / "reports")
    (reports / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (reports / "loop-a.txt").symlink_to(reports / "loop-b.txt")
    (reports / "loop-b.txt").symlink_to(reports / "loop-a.txt")
    os.mkfifo(reports / "pipe.txt")
    (reports / "folder.txt").mkdir()
    (reports / "notes.yaml").write_text("id: x\n")  # not named like a report: not a note

    notes: list[str] = []
    started = time.monotonic()
    assert find_reports(reports, notes) == [reports / "small.txt"]
    assert time.monotonic() - started < 5  # the FIFO is not opened
    assert notes == [
        f"{reports / 'folder.txt'}: a folder, not a report file; skipped",
        f"{reports / 'gone.txt'}: a symbolic link to {tmp_path / 'nowhere.txt'}, which does not exist; skipped",
        f"{reports / 'loop-a.txt'}: a loop of symbolic links; skipped",
        f"{reports / 'loop-b.txt'}: a loop of symbolic links; skipped",
        f"{reports / 'pipe.txt'}: a FIFO (named pipe), not a report file; skipped",
    ]
    (reports / "small.txt").unlink()
    with pytest.raises(InputError, match=r"no report files \(\*\.txt\) found.*\(5 skipped: .*folder\.txt: a folder"):
        find_reports(reports)


def test_the_build_says_which_entries_it_skipped(tmp_path: Path):
    reports = _reports(tmp_path / "reports")
    (reports / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    result = CliRunner().invoke(app, ["build", "--reports", str(reports), "--out", str(tmp_path / "out"),
                                      "--no-reason", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert f"note: {reports / 'gone.txt'}: a symbolic link to {tmp_path / 'nowhere.txt'}, which does not exist; skipped" in result.stderr


def test_an_empty_metadata_file_is_an_error(tmp_path: Path):
    from cppcckg.ingest.reports import read_report

    reports = _reports(tmp_path / "reports")
    (reports / "small.yaml").write_bytes(b"")
    with pytest.raises(InputError, match=rf"{reports / 'small.yaml'}: the metadata file is empty"):
        read_report(reports / "small.txt")
    (reports / "small.yaml").write_text("# to fill in\n")
    with pytest.raises(InputError, match="the metadata file is empty"):
        read_report(reports / "small.txt")
