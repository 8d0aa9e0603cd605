"""The sentence around each fact's span: what a reader checks a fact against.

A span alone (`1501件`, `专题协商`) says little; the sentence that holds it says what was
counted or done. Every fact's evidence gets the report offsets of that sentence (or of the
sentences, when a span runs over a sentence end).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Sequence, TypeVar

from cppcckg.model import Evidence, Extraction, Metric, Sentence

T = TypeVar("T")


class SentenceIndex:
    """Finds the sentence that holds a span, by binary search over the sentence starts."""

    def __init__(self, sentences: Sequence[Sentence]):
        self.sentences = sorted(sentences, key=lambda s: s.start)
        self.starts = [s.start for s in self.sentences]

    def around(self, start: int, end: int) -> tuple[int, int] | None:
        """Offsets of the sentence(s) holding [start, end), or None before the first sentence."""
        first = bisect_right(self.starts, start) - 1
        last = bisect_right(self.starts, max(start, end - 1)) - 1
        if first < 0 or last < 0:
            return None
        return min(self.sentences[first].start, start), max(self.sentences[last].end, end)

    def evidence(self, ev: Evidence) -> Evidence:
        bounds = self.around(ev.start, ev.end)
        return replace(ev, sentence=bounds) if bounds else ev


def with_sentences(extraction: Extraction) -> Extraction:
    """The extraction with the sentence of every fact's evidence filled in."""
    index = SentenceIndex(extraction.sentences)

    def fill(facts: Sequence[T]) -> tuple[T, ...]:
        return tuple(replace(f, evidence=index.evidence(f.evidence)) for f in facts)  # type: ignore[attr-defined]

    # a statistic's total (part_of) and first statement (same_as) are earlier statistics: they
    # point at the filled ones
    filled: dict[int, Metric] = {}
    metrics = []
    for m in extraction.metrics:
        new = replace(m, evidence=index.evidence(m.evidence),
                      part_of=filled.get(id(m.part_of), m.part_of) if m.part_of is not None else None,
                      same_as=filled.get(id(m.same_as), m.same_as) if m.same_as is not None else None)
        filled[id(m)] = new
        metrics.append(new)
    return replace(extraction, mentions=fill(extraction.mentions), initiatives=fill(extraction.initiatives),
                   metrics=tuple(metrics))
