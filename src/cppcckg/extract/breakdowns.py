"""Breakdowns: a total and its parts (`交办提案800件，其中委员提案600件、集体提案200件`).

A figure stated after 其中 / 包括 in the sentence of a total counts a part of that total, not
a second total of the same kind. Each part is linked to its total (`Metric.part_of`): the
nearest figure before the 其中 that has the part's measure, else the nearest one with its
unit (`开展重点协商12项、重点调研20项，其中联合协商2项、联合调研6项`: 2项 of the 12, 6项 of
the 20). A semicolon or full stop ends the breakdown.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from cppcckg.model import Metric

_BREAKDOWN = re.compile(r"其中|包括")
_ITEM_END = re.compile(r"[；;。]")


def link_parts(text: str, sentence_start: int, sentence_end: int, metrics: Sequence[Metric]) -> list[Metric]:
    """The metrics of one sentence (in text order), parts linked to their totals."""
    out = list(metrics)
    if len(out) < 2:
        return out
    for marker in _BREAKDOWN.finditer(text, sentence_start, sentence_end):
        at = marker.start()
        stop = _ITEM_END.search(text, at, sentence_end)
        until = stop.start() if stop else sentence_end
        before = [m for m in out if m.evidence.end <= at and m.part_of is None]
        if not before:
            continue
        for n, part in enumerate(out):
            if not (at <= part.evidence.start < until) or part.part_of is not None:
                continue
            same = [m for m in before if m.measure == part.measure and m.measure != "other"]
            unit = [m for m in before if m.unit == part.unit]
            total = (same or unit or [None])[-1]
            if total is not None:
                out[n] = replace(part, part_of=total)
    return out
