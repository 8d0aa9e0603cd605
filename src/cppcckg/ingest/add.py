"""`cppcckg add`: report files as people find them (saved pages, PDF, Word, text) into the
corpus folder, with nothing typed by hand.

Every file is read and converted before anything is written, so a file that cannot be read
stops the command with the corpus as it was. Re-adding an unchanged file does nothing; a changed
file (same name) replaces its text, and the metadata a person may have corrected is kept.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence
from urllib.parse import urlsplit

import yaml

from cppcckg.errors import InputError
from cppcckg.fsutil import write_atomic
from cppcckg.ingest.corpus import ORIGINALS, kept_original, meta_path, report_id_for, text_path
from cppcckg.ingest.document import Converted
from cppcckg.ingest.infer import infer_metadata, resolve_publisher
from cppcckg.ingest.reference import Reference
from cppcckg.ingest.reports import decode, load_metadata, report_from_bytes

FORMATS = {".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx", ".txt": "txt"}
_HEADER = ("# Written by cppcckg add. Correct any value by hand: adding the file again keeps what is\n"
           "# here and only updates original: (the file the text was taken from).\n")


@dataclass(frozen=True)
class Outcome:
    """What `add` did with one file."""

    source: Path
    id: str
    status: str  # added, replaced, unchanged
    text_file: Path
    converted: Converted | None
    metadata: dict[str, Any]
    notes: tuple[str, ...] = field(default=())


def collect(paths: Sequence[Path], corpus: Path) -> list[Path]:
    """The files to add: each file given, and the readable files under each folder given (the
    corpus folder itself left out), in name order."""
    files: list[Path] = []
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file; check the path")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FORMATS
                           and not p.name.startswith(".") and not _inside(p, corpus))
            if not found:
                raise InputError(f"{path}: no .html, .htm, .pdf, .docx or .txt files in this folder")
            files.extend(found)
        elif path.suffix.lower() not in FORMATS:
            hint = " (save it as .docx first)" if path.suffix.lower() == ".doc" else ""
            raise InputError(f"{path}: cannot read {path.suffix or 'files without a suffix'}{hint}; "
                             "give .html, .htm, .pdf, .docx or .txt files")
        else:
            files.append(path)
    return files


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def convert(data: bytes, where: str, fmt: str) -> Converted:
    """The kept text and hints of one file, by format."""
    if fmt == "html":
        from cppcckg.ingest.html import read_html

        return read_html(data, where)
    if fmt == "pdf":
        from cppcckg.ingest.pdf import read_pdf

        return read_pdf(data, where)
    if fmt == "docx":
        from cppcckg.ingest.docx import read_docx

        return read_docx(data, where)
    text = decode(data, where)[0]
    body = text[:-1] if text.endswith("\n") else text
    return Converted("txt", tuple(body.split("\n")))


def check_url(url: str) -> str:
    """A source URL usable as an IRI: http(s) with a host and no spaces or angle brackets."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or re.search(r'[\s<>"{}|\\^`]', url):
        raise InputError(f"--url {url!r} is not an http(s) address; give the page's address as the browser shows it")
    return url


def add(paths: Sequence[Path], corpus: Path, reference: Reference, url: str | None = None,
        publisher: str | None = None, year: int | None = None, keep_original: bool = True) -> list[Outcome]:
    """Add report files to `corpus`; InputError (and nothing written) if any cannot be added."""
    files = collect(paths, corpus)
    if url is not None:
        check_url(url)
        if len(files) != 1:
            raise InputError(f"--url names the source of one file, but {len(files)} files were given; add them one by one")
    if publisher is not None:
        publisher = resolve_publisher(publisher, reference)
    if year is not None and not 1949 <= year <= 2100:
        raise InputError(f"--year {year}: give the year the report reviews, e.g. 2022")
    plans = []
    ids: dict[str, Path] = {}
    for path in files:
        report_id = report_id_for(path)
        if report_id in ids:
            raise InputError(f"{path}: gets the report id {report_id!r} as {ids[report_id]} does; rename one of them")
        ids[report_id] = path
        plans.append(_plan(path, report_id, corpus, reference, url, publisher, year, keep_original))
    for outcome, data in plans:
        if outcome.status != "unchanged":
            _write(outcome, data, corpus, keep_original)
    return [outcome for outcome, _ in plans]


def _plan(path: Path, report_id: str, corpus: Path, reference: Reference, url: str | None,
          publisher: str | None, year: int | None, keep_original: bool) -> tuple[Outcome, bytes]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None
    fmt = FORMATS[path.suffix.lower()]
    sha = hashlib.sha256(data).hexdigest()
    existing = _existing(path, report_id, corpus)
    text_file = text_path(corpus, report_id)
    if existing is not None and existing["original"].get("sha256") == sha:
        return Outcome(path, report_id, "unchanged", text_file, None, existing), data
    converted = convert(data, str(path), fmt)
    if not converted.text.strip():
        raise InputError(f"{path}: no text found in the file; check that it holds the report")
    inferred, notes = infer_metadata(converted, report_id, reference, year)
    meta = _merge(inferred, existing, notes)
    if publisher:
        meta["publisher"] = publisher
    if year:
        meta["period"] = {"start": year, "end": year}
    original: dict[str, Any] = {"name": path.name, "format": fmt, "size": len(data), "sha256": sha}
    source_url = url or (existing or {}).get("original", {}).get("url")
    if source_url:
        original["url"] = source_url
    original["kept"] = f"{ORIGINALS}/{report_id}{path.suffix.lower()}" if keep_original else None
    meta["original"] = original
    try:  # the metadata must read back with the new text (part anchors kept from before included)
        report_from_bytes(converted.text.encode("utf-8"), str(path), report_id, meta, str(meta_path(corpus, report_id)))
    except InputError as exc:
        if "parts" not in meta or "parts" not in inferred:
            raise
        notes.append(f"the parts in the YAML no longer fit the new text ({exc}); replaced by the inferred ones")
        meta["parts"] = inferred["parts"]
    status = "replaced" if existing is not None else "added"
    return Outcome(path, report_id, status, text_file, converted, meta, tuple(notes)), data


def _existing(path: Path, report_id: str, corpus: Path) -> dict[str, Any] | None:
    """The metadata of the report this file was added as before, if any; InputError when the id
    belongs to another file or to a report written by hand."""
    meta_file = meta_path(corpus, report_id)
    if not meta_file.is_file():
        if text_path(corpus, report_id).is_file():
            raise InputError(f"{path}: report id {report_id!r} is already in {corpus} as a report written by hand; "
                             "rename the file to add it as another report")
        return None
    meta = load_metadata(meta_file)
    original = meta.get("original")
    if not isinstance(original, dict):
        raise InputError(f"{path}: report id {report_id!r} is already in {corpus} as a report written by hand; "
                         "rename the file to add it as another report")
    if original.get("name") != path.name:
        raise InputError(f"{path}: report id {report_id!r} is already taken by {original.get('name')} in {corpus}; "
                         "rename the file to add it as another report")
    return meta


def _merge(inferred: dict[str, Any], existing: dict[str, Any] | None, notes: list[str]) -> dict[str, Any]:
    """The inferred metadata with every value already in the YAML kept (a person may have
    corrected it); each difference is said in a note."""
    if existing is None:
        return dict(inferred)
    merged = {k: v for k, v in existing.items() if k != "original"}
    for key, value in inferred.items():
        if key not in merged:
            merged[key] = value
        elif merged[key] != value and key != "parts":
            notes.append(f"kept {key} from the YAML ({merged[key]!r}; the new file suggests {value!r})")
    return merged


def _write(outcome: Outcome, data: bytes, corpus: Path, keep_original: bool) -> None:
    assert outcome.converted is not None
    report_id = outcome.id
    stale = kept_original(corpus, report_id)
    if keep_original:
        kept = corpus / outcome.metadata["original"]["kept"]
        write_atomic(kept, data)
        stale = [p for p in stale if p != kept]
    write_atomic(outcome.text_file, outcome.converted.text.encode("utf-8"))
    body = yaml.safe_dump(outcome.metadata, allow_unicode=True, sort_keys=False, width=100)
    write_atomic(meta_path(corpus, report_id), (_HEADER + body).encode("utf-8"))
    for path in stale:
        path.unlink(missing_ok=True)
