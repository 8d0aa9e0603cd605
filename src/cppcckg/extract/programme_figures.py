"""Figures the text states for a programme belong to the programme, not to the body's own counts.

`探索开展“渝事好商量”协商工作。…试点区县政协全年建立协商议政场所514个,…协商4100多次` gives the
pilot's 4100 consultations, which a user adding up the municipal CPPCC's consultations must not
pool with its 16 key consultations. A figure is stated for the programme that (first rule that
finds one):

1. its own clause names (`10次“双周学习会”`, `就污水“三排”“三乱”“三率”问题反映线索近2千条`), when
   the clause names one programme (a clause naming two falls through to the next rules);
2. the initiative whose clause holds the figure is carried out under (`发动两地委员…589人参与专题网络
   议政` in the joint plan of the two CPPCCs);
3. the nearest earlier clause of the same sentence that names a programme names, when it names
   one (`引导委员参与“我为科技创新献一策”活动,收集建议1300余条`; `《…重庆人文丛书》编撰工作高质量推进,
   …已形成12卷…`), as an initiative takes the programme its sentence names; a clause naming two
   (`常态化开展“以案四说”“以案四改”,开展警示教育10次`) gives none, and the rules below are not tried;
4. the lead sentence of its paragraph names, when it names one (the 渝事好商量 figures above);
5. the heading above it names, when it names one (`创新开展“渝事好商量”协商工作` over
   `…建立议事场所1千余个`); a section heading (一、…) or a digit-numbered block heading of a
   newspaper layout, which the layout prints before or after its block, names none.

Clauses end at ，,；;：:。 (not at 、, which lists the figures of one clause). The figure keeps its
measure and subject; the graph states the programme beside them (cppcc:forProgramme).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Sequence

from cppcckg.extract.context_topics import paragraph_context
from cppcckg.model import Initiative, Mention, Metric, Report, Sentence

_CLAUSE_ENDS = "，,；;：:。"
_SECTION = re.compile(r"\s*[一二三四五六七八九十]{1,3}、")  # as extract/context_topics.py
_DIGIT_BLOCK = re.compile(r"\s*\d{1,2}\s")


def _clause_start(text: str, floor: int, at: int) -> int:
    """Where the clause holding offset `at` starts (not before `floor`, its sentence's start)."""
    last = max(text.rfind(mark, floor, at) for mark in _CLAUSE_ENDS)  # one scan per mark, in C
    return last + 1 if last >= 0 else floor


def _under_headings(report: Report, ordered: list[Sentence], named: list[tuple[int, str]],
                    named_at: list[int]) -> dict[int, str]:
    """Sentence index → the one programme the heading above it names (rule 5)."""
    out: dict[int, str] = {}
    current: str | None = None
    for s in ordered:
        if s.is_heading:
            here = {p for _a, p in named[bisect_left(named_at, s.start):bisect_left(named_at, s.end)]}
            plain = not (_SECTION.match(report.norm, s.start, s.end) or _DIGIT_BLOCK.match(report.norm, s.start, s.end))
            current = here.pop() if plain and len(here) == 1 else None
        elif current is not None:
            out[s.index] = current
    return out


def attach_programmes(report: Report, sentences: Sequence[Sentence], mentions: Sequence[Mention],
                      initiatives: Sequence[Initiative], metrics: Sequence[Metric],
                      lead: dict[int, str] | None = None) -> list[Metric]:
    """The metrics, each stated for a programme given its `programme` (rules of the docstring).
    A part (其中…) keeps pointing at its total, and a total's parts at the total given here."""
    named = sorted((m.evidence.start, m.entity) for m in mentions if m.kind == "programme")
    if not metrics or not named:
        return list(metrics)
    named_at = [start for start, _ in named]
    if lead is None:
        lead = paragraph_context(report, sentences, mentions)[1]
    ordered = sorted(sentences, key=lambda s: s.start)
    sentence_at = [s.start for s in ordered]
    headed = _under_headings(report, ordered, named, named_at)
    carried = sorted((i.evidence.start, i.evidence.end, i.programme) for i in initiatives if i.programme)
    carried_at = [start for start, _end, _p in carried]

    def programme_of(m: Metric) -> str | None:
        start, end = m.evidence.start, m.evidence.end
        k = bisect_right(sentence_at, start) - 1
        sentence = ordered[k] if k >= 0 else None
        floor = sentence.start if sentence else 0
        clause = _clause_start(report.norm, floor, start)
        own = {p for _s, p in named[bisect_left(named_at, clause):bisect_left(named_at, end)]}
        if len(own) == 1:
            return own.pop()
        last = bisect_right(carried_at, start)  # initiatives starting at or before the figure; the nearest few
        holding = {p for s, e, p in carried[max(0, last - 8):last] if s <= start and end <= e}
        if len(holding) == 1:
            return holding.pop()
        before = named[bisect_left(named_at, floor):bisect_left(named_at, clause)]
        if before:  # the nearest earlier clause of the sentence that names a programme
            nearest = _clause_start(report.norm, floor, before[-1][0])
            there = {p for s, p in before if s >= nearest}
            return there.pop() if len(there) == 1 else None
        if sentence is None:
            return None
        return lead.get(sentence.index) or headed.get(sentence.index)

    renewed: dict[int, Metric] = {}
    out = []
    for m in metrics:
        programme = programme_of(m)
        total = renewed.get(id(m.part_of)) if m.part_of is not None else None
        new = m
        if programme or total is not None:
            new = replace(m, programme=programme or m.programme, part_of=total or m.part_of)
            renewed[id(m)] = new
        out.append(new)
    return out
