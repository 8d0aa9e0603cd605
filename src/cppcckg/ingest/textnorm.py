"""Normalisation for matching: Traditional → Simplified, full-width → ASCII.

The normalised text always has exactly the length of the original, character for
character, so an offset found in it is an offset into the original report.
"""

from __future__ import annotations

from functools import lru_cache

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
_FULLWIDTH[0x00A0] = 0x20  # no-break space


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # imported here: loading its dictionaries costs time at start-up

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Simplified script of `text` with the same length.

    OpenCC converts by phrase; if a phrase changes length (rare), fall back to converting
    character by character so offsets stay aligned.
    """
    if not text:
        return text
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    out = []
    for ch in text:
        c = _t2s().convert(ch)
        out.append(c[0] if len(c) >= 1 else ch)
    return "".join(out)


def normalise(text: str) -> str:
    """The matching form of `text`: Simplified script, ASCII digits, letters and punctuation."""
    return to_simplified(text).translate(_FULLWIDTH)
