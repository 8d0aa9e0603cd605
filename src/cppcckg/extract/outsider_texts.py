"""Texts that are someone else's: a government's meeting, a congress's inspection, an economy page.

Such a text mentions the CPPCC in passing (会议听取了区政协提案办理情况的汇报) and is full of
figures of its own (签约项目17个, 协议投资86亿元). Read as a committee's page, every figure becomes
the committee's statistic. Its head names no CPPCC and few of its sentences do: only the
sentences that name one count the committee's figures.
"""

from __future__ import annotations

import re

from cppcckg.model import Mention

__all__ = ["names_a_cppcc", "someone_elses_text"]

_HEAD_REACH = 300  # characters of a text's head, at the most
_HEAD_SENTENCES = 2  # its head: its title and furniture, and its first two sentences
_CPPCC_WORD = re.compile(r"政协|政協|政治协商|政治協商")
_OUTSIDE_CLASSES = ("Body", "GovernmentBody", "Collective")  # (bodies of no CPPCC: departments, congresses, parks)
_SELDOM = 0.25  # the share of a text's sentences naming the CPPCC below which it is someone else's text
_SELDOM_FROM = 6  # sentences a text needs before the share is read (a short item is its own story)


def names_a_cppcc(mentions: list[Mention]) -> bool:
    """Does a sentence name a CPPCC body, its organs, studios or members, a party or sector in it,
    or a group of committees?"""
    return any(m.kind == "body" and (m.cls not in _OUTSIDE_CLASSES or "政协" in m.label) for m in mentions)


def someone_elses_text(norm: str, by_sentence: dict[int, list[Mention]], sentences: int) -> bool:
    """Is the text someone else's: no 政协 in its title and first two sentences, and fewer than a
    quarter of its sentences (six or more) naming the CPPCC?"""
    ends = [i for i, c in enumerate(norm[:_HEAD_REACH]) if c in "。！？"][:_HEAD_SENTENCES]
    head = norm[:ends[-1] if len(ends) == _HEAD_SENTENCES else _HEAD_REACH]
    if _CPPCC_WORD.search(head) or sentences < _SELDOM_FROM:
        return False
    naming = sum(1 for local in by_sentence.values() if names_a_cppcc(local))
    return naming < _SELDOM * sentences
