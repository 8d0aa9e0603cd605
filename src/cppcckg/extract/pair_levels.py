"""Members of a pair named by their levels: 两地部分市政协委员、区政协委员.

A page about a city and a district across the border (遂宁市 and 潼南区) names both sides'
members by level alone. Read word by word, 市政协委员 is the members of the city the text's place
belongs to (Chongqing, for 潼南区), and the joint work loses its Sichuan side. After a group of
committees, each level names the one member of the group at that level.
"""

from __future__ import annotations

import re
from typing import Callable

from cppcckg.model import Mention, Report

__all__ = ["members_of_the_pair_by_level", "PAIR_LEVELS_HINT"]

#: the members of a pair by level (the hint a text must hold for the pass to run)
PAIR_LEVELS_HINT = re.compile(r"(?:两地|双方|三地)[^，,。；;]{0,8}?[市区县]政协委员")
_LEVEL_MEMBERS = re.compile(r"([市区县])政协委员")
_LISTED = re.compile(r"[、和及与]")


def members_of_the_pair_by_level(report: Report, mentions: list[Mention],
                                 level_of: Callable[[str], str | None],
                                 members_of: Callable[[str, int, int], Mention]) -> list[Mention]:
    """`mentions` with each level's members after 两地 read as the group member's at that level;
    `level_of(committee)` gives the level character of a committee's place (市, 区, 县) and
    `members_of(committee, start, end)` its members' group over start..end."""
    norm = report.norm
    groups = [m for m in mentions if m.kind == "body" and len(m.members) >= 2]
    if not groups:
        return mentions
    out = list(mentions)
    for hint in PAIR_LEVELS_HINT.finditer(norm):
        group = next((g for g in reversed(groups) if g.evidence.end <= hint.start()), None)
        if group is None:
            continue
        by_level: dict[str, list[str]] = {}
        for key in group.members:
            level = level_of(key)
            if level is not None:
                by_level.setdefault(level, []).append(key)
        pos = hint.end() - len("X政协委员")
        while (found := _LEVEL_MEMBERS.match(norm, pos)) is not None:
            keys = by_level.get(found.group(1), [])
            a, b = found.span()
            if len(keys) == 1:
                out = [m for m in out if not (m.kind == "body" and m.evidence.start < b and a < m.evidence.end)]
                out.append(members_of(keys[0], a, b))
            if not _LISTED.match(norm, b):
                break
            pos = b + 1
    return sorted(out, key=lambda m: (m.evidence.start, m.evidence.end))
