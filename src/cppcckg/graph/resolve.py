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
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
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


#: What the rules read of one initiative, worked out once per initiative (resolution compares
#: each with many others): report id, type, status, subtype, period, evidence bigrams, titles,
#: organisers, specific topics, label bigrams.
_Features = tuple


def _features(reference: Reference, extraction: Extraction, initiative: Initiative) -> _Features:
    return (extraction.report.id, initiative.type, initiative.status, initiative.subtype, initiative.period,
            _bigrams(initiative.evidence.text), _titles(extraction, initiative),
            frozenset(_organizers(reference, initiative)), frozenset(_specific_topics(reference, initiative)),
            _bigrams(initiative.label))


def _share(x: frozenset[str], y: frozenset[str]) -> float:
    """:func:`overlap` of two bigram sets."""
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def _rule(a: _Features, b: _Features) -> tuple[str, float] | None:
    """:func:`same_initiative` on features."""
    report_a, type_a, status_a, subtype_a, period_a, text_a, titles_a, orgs_a, topics_a, label_a = a
    report_b, type_b, status_b, subtype_b, period_b, text_b, titles_b, orgs_b, topics_b, label_b = b
    if report_a == report_b or type_a != type_b or status_a != status_b:
        return None
    if subtype_a and subtype_b and subtype_a != subtype_b:
        return None  # 专题协商 and 对口协商 are disjoint kinds: never one initiative
    if not _overlap(period_a, period_b):
        return None
    text_alike = _share(text_a, text_b)
    if titles_a & titles_b:
        return "same-title", 3 + text_alike
    shared_orgs = orgs_a & orgs_b
    if shared_orgs and topics_a & topics_b and text_alike >= 0.3:
        return "same-topic-and-bodies", 2 + text_alike
    if not shared_orgs:
        return None
    label_alike = 2 * len(label_a & label_b) / (len(label_a) + len(label_b)) if label_a and label_b else 0.0  # dice()
    if label_alike >= 0.75:
        return "similar-label", 1 + label_alike
    return None


def same_initiative(reference: Reference, a: tuple[Extraction, Initiative], b: tuple[Extraction, Initiative]) -> tuple[str, float] | None:
    """The rule that says two initiatives are one and a score to rank candidates, or None."""
    return _rule(_features(reference, *a), _features(reference, *b))


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
    features = [_features(reference, ex, ini) for _ref, ex, ini in items]
    # items are in (report id, index) order and report ids are unique, so an item's position
    # ranks it as its Ref would: pairs are (-score, a, b, rule) with positions a < b
    pairs = []
    for n, m in _candidates(items, reference):
        found = _rule(features[n], features[m])
        if found:
            pairs.append((-found[1], n, m, found[0]))
    pairs.sort()
    report = [ref.report for ref, _ex, _ini in items]
    subtype = [ini.subtype for _ref, _ex, ini in items]
    group: dict[int, int] = {}
    rule_of: dict[int, str] = {}
    reports_in: dict[int, set[str]] = {}
    subtype_in: dict[int, str | None] = {}  # a group's one specific kind, if any member has one
    for _score, a, b, rule in pairs:
        root_a = group.get(a, a)
        if b in group or b == root_a or report[b] in reports_in.get(root_a, {report[root_a]}):
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
        reports_in.setdefault(root_a, {report[root_a]}).add(report[b])
    _TITLE_CACHE.clear()
    return {ref: Merge(items[group.get(n, n)][0], rule_of.get(n)) for n, (ref, _ex, _ini) in enumerate(items)}


def _candidates(items: list, reference: Reference) -> list[tuple[int, int]]:
    """Pairs worth comparing (blocking): same type and status, different reports, and a
    shared title, or (as the other two rules also need a shared organiser) a shared organiser
    with a shared specific topic or labels sharing most of their bigrams. Blocks are keyed by
    the organiser too, so they stay small as the corpus grows and resolution stays near-linear
    in the number of initiatives instead of comparing all pairs."""
    blocks: dict[tuple, list[int]] = {}
    gram_blocks: dict[tuple, dict[str, list[int]]] = {}  # (type, status, gram) -> organiser -> members
    label_grams: list[frozenset[str]] = []
    report = [ref.report for ref, _ex, _ini in items]
    for n, (_ref, ex, ini) in enumerate(items):
        base = (ini.type, ini.status)
        for title in _titles(ex, ini):
            blocks.setdefault(base + ("title", title), []).append(n)
        organizers = sorted(_organizers(reference, ini))
        grams = _bigrams(ini.label)
        label_grams.append(grams)
        topics = _specific_topics(reference, ini)
        for org in organizers:
            for topic in topics:
                blocks.setdefault(base + ("topic", topic, org), []).append(n)
            for gram in grams:
                gram_blocks.setdefault(base + (gram,), {}).setdefault(org, []).append(n)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        pairs.update(_cross_report_pairs(report, members))
    # labels sharing most of their bigrams: item by item, the later items counted once per
    # bigram whose block holds both under some organiser (so memory holds one item's neighbours,
    # not every pair of the corpus that shares a bigram)
    for a, (_ref, _ex, ini) in enumerate(items):
        organizers = _organizers(reference, ini)
        if not organizers:
            continue
        ra, base = report[a], (ini.type, ini.status)
        shared: Counter[int] = Counter()  # later item -> number of label bigrams it shares
        for gram in label_grams[a]:
            by_org = gram_blocks[base + (gram,)]
            near: set[int] = set()
            for org in organizers:
                members = by_org[org]
                if len(members) <= _MAX_GRAM_BLOCK:  # else too common in one body's labels to say anything
                    near.update([b for b in members if b > a and report[b] != ra])
            shared.update(near)
        for b, count in shared.items():
            smaller = min(len(label_grams[a]), len(label_grams[b]))
            if smaller and count / smaller >= 0.6:
                pairs.add((a, b))
    return sorted(pairs)


def _cross_report_pairs(report: list[str], members: list[int]) -> list[tuple[int, int]]:
    """Pairs of members (in block order) from different reports; ``report`` is each item's."""
    out: list[tuple[int, int]] = []
    for i, a in enumerate(members):
        ra = report[a]
        out.extend([(a, b) for b in members[i + 1:] if report[b] != ra])
    return out


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
