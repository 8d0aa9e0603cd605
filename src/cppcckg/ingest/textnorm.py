"""Normalisation for matching: Traditional → Simplified, full-width → ASCII.

The normalised text always has exactly the length of the original, character for
character, so an offset found in it is an offset into the original report.
"""

from __future__ import annotations

import re
from functools import lru_cache

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
_FULLWIDTH[0x00A0] = 0x20  # no-break space
# Traditional texts quote with corner brackets (「甲」, 『乙』): the matching form quotes as Simplified does
_FULLWIDTH.update({ord("「"): ord("“"), ord("」"): ord("”"), ord("『"): ord("‘"), ord("』"): ord("’")})
# variant forms the Traditional-to-Simplified tables leave as they are (宁陜县, 陜西: 陕)
_FULLWIDTH[ord("陜")] = ord("陕")


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


# Reposts converted to Traditional by some sites carry the pinyin of a character after it,
# 政協(xié), 發(fā)展: in the matching form the reading is blanked so names and words join up again.
_READING = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,6}\)")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


# The same sites double punctuation (委员,、各参加单位; 作用,,紧紧): a comma before another
# comma or a 、 is blanked so a list is not cut into clauses.
_STRAY_COMMA = re.compile(r",(?=[、,])")


# Some pages quote a name with single quotation marks where no double ones enclose them
# (开展‘甲、乙’大讨论活动): the matching form quotes it with double ones, as most pages do; short
# ones (‘三排’, ‘两会’) are words quoted inside a name and stay as written.
_SINGLE_QUOTED = re.compile(r"‘([^‘’“”。；;\n]{6,60})’")


def _outer_single_quotes(text: str) -> str:
    """`text` with each ‘…’ that stands outside any “…” of its sentence written “…” (same length;
    a stray quotation mark earlier in the text does not count)."""
    parts = []
    for match in _SINGLE_QUOTED.finditer(text):
        a = match.start()
        start = max(text.rfind("。", 0, a), text.rfind("\n", 0, a)) + 1
        if text.count("“", start, a) == text.count("”", start, a):
            parts.append((a, match.end()))
    if not parts:
        return text
    chars = list(text)
    for a, b in parts:
        chars[a], chars[b - 1] = "“", "”"
    return "".join(chars)


# Some pages quote a name with ASCII double quotes (委员履职"服务为民"活动): between Chinese
# characters, a pair on one line is written “…” in the matching form, as most pages quote.
_ASCII_QUOTED = re.compile(r'"([^"\n“”]{1,60})"')


def _ascii_double_quotes(text: str) -> str:
    """`text` with each "…" whose inside is Chinese written “…” (same length)."""
    chars = None
    for match in _ASCII_QUOTED.finditer(text):
        inside = match.group(1)
        if not any("\u4e00" <= c <= "\u9fff" for c in inside):
            continue  # ("ABC": a code or an English name, left as written)
        chars = chars if chars is not None else list(text)
        chars[match.start()], chars[match.end() - 1] = "“", "”"
    return "".join(chars) if chars is not None else text


# Names, labels and surfaces up to this length are normalised once and remembered: the
# extractors normalise the same short words over and over, and each OpenCC call costs tens of
# microseconds; whole reports are longer and are not kept.
_SHORT_TEXT = 200


def normalise(text: str) -> str:
    """The matching form of `text`: Simplified script, ASCII digits, letters and punctuation,
    Simplified quotation marks (single ones outside double ones made double, ASCII ones around
    Chinese words made Chinese), pinyin readings
    inserted after characters and doubled punctuation blanked."""
    return _normalise_short(text) if len(text) <= _SHORT_TEXT else _normalise(text)


@lru_cache(maxsize=16384)
def _normalise_short(text: str) -> str:
    """`_normalise` remembered for short texts (a pure function of its argument)."""
    return _normalise(text)


def _normalise(text: str) -> str:
    out = to_simplified(text).translate(_FULLWIDTH)
    if "(" in out:
        out = _READING.sub(_blank, out)
    if "‘" in out:
        out = _outer_single_quotes(out)
    if '"' in out:
        out = _ascii_double_quotes(out)
    return _STRAY_COMMA.sub(" ", out) if ",," in out or ",、" in out else out
