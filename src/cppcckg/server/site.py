"""What every view of the server shares, passed to each explicitly: the :class:`Site`.

A Site holds the settings, the read-only store (reopened when ``cppcckg build`` swaps in a new
one), bounded caches of rendered pages, the thread pool that page work runs in (never the event
loop) and three worker pools, so that no kind of expensive request can stall another: user
SPARQL (with a reserved worker for quick queries), named queries, and network pages.
"""

from __future__ import annotations

import asyncio
import os
import sys
import threading
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote

import pyoxigraph as ox

from cppcckg.errors import CppcckgError
from cppcckg.linked.reader import anchor_id, report_id
from cppcckg.server.jobs import NETWORK_IMPORTS
from cppcckg.server.workers import WorkerPool
from cppcckg.store import open_store
from cppcckg.vocab import CPPCC, DATA_NS, ONTOLOGY_IRI

__all__ = ["LRU", "Settings", "Site", "local_href", "reader_href"]


@dataclass
class Settings:
    """How ``cppcckg serve`` runs. Limits apply to user queries (``/sparql``, ``/api``)."""

    store: Path = Path("out/store")
    reports: Path | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    query_timeout: float = 30.0
    max_rows: int = 10_000
    max_body: int = 1_000_000
    workers: int = 2
    queries_dir: Path | None = None
    allow_service: tuple[str, ...] = ()  # SERVICE endpoints queries may reach (none by default)
    allow_hosts: tuple[str, ...] = ()  # Host header values accepted besides the loopback names and --host
    max_bytes: int = 50_000_000  # largest answer a query or network page may write
    worker_memory: int = 2048  # MiB of address space per worker process (0: no limit)
    queue_limit: int = 16  # requests that may wait for a busy pool before 503
    network_timeout: float = 60.0  # seconds to build one network page
    max_url: int = 65_536  # longest request target (path and query string) accepted, else 414


def _size(value: Any) -> int:
    """A rough size in bytes of a cached value (pages and downloads dominate)."""
    if isinstance(value, (str, bytes, bytearray)):
        return len(value) + 64
    if isinstance(value, (tuple, list)):
        return 64 + sum(_size(v) for v in value[:50])
    return sys.getsizeof(value)


class LRU:
    """A thread-safe least-recently-used map bounded by entry count and by (rough) total bytes."""

    def __init__(self, max_items: int = 256, max_bytes: int = 128_000_000) -> None:
        self.max_items = max_items
        self.max_bytes = max_bytes
        self._items: OrderedDict[Any, tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    @property
    def bytes(self) -> int:
        return self._bytes

    def get(self, key: Any, default: Any = None) -> Any:
        with self._lock:
            if key not in self._items:
                return default
            self._items.move_to_end(key)
            return self._items[key][0]

    def __contains__(self, key: Any) -> bool:
        with self._lock:
            return key in self._items

    def put(self, key: Any, value: Any) -> None:
        size = _size(value)
        with self._lock:
            if key in self._items:
                self._bytes -= self._items.pop(key)[1]
            if size > self.max_bytes:
                return  # never cached: it would push everything else out
            self._items[key] = (value, size)
            self._bytes += size
            while len(self._items) > self.max_items or self._bytes > self.max_bytes:
                _, (_, dropped) = self._items.popitem(last=False)
                self._bytes -= dropped

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0


class Site:
    """The state the views share; made once by :func:`cppcckg.server.app.create_app`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        memory = settings.worker_memory * 1024 * 1024
        #: User SPARQL (/sparql): general workers and one reserved for quick queries.
        self.queries = WorkerPool(settings.workers, settings.query_timeout, reserve=1, quick=1.0,
                                  queue_limit=settings.queue_limit, memory_limit=memory, nice=10,
                                  warm=("cppcckg.server.sparql", "cppcckg.linked.export"))
        #: Named queries (/api/queries): workers of their own, never behind user SPARQL.
        self.named = WorkerPool(settings.workers, settings.query_timeout, queue_limit=settings.queue_limit, memory_limit=memory,
                                warm=("cppcckg.server.sparql",))
        #: Network pages: one worker (started on first use), its own time limit and a short queue.
        self.networks = WorkerPool(1, settings.network_timeout, queue_limit=min(4, settings.queue_limit),
                                   # (imports that load shared libraries come before the memory
                                   # limit, or mapping them can fail: see NETWORK_IMPORTS)
                                   memory_limit=memory, warm=NETWORK_IMPORTS,
                                   what="network page", nice=10,
                                   timeout_flag="--network-timeout",
                                   timeout_advice="narrow the filters (year, type, status, report)")
        self.cache = LRU()
        #: Built network pages by their normalised filters.
        self.network_pages = LRU(max_items=32, max_bytes=128_000_000)
        #: Network pages being built, by key: a second request for one waits for the first.
        self.building: dict[Any, asyncio.Future] = {}
        #: Page work (entity pages, reader, ontology docs) runs here, off the event loop.
        self.threads = ThreadPoolExecutor(max_workers=4, thread_name_prefix="cppcckg-page")
        self.store: ox.Store | None = None
        self.path = ""
        self._checked = 0.0
        self._lock = threading.Lock()

    # -- the store, reopened when a rebuild swaps it ------------------------------------------

    def current(self) -> ox.Store:
        """The open store; reopened (and caches dropped) when ``cppcckg build`` replaced it."""
        with self._lock:
            now = time.monotonic()
            if self.store is not None and now - self._checked < 1.0:
                return self.store
            self._checked = now
            resolved = os.path.realpath(self.settings.store)
            if self.store is None or resolved != self.path:
                try:
                    store = open_store(resolved, read_only=True)
                except CppcckgError:
                    if self.store is None:
                        raise
                    return self.store  # a rebuild is swapping the store: keep the old one, retry soon
                self.store, self.path = store, resolved
                self.cache.clear()
                self.network_pages.clear()
            return self.store

    def cached(self, key: Any, make: Callable[[], Any]) -> Any:
        """``make()``'s value, kept in the bounded cache under ``key`` until the store changes."""
        self.current()
        found = self.cache.get(key, _MISSING)
        if found is _MISSING:
            found = make()
            self.cache.put(key, found)
        return found

    async def run(self, func: Callable[..., Any], *args: Any) -> Any:
        """``func(*args)`` in the page threads (blocking work never runs on the event loop)."""
        return await asyncio.get_running_loop().run_in_executor(self.threads, func, *args)

    # -- lifecycle ----------------------------------------------------------------------------

    async def start(self) -> None:
        await self.run(self.current)
        await self.run(self.queries.start)
        await self.run(self.named.start)

    async def close(self) -> None:
        for pool in self.pools:
            await self.run(pool.close)
        self.threads.shutdown(wait=False, cancel_futures=True)

    @property
    def pools(self) -> tuple[WorkerPool, ...]:
        return (self.queries, self.named, self.networks)

    @property
    def nav(self) -> dict[str, bool]:
        """What the navigation bar of every page links to."""
        return {"network": True, "api": True}


_MISSING = object()


def local_href(iri: str) -> str:
    """Where the server shows ``iri``: /id/... for data, /ontology#Term for ontology terms."""
    ns = str(DATA_NS)
    if iri.startswith(ns):
        return "/id/" + quote(iri[len(ns):], safe="/-._~:@!$&'()*+,;=")
    onto = str(CPPCC._NS)
    if iri.startswith(onto):
        return "/ontology#" + quote(iri[len(onto):], safe="-._~")
    if iri == str(ONTOLOGY_IRI):
        return "/ontology"
    return iri


def reader_href(report_iri: str, start: int, end: int) -> str:
    """The reader page of a report, at the highlight of ``start``-``end`` (-1: the page itself)."""
    page = f"/reader/{quote(report_id(report_iri))}.html"
    return page if start < 0 else f"{page}#{anchor_id(start, end)}"
