"""A bare committee in a paragraph that has just named a committee of its level.

Digests of a province's committees tell one city after another (甲市政协主席…。\n\n乙市各级政协
主要领导…。市政协主席某某赴某县…). In a text that never names Chongqing, the bare 市政协 of a
paragraph is the city the paragraph has named, not Chongqing's (the reference's default), nor
the city of the paragraph before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from cppcckg.extract.compact import compact_text
from cppcckg.model import Evidence, Mention, Report

__all__ = ["bare_forms_of_the_nearest_named", "NEAREST_NAMED_HINT"]

NEAREST_NAMED_HINT = re.compile(r"[市县区]政协")
_NAMED = re.compile(r"政协(?P<place>[\u4e00-\u9fff]{2,8}?)(?P<level>[市县区])委员会")
# a city's (county's) committees of all levels, the city named (某市各级政协): the city's committee leads them
_ALL_LEVELS = re.compile(r"(?<![\u4e00-\u9fff])(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<level>[市县区])各级政协")
_BARE = frozenset({"市政协", "县政协", "区政协"})
_HOME_COMMITTEE = "政协重庆市委员会"


def bare_forms_of_the_nearest_named(report: Report, mentions: list[Mention],
                                    key_of: Callable[[str], str]) -> list[Mention]:
    """`mentions` with each bare 市政协 (县政协, 区政协) read as the last committee of its level the
    same paragraph named before it, where the reference lacks that committee and the text never
    names Chongqing; a place's committees of all levels named with it are read as a collective."""
    norm = report.norm
    if "重庆" in norm:
        return mentions
    taken = [(m.evidence.start, m.evidence.end) for m in mentions if m.kind == "body"]
    added = []
    for match in _ALL_LEVELS.finditer(norm):
        a, b = match.span()
        if not any(x < b and a < y for x, y in taken):
            label = match.group()
            added.append(Mention(Evidence(report.id, a, b, report.text[a:b]), key_of(label), label, "Collective", "body",
                                 surface=report.text[a:b], in_reference=False))
    out = sorted([*mentions, *added], key=lambda m: (m.evidence.start, m.evidence.end))
    named: list[tuple[int, str, str, str]] = []  # (start, level, key, label) of the committees named
    for m in out:
        if m.kind != "body" or m.in_reference:
            continue
        if (found := _NAMED.fullmatch(m.label)) is not None:
            named.append((m.evidence.start, found.group("level"), m.entity, m.label))
        elif (found := _ALL_LEVELS.fullmatch(m.label)) is not None:
            label = f"政协{found.group('place')}{found.group('level')}委员会"
            named.append((m.evidence.start, found.group("level"), key_of(label), label))
    if not named:
        return out
    result = []
    for m in out:
        surface = compact_text(norm, m.evidence.start, m.evidence.end)
        if m.kind == "body" and surface in _BARE and (not m.in_reference or m.label == _HOME_COMMITTEE):
            paragraph = norm.rfind("\n", 0, m.evidence.start) + 1
            before = [n for n in named if paragraph <= n[0] < m.evidence.start and n[1] == surface[0]]
            if before:
                _start, _level, key, label = before[-1]
                m = replace(m, entity=key, label=label, cls="Body", members=(), in_reference=False)
        result.append(m)
    return result
