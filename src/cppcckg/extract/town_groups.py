"""A committee's groups and offices in a township or a street: 平湖市政协某镇委员小组, 区政协某街道
委员活动组, 市政协某镇联络室.

A county or city committee organises its members by where they live and keeps a liaison office
in each township; its pages write the committee, the township and the group's word in one run
(区政协某镇委员活动组组织委员视察…). The group acts in its own name: it is a body of its own,
named by its committee's short name, the township and its word, and the run is read as it,
not as the committee followed by a bare 委员小组.
"""

from __future__ import annotations

import re
from typing import Callable

from cppcckg.ingest.shortname import short_name
from cppcckg.model import Evidence, Mention, Report

__all__ = ["town_groups", "TOWN_GROUP_HINT"]

# the group's or office's word after the township (members' groups first, then the offices)
_GROUP_WORDS = r"委员小组|委员活动小组|委员活动组|委员联络组|政协活动联络组|活动联络组|委员工作组"
_OFFICE_WORDS = r"联络室|联络处|工作联络处|政协工作联络处|政协工委|工委"
#: a cheap look before the pass: a township's word right before a group's or office's
TOWN_GROUP_HINT = re.compile(r"(?:镇|乡|街道)(?:" + _GROUP_WORDS + "|" + _OFFICE_WORDS + ")")
_TOWN_GROUP = re.compile(r"(?P<town>[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))"
                         r"(?:(?P<group>" + _GROUP_WORDS + r")|(?P<office>" + _OFFICE_WORDS + r"))")
_CPPCC_CLASSES = ("ProvincialCommittee", "MunicipalCommittee", "CountyCommittee", "Body")


def _short_name(committee: Mention) -> str | None:
    """The committee as its own pages write it before a group (政协平湖市委员会 → 平湖市政协), if its
    label has a committee's shape."""
    short = short_name(committee.label)
    return short if short != committee.label and short.endswith("政协") else None


def town_groups(report: Report, mentions: list[Mention], key_of: Callable[[str], str],
                seat_of: Callable[[str], str | None] = lambda _key: None) -> list[Mention]:
    """`mentions` with each committee written right before a township's group or office read as
    that group (MemberGroup) or office (WorkingOrgan), the names inside the run dropped; the group
    sits where its committee does (`seat_of` a listed committee's key), so its side of a border is known."""
    norm = report.norm
    made: list[Mention] = []
    for m in mentions:
        if m.kind != "body" or m.cls not in _CPPCC_CLASSES:
            continue
        found = _TOWN_GROUP.match(norm, m.evidence.end)
        short = _short_name(m) if found is not None else None
        if found is None or short is None:
            continue
        a, b = m.evidence.start, found.end()
        label = short + found.group("town") + (found.group("group") or found.group("office"))
        made.append(Mention(Evidence(report.id, a, b, report.text[a:b]), key_of(label), label,
                            "MemberGroup" if found.group("group") else "WorkingOrgan", "body",
                            surface=report.text[a:b], in_reference=False, seat=m.seat or seat_of(m.entity)))
    if not made:
        return mentions
    spans = [(x.evidence.start, x.evidence.end) for x in made]
    kept = [x for x in mentions if not any(a <= x.evidence.start and x.evidence.end <= b for a, b in spans)]
    return sorted([*kept, *made], key=lambda x: (x.evidence.start, x.evidence.end))
