"""Reading a repost whose every few characters carry their pinyin (政協(xié)), without it.

Some sites repost Traditional-script news with the reading of a character after it: 渭城區(qū)政協(xié).
The matching form blanks each reading, so the blanks stand inside names and split them
(渭城區  政協): a name walked back from 政协 stops at the blank, and 区政协 no longer meets its
place. The recogniser reads such a text as it would read it without the readings: the blanked
characters are taken out of both forms, and each mention's span is mapped back to the report.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from cppcckg.model import Evidence, Mention, Report


def without_readings(report: Report) -> Squeezed | None:
    """`report` read without the characters its matching form blanks (readings, each in
    brackets), or None where it blanks none: the text as it is."""
    if "  " not in report.norm or "(" not in report.text:
        return None
    kept, text, norm = _squeezed(report.text, report.norm)
    return Squeezed(report, kept, text, norm) if len(kept) < len(report.norm) else None


@lru_cache(maxsize=4)
def _squeezed(text: str, norm: str) -> tuple[list[int], str, str]:
    """Where each kept character stands, and the text and matching form without the blanked
    ones (cached: a text without metadata is read for its publisher, then for its names)."""
    kept = [i for i, c in enumerate(norm) if c != " " or text[i].isspace()]
    return kept, "".join(text[i] for i in kept), "".join(norm[i] for i in kept)


class Squeezed:
    """`report` without the characters its matching form blanks, and the way back."""

    def __init__(self, report: Report, kept: list[int], text: str, norm: str):
        self.original = report
        self.kept = kept
        parts = tuple(replace(p, start=self.inward(p.start), end=self.inward(p.end)) for p in report.parts)
        self.report = replace(report, text=text, norm=norm, parts=parts)

    def inward(self, offset: int) -> int:
        """The squeezed offset of the first kept character at or after report `offset`."""
        return bisect_left(self.kept, offset)

    def spans_inward(self, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(self.inward(a), self.inward(b)) for a, b in spans]

    def outward(self, mention: Mention) -> Mention:
        """`mention` with its span in the report's offsets: the readings inside it included, the
        last character's left out (a span ends on a character the matching form keeps)."""
        ev = mention.evidence
        a, b = self.kept[ev.start], self.kept[ev.end - 1] + 1
        written = self.original.text[a:b]
        return replace(mention, evidence=Evidence(ev.report, a, b, written, ev.sentence), surface=written)
