"""A whitespace-free view of text with a map back to report offsets.

Newspaper layout breaks words across lines ("联合协\\n\\n商") and pads characters with
spaces ("社 会 主 义"); Chinese needs no spaces, so matching runs on the text with every
white-space character removed, and each match maps back to the original span.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple, Sequence

_SPACE = re.compile(r"\s+")


class Compact(NamedTuple):
    """`text[i]` is the report character at offset `where[i]` (a tuple: one is cut for every
    clause). `where` is a range when the stretch holds no white space (most sentences and
    clauses: made, cut and searched without an int per character), else a list."""

    text: str
    where: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Report offsets of the compact span [start, end)."""
        return self.where[start], self.where[end - 1] + 1

    def index(self, offset: int) -> int:
        """The compact position of the first character at or after report `offset`."""
        return _position(self.where, offset)

    def slice(self, start: int, end: int) -> "Compact":
        """The compact view of report offsets [start, end), cut from this one (the same as
        compacting that stretch again, without reading it again)."""
        where = self.where
        i, j = _position(where, start), _position(where, end)
        return Compact(self.text[i:j], where[i:j])


def _position(where: Sequence[int], offset: int) -> int:
    """`bisect_left(where, offset)`; for a range of consecutive offsets (most views) worked out
    directly, since bisecting a range builds an int at every step."""
    if type(where) is range:  # (always of step 1: made by `compact` and cut from such a range)
        return min(max(offset - where.start, 0), len(where))
    return bisect_left(where, offset)


def compact(norm: str, start: int = 0, end: int | None = None) -> Compact:
    """The compact view of norm[start:end]."""
    end = len(norm) if end is None else end
    if _SPACE.search(norm, start, end) is None:  # most sentences and clauses: nothing to drop
        return Compact(norm[start:end], range(start, max(start, end)))
    pieces: list[str] = []
    where: list[int] = []
    pos = start
    for match in _SPACE.finditer(norm, start, end):
        if match.start() > pos:
            pieces.append(norm[pos:match.start()])
            where.extend(range(pos, match.start()))
        pos = match.end()
    if pos < end:
        pieces.append(norm[pos:end])
        where.extend(range(pos, end))
    return Compact("".join(pieces), where)


def compact_text(norm: str, start: int = 0, end: int | None = None) -> str:
    """The text of the compact view of norm[start:end], without its offset map (for words
    that are only compared)."""
    return _SPACE.sub("", norm[start:end])


def own_words(text: str, norm: str, start: int, end: int) -> str:
    """The report's words at [start, end) in its own script, without what the matching form
    blanks (white space, the pinyin readings a repost puts after characters, 政協(xié)):
    what a label is made of."""
    written, matched = text[start:end], norm[start:end]
    if " " not in matched and _SPACE.search(written) is None:
        return written
    kept = _SPACE.sub("", written)
    if len(_SPACE.sub("", matched)) == len(kept):
        return kept  # the blanks are the text's own white space (done in C: most stretches)
    return "".join(text[i] for i in range(start, end) if not norm[i].isspace())
