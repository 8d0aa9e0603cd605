"""Departments listed after one that names its place: each is that place's.

Reports list the departments that joined a visit or handled a proposal with the place written once,
before the first (区发改委、财政局、住建委负责同志, 市委宣传部、统战部): the rest are the same
place's departments, written by their own words alone. Each item must be a department's word and
nothing more, between the list's separators, so a list that goes on to other things stops there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cppcckg.extract.departments import PARTY_PATTERN, PARTY_WORDS, STATE_FULL_WORDS, STATE_PATTERN, state_in_full
from cppcckg.model import Mention, Report

__all__ = ["listed_departments"]

_PARTY_FULL = tuple(sorted(set(PARTY_WORDS.values()), key=len, reverse=True))
# a bureau or hall by its own name (财政局, 生态环境局, 教育厅): not 大局, 格局, 结局
_BUREAU = r"(?:(?![的在和及与等])[\u4e00-\u9fff]){1,6}?(?<![大格布结开全当变])(?:局|厅)"
# a place's bureau or hall by its own name (某区交通局): the place's name, then the bureau's
_PLACE_BUREAU = re.compile(r"(?P<place>.+?[市区县州省])[\u4e00-\u9fff]{1,6}(?:局|厅)")
# one item: a separator, then a department's word, then the list's next separator or its end
_STATE_ITEM = re.compile(r"[、和及](?P<word>" + STATE_PATTERN + "|" + _BUREAU + r")"
                         r"(?=[、和及等，,。；;（(\s]|负责|主要|有关|相关|领导|同志|参加|陪同|出席|列席|联合|共同)")
_PARTY_ITEM = re.compile(r"[、和及](?P<word>" + PARTY_PATTERN + r")"
                         r"(?=[、和及等，,。；;（(\s]|负责|主要|有关|相关|领导|同志|参加|陪同|出席|列席|联合|共同)")


def listed_departments(report: Report, mentions: list[Mention],
                       organ_named: Callable[[int, int, str, str | None], Mention]) -> list[Mention]:
    """`mentions` with the departments listed after a place's department added, each named as
    that place's (区发改委、财政局 → 某区发展和改革委员会, 某区财政局); `organ_named(start, end,
    label, seat)` makes the mention of a department so named."""
    norm = report.norm
    # a committee's special committee read from a bare word (农业农村委) in a list of departments is
    # the government's department of that name: the list says which
    bare_organs = {(m.evidence.start, m.evidence.end): m for m in mentions
                   if m.cls == "SpecialCommittee" and "政协" not in m.surface}
    taken = {(m.evidence.start, m.evidence.end) for m in mentions} - set(bare_organs)
    starts = sorted(m.evidence.start for m in mentions if (m.evidence.start, m.evidence.end) not in bare_organs)
    added: list[Mention] = []
    replaced: set[int] = set()
    for m in mentions:
        if m.kind != "body" or m.evidence.end >= len(norm) or norm[m.evidence.end] not in "、和及":
            continue
        head = _place_part(m.label)
        if head is None:
            continue
        place_name, items = head
        at, last = m.evidence.end, m
        while (found := items.match(norm, at)) is not None:
            a, b = found.start("word"), found.end("word")
            if (a, b) in taken or any(a <= s < b for s in starts):
                break  # a name read already: the list goes on with bodies of their own
            word = found.group("word")
            label = place_name + (state_in_full(word) if items is _STATE_ITEM else PARTY_WORDS[word])
            last = organ_named(a, b, label, last.seat)
            added.append(last)
            if (a, b) in bare_organs:
                replaced.add(id(bare_organs[(a, b)]))
            at = b
    if not added:
        return mentions
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted([*kept, *added], key=lambda x: (x.evidence.start, -x.evidence.end))


def _place_part(label: str) -> tuple[str, re.Pattern[str]] | None:
    """The name of the place (with 中共…委 for the Party's) a department's label begins with, and
    the items a list after it may hold; None for a label that is no department's."""
    if label.startswith("中共"):
        for word in _PARTY_FULL:
            if label.endswith(word) and len(label) > len(word) + 3:
                return label[: -len(word)], _PARTY_ITEM
        return None
    if "政协" in label or "党" in label:
        return None
    for word in STATE_FULL_WORDS:
        if label.endswith(word) and len(label) > len(word) + 1:
            return label[: -len(word)], _STATE_ITEM
    bureau = _PLACE_BUREAU.fullmatch(label)
    return (bureau.group("place"), _STATE_ITEM) if bureau else None
