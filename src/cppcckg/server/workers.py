"""Worker processes: SPARQL queries and network pages with hard limits on time, memory and queueing.

pyoxigraph cannot cancel a running query, and a thread that has given up waiting would keep a
core busy until the query ends; building a network page is CPU-bound Python that would hold the
event loop's GIL. So this work runs in pools of worker processes, each with the store opened
read-only. A pool enforces:

- a **time limit**: a job that passes it gets its worker killed (SIGKILL) and a fresh one takes
  its place; the answer is 503 naming the limit;
- a **memory limit** (``RLIMIT_AS`` set in the worker): a job that passes it fails there (a
  MemoryError, or an abort of the engine), the answer is 422 naming ``--worker-memory``, and the
  worker is replaced; a worker whose resident memory stays above half the limit after a job
  retires too, so that a large answer does not leave a fat process behind;
- a **queue limit**: when every worker is busy and ``queue_limit`` requests already wait, the
  answer is 503 with ``Retry-After`` at once, so a flood queues nowhere;
- **reserved workers** (``reserve``): taken only when every general worker is busy, with a short
  budget (``quick``); a job that needs longer is stopped there and waits for a general worker,
  and the same query text skips the reserved lane from then on (a client repeating a slow query
  cannot keep it busy). Slow queries therefore cannot make ``ASK {}`` wait behind them;
- a **second chance**: a job whose worker dies under it (an engine that could not start a thread
  at that moment) runs once more on a fresh worker; a second death is the answer.

Longer than 400 lines because every limit above works on one pool's bookkeeping of its workers
(idle, reserved, retiring, replaced), which split modules would have to share.

Waiting for a worker's answer happens in the pool's own threads, so pools never starve each
other or the page threads. Each job carries the store's resolved path; a worker reopens the store
when it changes (after ``cppcckg build`` swapped in a new version).
"""

from __future__ import annotations

import asyncio
import importlib
import multiprocessing
import os
import resource
import signal
from collections import OrderedDict, deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

import pyoxigraph as ox

from cppcckg.server.sparql import Answer

__all__ = ["Job", "WorkerPool"]

#: Retry-After (seconds) sent with a 503 for a full queue.
RETRY_AFTER = 5


class Job(Protocol):
    """What a worker runs: picklable, with ``run(store) -> Answer``."""

    def run(self, store: Any) -> Answer: ...


def _resident_bytes() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):  # pragma: no cover - not Linux
        return 0


#: Environment variables that cap the threads of OpenBLAS, OpenMP and MKL (read at their import).
_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _worker_main(conn: Any, memory_limit: int, warm: tuple[str, ...], memory_message: str,
                 nice: int) -> None:  # pragma: no cover - child
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if nice:
        os.nice(nice)
    os.environ["RUST_BACKTRACE"] = "0"  # an engine abort prints one line, not a backtrace
    # A worker runs one job on one core: numeric libraries (the layouts' scipy) must not start a
    # thread per core of a large machine, each spinning against the other workers and the server.
    for variable in _THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")
    for module in warm:  # imports the jobs need, before the memory limit applies
        importlib.import_module(module)
    if memory_limit:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    try:
        conn.send(_READY)
    except (OSError, ValueError):
        return
    store = None
    opened = None
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        except MemoryError:
            return
        if message is None:
            return
        path, job = message
        retire = False
        try:
            if path != opened:
                store = None
                store = ox.Store.read_only(path)
                opened = path
            answer = job.run(store)
        except MemoryError:
            answer, retire = Answer.error(422, memory_message), True
        except Exception as exc:  # noqa: BLE001 - any failure becomes a 500 answer
            opened = None
            answer = Answer.error(500, f"the worker failed: {exc}")
        if memory_limit and _resident_bytes() > memory_limit // 2:
            retire = True
        answer.retire = retire
        try:
            conn.send(answer)
        except (OSError, ValueError, MemoryError):
            return
        if retire:
            return


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Any
    reserve: bool = False
    ready: bool = False


_TIMEOUT = object()


class _Died(NamedTuple):
    """The answer for a job whose worker died under it (see WorkerPool._run_once_more)."""

    answer: Answer
#: What a worker says once its imports are done, before its first job.
_READY = "ready"
#: Seconds a new worker may take to start (its imports).
_START_TIME = 60.0


def _wait_ready(conn: Any, seconds: float = _START_TIME) -> bool:
    """Wait for a new worker's ready message (runs in a pool thread)."""
    try:
        return conn.poll(seconds) and conn.recv() == _READY
    except (EOFError, OSError):
        return False


def _exchange(conn: Any, message: Any, budget: float) -> Any:
    """Send ``message`` and wait up to ``budget`` seconds: the answer, _TIMEOUT, or the error
    that says the worker is gone (runs in a pool thread)."""
    try:
        conn.send(message)
        if not conn.poll(budget):
            return _TIMEOUT
        return conn.recv()
    except Exception as exc:  # noqa: BLE001 - EOFError/OSError: the worker is gone
        return exc


class WorkerPool:
    """``size`` general worker processes plus ``reserve`` reserved ones, running jobs with a
    ``timeout`` in seconds (waiting included).

    ``what`` names a job in messages ("query", "network page"); ``timeout_flag`` and
    ``timeout_advice`` say which setting the time limit is and what to do about it. General
    workers run at ``nice`` (a lower CPU priority for long work, so that cheap requests keep
    their share of the cores); reserved ones at the server's own.
    """

    def __init__(self, size: int = 2, timeout: float = 30.0, *, reserve: int = 0, quick: float = 2.0,
                 queue_limit: int = 16, memory_limit: int = 0, warm: tuple[str, ...] = (), nice: int = 0,
                 what: str = "query", timeout_flag: str = "--query-timeout",
                 timeout_advice: str = "make the query more selective (add LIMIT, bind more variables)") -> None:
        self.size = max(1, size)
        self.reserve = max(0, reserve)
        self.timeout = timeout
        self.quick = min(quick, timeout)
        self.queue_limit = max(0, queue_limit)
        self.memory_limit = max(0, memory_limit)
        self.warm = warm
        self.nice = nice
        self.what = what
        self.timeout_flag = timeout_flag
        self.timeout_advice = timeout_advice
        self._context = multiprocessing.get_context("spawn")
        self._threads = ThreadPoolExecutor(max_workers=self.size + self.reserve + 1,
                                           thread_name_prefix=f"cppcckg-{what.replace(' ', '-')}")
        self._idle: list[_Worker] = []
        self._all: list[_Worker] = []
        self._any_waiters: deque[asyncio.Future] = deque()
        self._main_waiters: deque[asyncio.Future] = deque()
        self._closed = False
        #: Jobs (by their ``cost_key``) seen to outlast the reserved lane: they skip it next time.
        self._slow: OrderedDict[Any, None] = OrderedDict()

    # -- workers --------------------------------------------------------------------------------

    @property
    def memory_message(self) -> str:
        limit = self.memory_limit // (1024 * 1024)
        return (f"{self.what} too large: it needed more memory than this server gives one {self.what} "
                f"(--worker-memory {limit} MiB); make it more selective or aggregate less (a GROUP_CONCAT "
                "over many rows can be huge), or restart the server with a larger --worker-memory")

    def _spawn(self, reserve: bool) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_worker_main, name=f"cppcckg-{self.what.replace(' ', '-')}-worker",
                                        args=(child, self.memory_limit, self.warm, self.memory_message,
                                              0 if reserve else self.nice), daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent, reserve)
        self._all.append(worker)
        return worker

    def start(self) -> None:
        """Start every worker now and wait until each is ready (else general workers start on
        first use)."""
        started = []
        while sum(1 for w in self._all if not w.reserve) < self.size:
            started.append(self._spawn(False))
        while sum(1 for w in self._all if w.reserve) < self.reserve:
            started.append(self._spawn(True))
        for worker in started:
            worker.ready = _wait_ready(worker.conn)
            self._idle.append(worker)

    @staticmethod
    def _stop(worker: _Worker) -> None:
        try:
            worker.process.kill()
            worker.process.join(timeout=5)
        except (OSError, ValueError, AssertionError):
            pass
        try:
            worker.conn.close()
        except OSError:
            pass

    async def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` (if still running) and put a fresh one in its place."""
        if worker in self._all:
            self._all.remove(worker)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._threads, self._stop, worker)
        if not self._closed:
            fresh = self._spawn(worker.reserve)
            fresh.ready = await loop.run_in_executor(self._threads, _wait_ready, fresh.conn)
            self._release(fresh)

    # -- taking and giving back workers ---------------------------------------------------------

    def _take_idle(self, main_only: bool) -> _Worker | None:
        for worker in [w for w in self._idle if not w.process.is_alive()]:  # died while idle
            self._idle.remove(worker)
            self._all.remove(worker)
        for reserved in ((False,) if main_only else (False, True)):
            for worker in self._idle:
                if worker.reserve == reserved:
                    self._idle.remove(worker)
                    return worker
        if sum(1 for w in self._all if not w.reserve) < self.size:  # started lazily, or one died
            return self._spawn(False)
        if not main_only and sum(1 for w in self._all if w.reserve) < self.reserve:
            return self._spawn(True)
        return None

    def _release(self, worker: _Worker) -> None:
        queues = (self._any_waiters,) if worker.reserve else (self._main_waiters, self._any_waiters)
        for queue in queues:
            while queue:
                future = queue.popleft()
                if not future.done():
                    future.set_result(worker)
                    return
        self._idle.append(worker)

    def idle(self) -> int:
        """Workers free now (a caller with a fallback of its own may skip a busy pool)."""
        return sum(1 for w in self._idle if w.process.is_alive())

    def waiting(self) -> int:
        return sum(1 for f in self._any_waiters if not f.done()) + sum(1 for f in self._main_waiters if not f.done())

    def _busy(self) -> Answer:
        answer = Answer.error(503, f"the server is busy: every {self.what} worker is taken and {self.waiting()} "
                                   f"requests are waiting; retry in {RETRY_AFTER} s")
        answer.headers["Retry-After"] = str(RETRY_AFTER)
        return answer

    async def _acquire(self, deadline: float, main_only: bool) -> _Worker | Answer:
        worker = self._take_idle(main_only)
        if worker is not None:
            return worker
        if self.waiting() >= self.queue_limit:
            return self._busy()
        loop = asyncio.get_running_loop()
        future: asyncio.Future = loop.create_future()
        (self._main_waiters if main_only else self._any_waiters).append(future)
        try:
            done, _ = await asyncio.wait({future}, timeout=max(0.0, deadline - loop.time()))
        except BaseException:
            if future.done() and not future.cancelled():
                self._release(future.result())
            future.cancel()
            raise
        if not done:
            future.cancel()
            answer = Answer.error(503, f"the server is busy: no {self.what} worker came free within {self.timeout:g} s "
                                       f"(this server's {self.timeout_flag}); retry in a moment")
            answer.headers["Retry-After"] = str(RETRY_AFTER)
            return answer
        return future.result()

    # -- running a job --------------------------------------------------------------------------

    async def _run_on(self, worker: _Worker, job: Job, store_path: str, budget: float) -> Any:
        """The answer of ``job`` on ``worker`` within ``budget`` seconds, or _TIMEOUT; the worker
        is given back, or replaced when it was killed, died or retired."""
        loop = asyncio.get_running_loop()
        if not worker.ready:  # started lazily just now: its start-up does not count against the job
            worker.ready = await loop.run_in_executor(self._threads, _wait_ready, worker.conn)
        future = loop.run_in_executor(self._threads, _exchange, worker.conn, (store_path, job), budget)
        try:
            outcome = await asyncio.shield(future)
        except asyncio.CancelledError:  # the client went away: finish the bookkeeping later
            def later(done: asyncio.Future) -> None:
                outcome = done.exception() or done.result() if not done.cancelled() else _TIMEOUT
                loop.create_task(self._settle(worker, outcome))

            future.add_done_callback(later)
            raise
        return await self._settle(worker, outcome)

    async def _settle(self, worker: _Worker, outcome: Any) -> Any:
        if isinstance(outcome, Answer):
            if outcome.retire:
                await self._replace(worker)
            else:
                self._release(worker)
            return outcome
        if outcome is _TIMEOUT:
            await self._replace(worker)
            return _TIMEOUT
        await self._replace(worker)  # the worker is gone: an engine abort, most likely out of memory
        code = worker.process.exitcode
        if self.memory_limit and code in (-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGBUS):
            return _Died(Answer.error(422, self.memory_message))
        return _Died(Answer.error(500, f"the {self.what} worker stopped unexpectedly (exit code {code}); retry"))

    async def _run_once_more(self, outcome: Any, job: Job, store_path: str, deadline: float,
                             main_only: bool) -> Any:
        """The job again on a fresh worker when its worker died under it: an engine that could
        not start a thread or map memory at that moment (not only a job too big for a worker)
        should not fail a cheap request; a second death is the answer."""
        if not isinstance(outcome, _Died):
            return outcome
        loop = asyncio.get_running_loop()
        worker = await self._acquire(deadline, main_only=main_only)
        if isinstance(worker, Answer):
            return outcome.answer
        again = await self._run_on(worker, job, store_path, max(0.1, deadline - loop.time()))
        return again.answer if isinstance(again, _Died) else again

    def _time_limit(self) -> Answer:
        return Answer.error(503, f"{self.what} time limit exceeded: stopped after {self.timeout:g} s (this server's "
                                 f"{self.timeout_flag}); {self.timeout_advice}, or restart the server with a larger "
                                 f"{self.timeout_flag}")

    async def run(self, job: Job, store_path: str) -> Answer:
        """Run ``job`` on the store at ``store_path`` in a worker; an Answer in any case."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        key = getattr(job, "cost_key", None)
        worker = await self._acquire(deadline, main_only=key is not None and key in self._slow)
        if isinstance(worker, Answer):
            return worker
        if worker.reserve:
            outcome = await self._run_on(worker, job, store_path, max(0.1, min(self.quick, deadline - loop.time())))
            outcome = await self._run_once_more(outcome, job, store_path, deadline, main_only=False)
            if outcome is not _TIMEOUT:
                return outcome
            if key is not None:
                self._slow[key] = None
                while len(self._slow) > 1024:
                    self._slow.popitem(last=False)
            worker = await self._acquire(deadline, main_only=True)  # too long for the reserved lane
            if isinstance(worker, Answer):
                return worker
        outcome = await self._run_on(worker, job, store_path, max(0.1, deadline - loop.time()))
        outcome = await self._run_once_more(outcome, job, store_path, deadline, main_only=False)
        return self._time_limit() if outcome is _TIMEOUT else outcome

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
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
        self._threads.shutdown(wait=False, cancel_futures=True)

    def pids(self) -> list[int]:
        """The process ids of the running workers (for load tests and benchmarks)."""
        return [w.process.pid for w in self._all if w.process.pid is not None]
