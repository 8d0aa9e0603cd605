"""Incremental graph writing: a report whose facts, cross-report merges, reference data and
graph code are unchanged is not turned into RDF and validated again.

Each report's N-Quads and reasoner triples are kept in OUT/cache/graph/ under a key hashing
all of these, so adding one report to a built corpus costs that report (plus any report whose
initiatives now merge with it), the reasoner and the bulk load, not the whole corpus.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, TextIO

from rdflib import Graph
from rdflib.plugins.serializers.nt import _nt_row  # rdflib's own N-Triples line writer

from cppcckg.build.digest import GRAPH_CODE, prune_entries
from cppcckg.build.digest import code_digest as _code_digest
from cppcckg.fsutil import atomic_writer
from cppcckg.model import Extraction

#: The suffixes of the graph cache's entries (KEY.nq, KEY.facts) and of the reasoner's (KEY.nt).
SUFFIXES = (".nq", ".facts")
REASON_SUFFIXES = (".nt",)


def code_digest() -> str:
    """Hash of the code and ontology files that decide how facts become RDF."""
    return _code_digest(GRAPH_CODE, with_ontology=True)


def graph_key(extraction: Extraction, merged: dict, reference_digest: str, validate: bool, reason: bool) -> str:
    """The cache key of one report's graph."""
    digest = hashlib.sha256()
    digest.update(pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL))
    digest.update(repr(sorted(merged.items())).encode("utf-8"))
    digest.update(f"{reference_digest}|{validate}|{reason}|{code_digest()}".encode())
    return digest.hexdigest()[:32]


class GraphCache:
    """Report graphs on disk (`KEY.nq` and `KEY.facts`), written atomically; an unreadable
    entry counts as a miss."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)

    def has(self, key: str) -> bool:
        """True if both files of the entry are there and readable (else it is a miss)."""
        return all(os.access(self.directory / f"{key}{suffix}", os.R_OK) and (self.directory / f"{key}{suffix}").is_file()
                   for suffix in (".nq", ".facts"))

    def put(self, key: str, text: str, facts: list[Any]) -> None:
        with self.writing(key) as out:
            out.write(text)
        self.put_facts(key, facts)

    @contextmanager
    def writing(self, key: str) -> Iterator[TextIO]:
        """A file to write the report's N-Quads to; it becomes the entry only when closed
        without error."""
        with atomic_writer(self.directory / f"{key}.nq", text=True) as out:
            yield out

    def put_facts(self, key: str, facts: list[Any]) -> None:
        self._atomic(f"{key}.facts", pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))

    def copy_to(self, key: str, out: TextIO) -> None:
        """Append the report's N-Quads to `out`, streaming from disk."""
        with (self.directory / f"{key}.nq").open(encoding="utf-8") as fh:
            shutil.copyfileobj(fh, out, 1 << 20)

    def facts(self, key: str) -> list[Any]:
        with (self.directory / f"{key}.facts").open("rb") as fh:
            return pickle.load(fh)

    def prune(self, keep: set[str]) -> None:
        """Remove entries of reports (or versions of them) no longer in the corpus, and the .tmp
        files of a build that was killed (only the cache's own files)."""
        prune_entries(self.directory, SUFFIXES, keep)

    def _atomic(self, name: str, data: bytes) -> None:
        with atomic_writer(self.directory / name) as out:
            out.write(data)


def cached_inference(facts: Graph, ontology: Graph, directory: Path | None, engine: str = "hermit") -> Graph:
    """The reasoner's inferences over `facts`, reused when the engine, the facts, the ontology
    and the graph code are those of an earlier build (a rebuild of an unchanged corpus skips
    the reasoner)."""
    from cppcckg.graph.reason import infer_from

    if directory is None:
        return infer_from(facts, ontology, engine)
    lines = sorted(_nt_row(t) for t in facts)
    digest = hashlib.sha256(f"{engine}|{code_digest()}".encode())
    for line in lines:
        digest.update(line.encode("utf-8"))
    path = Path(directory) / f"{digest.hexdigest()[:32]}.nt"
    if path.is_file():
        try:
            return Graph().parse(path, format="nt")
        except Exception:  # noqa: BLE001 - an unreadable entry is a miss
            pass
    inferred = infer_from(facts, ontology, engine)
    try:
        Path(directory).mkdir(parents=True, exist_ok=True)
        prune_entries(Path(directory), REASON_SUFFIXES, set())  # one entry: the corpus as last built
        with atomic_writer(path, text=True) as out:
            out.write("".join(sorted(_nt_row(t) for t in inferred)))
    except OSError:
        pass  # a cache that cannot be written only costs time next build
    return inferred
