"""A plan's table turned into lines: a head naming a kind of work, then its subjects, one a line.

Committees publish their year's consultation plan as a table. Copied as text, each kind of work
becomes a head line, often counted ((三)专题协商(3项)), and each subject a numbered
line under it (1. 降低企业成本), followed by the row's details on lines of their own (时间安排：7月,
承办部门：某专委会, 协商部门：某局、某局). A reader counts one piece of planned work per subject, of
the head's kind, done by the committee the plan is of, with the bodies its detail lines name as
partners. Nothing else reads such a subject line: it holds no activity word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from cppcckg.extract.firstchars import guard_patterns
from cppcckg.extract.numbers import parse_chinese_numeral
from cppcckg.model import PLANNED, Evidence, Initiative, Mention, Period, Report

__all__ = ["SECTION_HEAD", "plan_table_items"]

# a detail line of a row (时间安排：7月, 承办部门：…, 牵头单位：…): a short name, then a colon
_DETAIL = re.compile(r"[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,6})[ \t\u3000]*[:：]")
# what a table's detail lines are called: the sign that the lines are a plan's rows
_DETAIL_NAMES = re.compile(r"时间|承办|牵头|责任|协商部门|协办|参与|配合|联系")
# a head line: an outline mark, the kind of work, and how many subjects it has (2项, 3个)
SECTION_HEAD = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}[、.．])[ \t\u3000]*"
                          r"(?P<head>[^\n：:。；;]{2,40}?)[ \t\u3000]*(?:[（(](?P<count>\d{1,2}|[一二三四五六七八九十]{1,3})[项个][）)])?"
                          r"[ \t\u3000]*$", re.MULTILINE)
# a subject line under the head: an arabic number, then the subject
_SUBJECT = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])[ \t\u3000]*(?P<subject>[^\n]{2,60}?)[ \t\u3000。；;]*$")
# the brand a kind of work is run under, before a middle dot (有事多商量·专题协商): no part of its name
_BRAND = re.compile(r"^.*[·•・]")


def plan_table_items(report: Report, initiatives: Sequence[Initiative], mentions: Sequence[Mention],
                     organizer: str | None, period: Period | None,
                     kind_of: Callable[[int, int], tuple[str, tuple[int, int]] | None]) -> list[Initiative]:
    """`initiatives` with one planned initiative per subject line under each head line of a plan's
    table (see the module), organised by `organizer` (or, when None, by whoever did the work told
    before the table), in `period`. `kind_of(a, b)` gives the type
    and report span of the activity word in report span [a, b), or None when it holds none."""
    norm, text = report.norm, report.text
    if "\n" not in norm or not _DETAIL_NAMES.search(norm):
        return list(initiatives)
    out = list(initiatives)
    for head in SECTION_HEAD.finditer(norm):
        kind = kind_of(*head.span("head"))
        if kind is None:
            continue
        # (a plan that never names its place: the committee the work told before the table is of)
        doer = organizer or next((i.organizers[0] for i in reversed(out)
                                  if i.organizers and i.evidence.start < head.start()), None)
        if doer is None:
            continue
        joint = next((i.joint_sichuan_chongqing for i in reversed(out)  # (a joint plan's rows: joint work, as its lead is)
                      if i.organizers[:1] == (doer,) and i.evidence.start < head.start()), False)
        rows = _rows(norm, head.end() + 1)
        count = head.group("count")
        wanted = (int(count) if count.isdigit() else int(parse_chinese_numeral(count) or 0)) if count else None
        if not rows or (wanted is not None and len(rows) > wanted) or not any(details for _a, _b, details in rows):
            continue  # (a numbered list with no row details is no table; more rows than counted, another shape)
        if any(kind_of(a, b) is not None for a, b, _details in rows):
            continue  # (1. 开展X调研: the items tell their own work, read as such)
        name = _BRAND.sub("", norm[head.start("head"):head.end("head")]).strip()
        for a, b, details in rows:
            if any(i.evidence.start < b and a < i.evidence.end for i in out):
                continue
            partners = tuple(dict.fromkeys(m.entity for m in mentions if m.kind == "body" and m.entity != doer
                                           and any(x <= m.evidence.start < y for x, y in details)))
            out.append(Initiative(
                evidence=Evidence(report.id, a, b, text[a:b]), type=kind[0], subtype=None,
                label=f"{name}：{text[a:b].strip()}", organizers=(doer,), partners=partners, topics=(), places=(),
                status=PLANNED, period=period, programme=None, joint_sichuan_chongqing=joint,
                rules=(f"trigger:{kind[0]}", "plan-table-row"), trigger=kind[1]))
    out.sort(key=lambda x: (x.evidence.start, x.evidence.end))
    return out


def _rows(norm: str, at: int) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """The subject lines from `at` on, each with the spans of the detail lines under it, up to
    the first line that is neither (the next head, or the text going on)."""
    rows: list[tuple[int, int, list[tuple[int, int]]]] = []
    while 0 < at < len(norm):
        end = norm.find("\n", at)
        end = len(norm) if end < 0 else end
        line = norm[at:end]
        if not line.strip():
            at = end + 1
            continue
        subject = _SUBJECT.match(norm, at, end)
        detail = _DETAIL.match(norm, at, end)
        if subject is not None:
            rows.append((subject.start("subject"), subject.end("subject"), []))
        elif detail is not None and rows and _DETAIL_NAMES.search(detail.group("name")):
            rows[-1][2].append((at, end))
        else:
            break
        at = end + 1
    return rows


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
