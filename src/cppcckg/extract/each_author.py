"""Proposals that several authors handed in each, counted one by one after 分别.

A bulletin tallies proposals by who handed them in: 教育界、科学技术界委员分别提交提案19件和15件,
民盟某区委、农工党某区委分别提交集体提案5件和3件. Each author's proposals are their own piece of
work, as the same sentence without the list would be (教育界委员提交提案19件): one proposal each,
held by that author, on the same words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from cppcckg.model import Initiative, Mention

__all__ = ["proposals_of_each_author"]

# 分别(以界别名义)提交(集体)提案N件和M件: one count per author listed before
_EACH_COUNTED = re.compile(r"(?P<members>委员)?分别(?:以[^，,；;。]{1,10}名义)?(?:提交|提出)了?(?P<kind>集体提案|提案)?"
                           r"(?P<counts>\d+件(?:[和、及与]\d+件)+)")


def proposals_of_each_author(norm: str, initiatives: Sequence[Initiative], mentions: Sequence[Mention]) -> list[Initiative]:
    """`initiatives` with a proposal tallied for several authors after 分别 (see the module) split
    into one proposal per author, when the counts match the authors."""
    out: list[Initiative] = []
    for item in initiatives:
        each = (_EACH_COUNTED.search(norm, item.evidence.start, item.evidence.end)
                if item.type == "proposal" and len(item.organizers) >= 2 else None)
        if each is None or len(re.findall(r"\d+件", each.group("counts"))) != len(item.organizers):
            out.append(item)
            continue
        kind = each.group("kind") or "提案"
        members = each.group("members") or ""
        for author in item.organizers:
            named = next((m for m in mentions if m.entity == author
                          and item.evidence.start <= m.evidence.start < each.start()), None)
            words = re.sub(r"\s+", "", named.surface) if named is not None else ""
            out.append(replace(item, organizers=(author,), label=f"{words}{members}{kind}" if words else item.label,
                               rules=item.rules + ("each-author",)))
    return out
