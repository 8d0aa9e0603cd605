"""Initiatives: which body did (or will do) what, with whom, about what.

Clause by clause: a trigger (专题协商, 联合调研, 视察, 联名提交…提案, 召开…座谈会, …) with an
action verb makes an initiative; the bodies around it get roles from the words before them
(与/联合 → partner, 支持/指导 → the body supported organises), the clause's or the
sentence's subject organises, and the report's own CPPCC organises when no body is named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..model import DONE, PLANNED, Evidence, Initiative, Mention, Period, Report, Sentence
from ..reference import CPPCC_CLASSES, Reference
from . import lexicon
from .clauses import sentence_clauses

_QUOTED = re.compile(r"[“《「]([^”》」]{2,60})[”》」]")
_OBJECT = re.compile(r"(?:就|围绕|聚焦|针对|以)([^，,；;]{2,40}?)(?:为题|为主题|为目标)?(?:开展|进行|组织|召开|举办|深入|广泛|务实|议政|提出|建言)")
_LEADING = re.compile(r"^(?:同时|并|还|先后|全年|一年来|五年来|此外|其中|另外|积极|深入|扎实|认真|及时|持续|首次|连续\s*\d+\s*年)+")


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    type: str
    subtype: str | None


def own_cppcc(reference: Reference, report: Report) -> str | None:
    """The CPPCC committee a report speaks for: the publisher or its nearest CPPCC ancestor."""
    key = report.publisher
    seen: set[str] = set()
    while key and key not in seen:
        seen.add(key)
        entity = reference.get(key)
        if entity is None:
            break
        if entity.cls in CPPCC_CLASSES:
            return key
        key = entity.parent
    return None


def find_triggers(norm: str, a: int, b: int) -> list[_Trigger]:
    """Activity triggers in norm[a:b], merged where they form one compound (调研视察)."""
    found: list[_Trigger] = []
    taken = [False] * (b - a)
    for regex, typ, sub in lexicon.TRIGGER_RES:
        for m in regex.finditer(norm, a, b):
            s, e = m.span()
            if any(taken[s - a:e - a]):
                continue
            if lexicon.NOT_ACTIVITY_AFTER.match(norm, e, b) or lexicon.NOT_ACTIVITY_BEFORE.search(norm, a, s):
                continue
            if re.match(r"\s*\d", norm[e:e + 2]):  # 协商4100多次: a count, not an activity
                continue
            if lexicon.COUNT_BEFORE.search(norm, max(a, s - 20), s) or lexicon.FORMS_LIST_AFTER.match(norm, e, b):
                continue
            found.append(_Trigger(s, e, typ, sub))
            for i in range(s - a, e - a):
                taken[i] = True
    found.sort(key=lambda t: t.start)
    merged: list[_Trigger] = []
    for trig in found:
        if merged and trig.start - merged[-1].end <= 2 and _compound(merged[-1], trig):
            prev = merged.pop()
            keep = prev if _rank(prev.type) <= _rank(trig.type) else trig
            merged.append(_Trigger(prev.start, trig.end, keep.type, keep.subtype or prev.subtype))
        else:
            merged.append(trig)
    return merged


_PRIORITY = ("supervision", "inspection", "research", "consultation", "study", "meeting")


def _rank(kind: str) -> int:
    return _PRIORITY.index(kind) if kind in _PRIORITY else len(_PRIORITY)


def _compound(first: _Trigger, second: _Trigger) -> bool:
    kinds = {first.type, second.type}
    return kinds <= set(_PRIORITY) or first.type == second.type


class InitiativeExtractor:
    """Extracts initiatives sentence by sentence for one report."""

    def __init__(self, reference: Reference, report: Report):
        self.reference = reference
        self.report = report
        self.default_org = own_cppcc(reference, report)

    def extract(self, sentence: Sentence, mentions: Sequence[Mention]) -> list[Initiative]:
        norm = self.report.norm
        out: list[Initiative] = []
        subject: list[str] = []
        sentence_topics = [m for m in mentions if m.kind == "topic"]
        sentence_programmes = [m for m in mentions if m.kind == "programme"]
        for a, b in sentence_clauses(sentence, norm):
            clause_mentions = [m for m in mentions if a <= m.evidence.start and m.evidence.end <= b]
            bodies = [m for m in clause_mentions if m.kind == "body"]
            head_subject = self._clause_subject(norm, a, bodies)
            if head_subject:
                subject = head_subject
            triggers = [t for t in find_triggers(norm, a, b) if self._acted(norm, a, b, t)]
            if not triggers:
                continue
            if len(triggers) > 1:
                triggers = [t for t in triggers if t.type != "other"] or triggers
            seen_types: set[str] = set()
            for trig in triggers:
                if trig.type in seen_types:
                    continue
                seen_types.add(trig.type)
                out.append(self._initiative(sentence, a, b, trig, bodies, subject, clause_mentions,
                                            sentence_topics, sentence_programmes))
        return out

    def _acted(self, norm: str, a: int, b: int, trig: _Trigger) -> bool:
        """Is the activity word used for something someone did (not a name, a form or a quote)?"""
        closes_name = norm[trig.end:trig.end + 1] in ("”", "》")
        if _inside_quotes(norm, a, trig.end - 1, trig.end) and norm[trig.start] not in "“《" and not closes_name:
            return False
        if lexicon.WEAK_TRIGGER.fullmatch(norm, trig.start, trig.end) and not lexicon.WEAK_NEEDS.search(norm, a, trig.start):
            return False
        masked = norm[a:trig.start] + " " * (trig.end - trig.start) + norm[trig.end:b]
        if lexicon.ACTION.search(masked):
            return True
        if trig.type in lexicon.VERBAL_TYPES:
            after = norm[trig.end:trig.end + 1]
            return bool(after and after not in "，,；;。、") or bool(lexicon.VERBAL_CONTEXT.search(norm, a, trig.start))
        return False

    def _clause_subject(self, norm: str, a: int, bodies: list[Mention]) -> list[str]:
        """Bodies standing at the head of a clause (its grammatical subject)."""
        keys: list[str] = []
        pos = a
        for m in bodies:
            gap = norm[pos:m.evidence.start]
            if not keys and not re.fullmatch(r"[\s并同时还也另外此外其中]*", gap):
                break
            if keys and not re.fullmatch(r"[\s和及、与]*", gap):
                break
            before = norm[max(a, m.evidence.start - 3):m.evidence.start]
            if lexicon.PARTNER_BEFORE.search(before) or lexicon.IGNORE_BEFORE.search(before):
                break
            if lexicon.IGNORE_AFTER.match(norm, m.evidence.end):
                break
            keys.extend(self._members(m))
            pos = m.evidence.end
        return keys

    def _members(self, mention: Mention) -> list[str]:
        return list(mention.members) if mention.members else [mention.entity]

    def _initiative(self, sentence: Sentence, a: int, b: int, trig: _Trigger, bodies: list[Mention],
                    subject: list[str], clause_mentions: list[Mention], sentence_topics: list[Mention],
                    sentence_programmes: list[Mention]) -> Initiative:
        norm = self.report.norm
        organizers: list[str] = []
        partners: list[str] = []
        rules: list[str] = [f"trigger:{trig.type}"]
        supported = False
        verb = lexicon.ACTION.search(norm, a, trig.start)
        verb_at = verb.start() if verb else trig.start
        for m in bodies:
            before = norm[max(a, m.evidence.start - 4):m.evidence.start]
            keys = self._members(m)
            if m.evidence.start > trig.start and not lexicon.PARTNER_BEFORE.search(before):
                continue  # after the trigger: an object or recipient, not an actor
            if lexicon.IGNORE_BEFORE.search(before) or lexicon.IGNORE_AFTER.match(norm, m.evidence.end):
                continue
            if lexicon.SUPPORTED_BEFORE.search(before):
                if m.evidence.start > verb_at and verb is not None and not lexicon.SUPPORTED_BEFORE.search(norm, a, m.evidence.start):
                    continue
                organizers.extend(keys)
                supported = True
                rules.append("role:supported-body-organises")
            elif lexicon.PARTNER_BEFORE.search(before):
                partners.extend(keys)
                rules.append("role:partner-marker")
            elif m.evidence.start > verb_at:
                continue  # between the verb and the activity noun: a modifier (召开西部地区政协…座谈会)
            else:
                organizers.extend(keys)
                rules.append("role:clause-subject")
        if not organizers and subject:
            organizers.extend(subject)
            rules.append("role:sentence-subject")
        if supported and self.default_org and self.default_org not in organizers:
            partners.append(self.default_org)
        if not organizers and self.default_org:
            organizers.append(self.default_org)
            rules.append("role:report-cppcc")
        joint = self._joint(organizers + partners)
        if not joint and lexicon.JOINT_MARKER.search(norm, sentence.start, b):
            other = self._other_side(organizers + partners)
            if other:
                partners.append(other)
                joint = True
                rules.append("joint:chuanyu-marker")
        elif joint:
            rules.append("joint:both-provinces")
        topics = [m for m in clause_mentions if m.kind == "topic"] or sentence_topics
        places = [m for m in clause_mentions if m.kind == "place"]
        programmes = [m for m in clause_mentions if m.kind == "programme"] or sentence_programmes
        status, period = self._status(a, b)
        return Initiative(
            evidence=Evidence(self.report.id, a, b, self.report.text[a:b]),
            type=trig.type,
            subtype=trig.subtype,
            label=self._label(a, b, trig),
            organizers=tuple(_unique(organizers)),
            partners=tuple(k for k in _unique(partners) if k not in organizers),
            topics=tuple(_unique(m.entity for m in topics)),
            places=tuple(_unique(m.entity for m in places)),
            status=status,
            period=period,
            programme=programmes[0].entity if programmes else None,
            joint_sichuan_chongqing=joint,
            section=sentence.section,
            rules=tuple(rules),
        )

    def _joint(self, keys: list[str]) -> bool:
        provinces = {self.reference.province_of(k) for k in keys}
        return "sichuan" in provinces and "chongqing" in provinces

    def _other_side(self, keys: list[str]) -> str | None:
        """The provincial CPPCC across the border from the bodies named (a 川渝 mechanism)."""
        provinces = {self.reference.province_of(k) for k in keys}
        if "chongqing" in provinces and self.reference.get("sc-cppcc"):
            return "sc-cppcc"
        if "sichuan" in provinces and self.reference.get("cq-cppcc"):
            return "cq-cppcc"
        return None

    def _status(self, a: int, b: int) -> tuple[str, Period | None]:
        part = self.report.part_at(a)
        status = part.status if part else DONE
        period = part.period if part and part.period else self.report.period
        if status == DONE and lexicon.PLANNED_CUE.search(self.report.norm, a, b):
            status = PLANNED
        return status, period

    def _label(self, a: int, b: int, trig: _Trigger) -> str:
        norm = self.report.norm
        clause = norm[a:b]
        head = re.sub(r"\s+", "", norm[trig.start:trig.end])
        quoted = _QUOTED.search(clause)
        if quoted and quoted.group(0) in head:
            return re.sub(r"[“”《》\s]", "", head)
        if quoted:
            name = re.sub(r"\s+", "", quoted.group(1))
            return name if head in name else f"{name}{head}"
        obj = _OBJECT.search(clause)
        if obj:
            return re.sub(r"[“”\s]", "", obj.group(1)) + head
        text = _LEADING.sub("", re.sub(r"\s+", "", clause))
        return text[:40]


def _inside_quotes(norm: str, a: int, start: int, end: int) -> bool:
    """True when norm[start:end] sits inside “…” or 《…》 opened within the clause."""
    before = norm[a:start]
    for open_, close in (("“", "”"), ("《", "》")):
        if before.count(open_) > before.count(close):
            return True
    return False


def _unique(items) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)
