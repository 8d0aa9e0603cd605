"""Metadata a person would otherwise type: the publishing CPPCC, the delivery date and session,
the period reviewed and where the plan section starts.

Inferred from the kept text and the file's own markup, then written to the metadata YAML where a
person can correct it (`cppcckg add` never overwrites a value already there).
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from cppcckg.errors import InputError
from cppcckg.ingest.document import Converted
from cppcckg.ingest.reference import Reference
from cppcckg.ingest.reports import report_from_bytes
from cppcckg.ingest.textnorm import normalise

_DATELINE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*在(.{2,60}?会议)上")
_ANCHOR_CHARS = 40


def body_names(reference: Reference) -> list[tuple[str, str]]:
    """(name, key) for every body's full name and alias, longest first (local aliases such as
    市政协 are left out: without context they could mean any city)."""
    pairs = {(name, e.key) for e in reference.of_kind("body") for name in (e.name_zh, *e.aliases) if name}
    return sorted(pairs, key=lambda p: (-len(p[0]), p[0]))


def find_publisher(lines: Sequence[str], reference: Reference) -> str | None:
    """The body the title (or, failing that, the first lines) names: the CPPCC issuing the
    report, not the newspaper carrying it, which the page's source line names."""
    names = body_names(reference)
    for line in lines[:5]:
        norm = normalise(line)
        for name, key in names:
            if name in norm:
                return key
    return None


def resolve_publisher(value: str, reference: Reference) -> str:
    """A --publisher given as a reference key, a name or an alias, as a reference key."""
    if reference.get(value) is not None:
        return value
    for name, key in body_names(reference):
        if name == value:
            return key
    raise InputError(f"--publisher {value!r} is not a body of the reference data; give a key such as "
                     "cq-cppcc or a name such as 重庆市政协")


def dateline(lines: Sequence[str]) -> tuple[str | None, str | None]:
    """(delivered date, session) from a line such as （2023年1月10日在政协……第三次会议上）."""
    for line in lines[:8]:
        match = _DATELINE.search(line)
        if match:
            y, m, d = (int(g) for g in match.groups()[:3])
            return f"{y:04d}-{m:02d}-{d:02d}", match.group(4)
    return None, None


def infer_metadata(converted: Converted, report_id: str, reference: Reference,
                   year: int | None = None) -> tuple[dict[str, Any], list[str]]:
    """Metadata for the kept text, in the order the YAML shows it, and notes on what was assumed."""
    notes: list[str] = []
    lines = list(converted.lines)
    title = converted.title or next((line for line in lines[:15] if "报告" in line or "報告" in line), None) \
        or (lines[0] if lines else None)
    head = [title] + lines[:4] if title else lines[:5]
    delivered, session = dateline(lines)
    if delivered is None and converted.date:
        delivered = converted.date
        notes.append(f"date {delivered} taken from the file's publication date (no dateline in the text)")
    text = converted.text
    report = report_from_bytes(text.encode("utf-8"), report_id, report_id,
                               {"id": report_id, **({"period": year} if year else {})})
    meta: dict[str, Any] = {"id": report_id}
    if title:
        meta["title"] = {"zh": title}
    publisher = find_publisher(head, reference)
    if publisher:
        meta["publisher"] = publisher
    else:
        notes.append("no publishing body of the reference data named in the title; set publisher: in the YAML")
    if delivered:
        meta["delivered"] = delivered
    if session:
        meta["session"] = session
    if report.period:
        meta["period"] = {"start": report.period.start, "end": report.period.end}
    else:
        notes.append("no period found in the text; set period: in the YAML or pass --year")
    if converted.source:
        meta["source"] = f"carried by {converted.source}"
    if len(report.parts) > 1:
        meta["parts"] = [_part(text, part.start if i else 0, part.status, part.period)
                         for i, part in enumerate(report.parts)]
    notes.extend(report.assumptions[1:] if report.assumptions else [])
    return meta, notes


def _part(text: str, start: int, status: str, period: Any) -> dict[str, Any]:
    end = text.find("\n", start)
    anchor = text[start: end if end >= 0 else len(text)].strip()[:_ANCHOR_CHARS]
    part: dict[str, Any] = {"from": anchor, "status": status}
    if period is not None:
        part["period"] = {"start": period.start, "end": period.end}
    return part
