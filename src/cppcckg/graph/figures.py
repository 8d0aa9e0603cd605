"""Cross-report identity of figures: a figure two reports both state is one statistic.

A five-year summary restates figures of the yearly reports (`31个委员党支部` set up in the
special committees, `1300余条` suggestions for the science and technology centre): a user
counting party branches must find one 31, with evidence from both reports, as for a figure
repeated within one report (extract/repeats.py). Two statements of different reports are the
same figure when

- they have the same measure (a named one, never `other`), value, unit and qualifier;
- they are about the same subject, or one report names an organ of the body the other names
  (the special committees of a CPPCC committee, where the other report gives the committee
  itself, as it does by default);
- their periods are the same or one lies within the other (2021 within 2018-2022): a count
  over five years equal to one year's count is that year's count restated;
- neither is a part of a breakdown (其中…);
- and the figure is large enough not to repeat by chance (extract.repeats.REPEAT_MIN), or the
  words of the two statements, digits aside, share most of the shorter one's character bigrams
  (`成立31个委员党支部` and `设立…31个委员党支部` name the same thing; `10次` study sessions and
  `10次` inspections do not).

The statistic keeps the most precise statement's subject and period (the narrowest period,
then an organ over its committee, then the report whose id sorts first): the graph then says
that the 31 branches were set up in 2021 in the special committees, as the 2021 report does, and
the five-year summary's sentence is one more piece of its evidence. A statement that could be
the same figure as either of two statements that are not one (a five-year count equal to the
2021 and to the 2022 count) is merged with neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from cppcckg.extract.repeats import REPEAT_MIN
from cppcckg.graph.relations import UNIT_CLASSES, committee_of
from cppcckg.ingest.reference import Reference
from cppcckg.model import Extraction, Metric, Period

#: The merge rule the build records for a figure stated in several reports.
RULE = "same-figure"
#: Share of the shorter statement's bigrams (digits aside) the other must hold, for small figures.
WORDS_ALIKE = 0.6


@dataclass(frozen=True)
class Statement:
    """One figure as a report states it, with the subject and period the graph gives it."""

    report: str
    index: int
    metric: Metric
    subject: str | None
    period: Period | None
    anchor: str | None  # the committee the subject is an organ of, else the subject


def statements(extraction: Extraction, reference: Reference, anchors: dict | None = None) -> list[Statement]:
    """The figures of a report that may be stated in another report too: first statements
    (not repeats within the report), not parts of a breakdown, of a named measure. `anchors`
    caches each subject's anchor across reports."""
    report = extraction.report
    publisher = report.publisher if report.publisher and reference.get(report.publisher) else None
    anchors = {} if anchors is None else anchors
    out = []
    for n, m in enumerate(extraction.metrics):
        if m.same_as is None and m.part_of is None and m.measure != "other":
            subject = m.subject or publisher
            if subject not in anchors:
                anchors[subject] = anchor(reference, subject)
            out.append(Statement(report.id, n, m, subject, m.period or report.period, anchors[subject]))
    return out


def _within(inner: Period | None, outer: Period | None) -> bool:
    if inner is None or outer is None:
        return inner == outer
    return outer.start <= inner.start and inner.end <= outer.end


def _span(period: Period | None) -> int:
    return period.end - period.start if period else 1 << 16


def anchor(reference: Reference, subject: str | None) -> str | None:
    """The body a subject stands under for identity: the committee whose organ (standing
    committee, special committee, working organ ...) it is, or whose organs a collective name
    groups; else the subject itself."""
    entity = reference.get(subject) if subject else None
    if entity is None:
        return subject
    members = [reference.get(m) for m in (entity.members if entity.kind == "collective" else (subject,))]
    if not members or any(m is None or m.cls not in UNIT_CLASSES for m in members):
        return subject
    committees = {c.key if c else None for c in (committee_of(reference, m) for m in members)}
    return next(iter(committees)) if len(committees) == 1 and None not in committees else subject


def _bigrams(text: str) -> frozenset[str]:
    text = re.sub(r"[\s\d.,，、。“”《》]", "", text)
    return frozenset(text[i:i + 2] for i in range(len(text) - 1))


def words_alike(a: str, b: str) -> bool:
    """Do two statements name the same thing (digits aside, most bigrams of the shorter shared)?"""
    x, y = _bigrams(a), _bigrams(b)
    return bool(x and y) and len(x & y) / min(len(x), len(y)) >= WORDS_ALIKE


def same_figure(reference: Reference, a: Statement, b: Statement) -> bool:
    """The rule of the module docstring, for two statements of different reports."""
    x, y = a.metric, b.metric
    if a.report == b.report or (x.measure, x.value, x.unit, x.qualifier) != (y.measure, y.value, y.unit, y.qualifier):
        return False
    if not (_within(a.period, b.period) or _within(b.period, a.period)):
        return False
    if a.subject != b.subject and a.subject not in (b.anchor, None) and b.subject not in (a.anchor, None):
        return False  # neither the same body nor one an organ of the other
    return x.value >= REPEAT_MIN or words_alike(x.evidence.text, y.evidence.text)


def resolve_figures(extractions: list[Extraction], reference: Reference) -> dict[tuple[str, int], tuple[str, int]]:
    """(report id, metric index) → (report id, metric index) of the statement whose statistic
    it is, for each figure merged into another report's statement."""
    blocks: dict[tuple, list[Statement]] = {}
    anchors: dict[str | None, str | None] = {}
    for ex in sorted(extractions, key=lambda e: e.report.id):
        for s in statements(ex, reference, anchors):
            m = s.metric
            blocks.setdefault((m.measure, m.value, m.unit, m.qualifier, s.anchor), []).append(s)
    out: dict[tuple[str, int], tuple[str, int]] = {}
    for block in blocks.values():
        if len({s.report for s in block}) < 2:
            continue
        # the most precise statement first: the narrowest period, then an organ over its committee
        block.sort(key=lambda s: (_span(s.period), s.subject == s.anchor, s.report, s.metric.evidence.start))
        groups: list[tuple[Statement, set[str]]] = []  # (the most precise statement, reports in the group)
        for s in block:
            fits = [g for g in groups if s.report not in g[1] and same_figure(reference, g[0], s)]
            if len(fits) == 1:
                canonical, reports = fits[0]
                reports.add(s.report)
                out[(s.report, s.index)] = (canonical.report, canonical.index)
            elif not fits:
                groups.append((s, {s.report}))
            # two fitting groups: the statement could be either figure, so it is neither
    return out


def figure_keys(extractions: list[Extraction], reference: Reference,
                key_of: Callable[[str, Metric], str]) -> dict[tuple, tuple[str, str | None]]:
    """(report id, metric index, "metric") → (key of the observation it is evidence of, rule),
    in the build's table of merges beside the initiatives' (graph/pieces.py)."""
    metrics = {ex.report.id: ex.metrics for ex in extractions}
    return {(report, index, "metric"): (key_of(canonical[0], metrics[canonical[0]][canonical[1]]), RULE)
            for (report, index), canonical in resolve_figures(extractions, reference).items()}
