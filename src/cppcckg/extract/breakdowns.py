"""Breakdowns: a total and its parts (`交办提案800件，其中委员提案600件、集体提案200件`).

A figure stated after 其中 / 包括 counts a part of a total, not a second total of the same kind.
Each part is linked to its total (`Metric.part_of`). Three ways of writing it are read:

- in the total's sentence (…立案118件，其中经济方面34件、…): the part's total is the figure
  before the 其中 whose value the parts add up to, else the nearest one with the part's measure,
  else with its unit (`开展重点协商12项、重点调研20项，其中联合协商2项、联合调研6项`: 2项 of the
  12, 6项 of the 20); a semicolon or full stop ends that breakdown;
- in brackets right after the total (提案324件(会议期间提案297件、闭会提案27件)): the bracket's
  figures of the total's unit, when they add up to it;
- in a sentence of its own after the total's (…立案373件。其中：…167件；…139件；…67件。 or
  …立案提案中，经济类273件，…): the sentence's figures of one unit are parts of the paragraph's
  last earlier figure of that unit they add up to. A lone part after 其中 belongs to the figure
  of its unit in the sentence right before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from cppcckg.model import Metric

_BREAKDOWN = re.compile(r"其中|包括")
_ITEM_END = re.compile(r"[；;。]")
# a sentence that opens as a breakdown: 其中，… / 包括：… / 立案提案中，…
_OPENS = re.compile(r"[\s“”]*(?:(?P<marker>其中|包括)\s*[，,：:]?|[^\s，,。；;：:、“”()（）]{2,10}中\s*[，,：:])")
# (after the figure's own noun at most: 25名议事会成员(含7名委员))
_BRACKET = re.compile(r"[^\s，,。；;：:、()（）]{0,8}?[(（]([^()（）]{2,80})[)）]")
_EPSILON = 1e-6
_CHANGE = re.compile(r"增加|增长|减少|下降|提高|上升|多出|少了")
_PEOPLE = frozenset({"名", "位", "人"})
# a bracket that says what it includes: 25名成员(含7名委员)
_INCLUDES = re.compile(r"\s*(?:含|其中|包括)")


def link_parts(text: str, sentence_start: int, sentence_end: int, metrics: Sequence[Metric],
               earlier: Sequence[Sequence[Metric]] = (), adjoining: Sequence[Metric] = ()) -> list[Metric]:
    """The metrics of one sentence (in text order), parts linked to their totals. `earlier` holds
    the metrics of the last sentences before this one that state figures, sentence by sentence;
    `adjoining` those of the last such sentence when it is in this sentence's paragraph."""
    out = list(metrics)
    if not out:
        return out
    changes = [m for m in out if _CHANGE.search(text, max(m.evidence.start, _figure_span(text, m)[0] - 4), _figure_span(text, m)[0])]
    out = [m for m in out if m not in changes]  # (同比增加12件: by how much a figure grew, no part)
    _bracketed(text, out)
    opening = _OPENS.match(text, sentence_start, sentence_end)
    if opening is not None:
        opener = [m for m in out if opening.start() <= _figure_span(text, m)[0] < opening.end()]
        if opener:  # 49件提案中，…9件，…8件: the opening's figure is the total
            _parts_of_opener(out, opener)
        elif earlier:
            _after_the_total(out, earlier, adjoining if opening.group("marker") else ())
    if len(out) < 2:
        return _in_order([*out, *changes]) if changes else out
    for marker in _BREAKDOWN.finditer(text, sentence_start, sentence_end):
        at = marker.start()
        stop = _ITEM_END.search(text, at, sentence_end)
        until = stop.start() if stop else sentence_end
        before = [m for m in out if m.evidence.end <= at and m.part_of is None]
        if not before:
            continue
        parts = [n for n, m in enumerate(out) if at <= m.evidence.start < until and m.part_of is None]
        for n in parts:
            part = out[n]
            whole = sum(out[k].value for k in parts if _unit(out[k]) == _unit(part))
            adds_up = [m for m in before if _unit(m) == _unit(part) and abs(m.value - whole) < _EPSILON]
            same = [m for m in before if m.measure == part.measure and m.measure != "other"]
            unit = [m for m in before if _unit(m) == _unit(part)]
            total = (adds_up or same or unit or [None])[-1]
            if total is not None:
                # (收到提案290件，其中，经济建设90件，…: parts that add up to the total count what it counts)
                measure = total.measure if adds_up and part.measure == "other" else part.measure
                out[n] = replace(part, part_of=total, measure=measure)
    return _in_order([*out, *changes]) if changes else out


def _in_order(metrics: list[Metric]) -> list[Metric]:
    return sorted(metrics, key=lambda m: (m.evidence.start, m.evidence.end))


def _figure_span(text: str, m: Metric) -> tuple[int, int]:
    """Where the figure itself stands in its clause (324件 of 共提出提案324件(…297件): the clause is
    the evidence, and one clause may hold several figures); the clause where it is written
    otherwise (两个, 1.6亿)."""
    if m.value == int(m.value):
        found = find_written(text, str(int(m.value)), m.unit, m.evidence.start, m.evidence.end)
        if found is not None:
            return found
    return m.evidence.start, m.evidence.end


def find_written(text: str, digits: str, unit: str, start: int, end: int) -> tuple[int, int] | None:
    r"""The span of the first `digits` in text[start:end] that no digit or point stands right before
    (the number itself, not the tail of a longer one), followed by any white space and `unit`:
    what ``re.compile(rf"(?<![\d.]){digits}\s*{re.escape(unit)}").search(text, start, end)``
    finds, without compiling a pattern for every figure (each value is a pattern of its own)."""
    at = text.find(digits, start, end)
    while at >= 0:
        before = text[at - 1] if at > 0 else ""
        if not (before == "." or before.isdecimal()):
            after = at + len(digits)
            spaces = after
            while spaces < end and text[spaces].isspace():
                spaces += 1
            for gap_end in range(spaces, after - 1, -1):  # (the longest run of white space first, as \s* tries)
                if gap_end + len(unit) <= end and text.startswith(unit, gap_end):
                    return at, gap_end + len(unit)
        at = text.find(digits, at + 1, end)
    return None


def _bracketed(text: str, out: list[Metric]) -> None:
    """提案324件(会议期间提案297件、闭会提案27件): the bracket's figures are the total's parts."""
    if "(" not in text and "（" not in text:
        return
    for n, total in enumerate(out):
        if total.part_of is not None:
            continue
        bracket = _BRACKET.match(text, _figure_span(text, total)[1])
        if bracket is None:
            continue
        a, b = bracket.span(1)
        parts = [k for k, m in enumerate(out) if k != n and _unit(m) == _unit(total) and a <= _figure_span(text, m)[0] < b]
        whole = sum(out[k].value for k in parts)
        if parts and (abs(whole - total.value) < _EPSILON if len(parts) >= 2 and not _INCLUDES.match(text, a)
                      else _INCLUDES.match(text, a) and whole <= total.value):
            for k in parts:
                out[k] = replace(out[k], part_of=total)


def _parts_of_opener(out: list[Metric], opener: list[Metric]) -> None:
    """33名委员中，成都有6位，…: the later figures of the opening figure's unit are its parts."""
    total = opener[-1]
    for k, m in enumerate(out):
        if m.part_of is None and m not in opener and _unit(m) == _unit(total) and m.value < total.value:
            out[k] = replace(m, part_of=total)


def _after_the_total(out: list[Metric], earlier: Sequence[Sequence[Metric]], adjoining: Sequence[Metric]) -> None:
    """A sentence opening as a breakdown: its figures of one unit are parts of the last earlier
    figure of that unit they add up to (a lone one after 其中: of the sentence right before)."""
    for unit in dict.fromkeys(_unit(m) for m in out):
        parts = [k for k, m in enumerate(out) if _unit(m) == unit and m.part_of is None]
        if not parts or unit == "%":  # (shares add up to 100% whatever they are shares of)
            continue
        whole = sum(out[k].value for k in parts)
        total = None
        if len(parts) >= 2:
            total = next((m for sentence in reversed(earlier) for m in reversed(sentence)
                          if _unit(m) == unit and m.part_of is None and abs(m.value - whole) < _EPSILON), None)
        else:
            total = next((m for m in reversed(adjoining) if _unit(m) == unit and m.part_of is None
                          and m.value > whole), None)
        if total is not None:
            for k in parts:
                # (…立案373件。其中：经济方面167件；…: parts that add up to the total count what it counts)
                measure = total.measure if len(parts) >= 2 and out[k].measure == "other" else out[k].measure
                out[k] = replace(out[k], part_of=total, measure=measure)


def _unit(m: Metric) -> str:
    """People are counted in 名, 位 and 人 alike (33名委员中，成都有6位)."""
    return "名" if m.unit in _PEOPLE else m.unit
