"""A border region's committees named again without the provinces before them.

Joint-work news names the committees of a border region in full once (川渝毗邻地区政协) and
then by the region alone (毗邻地区政协已累计开展联合调研…). The shorter name is the same
collective: without this it is no body at all, and what it did falls to whoever was named
last.
"""

from __future__ import annotations

from dataclasses import replace

from cppcckg.extract.counts_said_again import listed_runs
from cppcckg.model import Evidence, Mention, Report

#: Words a region is named by, after the provinces or places that bound it.
_REGION_HEADS = ("毗邻", "接壤", "交界", "边界", "沿线", "周边")
#: Characters that may stand right before the shorter name (a name's own character would make it another).
_BEFORE_A_NAME = frozenset("，,。；;：:、“”\"（()）\n 的与和及同由在将等")
_SHORTEST = 6  # 毗邻地区政协


def region_named_again(report: Report, mentions: list[Mention]) -> list[Mention]:
    """`mentions` and each later mention of a region's committees by the region alone."""
    norm = report.norm
    taken = [(m.evidence.start, m.evidence.end) for m in mentions if m.kind == "body"]
    added: list[Mention] = []
    seen: set[str] = set()
    for m in mentions:
        if m.kind != "body" or m.in_reference or not m.label.endswith("地区政协") or m.label in seen:
            continue
        seen.add(m.label)
        tail = next((m.label[k:] for k in range(1, len(m.label) - _SHORTEST + 1)
                     if m.label.startswith(_REGION_HEADS, k)), None)
        if tail is None:
            continue
        a = norm.find(tail, m.evidence.end)
        while a >= 0:
            b = a + len(tail)
            if norm[a - 1] in _BEFORE_A_NAME and not any(x < b and a < y for x, y in taken):
                added.append(replace(m, evidence=Evidence(report.id, a, b, report.text[a:b]), surface=report.text[a:b]))
                taken.append((a, b))
            a = norm.find(tail, b)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.evidence.start, -m.evidence.end))


#: a border region's mechanism named for its committees (川陕渝毗邻县市政协联席会)
_MECHANISM_ENDS = ("政协联席会", "政协联席会议")
_GROUP_REACH = 400  # characters after a region's first name within which its members are listed


def regions_of_their_group(report: Report, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a border region's committees the reference lacks (某山毗邻地区政协, or their
    mechanism 甲乙丙毗邻县市政协联席会) read as the one counted group of committees the text
    lists right after naming it (…六区县政协主要负责同志参加会议): the region's committees are
    those, and what the region does, they do."""
    groups = {m.entity: m for m in mentions if m.kind == "body" and not m.in_reference and len(set(m.members)) >= 2}
    runs = listed_runs(report, mentions)
    if len(groups) == 1:
        (group,) = groups.values()
        members, first = group.members, min(m.evidence.start for m in mentions if m.entity == group.entity)
    elif not groups and len(runs) == 1:  # (…。甲县、乙县，某省丙县政协负责同志参加会议: the list, no count said)
        members, first = tuple(m.entity for m in runs[0]), runs[0][0].evidence.start
    else:
        return mentions
    regions = {m.entity for m in mentions if m.kind == "body" and not m.in_reference and not m.members
               and (m.label.endswith("地区政协") or (m.label.endswith(_MECHANISM_ENDS) and any(head in m.label for head in _REGION_HEADS)))
               and m.evidence.start <= first < m.evidence.end + _GROUP_REACH}
    if not regions:
        return mentions
    return [replace(m, cls="Collective", members=members) if m.entity in regions else m for m in mentions]
