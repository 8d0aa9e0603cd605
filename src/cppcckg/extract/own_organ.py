"""A special committee's own news page, and the bare words it calls itself by.

A special committee's site writes of itself without its committee's name: its source line says
``来源：经济委员会`` (or only the committee, after the date), its title may open with it, and its
clauses open with 委员会…, 本委… or 该委…. Read without that, those clauses fall to the committee
the page's bare 市政协 means, or to whoever the sentence before named. This module finds the
page's committee and gives each such bare self-reference a mention of it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from cppcckg.ingest.reference import Reference
from cppcckg.model import Evidence, Mention, Report

# how far into a page its title, date and source lines may reach
_HEAD_REACH = 300
# a line naming who wrote the page (来源：市政协经济委员会, 作者：某委员会, 2025-09-19 17:32　某委员会)
_SOURCE_LINE = re.compile(r"^[^\n。]{0,40}?(?:(?:来源|作者|供稿|发布单位|信息来源)[：:]|20\d\d[-./年]\d{1,2}[-./月]\d{1,2}日?"
                          r"(?:[ \t\u3000]+\d{1,2}:\d\d)?[ \t\u3000]+)[ \t\u3000]*"
                          r"(?P<name>(?:[市省]政协)?[\u4e00-\u9fff]{2,12}?委员会)(?=[ \t\u3000]|$)", re.MULTILINE)
# the page's title opening with its committee (经济委员会召开2023年第二次全体会议)
_TITLE_OPENS = re.compile(r"[ \t\u3000]*(?:[市省]政协)?(?P<name>[\u4e00-\u9fff]{2,12}?委员会)(?=召开|举行|组织|开展|赴|联合|与)")
# the committee calling itself by a bare word at a clause's head: 委员会组织…, 本委联合…, 该委还…;
# not its people or parts (委员会主任, 委员会办公室) and not the end of a longer name (经济委员会)
_BARE_SELF = re.compile(r"(?:^|(?<=[\n，,；;。：:])|(?<=[月日]))[ \t\u3000]*(?:\d{1,2}月(?:\d{1,2}日)?(?:至\d{1,2}日)?[，,]?)?"
                        r"(?P<word>本委员会|本委|该委|我委|委员会)"
                        r"(?!主任|副主任|办公室|委员|成员|全体|的|主持|秘书|领导|机关|负责)", re.MULTILINE)


def page_committee(report: Report, mentions: list[Mention], reference: Reference) -> str | None:
    """The special committee whose own page this is, by its source line or its title's opening
    words: the publisher's committee of that name (来源：农业和农村委员会 on a page of 市政协's), else
    the first special committee the text names whose name ends in the words written there."""
    head = report.norm[:_HEAD_REACH]
    written = _SOURCE_LINE.search(head) or _TITLE_OPENS.match(head)
    if written is None:
        return None
    name = written.group("name")
    name = name[3:] if name.startswith(("市政协", "省政协")) else name
    named = [m.entity for m in mentions if m.cls == "SpecialCommittee"
             and (m.surface or m.label).endswith(name) and m.label.endswith(name)]
    # (a page naming only its partner's committee in full, 与四川省政协农业和农村委员会…: still its own)
    own = next((e.key for e in reference.entities.values() if e.cls == "SpecialCommittee"
                and e.parent == report.publisher and e.name_zh.endswith(name)), None)
    return own or (named[0] if named else None)


def bare_self_mentions(report: Report, mentions: list[Mention], committee: str, reference: Reference) -> list[Mention]:
    """`mentions` with one more for each clause-head 委员会 / 本委 / 该委 that stands for
    `committee`, in text order (a name already read there is kept as it is)."""
    model = next((m for m in mentions if m.entity == committee), None)
    if model is None:  # (the committee never named in full: a mention of it made from the reference)
        entity = reference.entities[committee]
        model = Mention(Evidence(report.id, 0, 0, ""), committee, entity.name_zh, entity.cls, "body")
    taken = sorted((m.evidence.start, m.evidence.end) for m in mentions)
    starts = [a for a, _b in taken]
    reach = max((b - a for a, b in taken), default=0)  # (a name overlapping the word starts at most this far before it)
    added = []
    for match in _BARE_SELF.finditer(report.norm):
        start, end = match.span("word")
        near = taken[bisect_left(starts, start - reach):bisect_left(starts, end)]
        if any(a < end and start < b for a, b in near):
            continue  # (市政协经济委员会: the end of a name read already)
        evidence = Evidence(report.id, start, end, report.text[start:end])
        added.append(replace(model, evidence=evidence, surface=match.group("word")))
    return sorted([*mentions, *added], key=lambda m: (m.evidence.start, m.evidence.end)) if added else mentions


# a department calling itself in its own page (收到提案后，我局…; 我委会同…; 我厅牵头…)
_DEPARTMENT_SELF = re.compile(r"(?:我|本)(?P<word>局|厅|委|办|中心)(?![员会办主])")
# the word a department's name ends in, for each word it calls itself by
_SELF_ENDINGS = {"局": ("局",), "厅": ("厅",), "委": ("委员会", "委"), "办": ("办公室", "办"), "中心": ("中心",)}
_NOT_DEPARTMENTS = ("SpecialCommittee", "ProvincialCommittee", "MunicipalCommittee", "CountyCommittee", "Collective",
                    "MemberGroup", "WorkingOrgan", "StandingCommittee", "ChairpersonsCouncil", "PartyGroup")


def department_self_mentions(report: Report, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with one more for each 我局 / 我委 / 我厅 of a department's own page (a reply to a
    proposal, a handling report): the department its title names, when the word fits its name."""
    words = list(_DEPARTMENT_SELF.finditer(report.norm))
    if not words:
        return mentions
    title_end = report.norm.find("\n", 0, _HEAD_REACH)
    head_end = title_end if title_end > 0 else _HEAD_REACH
    owner = next((m for m in mentions if m.kind == "body" and m.evidence.start < head_end
                  and m.cls not in _NOT_DEPARTMENTS and "政协" not in m.label), None)
    if owner is None:
        return mentions
    added = []
    taken = [(m.evidence.start, m.evidence.end) for m in mentions if m.kind == "body"]
    for match in words:
        start, end = match.span()
        if not owner.label.endswith(_SELF_ENDINGS[match.group("word")]) or any(a < end and start < b for a, b in taken):
            continue
        evidence = Evidence(report.id, start, end, report.text[start:end])
        added.append(replace(owner, evidence=evidence, surface=report.text[start:end]))
    return sorted([*mentions, *added], key=lambda m: (m.evidence.start, m.evidence.end)) if added else mentions
