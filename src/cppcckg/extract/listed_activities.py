"""Activities listed in one clause, each named by its own words.

A clause may list several pieces of work, each its own activity word: 办好区县政协主席研究班、工作
交流会和秘书长工作会议, or 区政协党组第12次会议、区政协十五届三十次主席会议召开. Read one at a time,
each would take the whole clause as its evidence and label, and the graph would hold the same
words two or three times. Where two or more activities of a clause came out with one span and
one label, and each activity word but the last is followed by a separator (、，和及与), each gets
the stretch of the list that is its own: from the separator before its activity word to that
word's end, labelled by it without the verb that opens the list. Activities that share a span
but not a label (组织调研协商、视察监督 on one subject) are left as they are.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Sequence

from cppcckg.extract.compact import Compact, own_words
from cppcckg.model import Initiative

__all__ = ["own_items"]

_JOINS = "、，,和及与"
# the verb opening a list of work (继续办好A、B和C; 召开A、B): not part of the first item's name
_OPENING_VERB = re.compile(r"^(?:继续|认真|精心|持续|先后|分别|还)?(?:办好|开好|召开|举办|举行|组织|开展|承办|主持召开|主持)了?")


def own_items(made: Sequence[tuple[int, int, Initiative]], view: Compact, report_text: str,
              report_norm: str) -> list[Initiative]:
    """The initiatives of one clause (each with its activity word's start and end in the compact
    `view`), those that share one span and label given the part of the list that is theirs."""
    if len(made) < 2:
        return [x for _a, _b, x in made]  # (most clauses: one activity; asked for every one)
    shared = Counter((x.evidence.start, x.evidence.end, x.label) for _a, _b, x in made)
    if max(shared.values()) < 2:
        return [x for _a, _b, x in made]
    text = view.text
    ordered = sorted(made, key=lambda m: m[0])
    listed = [(a, b) for a, b, x in ordered if shared[(x.evidence.start, x.evidence.end, x.label)] >= 2]
    if any(text[b0:b0 + 1] not in _JOINS or b0 >= a1 for (_a0, b0), (a1, _b1) in zip(listed, listed[1:])):
        # (第八次常委会议第一次会议: one meeting's name; 调研甲、乙…等问题开展协商: subjects between them)
        return [x for _a, _b, x in made]
    out = []
    previous = 0
    for start, end, item in ordered:
        if shared[(item.evidence.start, item.evidence.end, item.label)] < 2:
            out.append(item)
        else:
            cut = max([previous] + [text.rfind(mark, previous, start) + 1 for mark in _JOINS])
            a, b = view.span(cut, end)
            if a >= b or a < item.evidence.start or b > item.evidence.end:
                out.append(item)
            else:
                words = own_words(report_text, report_norm, a, b)
                opening = _OPENING_VERB.match(words)
                label = words[opening.end() if opening else 0:]
                out.append(replace(item, evidence=replace(item.evidence, start=a, end=b, text=report_text[a:b]),
                                   label=label or words))
        previous = end
    return out
