"""Committees named by their places' first characters and a count: 遂潼两地政协, 泸永江三地政协.

Joint-work pages shorten the places of a cross-border pair or trio to one character each and
count them (遂潼 for 遂宁 and 潼南). Read word by word, 两地政协 is the reference's alias of the
two provincial committees, and 泸永江三地政协 nobody at all. When each character starts the name
of one place whose committee the text names (or of one place it names), and the characters are
as many as the count says, the run is one collective of those committees, labelled as written.
"""

from __future__ import annotations

import re
from typing import Callable

from cppcckg.extract.numbers import parse_chinese_numeral
from cppcckg.ingest.reference import CPPCC_CLASSES, Entity, Reference
from cppcckg.model import Evidence, Mention, Report

__all__ = ["initial_runs", "platforms_by_initials", "sole_committees_by_initial", "INITIALS_HINT"]

#: a count of places right before 政协 (the hint a text must hold for the pass to run)
INITIALS_HINT = re.compile(r"[两三四五](?:地|县市|市县|区县|县区|市区|区市)政协")


def initial_runs(report: Report, mentions: list[Mention], reference: Reference,
                 key_of: Callable[[str], str], sole: dict[str, str], platforms: dict[str, Entity]) -> list[Mention]:
    """`mentions` with each run of place initials before a count (遂潼两地政协) read as one
    collective of the committees the initials stand for; `key_of` gives its key from its label;
    `sole` (see `sole_committees_by_initial`) reads an initial of a place the text never names,
    `platforms` (see `platforms_by_initials`) a run the reference names as a whole."""
    norm = report.norm
    by_initial = _committees_by_initial(mentions, reference, report.publisher)
    out = list(mentions)
    made_any = False
    for hint in INITIALS_HINT.finditer(norm):
        count = int(parse_chinese_numeral(hint.group()[0]) or 0)
        a = hint.start() - count
        initials = norm[a:hint.start()]
        if a < 0 or len(initials) != count or not all("\u4e00" <= c <= "\u9fff" for c in initials):
            continue
        members = [by_initial.get(c) for c in initials]
        platform = platforms.get(initials)
        if platform is not None and not all(members):
            # (城宣万三县市政协 where the text names only 城口: the platform the reference lists by those initials)
            made = Mention(Evidence(report.id, a, hint.end(), report.text[a:hint.end()]), platform.key, platform.name_zh,
                           "Collective", "body", surface=report.text[a:hint.end()], in_reference=True,
                           members=platform.members)
            if not any(m.kind == "body" and m.evidence.start <= a < m.evidence.end for m in out):
                out = [m for m in out if not (m.kind == "body" and m.evidence.start < hint.end() and a < m.evidence.end)]
                out.append(made)
                made_any = True
            continue
        if any(members) and not all(members):
            # (遂潼两地政协 on 潼南's page that never names 遂宁: the one committee of the two
            # provinces whose place begins with 遂)
            members = [m or sole.get(c) for m, c in zip(members, initials)]
        if any(not m for m in members) or len(set(members)) != count:
            continue  # (川渝两地政协 is read whole; 双方两地政协: no place's initial)
        b = hint.end()
        if any(m.kind == "body" and m.evidence.start <= a < m.evidence.end for m in out):
            continue  # a name already read over the initials (万达开三地政协)
        label = norm[a:b]
        made = Mention(Evidence(report.id, a, b, report.text[a:b]), key_of(label), label, "Collective", "body",
                       surface=report.text[a:b], in_reference=False, members=tuple(m for m in members if m))
        out = [m for m in out if not (m.kind == "body" and m.evidence.start < b and a < m.evidence.end)]
        out.append(made)
        made_any = True
    if made_any:
        out.sort(key=lambda m: (m.evidence.start, m.evidence.end))
    return out


def _committees_by_initial(mentions: list[Mention], reference: Reference, own: str | None) -> dict[str, str | None]:
    """Each first character of a place the text names (itself or by its committee) → that
    place's committee; None where two committees share the character, unless one of them is the
    text's own (`own`: 荣隆 on 荣昌's page, which also names 荣县). Committees the text names come
    first: a place only visited (泸县 beside 泸州市政协) gives an initial no committee took."""
    found: dict[str, set[str]] = {}
    by_place: dict[str, set[str]] = {}
    for m in mentions:
        entity = reference.get(m.entity) if m.in_reference else None
        if entity is None or entity.cls == "NationalCommittee":
            continue
        if m.kind == "body" and entity.cls in CPPCC_CLASSES and entity.seat:
            place = reference.get(entity.seat)
            committee = entity.key
            into = found
        elif m.kind == "place":
            place = entity
            seated = reference.cppcc_seated_in(entity.key)
            committee = seated.key if seated is not None else None
            into = by_place
        else:
            continue
        if place is None or committee is None or place.cls == "Province":
            continue
        into.setdefault(place.name_zh[0], set()).add(committee)
    for initial, keys in by_place.items():
        found.setdefault(initial, keys)
    return {c: (next(iter(keys)) if len(keys) == 1 else own if own in keys else None) for c, keys in found.items()}



_SIDES = ("chongqing", "sichuan")
# a collective the reference names by its places' first characters and a count (城宣万三地政协)
_PLATFORM_NAME = re.compile(r"([\u4e00-\u9fff]{2,4}?)[两三四五](?:地|县市|市县|区县|县区|市区|区市)政协")


def platforms_by_initials(reference: Reference) -> dict[str, Entity]:
    """Initials → the reference's collective named by them (城宣万 → 城宣万三地政协), whatever
    count word a text writes after them (城宣万三县市政协); built once per recognizer."""
    found: dict[str, Entity] = {}
    for entity in reference.entities.values():
        named = _PLATFORM_NAME.fullmatch(entity.name_zh) if entity.cls == "Collective" and entity.members else None
        if named is not None and len(named.group(1)) == len(entity.members):
            found[named.group(1)] = entity
    return found


def sole_committees_by_initial(reference: Reference) -> dict[str, str]:
    """First character of a place in Chongqing or Sichuan → its committee, where no other place
    of the two begins with it (built once per recognizer)."""
    found: dict[str, set[str]] = {}
    for entity in reference.entities.values():
        place = reference.get(entity.seat) if entity.cls in CPPCC_CLASSES and entity.seat else None
        if place is None or place.cls == "Province" or reference.province_of(place.key) not in _SIDES:
            continue
        found.setdefault(place.name_zh[0], set()).add(entity.key)
    return {c: next(iter(keys)) for c, keys in found.items() if len(keys) == 1}
