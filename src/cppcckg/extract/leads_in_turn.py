"""Units that lead a list's items in turn.

A plan or a news item lists several pieces of work and then says who leads each: by ordinal
(第一项由A牵头，第二项由B牵头; 第一、二项由A牵头) or respectively (分别由A、B、C牵头). Each item is
then run by its own unit, not by the sentence's actor. This module only reads the words; the
extractor matches the items it found to the ordinals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cppcckg.extract.numbers import parse_chinese_numeral

_ORDINALS = r"[一二三四五六七八九十\d]{1,2}(?:[、和及][一二三四五六七八九十\d]{1,2})*"
# 第一项由A牵头 / 第二个课题由B负责牵头 / 第三、四项由C牵头
_BY_ORDINAL = re.compile(r"第(?P<nums>" + _ORDINALS + r")(?:项|个)(?:课题|调研|视察|协商|监督|工作)?(?:由|请)?"
                         r"(?P<who>[^，,；;。由]{2,40}?)(?:负责|共同)?牵头")
# 分别由A、B、C牵头 / A、B分别牵头
_RESPECTIVELY = re.compile(r"分别由(?P<who>[^，,；;。由]{2,80}?)(?:负责)?牵头|"
                           r"(?:^|[\n，,；;。：:])(?:由)?(?P<who2>[^\n，,；;。：:由]{2,80}?)分别(?:负责)?牵头")


@dataclass(frozen=True)
class TurnLead:
    """Who leads which items: `ordinals` are 1-based item numbers, empty for 分别 (one each, in order);
    (start, end) is the character span naming the units."""
    ordinals: tuple[int, ...]
    start: int
    end: int


def _numbers(text: str) -> tuple[int, ...]:
    out = []
    for part in re.split(r"[、和及]", text):
        value = parse_chinese_numeral(part) if not part.isdigit() else float(part)
        if value is None or not 1 <= value <= 30:
            return ()
        out.append(int(value))
    return tuple(out)


def leads_in_turn(norm: str, start: int, end: int) -> tuple[int, list[TurnLead]]:
    """The in-turn leads said in norm[start:end], and where the first of them begins (-1 when
    none). Ordinal leads need two or more parts or two or more ordinals to be a turn."""
    if norm.find("牵头", start, end) < 0:
        return -1, []  # (read for every sentence: most name no lead at all)
    by_ordinal = []
    for found in _BY_ORDINAL.finditer(norm, start, end):
        nums = _numbers(found.group("nums"))
        if nums:
            by_ordinal.append((found.start(), TurnLead(nums, found.start("who"), found.end("who"))))
    if by_ordinal and (len(by_ordinal) >= 2 or len(by_ordinal[0][1].ordinals) >= 2):
        return by_ordinal[0][0], [lead for _at, lead in by_ordinal]
    found = _RESPECTIVELY.search(norm, start, end)
    if found is not None:
        who = "who" if found.group("who") else "who2"
        return found.start(who) if who == "who2" else found.start(), [TurnLead((), found.start(who), found.end(who))]
    return -1, []
