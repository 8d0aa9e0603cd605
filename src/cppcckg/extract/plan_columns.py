"""A plan's table pasted cell by cell: a 序号 line, the column names, then each row's cells.

Copied from a web page or a document, a year plan's table loses its grid: the header row
becomes one line per column name (序号, 工作内容, 牵头单位, 责任领导, 时间安排) and each row a bare
number followed by one line per cell. Section heads may stand between rows ((二)主席会议协商(2个)).
A reader counts one piece of planned work per row: the kind its own words say (召开X协商会), else
the kind of its section's head (专题调研(4项)) or of its column (协商议题); done by the committee
the plan is of, with the bodies of its unit cells (牵头单位, 配合单位) taking part. A carried
actor is no actor here: cells name units and leaders, not who did the work told before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from cppcckg.extract.plan_tables import SECTION_HEAD
from cppcckg.ingest.reference import CPPCC_CLASSES
from cppcckg.model import PLANNED, Evidence, Initiative, Mention, Period, Report

__all__ = ["column_table_items"]

# the first header cell of such a table, on a line of its own
_NUMBER_HEADER = re.compile(r"^[ \t\u3000]*序号[ \t\u3000]*$", re.MULTILINE)
# a column's name: a short line without digits or sentence marks
_COLUMN = re.compile(r"[ \t\u3000]*(?P<name>[\u4e00-\u9fff（）()、/]{2,10})[ \t\u3000]*")
# the column that holds the work (工作内容, 协商议题, 调研课题, 工作任务, 重点事项)
_WORK_COLUMN = re.compile(r"内容|议题|课题|任务|事项|项目|名称|工作")
# columns whose cells name the units that run or help the work
_UNIT_COLUMN = re.compile(r"单位|部门")
# a row's number, alone on its line
_ROW_NUMBER = re.compile(r"[ \t\u3000]*\d{1,3}[ \t\u3000]*")
Kind = Callable[[int, int], "tuple[str, tuple[int, int]] | None"]
Joint = Callable[[list[str]], bool]


def column_table_items(report: Report, initiatives: Sequence[Initiative], mentions: Sequence[Mention],
                       organizer: str | None, period: Period | None, kind_of: Kind, joint: Joint) -> list[Initiative]:
    """`initiatives` with each row of a cell-by-cell plan table (see the module) read as one
    planned piece of work of `organizer`, in `period`; `kind_of(a, b)` gives the type and span
    of the activity word in report span [a, b), or None; `joint(keys)` whether bodies sit on
    both sides."""
    norm = report.norm
    if organizer is None or "序号" not in norm:
        return list(initiatives)
    out = list(initiatives)
    for header in _NUMBER_HEADER.finditer(norm):
        lines = _lines(norm, header.end() + 1)
        columns = []
        while lines and _COLUMN.fullmatch(norm, *lines[0]) and not _ROW_NUMBER.fullmatch(norm, *lines[0]):
            columns.append(lines.pop(0))
        names = [norm[a:b].strip() for a, b in columns]
        work = next((i for i, name in enumerate(names) if _WORK_COLUMN.search(name)), None)
        if work is None or len(columns) < 2:
            continue
        units = [i for i, name in enumerate(names) if _UNIT_COLUMN.search(name)]
        out = [i for i in out if not any(a <= i.evidence.start and i.evidence.end <= b for a, b in columns)]  # (调研课题)
        section = _section_before(norm, header.start(), kind_of) or kind_of(*columns[work])
        for head, row in _rows(norm, lines, len(columns)):
            if head is not None:
                section = kind_of(*head) or section
                out = [i for i in out if not (head[0] <= i.evidence.start and i.evidence.end <= head[1])]
                continue
            out = _with_row(report, out, mentions, row, (work, units), organizer, period, (kind_of, joint), section)
    out.sort(key=lambda x: (x.evidence.start, x.evidence.end))
    return out


def _with_row(report: Report, out: list[Initiative], mentions: Sequence[Mention], row: list[tuple[int, int]],
              columns: tuple[int, list[int]], organizer: str, period: Period | None, readers: tuple[Kind, Joint],
              section: tuple[str, tuple[int, int]] | None) -> list[Initiative]:
    """`out` with the work of one row: the initiative told in its work cell, set right, or a new one."""
    (work, units), (kind_of, joint) = columns, readers
    a, b = row[work]
    cells = [row[i] for i in units if i < len(row)]
    helping = tuple(dict.fromkeys(m.entity for m in mentions if m.kind == "body" and m.entity != organizer
                                  and any(x <= m.evidence.start < y for x, y in cells)))
    named = {m.entity for m in mentions if m.kind == "body" and a <= m.evidence.start < b}
    committees = [m.entity for m in mentions if m.kind == "body" and m.cls in CPPCC_CLASSES
                  and a <= m.evidence.start < b and m.entity != organizer]  # (与渝北区政协联合协商：X)
    told = [i for i in out if a <= i.evidence.start < b]
    if told:
        fixed = []
        for item in told:  # (an actor carried from a cell above is none: the plan's committee runs it)
            organizers = tuple(dict.fromkeys(o if o in named else organizer for o in item.organizers)) or (organizer,)
            partners = tuple(dict.fromkeys([*(p for p in item.partners if p not in organizers),
                                            *(h for h in helping if h not in organizers)]))
            if a <= item.trigger[0] < b and item.evidence.end > b:  # (the cells below are not its words)
                label = item.label
                for x, y in row:
                    if (x, y) != (a, b):
                        label = label.replace(re.sub(r"\s+", "", report.text[x:y]), "")
                item = replace(item, label=label or item.label,
                               evidence=Evidence(report.id, item.evidence.start, b, report.text[item.evidence.start:b]))
            fixed.append(replace(item, organizers=organizers, partners=partners, status=PLANNED,
                                 period=item.period if item.status == PLANNED else period,
                                 rules=item.rules + ("plan-column-row",)))
        return [i for i in out if i not in told] + fixed
    kind = kind_of(a, b) or section
    if kind is None:
        return out
    text = report.text
    organizers = tuple(dict.fromkeys([organizer, *committees]))
    partners = tuple(h for h in helping if h not in organizers)
    return [*out, Initiative(
        evidence=Evidence(report.id, a, b, text[a:b]), type=kind[0], subtype=None,
        label=_label(report.norm, kind, a, b, text), organizers=organizers, partners=partners, topics=(), places=(),
        status=PLANNED, period=period, programme=None, joint_sichuan_chongqing=joint([*organizers, *partners]),
        rules=(f"trigger:{kind[0]}", "plan-column-row"), trigger=kind[1] if a <= kind[1][0] < b else (a, b))]


def _label(norm: str, kind: tuple[str, tuple[int, int]], a: int, b: int, text: str) -> str:
    """The row's words, after its section's or column's word of work when it has none of its own."""
    if a <= kind[1][0] < b:
        return text[a:b].strip()
    return f"{norm[kind[1][0]:kind[1][1]]}：{text[a:b].strip()}"


def _lines(norm: str, at: int) -> list[tuple[int, int]]:
    """The non-blank lines from `at` on, as (start, end) without their edges' spaces, up to a
    run of three blank lines or the next 序号 header."""
    out: list[tuple[int, int]] = []
    blanks = 0
    while at < len(norm):
        end = norm.find("\n", at)
        end = len(norm) if end < 0 else end
        line = norm[at:end]
        if line.strip():
            if out and _NUMBER_HEADER.fullmatch(line):
                break
            lead = len(line) - len(line.lstrip(" \t\u3000"))
            out.append((at + lead, at + len(line.rstrip(" \t\u3000"))))
            blanks = 0
        else:
            blanks += 1
            if blanks > 2:
                break
        at = end + 1
    return out


def _rows(norm: str, lines: list[tuple[int, int]], width: int
          ) -> Iterator[tuple[tuple[int, int] | None, list[tuple[int, int]] | None]]:
    """(section head span, None) or (None, row cells) for each row and head, up to the first line
    that is neither: the text going on after the table."""
    i = 0
    while i < len(lines):
        a, b = lines[i]
        if _ROW_NUMBER.fullmatch(norm, a, b):
            cells = lines[i + 1:i + 1 + width]  # (one line per column after the row's number)
            if len(cells) < width or any(_ROW_NUMBER.fullmatch(norm, x, y) for x, y in cells[:1]):
                return
            yield None, cells
            i += width + 1
        elif (head := SECTION_HEAD.fullmatch(norm, a, b)) is not None:
            yield head.span("head"), None
            i += 1
        else:
            return


def _section_before(norm: str, at: int, kind_of: Kind) -> tuple[str, tuple[int, int]] | None:
    """The kind of work of the section head right above a table's header (二、专题调研（4项）)."""
    line_end = norm.rfind("\n", 0, at)
    while line_end > 0:
        start = norm.rfind("\n", 0, line_end) + 1
        line = norm[start:line_end]
        if line.strip():
            head = SECTION_HEAD.fullmatch(norm, start, line_end)
            return kind_of(*head.span("head")) if head is not None else None
        line_end = start - 1
    return None
