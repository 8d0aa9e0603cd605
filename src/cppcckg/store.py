"""The embedded store: a persistent Oxigraph database replaced atomically on rebuild.

`OUT/store` is a symbolic link to a versioned directory `OUT/.stores/<id>`. A build writes a
new directory completely, then swaps the link with one atomic rename, so a build killed at
any moment leaves the previous store as it was; old versions are removed after the swap (only
what a build made, known by its name: anything else in `OUT/.stores` is left and reported).
A build holds `OUT/.lock` (:func:`build_lock`) from start to end, so two builds never write
one OUT at once.
"""

from __future__ import annotations

import os
import re
import shutil
import time
import uuid
from contextlib import contextmanager, suppress
from itertools import islice
from pathlib import Path
from typing import Iterator, TextIO

import pyoxigraph as ox

from cppcckg.errors import StoreError
from cppcckg.fsutil import disk_full

DEFAULT_STORE = Path("out/store")


def _versions_dir(link: Path) -> Path:
    return link.parent / ".stores"


LOCK_NAME = ".lock"


@contextmanager
def build_lock(out_dir: Path) -> Iterator[Path]:
    """Hold OUT/.lock for a whole build, so that two builds never write one OUT at once.

    The lock is an ``flock`` on the file, held by this process (and the workers it starts) and
    released by the kernel when it ends in any way, so the file of a build that died blocks
    nothing. The file says who holds it (pid and start time); a second build that finds it
    locked stops with a StoreError naming them, having touched nothing in OUT."""
    import fcntl

    out_dir = Path(out_dir)
    path = out_dir / LOCK_NAME
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise StoreError(f"{out_dir}: cannot create the output folder ({exc.strerror}); choose a writable --out") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _lock_holder(fd)
            raise StoreError(f"{out_dir}: another build is writing here ({holder}); wait for it to end or choose "
                             "another --out (nothing was changed)") from None
        except OSError as exc:
            raise StoreError(f"{path}: cannot lock the output folder ({exc.strerror}); choose another --out") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}\nstarted {time.strftime('%Y-%m-%dT%H:%M:%S%z')}\n".encode(), 0)
        _HELD[fd] = os.getpid()
        try:
            yield path
        finally:
            _HELD.pop(fd, None)
            with suppress(OSError):
                os.ftruncate(fd, 0)  # the file stays (removing it could race a build taking it)
    finally:
        os.close(fd)


#: The descriptors of the build locks this process holds, with the pid that took each.
_HELD: dict[int, int] = {}


def drop_inherited_locks() -> None:
    """In a worker process forked by a build: close the inherited descriptors of the build's
    lock, so that only the build's own process holds it (a worker outliving a killed build
    must not keep the next build out)."""
    for fd, pid in list(_HELD.items()):
        if pid != os.getpid():
            _HELD.pop(fd)
            with suppress(OSError):
                os.close(fd)


def _lock_holder(fd: int) -> str:
    """What the lock file says of the build holding it, e.g. 'pid 4242, started 2025-01-01T10:00:00+0800'."""
    try:
        text = os.pread(fd, 4096, 0).decode("utf-8", "replace")
    except OSError:
        text = ""
    fields = dict(line.split(" ", 1) for line in text.splitlines() if " " in line)
    if "pid" not in fields:
        return "a build that has just started"
    pid = fields["pid"].strip()
    holder = f"pid {pid}, started {fields.get('started', '?').strip()}"
    if pid.isdigit() and not _alive(int(pid)):
        holder += ", which has ended; a process it started still holds the lock"
    return holder


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


#: The names a build gives what it puts in OUT/.stores: store versions, spool files.
_VERSION_NAME = re.compile(r"^\d{8}T\d{6}-[0-9a-f]{8}$")
_SPOOL_NAME = re.compile(r"^\.spool-\d+-[0-9a-f]{8}\.nq$")


def check_link(link: Path) -> None:
    """StoreError if `link` (OUT/store) exists and is not the link a build makes: a build
    checks this before it starts, so that it never works for nothing."""
    link = Path(link)
    if link.exists() and not link.is_symlink():
        raise StoreError(f"{link}: exists and is not a store made by cppcckg; move it away or choose another --out "
                         "(nothing was changed)")


@contextmanager
def staging_store(link: Path, notes: list[str] | None = None) -> Iterator[ox.Store]:
    """A fresh store to fill; on success it replaces `link` atomically, on failure it is removed.

    After the swap, earlier versions (and what a killed build left) are removed from
    OUT/.stores; anything else found there is left as it is, and said in `notes`."""
    link = Path(link)
    check_link(link)
    versions = _versions_dir(link)
    try:
        versions.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{link.parent}: cannot create the output folder ({exc.strerror}); choose a writable --out") from None
    target = versions / f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
    try:
        store = ox.Store(str(target))
    except OSError as exc:
        raise StoreError(f"{target}: cannot create the store ({exc}); check space and permissions") from None
    try:
        yield store
        store.flush()
        del store
        _swap(link, target)
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    left = _remove_old_versions(link, keep=target)
    if notes is not None:
        notes.extend(f"{path}: not made by cppcckg; left as it is" for path in left)


def _swap(link: Path, target: Path) -> None:
    check_link(link)
    tmp = link.parent / f".store-link-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(os.path.relpath(target, link.parent), tmp)
    os.replace(tmp, link)


def _remove_old_versions(link: Path, keep: Path) -> list[Path]:
    """Remove earlier versions, and what a killed build left behind (its half-made store and
    its spool file), recognised by the names a build gives them; return what else is there."""
    left = []
    for old in sorted(_versions_dir(link).iterdir()):
        if old.name == keep.name:
            continue
        if _VERSION_NAME.match(old.name) and old.is_dir() and not old.is_symlink():
            shutil.rmtree(old, ignore_errors=True)
        elif _SPOOL_NAME.match(old.name) and old.is_file() and not old.is_symlink():
            old.unlink(missing_ok=True)
        else:
            left.append(old)
    return left


def open_store(path: Path | str = DEFAULT_STORE, read_only: bool = True) -> ox.Store:
    """Open a built store; a clear error if it is missing, locked or corrupt."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path}: no store here; run `cppcckg build` first or pass --store DIR")
    if not (path / "CURRENT").exists() and not any(path.glob("*.sst")) and not any(path.iterdir()):
        raise StoreError(f"{path}: empty folder, not a store; run `cppcckg build`")
    try:
        return ox.Store.read_only(str(path.resolve())) if read_only else ox.Store(str(path.resolve()))
    except (OSError, RuntimeError) as exc:
        message = str(exc)
        if "lock" in message.lower():
            raise StoreError(f"{path}: locked by another process; stop it (e.g. a running server) and retry") from None
        raise StoreError(f"{path}: cannot open the store ({message.splitlines()[0]}); rebuild it with `cppcckg build`") from None


def load_nquads(store: ox.Store, data: bytes) -> None:
    """Bulk-load N-Quads into the store."""
    store.bulk_load(data, format=ox.RdfFormat.N_QUADS)


def load_nquads_file(store: ox.Store, path: Path, lines_per_load: int = 500_000) -> None:
    """Bulk-load an N-Quads file into the store, `lines_per_load` lines at a time.

    Oxigraph's bulk loader holds what it is given in memory while it sorts it (1.6 GB for
    3.3M quads in one call); loading in slices of half a million lines keeps that near
    0.6 GB whatever the corpus, for about 1.6 times the time. N-Quads has one statement per
    line, so any slice of lines is valid N-Quads."""
    try:
        with open(path, "rb") as source:
            while True:
                chunk = b"".join(islice(source, lines_per_load))
                if not chunk:
                    break
                store.bulk_load(chunk, format=ox.RdfFormat.N_QUADS)
    except OSError as exc:
        raise StoreError(f"{path.parent}: cannot load the new store ({exc}); check free space and permissions") from None


@contextmanager
def spool_file(link: Path) -> Iterator[tuple[TextIO, Path]]:
    """A temporary N-Quads file beside the store versions, removed whatever happens.

    A build writes its dataset here report by report, then bulk-loads it; a full disk is
    reported as such, naming the folder."""
    versions = _versions_dir(Path(link))
    path = versions / f".spool-{os.getpid()}-{uuid.uuid4().hex[:8]}.nq"
    try:
        out = open(path, "w", encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"{versions}: cannot write ({exc.strerror}); choose a writable --out") from None
    try:
        yield out, path
        out.close()
    except OSError as exc:
        if disk_full(exc):
            raise StoreError(f"{versions}: no space left while writing the new store; free some space or choose "
                             "another --out (the previous store is unchanged)") from None
        raise
    finally:
        with suppress(OSError):  # closing flushes, which fails again on a full disk
            out.close()
        path.unlink(missing_ok=True)


def graph_counts(store: ox.Store) -> list[tuple[str, int]]:
    """(graph IRI, triple count) for every named graph, sorted by IRI."""
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    return [(sol["g"].value, int(sol["n"].value)) for sol in store.query(query)]


def class_counts(store: ox.Store) -> list[tuple[str, int]]:
    """(class IRI, instance count) over all graphs, most frequent first."""
    from cppcckg.vocab import ONTOLOGY_GRAPH

    query = (
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } "
        f"FILTER(?g != <{ONTOLOGY_GRAPH}>) }} GROUP BY ?c ORDER BY DESC(?n) ?c"
    )
    return [(sol["c"].value, int(sol["n"].value)) for sol in store.query(query)]


def run_query(store: ox.Store, text: str):
    """Run one of the package's own queries: the project prefixes prepended, the default graph
    as the union of all graphs; a store that cannot answer is a StoreError."""
    from cppcckg.vocab import sparql_prefixes

    try:
        return store.query(sparql_prefixes() + text, use_default_graph_as_union=True)
    except (SyntaxError, OSError) as exc:  # pragma: no cover - the package's queries are fixed
        raise StoreError(f"cannot query the store ({exc})") from None


def select(store: ox.Store, text: str) -> list[dict]:
    """The rows of a SELECT from :func:`run_query` as {variable: term or None}."""
    answer = run_query(store, text)
    names = [v.value for v in answer.variables]
    return [{n: s[n] for n in names} for s in answer]
