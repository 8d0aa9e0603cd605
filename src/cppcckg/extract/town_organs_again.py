"""A township's group or office named in full, then again by a shorter form: 区政协某镇政协工作联络组,
then 联络组, 某镇政协 or 某镇委员活动组; and the groups of two or three townships taken together
(两地镇街委员组织, 三镇委员组织).

Grassroots news names a township's group once with its committee and goes on with the group's
word alone (联络组组织委员入户调研), the township with 政协 (某镇政协), or the township and the word
(与某镇委员活动组轮流接待). Read alone, these are nothing or a body of their own and the work goes
to the district's committee. A group named in a list after another of the same committee
(某县政协甲镇委员活动组、乙镇委员活动组) belongs to that committee too. Where groups of townships on
two sides meet, the text takes them together by a count (两地镇街委员组织): the groups it last
named, as many as the count says.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from cppcckg.model import Evidence, Mention, Report

__all__ = ["town_organs_named_again", "TOWN_ORGAN_AGAIN_HINT"]

# a township group's or office's own word, longest first (a shorter form is the longer's end)
_WORDS = ("政协工作联络组", "工作联络组", "委员活动小组", "委员活动组", "委员联络组", "委员小组", "联络组", "联络委",
          "活动组", "联络室", "联络处", "政协工委")
_WORD = "|".join(_WORDS)
#: what a text must hold for the pass to look further: a township's word before a group's word
TOWN_ORGAN_AGAIN_HINT = re.compile(r"(?:镇|乡|街道)(?:政协)?(?:" + _WORD + ")")
# the township and the word at the end of a group's label (after its committee's 政协)
_LABEL_END = re.compile(r"(?P<town>[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道))(?P<word>" + _WORD + r")$")
# a later form: the word alone (联络组), or after a township (某镇委员活动组), or the township with 政协
_AGAIN = re.compile(r"(?:(?P<town>[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道))(?P<bare>政协)?)?(?P<word>" + _WORD + ")"
                    r"|(?P<town2>[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道))政协(?![\u4e00-\u9fff]{0,2}(?:" + _WORD + "))")
# the next township's group in a list after one named with its committee (、乙镇委员活动组)
_LISTED = re.compile(r"[、和及](?P<town>[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道))(?P<word>" + _WORD + ")")
# townships' groups taken together by a count
_TOGETHER = re.compile(r"(?P<count>两|三|四|五)(?:地|镇|个)(?:镇街|镇|街道|乡镇)?(?:委员组织|委员活动组|政协工作联络组|联络组)")
_COUNT = {"两": 2, "三": 3, "四": 4, "五": 5}
_NOT_A_NAME_AFTER = ("长", "成员")  # (联络组组长: its head, not the group acting; 活动组成员)
# before a bare word: every township's group, not one (各镇街政协工作联络组, 镇级联络组)
_GENERIC_BEFORE = frozenset("镇街乡道各级区县市")


def _town_and_word(label: str) -> tuple[str, str] | None:
    """The township and the group's word a label ends in (某区政协甲镇委员活动组 → 甲镇, 委员活动组)."""
    own = label.split("政协", 1)[1] if "政协" in label[:-2] else label
    found = _LABEL_END.search(own)
    return (found.group("town"), found.group("word")) if found is not None else None


def town_organs_named_again(report: Report, mentions: list[Mention], key_of: Callable[[str], str]) -> list[Mention]:
    """`mentions` with each later short form of a township's group read as that group, each group
    listed after another of the same committee read with it, and each count of townships' groups
    read as the groups last named."""
    norm = report.norm
    mentions = _listed_after(report, mentions, key_of)
    groups = [(m, tw) for m in mentions if m.kind == "body" and m.cls in ("WorkingOrgan", "MemberGroup")
              and not m.in_reference and not m.members and (tw := _town_and_word(m.label)) is not None]
    if not groups:
        return mentions
    taken = [(m.evidence.start, m.evidence.end) for m in mentions if m.kind == "body" and m.cls != "Body"]
    made: list[Mention] = []
    for found in _AGAIN.finditer(norm):
        b = found.end()
        town = found.group("town") or found.group("town2")
        word = found.group("word")
        fits = [(m, tw) for m, tw in groups if (word is None or tw[1].endswith(word))]
        if town is not None:
            fits = [(m, tw) for m, tw in fits if town.endswith(tw[0])]
        if not fits or norm.startswith(_NOT_A_NAME_AFTER, b):
            continue
        a = b - (len(word) if word else 2) - (2 if found.group("bare") else 0) - (len(fits[0][1][0]) if town else 0)
        if any(x < b and a < y for x, y in taken) or (town is None and norm[a - 1:a] in _GENERIC_BEFORE):
            continue
        before = [(m, tw) for m, tw in fits if m.evidence.start < a]
        if not before and len({m.entity for m, _tw in fits}) != 1:
            continue
        group = max(before, key=lambda x: x[0].evidence.start)[0] if before else fits[0][0]
        made.append(replace(group, evidence=Evidence(report.id, a, b, report.text[a:b]), surface=report.text[a:b]))
        taken.append((a, b))
    made.extend(_taken_together(report, mentions, [m for m, _tw in groups], made, key_of))
    if not made:
        return mentions
    spans = [(m.evidence.start, m.evidence.end) for m in made]
    kept = [m for m in mentions if not (m.kind == "body" and any(x < m.evidence.end and m.evidence.start < y
                                                                  for x, y in spans))]
    return sorted([*kept, *made], key=lambda m: (m.evidence.start, m.evidence.end))


def _listed_after(report: Report, mentions: list[Mention], key_of: Callable[[str], str]) -> list[Mention]:
    """`mentions` with the groups listed right after a committee's township group read as that
    committee's (某县政协甲镇委员活动组、乙镇委员活动组: 某县政协乙镇委员活动组)."""
    added: list[Mention] = []
    for m in mentions:
        if m.kind != "body" or m.cls not in ("WorkingOrgan", "MemberGroup") or m.in_reference or "政协" not in m.label[:-2]:
            continue
        if _town_and_word(m.label) is None:
            continue
        committee = m.label.split("政协", 1)[0] + "政协"
        at = m.evidence.end
        while (found := _LISTED.match(report.norm, at)) is not None:
            a, b = found.start("town"), found.end()
            if any(x.kind == "body" and x.evidence.start < b and a < x.evidence.end and x.cls != "Body" for x in mentions):
                break
            label = committee + found.group("town") + found.group("word")
            added.append(Mention(Evidence(report.id, a, b, report.text[a:b]), key_of(label), label, m.cls, "body",
                                 surface=report.text[a:b], in_reference=False, seat=m.seat))
            at = b
    if not added:
        return mentions
    spans = [(x.evidence.start, x.evidence.end) for x in added]
    kept = [x for x in mentions if not any(a <= x.evidence.start and x.evidence.end <= b for a, b in spans)]
    return sorted([*kept, *added], key=lambda x: (x.evidence.start, x.evidence.end))


def _taken_together(report: Report, mentions: list[Mention], groups: list[Mention], made: list[Mention],
                    key_of: Callable[[str], str]) -> list[Mention]:
    """Each count of townships' groups (两地镇街委员组织) as a collective of the groups last named
    before it, as many as the count (none where fewer are named)."""
    out: list[Mention] = []
    named = sorted([*groups, *made], key=lambda m: m.evidence.start)
    for found in _TOGETHER.finditer(report.norm):
        a, b = found.span()
        members: list[str] = []
        for m in reversed([g for g in named if g.evidence.end <= a]):
            if m.entity not in members:
                members.append(m.entity)
        count = _COUNT[found.group("count")]
        if len(members) < count:
            continue
        label = report.norm[a:b]
        out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), key_of(label), label, "Collective", "body",
                           surface=report.text[a:b], in_reference=False, members=tuple(reversed(members[:count]))))
    return out
