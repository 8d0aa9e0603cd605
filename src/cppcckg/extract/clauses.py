"""Clause splitting that respects quotes and book titles.

A clause is the unit of evidence for initiatives and statistics: "the clause, not the
paragraph". Commas inside “…” or 《…》 belong to a name and do not split it.
"""

from __future__ import annotations

import re

from cppcckg.extract.firstchars import guard_patterns
from cppcckg.model import Sentence

_OPEN = {"“": "”", "《": "》", "「": "」", "『": "』", "(": ")", "（": "）", "‘": "’"}
_SPLIT = set("，,；;：:")


_SPECIAL = re.compile(r"[“”《》「」『』()（）‘’，,；;：:\n]")


_OPENERS = re.compile("[" + "".join(_OPEN) + "]")
_SPLITS = re.compile("[" + "".join(sorted(_SPLIT)) + "]")


def clause_spans(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) report offsets of the clauses of norm[start:end], trimmed of spaces."""
    if _OPENERS.search(norm, start, end) is None:
        return _trimmed(norm, _split_plain(norm, start, end))
    spans: list[tuple[int, int]] = []
    stack: list[str] = []
    cur = start
    for match in _SPECIAL.finditer(norm, start, end):
        i = match.start()
        ch = norm[i]
        if stack and ch == stack[-1]:
            stack.pop()
        elif ch in _OPEN:
            stack.append(_OPEN[ch])
            if len(stack) > 4:  # unbalanced text: stop trusting quotes
                stack.clear()
        elif ch in _SPLIT and not stack:
            spans.append((cur, i))
            cur = i + 1
        elif ch == "\n" and stack and i + 1 < end and norm[i + 1] == "\n":
            stack.clear()  # a quote never spans a paragraph break
    spans.append((cur, end))
    return _trimmed(norm, spans)


def _split_plain(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of a stretch that opens no quote or bracket: cut at every clause mark
    (what clause_spans does there, without following quotes)."""
    spans: list[tuple[int, int]] = []
    cur = start
    for match in _SPLITS.finditer(norm, start, end):
        spans.append((cur, match.start()))
        cur = match.start() + 1
    spans.append((cur, end))
    return spans


def _trimmed(norm: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans without white space and end marks at either end, empty ones dropped."""
    out = []
    for a, b in spans:
        while a < b and (norm[a].isspace() or norm[a] in "。！？!?·"):
            a += 1
        while b > a and (norm[b - 1].isspace() or norm[b - 1] in "。！？!?"):
            b -= 1
        if b > a:
            out.append((a, b))
    return out


# 于2025年2月18日至20日在…举行 (将于1月19日…开幕, 自3月19日开幕…) after a comma: the predicate of the
# clause before, no clause of its own
_DATED_PREDICATE = re.compile(r"(?:将|拟)?于\s*(?:明年|今年|次年)?\s*(?:\d{4}\s*年|\d{1,2}\s*月)|自\s*\d{1,2}\s*月")


# (本次会议会期两天半，将于12日上午闭幕: the closing day after the session's length, one clause with it)
_SESSION_LENGTH = re.compile(r"(?:会期|为期)[^，,；;。]{1,8}$")
_DAY_PREDICATE = re.compile(r"(?:将|拟)?于\s*\d{1,2}\s*日")


# 今年联合调研的主题，确定为“X” after a comma: the subject fixed, no clause of its own
_SUBJECT_THEN_FIXED = re.compile(r"(?:主题|议题|课题)[，,](?:确定|选定|商定)为")


def sentence_clauses(sentence: Sentence, norm: str) -> list[tuple[int, int]]:
    """Clauses of one sentence (report offsets); `norm` is the whole report's normalised text.
    A clause that opens with the date its subject did something (X会议，于N月N日举行), or that
    fixes the subject the clause before names (X的主题，确定为“Y”), is one clause with it."""
    spans = clause_spans(norm, sentence.start, sentence.end)
    text = norm[sentence.start:sentence.end]
    if len(spans) < 2 or ("于" not in text and "自" not in text and "为" not in text):
        return spans
    out = [spans[0]]
    for a, b in spans[1:]:
        joined = norm[out[-1][1]] in "，," and (_DATED_PREDICATE.match(norm, a) is not None
                                               or _SUBJECT_THEN_FIXED.match(norm, out[-1][1] - 2, a + 3) is not None
                                               or (_DAY_PREDICATE.match(norm, a) is not None
                                                   and _SESSION_LENGTH.search(norm, out[-1][0], out[-1][1]) is not None))
        if joined:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
