"""The special committees of a group of committees: 三地政协相关专委会, 两地政协相关委室.

Joint-work pages hand work to the special committees of every committee in a group (由两地政协
相关专委会先行开展前期调研). Read word by word, the group is its committees and 相关专委会 one
committee's organ, so the work went to the committees and to one side's special committees.
Each committee of the group acts here through its own special committees: one organ mention per
member, over the group's name and the organ's word. 两省市相关专委会 (政协 left out or not), in a
text naming both provincial-level committees or their pair, is read the same way.
"""

from __future__ import annotations

import re
from typing import Callable

from cppcckg.model import Mention, Report

__all__ = ["special_committees_of_groups", "GROUP_ORGANS_HINT"]

#: the organ words after a group's name (the hint a text must hold for the pass to run)
GROUP_ORGANS_HINT = re.compile(r"(?:政协|两省市)的?(?:相关|各|对口)(?:专委会|专门委员会|委室)")
_ORGANS_AFTER = re.compile(r"的?(?:相关|各|对口)(?:专委会|专门委员会|委室)")  # (川渝政协对口专委会: each side's)
# 两省市相关专委会, 政协 left out: the special committees of the two provincial-level committees
_PAIR_ORGANS = re.compile(r"(?:川渝)?两省市(?:政协)?的?(?:相关|各|对口)(?:专委会|专门委员会|委室)")
#: the two provincial-level committees 两省市 stands for in this project's texts
_THE_TWO = ("sc-cppcc", "cq-cppcc")


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
    named = {key for m in mentions if m.kind == "body" for key in (m.entity, *m.members)}  # (川渝政协: both)
    for words in _PAIR_ORGANS.finditer(norm) if set(_THE_TWO) <= named else ():
        a, b = words.span()  # (四川省政协和重庆市政协…。两省市相关专委会也将…: both sides' committees)
        made = [organ for key in _THE_TWO if (organ := organs_of(key, a, b)) is not None]
        if len(made) != len(_THE_TWO) or any(x.kind == "body" and x.evidence.start < a < x.evidence.end for x in out):
            continue
        out = [x for x in out if not (x.kind == "body" and x.evidence.start < b and a < x.evidence.end)]
        out.extend(made)
        changed = True
    if not changed:
        return mentions
    return sorted(out, key=lambda x: (x.evidence.start, x.evidence.end))
