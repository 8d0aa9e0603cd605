"""A place's two sessions (两会): the people's congress and the CPPCC meeting at the same time.

Local news writes them bare (两会期间, “两会”), after the place's name (重庆两会, 北碚区“两会”) or
with the whole nation's (全国两会, in the reference). A bare 两会 is the sessions of the place the
text is about; one written after a place's name is that place's. Either is one collective body,
named by its place (重庆市两会, 璧山区两会), so a user can find every text that tells of them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from cppcckg.model import Evidence, Mention, Report

__all__ = ["local_two_sessions"]

# 两会 with the quotes and a Traditional repost's readings it may carry (兩會(huì), “两会”)
_TWO_SESSIONS = re.compile(r"“?两(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))?会(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))?”?")
_LEVELS = "省市区县"  # a level word right before: the sessions of the text's place at that level
_NATION_BEFORE = re.compile(r"全国\s*$")  # (全国两会: the reference's, read already)


def local_two_sessions(report: Report, mentions: list[Mention], places: list[str],
                       key_of: Callable[[str], str]) -> list[Mention]:
    """`mentions` with each 两会 no name holds read as the two sessions of the place written
    right before it (that place mention taken into the name), else of the place the text is
    about, or of the place above it that a level word before names (省“两会” in a city's text:
    the province's). `places`: the names of the text's place and of those above it, innermost
    first; none where the text is about no place."""
    norm = report.norm
    out = list(mentions)
    spans = sorted((m.evidence.start, m.evidence.end) for m in mentions)
    for match in _TWO_SESSIONS.finditer(norm):
        a, b = match.span()
        if norm[a] == "“" and not norm.startswith("”", b - 1):
            a += 1  # (an opening quote that closes elsewhere)
        if norm[b - 1] == "”" and norm[a] != "“":
            b -= 1
        i = bisect_right(spans, (b, b))
        if any(s < b and a < e for s, e in spans[max(0, i - 3):i + 1]) or _NATION_BEFORE.search(norm, max(0, a - 3), a):
            continue  # (全国两会, a name read already)
        before = next((m for m in mentions if m.kind == "place" and m.evidence.end == a), None)
        if before is not None:  # 重庆两会, 北碚区“两会”: that place's
            a, label = before.evidence.start, before.label + "两会"
            out.remove(before)
        elif places:
            level = norm[a - 1:a]
            owner = next((name for name in places if name.endswith(level)), None) if level and level in _LEVELS else None
            if owner is not None:  # 省“两会”, 区“两会”: the level word names whose, and is part of the name
                a, label = a - 1, owner + "两会"
            else:
                label = places[0] + "两会"
        else:
            continue
        out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), key_of(label), label, "Collective", "body",
                           surface=report.text[a:b], in_reference=False))
    out.sort(key=lambda m: (m.evidence.start, -m.evidence.end))
    return out
