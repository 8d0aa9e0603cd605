"""Organ words that make a longer name of the name before them.

* 党组 right after a body that is not a CPPCC (市工商联党组, 区人大常委会党组). 党组 alone is read
  as the CPPCC's party group of the text's place, as the reports write it. Right after another
  body's name it is that body's: the federation's, the congress's, the government's. Read the
  CPPCC's, the other body's meeting went to the committee, and the body itself was lost.
* 工作委员会 / 联络委员会 right after a committee's members (市政协委员联络委员会): the special
  committee for its members' work, not the members as a group.
* 委员党支部 right after a special committee (市政协某委员会委员党支部): the branch of that
  committee's members, not the committee's whole members' party branch and the committee.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from cppcckg.extract.unlisted_sessions import names_an_unlisted_committee
from cppcckg.model import Evidence, Mention, Report

__all__ = ["party_groups_of_other_bodies", "members_committees", "branches_of_special_committees"]

# bodies with a party group of their own, as the reference classes them (an unknown body's
# class is Body: a department, a congress's standing committee the reference lacks)
_OWNERS = frozenset({"PeoplesOrganisation", "PeoplesCongress", "GovernmentBody", "ExternalOrgan", "Body"})
_PARTY_GROUP = re.compile(r"\s*(?:党组|分党组)(?!织)")
# such a body written bare, by its level and short name (区工商联, 县人大常委会), where no
# reading gave it a body of its own
_BARE_OWNER = re.compile(r"[省市州区县](?:工商联|人大常委会|人大|人民政府|政府|法院|检察院|总工会|妇联|团委|科协|侨联|文联|残联|社科联)$")


def party_groups_of_other_bodies(report: Report, mentions: list[Mention],
                                 key_of: Callable[[str], str]) -> list[Mention]:
    """`mentions` with each 党组 written right after a body of `_OWNERS` read as that body's party
    group, one mention over both words; `key_of` gives an unknown body's key from its label."""
    norm = report.norm
    out: list[Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(mentions):
        if i in skip:
            continue
        group = _PARTY_GROUP.match(norm, m.evidence.end) if m.kind == "body" and m.cls in _OWNERS else None
        if group is None or "政协" in m.label or names_an_unlisted_committee(m.label):
            bare = (_BARE_OWNER.search(norm, max(0, m.evidence.start - 7), m.evidence.start)
                    if m.cls == "PartyGroup" and m.surface.strip() == "党组" else None)
            if bare is None:
                out.append(m)
                continue
            a, label = bare.start(), bare.group() + "党组"  # (区工商联党组: the federation's, its district not said)
            out.append(replace(m, evidence=Evidence(report.id, a, m.evidence.end, report.text[a:m.evidence.end]),
                               entity=key_of(label), label=label, surface=report.text[a:m.evidence.end],
                               in_reference=False, members=()))
            continue
        a, b = m.evidence.start, group.end()
        for j in range(i + 1, len(mentions)):  # the CPPCC's party group read over the same word
            if mentions[j].evidence.start >= b:
                break
            skip.add(j)
        label = m.label + group.group().strip()
        out.append(replace(m, evidence=Evidence(report.id, a, b, report.text[a:b]), entity=key_of(label), label=label,
                           cls="PartyGroup", surface=report.text[a:b], in_reference=False, members=()))
    return out


_MEMBERS_COMMITTEE = re.compile(r"\s*(?P<word>工作|联络)委(?:员会)?")


def members_committees(report: Report, mentions: list[Mention], key_of: Callable[[str], str]) -> list[Mention]:
    """`mentions` with a committee's members read before 工作委员会 / 联络委员会 (市政协委员联络委)
    made that committee's special committee for its members, one mention over both words."""
    norm = report.norm
    out: list[Mention] = []
    for m in mentions:
        more = (_MEMBERS_COMMITTEE.match(norm, m.evidence.end)
                if m.cls == "MemberGroup" and m.label.endswith(("政协委员", "委员会委员")) else None)
        if more is None:
            out.append(m)
            continue
        a, b = m.evidence.start, more.end()
        label = m.label + more.group("word") + "委员会"
        out.append(replace(m, evidence=Evidence(report.id, a, b, report.text[a:b]), entity=key_of(label), label=label,
                           cls="SpecialCommittee", surface=report.text[a:b], in_reference=False, members=()))
    return out


def branches_of_special_committees(report: Report, mentions: list[Mention], key_of: Callable[[str], str]) -> list[Mention]:
    """`mentions` with a special committee and the 委员党支部 written right after it made one
    mention: that committee's members' party branch (a body the reference lacks)."""
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        if (before is not None and m.cls == "MembersPartyBranch" and before.cls == "SpecialCommittee"
                and m.evidence.start == before.evidence.end and m.surface.strip().startswith("委员党支部")):
            a, b = before.evidence.start, m.evidence.end
            label = before.label + "委员党支部"
            out[-1] = replace(m, evidence=Evidence(report.id, a, b, report.text[a:b]), entity=key_of(label), label=label,
                              surface=report.text[a:b], in_reference=False, members=())
            continue
        out.append(m)
    return out
