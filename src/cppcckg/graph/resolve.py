"""Cross-report identity: when two reports speak of the same initiative, the graph gets
one initiative with evidence from both.

Rules are tried in order and the first that fires is recorded (cppcc:mergeRule), so every
merge can be explained:

- `same-title`: both name the same document or named activity in 《…》 or “…” (four
  characters or more) near the activity word, and have the same type;
- `same-topic-and-bodies`: same type, the same specific topic (one with a broader concept,
  e.g. 渝昆高铁 under 交通物流), at least one organiser in common and evidence texts that
  share at least 30% of the shorter one's character bigrams;
- `similar-label`: same type, labels alike (character-bigram Dice >= 0.6) and an organiser
  in common.

Always required: different reports, the same status (a plan and its fulfilment stay two
initiatives) and periods that overlap (2021 lies within 2018-2022).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from cppcckg.ingest.reference import Reference
from cppcckg.model import Extraction, Initiative, Period

_TITLE = re.compile(r"《([^》]{4,80})》|“([^”]{4,40})”")


@dataclass(frozen=True)
class Ref:
    """One initiative of one report: (report id, index in the extraction's initiatives)."""

    report: str
    index: int


@dataclass(frozen=True)
class Merge:
    """The canonical initiative a member belongs to, and the rule that put it there."""

    canonical: Ref
    rule: str | None  # None for the canonical member itself


@lru_cache(maxsize=1 << 16)
def _bigrams(text: str) -> frozenset[str]:
    """Character bigrams of a label or clause (cached: each is compared with many others)."""
    text = re.sub(r"[\s“”《》‘’、，,。]", "", text)
    return frozenset(text[i:i + 2] for i in range(len(text) - 1))


def dice(a: str, b: str) -> float:
    """Character-bigram Dice similarity of two labels, 0..1."""
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def overlap(a: str, b: str) -> float:
    """Share of the shorter text's character bigrams found in the other, 0..1 (a short
    clause inside a long, layout-joined one still scores high)."""
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def _overlap(a: Period | None, b: Period | None) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end


_TITLE_CACHE: dict[tuple[int, int], frozenset[str]] = {}


def _titles(extraction: Extraction, initiative: Initiative) -> frozenset[str]:
    """Titles near an initiative, computed once per initiative (resolution asks per pair)."""
    cache_key = (id(extraction), id(initiative))
    if cache_key not in _TITLE_CACHE:
        _TITLE_CACHE[cache_key] = frozenset(_find_titles(extraction, initiative))
    return _TITLE_CACHE[cache_key]


def _find_titles(extraction: Extraction, initiative: Initiative) -> set[str]:
    """Names in 《》/“” in the initiative's own clause; for a proposal also in its sentence
    (a proposal's title often follows in the next clause)."""
    text = extraction.report.norm
    start, end = initiative.evidence.start, initiative.evidence.end
    if initiative.type == "proposal":
        for sentence in extraction.sentences:
            if sentence.start <= start < sentence.end:
                start, end = sentence.start, sentence.end
                break
    return {re.sub(r"\s+", "", m.group(1) or m.group(2)) for m in _TITLE.finditer(text, start, end)}


def _specific_topics(reference: Reference, initiative: Initiative) -> set[str]:
    out = set()
    for key in initiative.topics:
        entity = reference.get(key)
        if entity is not None and entity.broader:
            out.add(key)
    return out


def _organizers(reference: Reference, initiative: Initiative) -> set[str]:
    return {m for k in initiative.organizers for m in reference.members_of(k)}


def same_initiative(reference: Reference, a: tuple[Extraction, Initiative], b: tuple[Extraction, Initiative]) -> tuple[str, float] | None:
    """The rule that says two initiatives are one and a score to rank candidates, or None."""
    (ea, ia), (eb, ib) = a, b
    if ea.report.id == eb.report.id or ia.type != ib.type or ia.status != ib.status:
        return None
    if ia.subtype and ib.subtype and ia.subtype != ib.subtype:
        return None  # 专题协商 and 对口协商 are disjoint kinds: never one initiative
    if not _overlap(ia.period, ib.period):
        return None
    text_alike = overlap(ia.evidence.text, ib.evidence.text)
    if _titles(ea, ia) & _titles(eb, ib):
        return "same-title", 3 + text_alike
    shared_orgs = _organizers(reference, ia) & _organizers(reference, ib)
    if shared_orgs and _specific_topics(reference, ia) & _specific_topics(reference, ib) and text_alike >= 0.3:
        return "same-topic-and-bodies", 2 + text_alike
    label_alike = dice(ia.label, ib.label)
    if shared_orgs and label_alike >= 0.75:
        return "similar-label", 1 + label_alike
    return None


def resolve(extractions: list[Extraction], reference: Reference) -> dict[Ref, Merge]:
    """Group initiatives across reports; every initiative gets an entry.

    Candidate pairs are ranked by rule strength and similarity and taken best first, each
    initiative joining at most one group and a group holding at most one initiative per
    report. The canonical member is the one from the report whose id sorts first, so the
    result does not depend on the order reports are read in.
    """
    items = [
        (Ref(ex.report.id, i), ex, ini)
        for ex in sorted(extractions, key=lambda e: e.report.id)
        for i, ini in enumerate(ex.initiatives)
    ]
    _TITLE_CACHE.clear()  # ids are only stable while these extractions are alive
    pairs = []
    for n, m in _candidates(items, reference):
        (ref_a, ex_a, ini_a), (ref_b, ex_b, ini_b) = items[n], items[m]
        found = same_initiative(reference, (ex_a, ini_a), (ex_b, ini_b))
        if found:
            pairs.append((-found[1], ref_a, ref_b, found[0]))
    pairs.sort(key=lambda p: (p[0], p[1].report, p[1].index, p[2].report, p[2].index))
    group: dict[Ref, Ref] = {}
    rule_of: dict[Ref, str] = {}
    reports_in: dict[Ref, set[str]] = {}
    subtype = {ref: ini.subtype for ref, _ex, ini in items}
    subtype_in: dict[Ref, str | None] = {}  # a group's one specific kind, if any member has one
    for _score, a, b, rule in pairs:
        root_a = group.get(a, a)
        if b in group or b == root_a or b.report in reports_in.get(root_a, {root_a.report}):
            continue
        if a in group and group[a] != a:
            continue  # a already joined another group as a member
        kind = subtype_in.get(root_a, subtype[root_a])
        if kind and subtype[b] and subtype[b] != kind:
            continue  # b's kind is disjoint from one already in the group
        group[a] = root_a
        group[b] = root_a
        rule_of[b] = rule
        subtype_in[root_a] = kind or subtype[b]
        reports_in.setdefault(root_a, {root_a.report}).add(b.report)
    _TITLE_CACHE.clear()
    return {ref: Merge(group.get(ref, ref), rule_of.get(ref)) for ref, _ex, _ini in items}


def _candidates(items: list, reference: Reference) -> list[tuple[int, int]]:
    """Pairs worth comparing (blocking): same type and status, different reports, and a
    shared title, or (as the other two rules also need a shared organiser) a shared organiser
    with a shared specific topic or labels sharing most of their bigrams. Blocks are keyed by
    the organiser too, so they stay small as the corpus grows and resolution stays near-linear
    in the number of initiatives instead of comparing all pairs."""
    blocks: dict[tuple, list[int]] = {}
    gram_blocks: dict[tuple, dict[str, list[int]]] = {}  # (type, status, gram) -> organiser -> members
    label_grams: list[frozenset[str]] = []
    for n, (_ref, ex, ini) in enumerate(items):
        base = (ini.type, ini.status)
        for title in _titles(ex, ini):
            blocks.setdefault(base + ("title", title), []).append(n)
        organizers = sorted(_organizers(reference, ini))
        grams = _bigrams(ini.label)
        label_grams.append(grams)
        for org in organizers:
            for topic in _specific_topics(reference, ini):
                blocks.setdefault(base + ("topic", topic, org), []).append(n)
            for gram in grams:
                gram_blocks.setdefault(base + (gram,), {}).setdefault(org, []).append(n)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        pairs.update(_cross_report_pairs(items, members))
    shared: dict[tuple[int, int], int] = {}  # pair -> number of label bigrams it shares
    for by_org in gram_blocks.values():
        with_gram: set[tuple[int, int]] = set()
        for members in by_org.values():
            if len(members) <= _MAX_GRAM_BLOCK:  # else too common in one body's labels to say anything
                with_gram.update(_cross_report_pairs(items, members))
        for pair in with_gram:
            shared[pair] = shared.get(pair, 0) + 1
    for (a, b), count in shared.items():
        smaller = min(len(label_grams[a]), len(label_grams[b]))
        if smaller and count / smaller >= 0.6:
            pairs.add((a, b))
    return sorted(pairs)


def _cross_report_pairs(items: list, members: list[int]) -> Iterator[tuple[int, int]]:
    for i, a in enumerate(members):
        report = items[a][0].report
        for b in members[i + 1:]:
            if items[b][0].report != report:
                yield (a, b)


# Label bigram blocks larger than this are skipped: the bigram is too common to say anything.
_MAX_GRAM_BLOCK = 200


def initiative_keys(extractions: list[Extraction], reference: Reference, key_of) -> dict[tuple[str, int], tuple[str, str | None]]:
    """(report id, initiative index) → (stable key of its merged initiative, merge rule)."""
    merges = resolve(extractions, reference)
    by_report = {ex.report.id: ex for ex in extractions}
    out = {}
    for ref, merge in merges.items():
        canonical = by_report[merge.canonical.report].initiatives[merge.canonical.index]
        out[(ref.report, ref.index)] = (key_of(merge.canonical.report, canonical), merge.rule)
    return out
