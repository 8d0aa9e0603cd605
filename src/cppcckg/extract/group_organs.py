"""The special committees of a group of committees: 三地政协相关专委会, 两地政协相关委室.

Joint-work pages hand work to the special committees of every committee in a group (由两地政协
相关专委会先行开展前期调研). Read word by word, the group is its committees and 相关专委会 one
committee's organ, so the work went to the committees and to one side's special committees.
Each committee of the group acts here through its own special committees: one organ mention per
member, over the group's name and the organ's word.
"""

from __future__ import annotations

import re
from typing import Callable

from cppcckg.model import Mention, Report

__all__ = ["special_committees_of_groups", "GROUP_ORGANS_HINT"]

#: the organ words after a group's name (the hint a text must hold for the pass to run)
GROUP_ORGANS_HINT = re.compile(r"政协的?(?:相关|各)(?:专委会|专门委员会|委室)")
_ORGANS_AFTER = re.compile(r"的?(?:相关|各)(?:专委会|专门委员会|委室)")


def special_committees_of_groups(report: Report, mentions: list[Mention],
                                 organs_of: Callable[[str, int, int], Mention | None]) -> list[Mention]:
    """`mentions` with each group followed by its special committees' words read as the special
    committees of each member; `organs_of(committee, start, end)` makes one committee's."""
    norm = report.norm
    out = list(mentions)
    changed = False
    for m in mentions:
        if m.kind != "body" or len(m.members) < 2 or not m.label.endswith("政协"):
            continue
        words = _ORGANS_AFTER.match(norm, m.evidence.end)
        if words is None:
            continue
        a, b = m.evidence.start, words.end()
        made = [organ for key in m.members if (organ := organs_of(key, a, b)) is not None]
        if len(made) != len(m.members):
            continue  # (a member whose special committees cannot be named: the reading stays)
        out = [x for x in out if not (x.kind == "body" and x.evidence.start < b and a < x.evidence.end)]
        out.extend(made)
        changed = True
    if not changed:
        return mentions
    return sorted(out, key=lambda x: (x.evidence.start, x.evidence.end))
