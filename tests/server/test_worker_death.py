"""A worker that dies under a job (an engine that could not start a thread or map memory at
that moment) does not fail the request at once: the job runs again on a fresh worker, and only a
second death is the answer. Real worker processes on a real store."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from cppcckg.server.sparql import Answer
from cppcckg.server.workers import WorkerPool


class DiesOnce:
    """Aborts its worker the first time it runs (a marker file remembers), answers after."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def run(self, store) -> Answer:
        if not os.path.exists(self.marker):
            Path(self.marker).touch()
            os.abort()
        return Answer(200, "text/plain; charset=utf-8", b"ok")


class DiesAlways:
    def run(self, store) -> Answer:
        os.abort()


def _run(job, store: Path) -> Answer:
    pool = WorkerPool(1, 30.0)
    try:
        return asyncio.run(pool.run(job, str(store)))
    finally:
        pool.close()


def test_a_job_whose_worker_dies_once_is_answered_by_a_fresh_worker(seed_store, tmp_path):
    answer = _run(DiesOnce(str(tmp_path / "died")), seed_store)
    assert (answer.status, answer.body) == (200, b"ok")


def test_a_job_that_kills_every_worker_gets_a_clear_error(seed_store):
    answer = _run(DiesAlways(), seed_store)
    assert answer.status == 500 and b"stopped unexpectedly" in answer.body
