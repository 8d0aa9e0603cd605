"""Incremental extraction: a report whose text, metadata, reference data and extractor code
are unchanged is not extracted again.

Each extraction is stored under a key that hashes all four, in OUT/cache/extract/. A changed
report misses its own entry only; a changed reference file or extractor module misses them
all, so the cache never serves facts the current code would not produce.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from cppcckg.build.digest import EXTRACTION_CODE, prune_entries
from cppcckg.build.digest import code_digest as _code_digest
from cppcckg.fsutil import atomic_writer
from cppcckg.model import Extraction, Report

#: The suffix of this cache's entries (KEY.pickle).
SUFFIXES = (".pickle",)


def code_digest() -> str:
    """Hash of the extractor's own source files."""
    return _code_digest(EXTRACTION_CODE)


def reference_digest(directory: Path) -> str:
    """Hash of every file of the reference folder."""
    digest = hashlib.sha256()
    for path in sorted(Path(directory).glob("*.yaml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def key(report: Report, reference: str) -> str:
    """The cache key of one report's extraction."""
    meta = repr((report.id, report.title_zh, report.title_en, report.publisher, report.delivered,
                 report.session, report.period, report.source, report.parts))
    parts = (report.sha256, hashlib.sha256(meta.encode("utf-8")).hexdigest(), reference, code_digest())
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


class ExtractionCache:
    """Extractions on disk, written atomically; a corrupt entry counts as a miss."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)

    def get(self, cache_key: str) -> Extraction | None:
        path = self.directory / f"{cache_key}.pickle"
        try:
            with path.open("rb") as fh:
                value = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        return value if isinstance(value, Extraction) else None

    def put(self, cache_key: str, extraction: Extraction) -> None:
        try:
            with atomic_writer(self.directory / f"{cache_key}.pickle") as fh:
                pickle.dump(extraction, fh, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError:
            pass  # a cache that cannot be written only costs time

    def prune(self, keep: set[str]) -> None:
        """Remove entries of reports no longer in the corpus (only the cache's own files)."""
        prune_entries(self.directory, SUFFIXES, keep)
