"""What a team formed to do field work looked at, told in the clause after it.

Joint-work news forms the team in one clause and tells its work in the next
(甲市政协与乙区政协组成联合视察组，沿涪江察看了跨界断面水质监测站运行情况). The first clause holds
the activity word (视察组) and the actors; the second, no work of its own, says what the work was
about. Without it the label names only who formed the team, and a user of the joint-work query
cannot tell what the inspection was about. An item whose label has no subject yet and whose
evidence ends with the team takes the subject the next clause gives, and its evidence widens
to hold it: 跨界断面水质监测站运行联合视察.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from cppcckg.model import Evidence, Initiative, Report

__all__ = ["label_team_work"]

# the team formed, at the end of the evidence (组成联合视察组, 组建专题调研组)
_TEAM_FORMED = re.compile(r"(?:组成|组建|成立)了?(?P<joint>联合)?(?:专题|重点)?(?P<kind>调研|视察|考察|督查)组$")
# the clause after it, or the one after where it went: what it looked at (沿涪江察看了X情况; 深入X，调研Y)
_LOOKED_AT = re.compile(r"[，,](?:[^，,；;。\n]{2,30}[，,])?[^，,；;。\n]{0,16}?(?:察看了?|查看了?|调研了?|视察了?|考察了?|了解了?|聚焦|围绕|就)"
                        r"(?P<x>[^，,；;。\n]{2,40}?)(?:等)?(?:的)?(?:情况|工作|问题|建设|进展)?"
                        r"(?:开展[^，,；;。\n]{0,8})?(?=[，,；;。\n]|$)")
_SUBJECT_RULE = "label:subject"


def label_team_work(report: Report, initiatives: Sequence[Initiative]) -> list[Initiative]:
    """`initiatives` with each team's work, labelled only by who formed the team, labelled by
    what the next clause says the team looked at (see the module's docstring)."""
    out = []
    norm = report.norm
    for item in initiatives:
        formed = _TEAM_FORMED.search(norm, item.evidence.start, item.evidence.end)
        told = _LOOKED_AT.match(norm, item.evidence.end) if formed and _SUBJECT_RULE not in item.rules else None
        if formed is None or told is None:
            out.append(item)
            continue
        kind = ("联合" if formed.group("joint") else "") + formed.group("kind")
        end = told.end("x")
        out.append(replace(item, label=f"{report.text[told.start('x'):end].strip()}{kind}",
                           evidence=Evidence(report.id, item.evidence.start, end, report.text[item.evidence.start:end]),
                           rules=(*item.rules, _SUBJECT_RULE, "label:team-work-told-after")))
    return out
