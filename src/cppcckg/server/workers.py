"""Query worker processes: SPARQL with a hard time limit.

pyoxigraph cannot cancel a running query, and a thread that has given up waiting would keep a
core busy until the query ends. So user queries (``/sparql`` and the named-query API) run in a
small pool of worker processes, each with the store opened read-only. A query that passes the
time limit gets its worker killed (SIGKILL) and a fresh one takes its place: the server stays
up and answers 503 with a message saying which limit was hit.

Each request carries the store's resolved path; a worker reopens the store when it changes
(after ``cppcckg build`` swapped in a new version).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import signal
from dataclasses import dataclass
from typing import Any

from cppcckg.server.sparql import Answer, QueryRequest

__all__ = ["QueryPool"]


def _worker_main(conn: Any) -> None:  # pragma: no cover - runs in the child process
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import pyoxigraph as ox

    import cppcckg.server.sparql as sparql
    from cppcckg.linked import export  # noqa: F401  (warm the imports the writers need)

    store = None
    opened = None
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        path, request = message
        try:
            if path != opened:
                store = None
                store = ox.Store.read_only(path)
                opened = path
            answer = sparql.execute(store, request)
        except Exception as exc:  # noqa: BLE001 - any failure becomes a 500 answer
            opened = None
            answer = Answer.error(500, f"the query worker failed: {exc}")
        try:
            conn.send(answer)
        except (OSError, ValueError):
            return


@dataclass
class _Worker:
    process: Any
    conn: Any


class QueryPool:
    """``size`` worker processes running queries with a ``timeout`` in seconds."""

    def __init__(self, size: int = 2, timeout: float = 30.0) -> None:
        self.size = max(1, size)
        self.timeout = timeout
        self._context = multiprocessing.get_context("spawn")
        self._idle: list[_Worker] = []
        self._all: list[_Worker] = []
        self._semaphore: asyncio.Semaphore | None = None

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_worker_main, args=(child,), name="cppcckg-query-worker", daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self._all.append(worker)
        return worker

    def start(self) -> None:
        """Start the workers now (else they start on first use)."""
        while len(self._idle) < self.size:
            self._idle.append(self._spawn())

    def _kill(self, worker: _Worker) -> None:
        if worker in self._all:
            self._all.remove(worker)
        try:
            worker.process.kill()
            worker.process.join(timeout=5)
        except (OSError, ValueError):
            pass
        try:
            worker.conn.close()
        except OSError:
            pass

    async def run(self, request: QueryRequest, store_path: str) -> Answer:
        """Run ``request`` on the store at ``store_path`` in a worker; an Answer in any case."""
        if self._semaphore is None:
            self._semaphore = asyncio.Semaphore(self.size)
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            await asyncio.wait_for(self._semaphore.acquire(), timeout=self.timeout)
        except asyncio.TimeoutError:
            return Answer.error(503, f"the server is busy: {self.size} queries are running; retry in a moment")
        try:
            worker = self._idle.pop() if self._idle else await loop.run_in_executor(None, self._spawn)
            remaining = max(0.1, self.timeout - (loop.time() - started))
            try:
                worker.conn.send((store_path, request))
                ready = await loop.run_in_executor(None, worker.conn.poll, remaining)
                if not ready:
                    self._kill(worker)
                    return Answer.error(
                        503,
                        f"query time limit exceeded: stopped after {self.timeout:g} s (this server's --query-timeout); "
                        "make the query more selective (add LIMIT, bind more variables) or restart the server "
                        "with a larger --query-timeout",
                    )
                answer = worker.conn.recv()
            except (EOFError, OSError, BrokenPipeError) as exc:
                self._kill(worker)
                return Answer.error(500, f"the query worker stopped unexpectedly ({exc}); retry the query")
            self._idle.append(worker)
            return answer
        finally:
            self._semaphore.release()

    def close(self) -> None:
        """Stop every worker."""
        for worker in list(self._all):
            try:
                worker.conn.send(None)
            except (OSError, ValueError):
                pass
        for worker in list(self._all):
            worker.process.join(timeout=2)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(timeout=2)
            try:
                worker.conn.close()
            except OSError:
                pass
        self._all.clear()
        self._idle.clear()
