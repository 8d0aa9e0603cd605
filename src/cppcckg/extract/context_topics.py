"""Topics an initiative inherits from the text above it: its section heading, its sub-heading
and its paragraph's lead sentence.

A report says what a stretch of work is about once, above it (a section heading
`二、聚焦成渝地区双城经济圈建设建言资政`, a sub-heading `推动长江经济带发展见到新成效`, a lead
`围绕推进乡村振兴,…。`), and then lists the items without repeating it. Those topics belong to every item
under them; they are kept apart from the topics the item's own clause names.

The rule (docs/annotation.md, 4.8):
- a section heading numbered `一、`…`十、` governs its section, up to the next such heading or
  the next part of the report;
- an unnumbered heading (a sub-heading) governs the lines after it up to the next heading of any
  kind; a short last line without punctuation glued to a bullet counts as a heading (the layout
  sets some sub-headings without a break of their own) unless the line before ends mid-clause;
- a paragraph's lead sentence that opens with a framing verb (围绕, 聚焦, 紧扣, 服务, 助推, 助力,
  着眼, 立足) governs its paragraph, up to the next lead sentence or heading;
- digit-numbered block headings of a newspaper layout (`2 服务大局…`) govern nothing: the
  layout prints some of them after their block and some before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Sequence

from cppcckg.model import Initiative, Mention, Report, Sentence

_SECTION = re.compile(r"\s*[一二三四五六七八九十]{1,3}、")
_CLAUSE_MARK = re.compile(r"[，,。；;：:、！!？?·“”《》\d]")
_CLAUSE_END = re.compile(r"[，,、；;：:]$")
_LINE_BREAK = re.compile(r"\n\s*")
_HEADING_LINE_MAX = 30
_DIGIT_BLOCK = re.compile(r"\s*\d{1,2}\s")
_FRAME_LEAD = re.compile(r"\s*(?:围绕|聚焦|紧扣|服务|助推|助力|着眼|立足)")


def glued_heading(text: str, start: int, end: int, names: Sequence[tuple[int, int]] = ()) -> int:
    """Where a heading glued to the end of the sentence [start, end) begins (`end` when there is
    none): a short last line without punctuation, numbers or quotes, after a line that does not
    end mid-clause (`，`), with no name running into it from the line before (`全国\n\n政协`)."""
    breaks = list(_LINE_BREAK.finditer(text, start, end))
    if not breaks:
        return end
    last = breaks[-1]
    tail = text[last.end():end].strip()
    before = text[start:last.start()].rstrip()
    if not tail or len(tail) > _HEADING_LINE_MAX or _CLAUSE_MARK.search(tail) or not before:
        return end
    if _CLAUSE_END.search(before) or any(a < last.start() and last.end() < b for a, b in names):
        return end
    return last.start()


class _Named:
    """Mentions of one kind by position, looked up by binary search (a long text has many headings)."""

    def __init__(self, mentions: Sequence[Mention], kind: str = "topic"):
        self.items = sorted((m.evidence.start, m.entity) for m in mentions if m.kind == kind)
        self.starts = [start for start, _ in self.items]

    def __call__(self, start: int, end: int) -> list[str]:
        a, b = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return _unique(entity for _, entity in self.items[a:b])


def sentence_context(report: Report, sentences: Sequence[Sentence], mentions: Sequence[Mention],
                     lead_programmes: dict[int, str] | None = None) -> dict[int, list[str]]:
    """Sentence index → the topic keys its headings and paragraph lead name, in text order; with
    `lead_programmes`, also fills sentence index → the one programme its paragraph's lead names."""
    section: list[str] = []
    sub: list[str] = []
    lead: list[str] = []
    programme: str | None = None
    part = None
    out: dict[int, list[str]] = {}
    wrapped = sorted((m.evidence.start, m.evidence.end) for m in mentions if "\n" in m.evidence.text)
    wrapped_starts = [a for a, _b in wrapped]
    topics = _Named(mentions)
    programmes = _Named(mentions, "programme")
    for s in sorted(sentences, key=lambda x: x.start):
        here = report.part_at(s.start)
        if here is not part:
            section, sub, lead, part = [], [], [], here
        if s.is_heading:
            if _SECTION.match(report.norm, s.start, s.end):
                section, sub = topics(s.start, s.end), []
            elif _DIGIT_BLOCK.match(report.norm, s.start, s.end):
                sub = []
            else:
                sub = topics(s.start, s.end)
            lead, programme = [], None
            continue
        if s.is_lead:
            framed = _FRAME_LEAD.match(report.norm, s.start, s.end)  # the Simplified view: 围绕, 圍繞
            lead = topics(s.start, s.end) if framed else []
            named = programmes(s.start, s.end)
            programme = named[0] if len(named) == 1 else None
        elif programme is not None and lead_programmes is not None:
            lead_programmes[s.index] = programme
        out[s.index] = _unique([*section, *sub, *lead])
        glued = glued_heading(report.norm, s.start, s.end, wrapped[bisect_left(wrapped_starts, s.start):bisect_left(wrapped_starts, s.end)])
        if glued < s.end:  # a heading printed at the end of this bullet governs the next lines
            sub, lead, programme = topics(glued, s.end), [], None
    return out


def paragraph_context(report: Report, sentences: Sequence[Sentence],
                      mentions: Sequence[Mention]) -> tuple[dict[int, list[str]], dict[int, str]]:
    """`sentence_context` with its lead programmes: worked out once per extraction, as topics
    (inherit_topics) and programme figures (programme_figures) both read it."""
    lead: dict[int, str] = {}
    return sentence_context(report, sentences, mentions, lead), lead


def inherit_topics(report: Report, sentences: Sequence[Sentence], mentions: Sequence[Mention],
                   initiatives: Sequence[Initiative],
                   context: tuple[dict[int, list[str]], dict[int, str]] | None = None) -> list[Initiative]:
    """The initiatives with `context_topics`: the inherited topics their own clause does not name;
    an initiative with no programme of its own takes the one its paragraph's lead sentence names
    (`扎实开展X活动。…坚持…，到…参观学习` → X)."""
    if not initiatives:
        return list(initiatives)
    topics_of, lead_programmes = context or paragraph_context(report, sentences, mentions)
    ordered = sorted(sentences, key=lambda x: x.start)
    starts = [s.start for s in ordered]
    out = []
    for item in initiatives:
        at = bisect_right(starts, item.evidence.start) - 1
        index = ordered[at].index if at >= 0 else -1
        inherited = topics_of.get(index, [])
        extra = tuple(k for k in inherited if k not in item.topics)
        if extra:
            item = replace(item, context_topics=extra)
        if item.programme is None and index in lead_programmes:
            item = replace(item, programme=lead_programmes[index], rules=item.rules + ("programme:paragraph-lead",))
        out.append(item)
    return out


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))
