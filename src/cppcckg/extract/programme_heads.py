"""A programme named by its organiser and an activity word is that organiser at work.

Some programmes go by their organiser's name and an activity word (川渝政协联合协商, 川渝政协联合
调研 for the two committees' joint work plan). Read whole, the name hides the committees: in
川渝政协联合协商会召开 or 川渝政协联合协商议政主题确定为“X” the work then has no organiser and
no joint flag. So where such a name heads its clause (as its subject: not after 举办 or 开展) and
is not counted (川渝政协联合协商1项 stays the programme, a statistic of it), its head is read as
the organiser and the activity word is left to the initiative reader; the work still joins the
programme, which is the standing programme of those committees' joint work.
"""

from __future__ import annotations

import re
from typing import Callable

from cppcckg.ingest.reference import Entity
from cppcckg.model import Mention, Report

__all__ = ["programme_heads"]

# a count right after the name (川渝政协联合协商1项, …联合调研10项): the programme counted
_COUNTED_AFTER = re.compile(r"\s*(?:\d+|[一二三四五六七八九十两]+)\s*(?:项|次|个|场|批)")
# the name heading its clause, after nothing or a time only (今年的…, 7月26日，…): its subject, not
# the object of a verb (举办…联合协商, 持续开展…联合履职: what the writer's committee did)
_AT_THE_HEAD = re.compile(r"(?:^|[，,。；;：:！？!?\n])\s*(?:[^，,。；;：:！？!?\n]{0,10}?"
                          r"(?:今年|去年|明年|年度|近日|日前|当天|随后|此次|本次|首次|\d+月\d+日|\d+月)的?)?\s*$")


def programme_heads(report: Report, mentions: list[Mention], entity_of: Callable[[str], Entity | None],
                    make: Callable[[int, int, Entity], Mention]) -> list[Mention]:
    """`mentions` with each programme named by its organiser's name and an activity word, and
    not counted, read as its organiser's name (see the module's docstring)."""
    out: list[Mention] = []
    for m in mentions:
        programme = entity_of(m.entity) if m.kind == "programme" and m.in_reference else None
        organizer = entity_of(programme.organizer) if programme is not None and programme.organizer else None
        if organizer is None or _COUNTED_AFTER.match(report.norm, m.evidence.end) or not _AT_THE_HEAD.search(
                report.norm, max(0, m.evidence.start - 24), m.evidence.start):
            out.append(m)
            continue
        surface = report.norm[m.evidence.start:m.evidence.end]
        head = max((name for name in (organizer.name_zh, *organizer.aliases)
                    if surface.startswith(name) and len(name) < len(surface)), key=len, default=None)
        out.append(make(m.evidence.start, m.evidence.start + len(head), organizer) if head else m)
    return out
