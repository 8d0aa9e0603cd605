"""The corpus folder `cppcckg add` writes and `cppcckg build --reports` reads: per report
ID.txt (the kept text, UTF-8), ID.yaml (metadata, with an `original:` block) and, unless
--no-keep-original, originals/ID.EXT (the file as it was given)."""

from __future__ import annotations

import re
import hashlib
from pathlib import Path
from typing import Any

from cppcckg.ingest.reports import TEXT_SUFFIXES, load_metadata, metadata_path

ORIGINALS = "originals"
_ID_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")


def report_id_for(path: Path) -> str:
    """A stable id from the file's name (not its content, so a changed file keeps its id):
    the name's letters and digits, or a digest of the name when it has none (Chinese names)."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem).strip("-.")
    if slug and _ID_OK.match(slug) and re.search(r"[A-Za-z0-9]", slug):
        return slug
    return "report-" + hashlib.sha256(path.name.encode("utf-8")).hexdigest()[:12]


def text_path(corpus: Path, report_id: str) -> Path:
    return corpus / f"{report_id}.txt"


def meta_path(corpus: Path, report_id: str) -> Path:
    return corpus / f"{report_id}.yaml"


def kept_original(corpus: Path, report_id: str) -> list[Path]:
    """The original file(s) kept for a report (normally one)."""
    folder = corpus / ORIGINALS
    return sorted(folder.glob(f"{report_id}.*")) if folder.is_dir() else []


def list_corpus(corpus: Path) -> list[dict[str, Any]]:
    """One row per report of the folder: id, title, publisher, period, source format and size."""
    rows = []
    if not corpus.is_dir():
        return rows
    for text in sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES):
        meta_file = metadata_path(text)
        meta = load_metadata(meta_file) if meta_file else {}
        original = meta.get("original") or {}
        title = meta.get("title")
        period = meta.get("period")
        if isinstance(period, dict):
            period = f"{period.get('start')}" + (f"-{period['end']}" if period.get("end") not in (None, period.get("start")) else "")
        rows.append({
            "id": meta.get("id") or text.stem,
            "title": (title.get("zh") if isinstance(title, dict) else title) or "",
            "publisher": meta.get("publisher") or "",
            "period": period if period is not None else "",
            "format": original.get("format") or "txt (by hand)",
            "size": original.get("size", text.stat().st_size),
            "characters": len(text.read_text(encoding="utf-8", errors="replace")),
        })
    return rows
