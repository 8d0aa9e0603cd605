"""One figure stated twice in a report is one statistic with two pieces of evidence.

A summary repeats its key figures (`全年办理提案900件` in one block, `交办提案900件` in a panel on
proposals): a user counting proposals handled must find one 900, not two. A later figure
with the measure, value, unit, qualifier, subject and period of an earlier one is marked
`same_as` the first; the graph adds its evidence to the first one's observation. Small counts
repeat by chance (`10次` study sessions and `10次` inspections of study), so only figures of at
least REPEAT_MIN are taken for the same; a part of a breakdown is never merged.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from cppcckg.model import Metric

REPEAT_MIN = 50


def _identity(m: Metric) -> tuple:
    return (m.measure, m.value, m.unit, m.qualifier, m.subject, m.period)


def mark_repeats(metrics: Sequence[Metric]) -> list[Metric]:
    """The metrics, each repeat of an earlier figure marked `same_as` that figure."""
    first: dict[tuple, Metric] = {}
    renewed: dict[int, Metric] = {}  # a total marked as a repeat: its parts point at the marked one
    out = []
    for m in metrics:
        new = m
        if m.part_of is not None and id(m.part_of) in renewed:
            new = replace(m, part_of=renewed[id(m.part_of)])
        elif m.measure != "other" and m.value >= REPEAT_MIN and m.part_of is None:
            key = _identity(m)
            if key in first:
                new = replace(m, same_as=first[key])
                renewed[id(m)] = new
            else:
                first[key] = m
        out.append(new)
    return out
