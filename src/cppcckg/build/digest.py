"""One code digest for the build caches: a hash of the source files that decide an output.

A cache entry keyed by it is never served after any of those files changed. The files are
found by walking the named packages, so a module added, renamed or moved there is covered
without a hand-kept list.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from cppcckg import resources

__all__ = ["EXTRACTION_CODE", "GRAPH_CODE", "code_digest"]

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
