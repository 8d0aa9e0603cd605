"""Loading a build's N-Quads into the new store while the build goes on making them.

The build writes its dataset as N-Quads text, report by report. :class:`StoreLoader` takes
that text in order, cuts it into slices of whole lines and bulk-loads each slice into the store
in a background thread (Oxigraph's bulk loader releases the GIL), so the store is being written
while later reports are made and while the reasoner runs, instead of after everything. The
text also goes to the spool file (a full disk is reported there, as before) and, slice by
slice, to a listener (the build collects what graph/materialise.py needs from it).

Slices are bounded (``lines_per_load`` lines, one waiting at most), so memory does not grow
with the corpus: Oxigraph's bulk loader holds what it is given while it sorts it.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path
from types import TracebackType
from typing import Callable, Iterable, TextIO

import pyoxigraph as ox

from cppcckg.errors import StoreError

__all__ = ["StoreLoader"]


class StoreLoader:
    """A text sink (``write``/``writelines``) whose N-Quads end up in ``store``; use it in a
    ``with`` block and call :meth:`close` to load what is left and wait for the loader."""

    def __init__(self, store: ox.Store, spool: TextIO, where: Path, listener: Callable[[str], None] | None = None,
                 lines_per_load: int = 150_000):
        self.store = store
        self.spool = spool
        self.where = where
        self.listener = listener
        self.lines_per_load = lines_per_load
        self._parts: list[str] = []
        self._lines = 0
        self._slices: queue.Queue[bytes | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, name="store-loader", daemon=True)
        self._thread.start()
        self._closed = False

    def write(self, text: str) -> None:
        if text:
            self._parts.append(text)
            self._lines += text.count("\n")
            if self._lines >= self.lines_per_load:
                self.submit()

    def writelines(self, lines: Iterable[str]) -> None:
        batch: list[str] = []
        for line in lines:
            batch.append(line)
            if len(batch) >= 50_000:  # a long run of lines still goes on in slices of bounded size
                self.write("".join(batch))
                batch = []
        self.write("".join(batch))

    def submit(self) -> None:
        """Pass every whole line written so far on: to the spool, the listener and the loader
        (waiting while the loader has a slice in hand and another waiting)."""
        text = "".join(self._parts)
        end = text.rfind("\n") + 1
        rest = text[end:]
        self._parts = [rest] if rest else []
        self._lines = 0
        if not end:
            return
        text = text[:end]
        self.spool.write(text)
        if self.listener is not None:
            self.listener(text)
        self._raise_if_failed()
        self._slices.put(text.encode("utf-8"))

    def close(self) -> None:
        """Load what is left, wait for the loader and raise StoreError if it failed."""
        if self._closed:
            return
        self.submit()
        self._stop()
        self._raise_if_failed()

    def _stop(self) -> None:
        self._closed = True
        self._slices.put(None)
        self._thread.join()

    def _raise_if_failed(self) -> None:
        if self._error is not None:
            raise StoreError(f"{self.where}: cannot load the new store ({self._error}); check free space and "
                             "permissions") from None

    def _load(self) -> None:
        while True:
            data = self._slices.get()
            if data is None:
                return
            if self._error is not None:
                continue  # keep taking slices so the writer never waits for a loader that gave up
            try:
                self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
            except BaseException as exc:  # noqa: BLE001 - reported in the build's thread
                self._error = exc

    def __enter__(self) -> "StoreLoader":
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if not self._closed:  # the build failed before close(): let the loader end before the store goes
            self._stop()
