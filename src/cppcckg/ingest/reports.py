"""Reading report files and their metadata.

A report is a text file (UTF-8 with or without BOM, GB18030/GBK, Simplified or
Traditional script) with an optional YAML metadata file of the same stem beside it.
Offsets everywhere refer to the characters of the decoded text (a BOM is not a character
of the text). A report without metadata still works: what can be inferred from the text
is inferred and said in `Report.assumptions`.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Any

from cppcckg.errors import InputError
from cppcckg.ingest.text_dating import infer_period
from cppcckg.ingest.textnorm import normalise
from cppcckg.ingest.yamlio import load_yaml
from cppcckg.model import DONE, PLANNED, Original, Part, Period, Report

TEXT_SUFFIXES = (".txt", ".text", ".md")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")
_PLAN_HEADING = re.compile(
    r"(?m)^[\s★☆]*(?:[一二三四五六七八九十]{1,3}[、.．]\s*)?(?:(20\d\d)年)?(?:(?:提案|履职|协商)?工作(?:打算|安排|建议|思路|要点)|今后.{0,6}工作)[\s★☆]*$"
)
_META_KEYS = {
    "id", "title", "publisher", "delivered", "session", "period", "language", "source", "parts", "original",
}


def decode(data: bytes, where: str) -> tuple[str, str]:
    """Decode report bytes; return (text, encoding). Raise InputError for binary or undecodable data."""
    if not data.strip():
        raise InputError(f"{where}: the file is empty; give a report with text in it")
    head = data[:4096]
    if b"\x00" in head:
        raise InputError(f"{where}: looks binary (NUL bytes), not a text report; convert it to UTF-8 text first")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise _undecodable(where, data, exc) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as first:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise _undecodable(where, data, first) from None
        if _control_ratio(text) > 0.01:
            raise _undecodable(where, data, first)
        return text, "gb18030"


def _undecodable(where: str, data: bytes, exc: UnicodeDecodeError) -> InputError:
    line = data[: exc.start].count(b"\n") + 1
    return InputError(
        f"{where}:{line}: bytes that are neither UTF-8 nor GB18030/GBK; save the report as UTF-8"
    )


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / max(1, len(sample))


def slug_id(stem: str, data: bytes) -> str:
    """A report id from a file name, or from the content when the name has no usable characters."""
    candidate = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.")
    if candidate and _ID_RE.match(candidate):
        return candidate
    return "report-" + hashlib.sha256(data).hexdigest()[:12]


def metadata_path(path: Path) -> Path | None:
    """The metadata file beside a report: same stem with .yaml or .yml."""
    for suffix in (".yaml", ".yml"):
        candidate = path.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    return None


def read_report(path: Path, metadata: Path | None = None) -> Report:
    """Read one report file and its metadata (found beside it unless given)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give a report file (or use --reports DIR)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None
    meta_file = metadata if metadata is not None else metadata_path(path)
    meta = load_metadata(meta_file) if meta_file is not None else {}
    return report_from_bytes(data, str(path), path.stem, meta, str(meta_file) if meta_file else None)


def report_from_bytes(
    data: bytes, where: str, stem: str, meta: dict[str, Any], meta_where: str | None = None
) -> Report:
    """Build a Report from raw bytes and a metadata mapping (possibly empty)."""
    text, encoding = decode(data, where)
    norm = normalise(text)
    assumptions: list[str] = []
    report_id = meta.get("id") or slug_id(stem, data)
    if not _ID_RE.match(str(report_id)):
        raise InputError(f"{meta_where or where}: id {report_id!r} must be letters, digits, '.', '_' or '-'")
    title = meta.get("title") or {}
    if isinstance(title, str):
        title = {"zh": title}
    period = _period(meta.get("period"), meta_where or where, "period")
    if meta.get("parts"):
        parts = _parts_from_metadata(meta["parts"], norm, meta_where or where)
    else:
        parts, inferred = _infer_parts(norm, period)
        assumptions.extend(inferred)
    if period is None:
        period = infer_period(norm, parts, meta.get("delivered"), normalise(title.get("zh") or ""))
        if period is not None:
            assumptions.append(f"period covered assumed to be {period.label()} from the text's own dating")
    if not meta:
        assumptions.insert(0, "no metadata file: id, publisher and period are inferred from the text")
    return Report(
        id=str(report_id),
        text=text,
        norm=norm,
        path=where,
        title_zh=title.get("zh") or _infer_title(text),
        title_en=title.get("en"),
        publisher=meta.get("publisher"),
        delivered=str(meta["delivered"]) if meta.get("delivered") else None,
        session=meta.get("session"),
        period=period,
        source=meta.get("source"),
        encoding=encoding,
        parts=tuple(parts),
        assumptions=tuple(assumptions),
        sha256=hashlib.sha256(data).hexdigest(),
        original=_original(meta.get("original"), meta_where or where),
    )


def _original(value: Any, where: str) -> Original | None:
    """The `original:` block `cppcckg add` writes: name, format, size, sha256, url."""
    if value is None:
        return None
    try:
        return Original(name=str(value["name"]), format=str(value["format"]), size=int(value["size"]),
                        sha256=str(value["sha256"]), url=str(value["url"]) if value.get("url") else None)
    except (TypeError, KeyError, ValueError, AttributeError):
        raise InputError(f"{where}: original needs name, format, size and sha256 "
                         "(as cppcckg add writes them); fix it or remove the block") from None


def load_metadata(path: Path) -> dict[str, Any]:
    """Parse a metadata YAML file; every problem names the file and what to fix."""
    meta = load_yaml(path, InputError, "metadata file", "fix the YAML or remove the file")
    if meta is None:  # an empty file (or only comments) is a mistake, not "no metadata"
        raise InputError(f"{path}: the metadata file is empty; give its keys (id, title, period, ...) or remove the file")
    if not isinstance(meta, dict):
        raise InputError(f"{path}: metadata must be a mapping of keys (id, title, period, ...)")
    unknown = sorted(set(meta) - _META_KEYS)
    if unknown:
        raise InputError(f"{path}: unknown metadata key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_META_KEYS))}")
    return meta


def _period(value: Any, where: str, name: str) -> Period | None:
    if value is None:
        return None
    if isinstance(value, int):
        return Period(value, value)
    if isinstance(value, dict) and "start" in value:
        try:
            start = int(value["start"])
            end = int(value.get("end", start))
        except (TypeError, ValueError):
            raise InputError(f"{where}: {name} needs whole years, e.g. {{start: 2021, end: 2021}}") from None
        if end < start:
            raise InputError(f"{where}: {name} ends ({end}) before it starts ({start})")
        return Period(start, end)
    raise InputError(f"{where}: {name} must be a year or {{start: YEAR, end: YEAR}}")


def _parts_from_metadata(items: Any, norm: str, where: str) -> list[Part]:
    if not isinstance(items, list):
        raise InputError(f"{where}: parts must be a list of {{from, status, period}}")
    starts: list[tuple[int, str, Period | None]] = []
    cursor = 0
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict) or "from" not in item:
            raise InputError(f"{where}: part {i} needs a 'from' anchor text")
        status = item.get("status", DONE)
        if status not in (DONE, PLANNED):
            raise InputError(f"{where}: part {i} status {status!r} must be 'done' or 'planned'")
        anchor = normalise(str(item["from"]))
        at = norm.find(anchor, cursor)
        if at < 0:
            raise InputError(f"{where}: part {i} anchor {item['from']!r} is not in the report text (after the previous part)")
        starts.append((at, status, _period(item.get("period"), where, f"part {i} period")))
        cursor = at + 1
    parts = []
    for i, (start, status, period) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(norm)
        parts.append(Part(0 if i == 0 else start, end, status, period))
    return parts


def _infer_parts(norm: str, period: Period | None) -> tuple[list[Part], list[str]]:
    match = _PLAN_HEADING.search(norm)
    if not match:
        return [Part(0, len(norm), DONE, period)], []
    year = int(match.group(1)) if match.group(1) else None
    plan_period = Period(year, year) if year else None
    done_period = period or (Period(year - 1, year - 1) if year else None)
    note = f"text from {match.group(0).strip()!r} read as planned work" + (
        f" for {year}" if year else ""
    )
    return [
        Part(0, match.start(), DONE, done_period),
        Part(match.start(), len(norm), PLANNED, plan_period),
    ], [note]


# a line that opens with a clause's subject and its verb of saying (报告提出，…), or runs on as a sentence
_CLAUSE_LEAD = re.compile(r"^[^，,：:]{1,12}(?:提出|指出|显示|表示|认为|强调|介绍)[，,：:]")


# a plan's own title line (政协某市委员会2025年工作要点, …协商计划), not a headline about one (审议…工作要点)
# nor the heading of a plan's section inside a text
_PLAN_TITLE = re.compile(r"^(?!.*(?:审议|通过|印发|研究|讨论|学习|制定|召开|出台))"
                         r"(?![一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])[^，,：:]*"  # (二、2026年工作计划: a section's heading)
                         r"(?:工作要点|工作要點|协作要点|合作要点|协商计划|协商工作计划|工作计划|工作清单|任务清单|履职清单)(?:[（(][^）)]{1,8}[）)])?$")


def _infer_title(text: str) -> str | None:
    for line in text.splitlines()[:15]:
        line = line.strip()
        if 4 <= len(line) <= 80 and ("报告" in line or "報告" in line or _PLAN_TITLE.search(line)) and "。" not in line and not _CLAUSE_LEAD.match(line):
            return line  # (…报告报送…。 and 报告提出，…。 are sentences of the story, not its title)
    return None


def find_reports(directory: Path, notes: list[str] | None = None) -> list[Path]:
    """The report files of a directory, sorted by name; InputError if there are none.

    An entry named like a report (*.txt, *.text, *.md) that cannot be one is skipped with a
    line in `notes`: a folder, a FIFO or other special file (reading it could wait for ever),
    a symbolic link to nothing, or a loop of links."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"{directory}: not a directory; give the folder that holds the reports")
    files = []
    skipped = []
    for path in sorted(directory.iterdir()):
        if path.suffix.lower() not in TEXT_SUFFIXES:
            continue
        why = _not_a_report(path)
        if why is None:
            files.append(path)
        else:
            skipped.append(f"{path}: {why}; skipped")
    if notes is not None:
        notes.extend(skipped)
    if not files:
        also = f" ({len(skipped)} skipped: {'; '.join(skipped)})" if skipped else ""
        raise InputError(f"{directory}: no report files (*.txt) found; put reports there or pass another --reports{also}")
    return files


def _not_a_report(path: Path) -> str | None:
    """Why a directory entry named like a report cannot be read as one (None if it can)."""
    import errno
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a loop of symbolic links"
        if path.is_symlink():
            return f"a symbolic link to {os.readlink(path)}, which does not exist"
        return f"cannot be read ({exc.strerror})"
    if stat.S_ISDIR(mode):
        return "a folder, not a report file"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe), not a report file"
    if not stat.S_ISREG(mode):
        return "a special file (device or socket), not a report file"
    return None


def read_reports(directory: Path) -> list[Report]:
    """Every report of a directory; two reports with one id are an error naming both files."""
    reports = [read_report(p) for p in find_reports(directory)]
    seen: dict[str, str] = {}
    for report in reports:
        if report.id in seen:
            raise InputError(
                f"{report.path}: report id {report.id!r} is also used by {seen[report.id]}; give one of them another id"
            )
        seen[report.id] = report.path or report.id
    return reports
