"""One code digest for the build caches: a hash of the source files that decide an output.

A cache entry keyed by it is never served after any of those files changed. The files are
found by walking the named packages, so a module added, renamed or moved there is covered
without a hand-kept list.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from cppcckg import resources

__all__ = ["EXTRACTION_CODE", "GRAPH_CODE", "code_digest", "foreign_entries", "own_entry", "prune_entries"]

#: What decides a report's extraction: the typed facts, reading reports, the extractor.
EXTRACTION_CODE = ("model.py", "ingest", "extract")
#: What decides a report's graph: the typed facts, the IRIs, facts -> RDF, validation, reasoning.
GRAPH_CODE = ("model.py", "vocab.py", "graph")


@lru_cache(maxsize=None)
def code_digest(parts: tuple[str, ...], with_ontology: bool = False) -> str:
    """Hash of every ``.py`` file of ``parts`` (modules or packages of cppcckg), and of the
    ontology and shapes when ``with_ontology``."""
    root = resources.CODE_ROOT
    files = []
    for part in parts:
        target = root / part
        files += sorted(target.rglob("*.py")) if target.is_dir() else [target]
    if with_ontology:
        files += [resources.ontology_file(), resources.shapes_file()]
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


#: A cache entry's name: a 32-digit hex key and the cache's suffix (e.g. ``KEY.nq``), or the
#: temporary file of an atomic write of one (``.KEY.nq.RANDOM.tmp``, left by a killed build).
_KEY = r"[0-9a-f]{32}"


def own_entry(path: Path, suffixes: tuple[str, ...]) -> bool:
    """Is `path` a file a build cache made (an entry with one of `suffixes`, or its temp file)?"""
    alternatives = "|".join(re.escape(s.lstrip(".")) for s in suffixes)
    name = path.name
    if not (re.fullmatch(rf"{_KEY}\.(?:{alternatives})", name) or re.fullmatch(rf"\.{_KEY}\.(?:{alternatives})\.\w+\.tmp", name)):
        return False
    return path.is_file() and not path.is_symlink()


def prune_entries(directory: Path, suffixes: tuple[str, ...], keep: set[str]) -> None:
    """Remove the cache's own entries whose key is not in `keep`, and its temporary files;
    never anything else (a user's file there stays; the build says so, see foreign_entries)."""
    if not Path(directory).is_dir():
        return
    for path in Path(directory).iterdir():
        if own_entry(path, suffixes) and (path.name.endswith(".tmp") or path.name.split(".")[0] not in keep):
            path.unlink(missing_ok=True)


def foreign_entries(directory: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """What is in a cache folder that the cache did not make, sorted."""
    if not Path(directory).is_dir():
        return []
    return sorted(p for p in Path(directory).iterdir() if not own_entry(p, suffixes))
