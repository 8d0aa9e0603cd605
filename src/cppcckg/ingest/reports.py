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
from cppcckg.ingest.textnorm import normalise
from cppcckg.ingest.yamlio import load_yaml
from cppcckg.model import DONE, PLANNED, Original, Part, Period, Report

TEXT_SUFFIXES = (".txt", ".text", ".md")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")
_PLAN_HEADING = re.compile(
    r"(?m)^[\s★☆]*(?:[一二三四五六七八九十]{1,3}[、.．]\s*)?(?:(20\d\d)年)?(?:(?:提案|履职|协商)?工作(?:打算|安排|建议|思路|要点)|今后.{0,6}工作)[\s★☆]*$"
)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)年")
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
        period = _infer_period(norm, parts, meta.get("delivered"), normalise(title.get("zh") or ""))
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


_NUMERAL_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")
_NUMERAL_YEAR = re.compile(r"[二][〇○零][一二三四五六七八九〇○零]{2}年")
# "2023年工作回顾", "2024年工作成效显著": the year a text reviews, said outright.
_REVIEW_YEAR = re.compile(r"(20\d\d)年(?:的)?(?:工作)?(?:回顾|成效|总结|情况|成绩)|(20\d\d)年[，,]?是[^。，,]{0,16}(?:的一年|之年)[。，,]\s*一年来|"
                          r"回顾(20\d\d)年")  # (2017年，是X起步之年。一年来…; 回顾2025年工作时)
# A title naming the year a digest reviews: 2019年工作摘要, 2024年渝中区政协履职小记, 2023年度工作回顾.
_TITLE_YEAR = re.compile(r"(20\d\d)年度?[^，,。：:]{0,10}?(?:工作)?(?:摘要|回顾|总结|综述|盘点|成效|履职小记|工作纪实)")
# "2022年，…" or "2022年以来" opening a sentence: the year the sentence is about.
_OPENING_YEAR = re.compile(r"(?:^|[。！？\n])\s*(20\d\d)年(?:以来)?[，,]")
# 2023年度优秀提案, 2022—2023年度优秀委员: a year naming an award or a list, not the time the text tells of
_LABEL_YEAR = re.compile(r"(?:20\d\d[—–-]+)?20\d\d年度(?=[^，,。；;]{0,6}?(?:优秀|先进|重点提案|十佳|好提案|履职之星))")
# A full date as news pages print it: 2024年9月15日, 2024-09-15, 2024.9.15, 2024/09/15 or 15.09.2024.
_FULL_DATE = re.compile(
    r"(?P<y>20\d\d)年(?P<m>\d{1,2})月\d{1,2}日|(?<![\d.])(?P<y2>20\d\d)([-./])(?P<m2>\d{1,2})\4\d{1,2}(?![\d.])|"
    r"(?<![\d.])\d{1,2}\.(?P<m3>\d{1,2})\.(?P<y3>20\d\d)(?![\d.])"
)
# 今天是:2025年12月07日 on a page's header is the day it was read, not written.
_TODAY = re.compile(r"今天是|今日是|当前日期")
_COMPARED_YEAR = re.compile(r"(?:与|较|比|同)(20\d\d)年(?:相比|同期)?|(?:提出|明确)[，,：:](20\d\d)年[，,][^。；;]{0,16}?(?:将|要|拟)")
# Dating relative to when the text was written: (words, years back of the start, years back of the end).
_RELATIVE = (
    (re.compile(r"五年来|过去五年|过去的五年|本届以来"), 5, 1),
    (re.compile(r"一年来|过去一年|过去的一年"), -1, -1),  # (the year before, or late in a year that year)
    (re.compile(r"去年"), 1, 1),
    (re.compile(r"今年以来|今年"), 0, 0),
)


#: The month from which a text looking back over 一年来 reviews the year it is written in.
_YEAR_END = 10
#: The month from which a text's 去年 tells background, not the year it reviews.
_LATE_IN_YEAR = 7


def _infer_period(norm: str, parts: list[Part], delivered: Any = None, title: str = "") -> Period | None:
    """The years a text without a declared period covers, from its own dating: a part's
    period, the year its title says it reviews (2019年工作摘要), a year it says it reviews,
    a year opening a sentence, a relative phrase (一年来,
    去年, 今年以来) read against the date it was written, and last the year it names most
    (years only compared with are not counted; in a text whose day of writing is known, neither
    are years long before it, years after it, the targets of plans, nor years naming awards)."""
    for part in parts:
        if part.status == DONE and part.period is not None and part.end - part.start > 20:
            return part.period
    titled = _TITLE_YEAR.search(title)
    if titled:
        return Period(int(titled.group(1)), int(titled.group(1)))
    text = _NUMERAL_YEAR.sub(lambda m: m.group(0).translate(_NUMERAL_DIGITS), norm)
    review = _REVIEW_YEAR.search(text)
    if review:
        year = int(review.group(1) or review.group(2) or review.group(3))
        return Period(year, year)
    if all(part.status == PLANNED for part in parts if part.end - part.start > 20) and parts[-1].period:
        return parts[-1].period
    opening = _OPENING_YEAR.search(text)
    if opening:
        return Period(int(opening.group(1)), int(opening.group(1)))
    written = written_date(delivered, text)
    if written is not None:
        year, month = written
        found = [(m.start(), back_start, back_end) for regex, back_start, back_end in _RELATIVE
                 for m in [regex.search(text)] if m and not (back_start == 1 and month >= _LATE_IN_YEAR)]
        # (去年 in a story of the year's second half is background: 去年5月，…建立了机制 before its news)
        if found:
            _at, back_start, back_end = min(found)
            session = month <= 3  # a report to the session early in a year reviews the year before
            if back_start == 5:
                return Period(year - 5, year - 1) if session else Period(year - 4, year)
            if back_start == -1:  # 一年来 in a year-end review (October on) is that year's
                back_start = back_end = 0 if month >= _YEAR_END else 1
            return Period(year - back_start, year - back_end)
    compared = {int(y or plan) for y, plan in _COMPARED_YEAR.findall(text)}  # (报告提出，2025年，…将: a plan's year)
    # (with the day of writing known, a year naming an award or a list is no time the text tells of)
    years = [int(y) for y in _YEAR.findall(text if written is None else _LABEL_YEAR.sub("", text)) if int(y) not in compared]
    if written is not None:  # a year long before the text was written is background (a biography, a
        # history), one after it a target (到2030年, 2022-2030年规划)
        years = [y for y in years if written[0] - 1 <= y <= written[0]]
    if not years:
        # a news item that dates its story by month and day only (5月下旬，…) tells of its own year
        return Period(written[0], written[0]) if written is not None else None
    counts: dict[int, int] = {}
    for y in years:
        counts[y] = counts.get(y, 0) + 1
    best = max(counts, key=lambda y: (counts[y], y))  # (on a tie the latest: a story tells of its own time)
    return Period(best, best)


def written_date(delivered: Any, text: str) -> tuple[int, int] | None:
    """(year, month) the text was written: its metadata date, else a full date near its start."""
    match = re.match(r"\s*(\d{4})-(\d{1,2})", str(delivered)) if delivered else None
    if match:
        return int(match.group(1)), int(match.group(2))
    match = next((m for m in _FULL_DATE.finditer(text, 0, 300) if not _TODAY.search(text, max(0, m.start() - 6), m.start())),
                 None)
    if match is None:
        return None
    year, month = next((match.group(y), match.group(m)) for y, m in (("y", "m"), ("y2", "m2"), ("y3", "m3"))
                       if match.group(y))
    return int(year), int(month)


def _infer_title(text: str) -> str | None:
    for line in text.splitlines()[:15]:
        line = line.strip()
        if 4 <= len(line) <= 80 and ("报告" in line or "報告" in line) and "。" not in line.rstrip("。"):  # (…报告报送…。: work)
            return line
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
