"""A party branch written right after the special committee or party unit it belongs to:
市政协某委某某党支部, 民进市委经科总支部.

Party-building news names a branch by its organ and its own name or number, in one run. The
branch organises its own theme days and twinning work, so the run is one body: the organ's
name with the branch's words after it. A special committee's branch is a members' branch, a
democratic party's is that party's unit. (An office's branch, 机关第二党支部, stays its office's
work, as the conventions have it.)
"""

from __future__ import annotations

import re
from typing import Callable

from cppcckg.model import Evidence, Mention, Report

__all__ = ["organ_branches", "BRANCH_HINT"]

#: a cheap look before the pass: a branch's word in the text
BRANCH_HINT = re.compile(r"支部|党总支")
# the branch's own name or number, never words of a clause (党员委员担任党支部书记)
_BRANCH = re.compile(r"(?P<name>第[一二三四五六七八九十\d]{1,3}|(?![\u4e00-\u9fff]{0,3}(?:担任|成立|建立|组建|设立|所在|所属|下属|的|与|和|及|为|在|各|全体))"
                     r"[\u4e00-\u9fff]{2,4}?)?(?P<word>党支部|党总支|总支部|支部)")
_SPECIAL_COMMITTEE_LABEL = re.compile(r"政协[\u4e00-\u9fff]{2,10}委员会$")
_CLASS_OF_BRANCH = {"SpecialCommittee": "MembersPartyBranch", "DemocraticParty": "DemocraticParty"}


def organ_branches(report: Report, mentions: list[Mention], key_of: Callable[[str], str]) -> list[Mention]:
    """`mentions` with each organ or party unit written right before a branch's words read as
    that branch, the organ's own mention dropped."""
    norm = report.norm
    out: list[Mention] = []
    for m in mentions:
        cls = _CLASS_OF_BRANCH.get(m.cls) if m.kind == "body" else None
        if cls is None and m.kind == "body" and m.cls == "Body" and _SPECIAL_COMMITTEE_LABEL.search(m.label):
            cls = "MembersPartyBranch"  # (区政协经济委员会, a special committee the reference lacks)
        found = _BRANCH.match(norm, m.evidence.end) if cls is not None else None
        if found is None:
            out.append(m)
            continue
        a, b = m.evidence.start, found.end()
        label = m.label + norm[found.start():b]
        out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), key_of(label), label, cls, "body",
                           surface=report.text[a:b], in_reference=False, seat=m.seat))
    return out
