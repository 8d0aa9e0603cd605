"""A place's two sessions (两会): the people's congress and the CPPCC meeting at the same time.

Local news writes them bare (两会期间, “两会”), after the place's name (重庆两会, 北碚区“两会”) or
with the whole nation's (全国两会, in the reference). A bare 两会 is the sessions of the place the
text is about; one written after a place's name is that place's. Either is one collective body,
named by its place (重庆市两会, 璧山区两会), so a user can find every text that tells of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cppcckg.model import Evidence, Mention, Report

__all__ = ["local_two_sessions"]

# 两会 with the quotes and a Traditional repost's readings it may carry (兩會(huì), “两会”)
_TWO_SESSIONS = re.compile(r"“?两(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))?会(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))?”?")
_LEVELS = "省市区县"  # a level word right before: the sessions of the text's place at that level
_NATION_BEFORE = re.compile(r"全国\s*$")  # (全国两会: the reference's, read already)


def local_two_sessions(report: Report, mentions: list[Mention], places: list[str],
                       key_of: Callable[[str], str],
                       national: Callable[[int, int], Mention] | None = None) -> list[Mention]:
    """`mentions` with each 两会 no name holds read as the two sessions of the place written
    right before it (that place mention taken into the name), else of the place the text is
    about, or of the place above it that a level word before names (省“两会” in a city's text:
    the province's). `places`: the names of the text's place and of those above it, innermost
    first; none where the text is about no place. `national(a, b)`, given for a text about the
    nation, makes the mention of the national two sessions the bare words stand for there."""
    norm = report.norm
    found = list(_TWO_SESSIONS.finditer(norm))
    if not found:
        return mentions
    # (a name that holds the words, 全国两会, is read already; only such a name can cover them)
    taken = [(m.evidence.start, m.evidence.end) for m in mentions if "两" in norm[m.evidence.start:m.evidence.end]]
    places_by_end = {m.evidence.end: m for m in mentions if m.kind == "place"}
    out = list(mentions)
    added = False
    for match in found:
        a, b = match.span()
        if norm[a] == "“" and not norm.startswith("”", b - 1):
            a += 1  # (an opening quote that closes elsewhere)
        if norm[b - 1] == "”" and norm[a] != "“":
            b -= 1
        if any(s < b and a < e for s, e in taken) or _NATION_BEFORE.search(norm, max(0, a - 3), a):
            continue  # (全国两会, a name read already)
        before = places_by_end.get(a)
        if before is not None:  # 重庆两会, 北碚区“两会”: that place's
            a, label = before.evidence.start, before.label + "两会"
            out.remove(before)
        elif places:
            level = norm[a - 1:a]
            owner = next((name for name in places if name.endswith(level)), None) if level and level in _LEVELS else None
            if owner is not None:  # 省“两会”, 区“两会”: the level word names whose, and is part of the name
                a, label = a - 1, owner + "两会"
            elif national is not None:  # (a national member's 两会: the reference's national ones)
                out.append(national(a, b))
                added = True
                continue
            else:
                label = places[0] + "两会"
        else:
            continue
        out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), key_of(label), label, "Collective", "body",
                           surface=report.text[a:b], in_reference=False))
        added = True
    if added:
        out.sort(key=lambda m: (m.evidence.start, -m.evidence.end))
    return out
