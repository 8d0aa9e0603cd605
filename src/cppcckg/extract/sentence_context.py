"""The sentence around each fact's span: what a reader checks a fact against.

A span alone (`1501件`, `专题协商`) says little; the sentence that holds it says what was
counted or done. Every fact's evidence gets the report offsets of that sentence (or of the
sentences, when a span runs over a sentence end). A statistic's or initiative's span that runs
into a heading the layout glued to its line (`…成立12个委员小组\n\n加强专委会建设`) ends before it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Sequence, TypeVar

from cppcckg.extract.context_topics import glued_heading
from cppcckg.model import Evidence, Extraction, Metric, Report, Sentence

T = TypeVar("T")


class SentenceIndex:
    """Finds the sentence that holds a span, by binary search over the sentence starts."""

    def __init__(self, sentences: Sequence[Sentence]):
        self.sentences = sorted(sentences, key=lambda s: s.start)
        self.starts = [s.start for s in self.sentences]
        self.ends = [s.end for s in self.sentences]

    def around(self, start: int, end: int) -> tuple[int, int] | None:
        """Offsets of the sentence(s) holding [start, end), or None before the first sentence."""
        starts = self.starts
        first = bisect_right(starts, start) - 1
        last = bisect_right(starts, end - 1 if end - 1 > start else start) - 1
        if first < 0 or last < 0:
            return None
        return min(starts[first], start), max(self.ends[last], end)


def _with(fact: T, name: str, value: object) -> T:
    """A copy of a frozen dataclass with one field changed: dataclasses.replace runs __init__
    over every field again, too slow to do for every mention of a long text."""
    new = object.__new__(type(fact))
    new.__dict__.update(fact.__dict__)
    new.__dict__[name] = value
    return new


def _with_evidence(fact: T, evidence: Evidence) -> T:
    return _with(fact, "evidence", evidence)


def without_glued_heading(report: Report, ev: Evidence, keep: int, names: Sequence[tuple[int, int]]) -> Evidence:
    """The evidence ended before a heading glued to its last line, if it has one after `keep`."""
    if "\n" not in ev.text:
        return ev
    cut = glued_heading(report.norm, ev.start, ev.end, names)
    end = len(report.text[ev.start:cut].rstrip()) + ev.start
    if cut >= ev.end or end < keep:
        return ev
    return replace(ev, end=end, text=report.text[ev.start:end])


def with_sentences(extraction: Extraction) -> Extraction:
    """The extraction with the sentence of every fact's evidence filled in, and spans that run
    into a glued heading ended before it."""
    index = SentenceIndex(extraction.sentences)
    report = extraction.report
    names = [(m.evidence.start, m.evidence.end) for m in extraction.mentions if "\n" in m.evidence.text]
    around = index.around

    def placed(fact: T, evidence: Evidence) -> T:
        """`fact` with `evidence` and its sentence: the same object when the span is unchanged
        (a span's sentence follows from the span and takes no part in equality, so it is set
        in place; a 50 MB text has about a million facts, and copies of them all would double
        the memory an extraction needs)."""
        bounds = around(evidence.start, evidence.end)
        if evidence is fact.evidence:  # type: ignore[attr-defined]
            if bounds and evidence.sentence is None:
                # past the frozen __setattr__ without asking for the instance dict, which Python
                # would then make for every evidence (64 bytes more each)
                object.__setattr__(evidence, "sentence", bounds)
            return fact
        return _with_evidence(fact, _with(evidence, "sentence", bounds) if bounds else evidence)

    mentions = tuple(placed(m, m.evidence) for m in extraction.mentions)
    initiatives = tuple(placed(i, without_glued_heading(report, i.evidence, i.trigger[1], names))
                        for i in extraction.initiatives)

    # a statistic's total (part_of) and first statement (same_as) are earlier statistics: they
    # point at the filled ones
    filled: dict[int, Metric] = {}
    metrics = []
    for m in extraction.metrics:
        # the figure itself is at the end of the clause: keep at least up to its last digit
        text = m.evidence.text
        last_digit = next((k for k in range(len(text) - 1, -1, -1) if text[k].isdigit()), 0)
        new = placed(m, without_glued_heading(report, m.evidence, m.evidence.start + last_digit + 1, names))
        if new is not m or id(m.part_of) in filled or id(m.same_as) in filled:
            if new is m:
                new = _with(m, "evidence", m.evidence)  # a copy, to point at the copies of its total
            if m.part_of is not None:
                new.__dict__["part_of"] = filled.get(id(m.part_of), m.part_of)
            if m.same_as is not None:
                new.__dict__["same_as"] = filled.get(id(m.same_as), m.same_as)
            filled[id(m)] = new
        metrics.append(new)
    return replace(extraction, mentions=mentions, initiatives=initiatives, metrics=tuple(metrics))
