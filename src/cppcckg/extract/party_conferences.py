"""A Party committee's conference on CPPCC work told as held: 市委政协工作会议召开.

Reports cite the spirit of the Party's conferences on CPPCC work as a theme (贯彻中央及市委政协
工作会议精神), and the reference holds that theme. A news item that tells the conference held
(市委政协工作会议28日召开) tells a meeting, and the one who holds it is the Party committee
written at its head: that committee is read there, as the text's bare 市委 is read elsewhere,
and the theme is not.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cppcckg.model import Evidence, Mention, Report

__all__ = ["party_conferences_held", "CONFERENCE_HINT"]

#: a cheap look before the pass
CONFERENCE_HINT = "委政协工作会议"
_CONFERENCE = re.compile(r"(?P<party>省委|市委|区委|县委|州委)政协工作会议")
# the conference told as held right after its name (28日召开, 在某地隆重召开)
_HELD_AFTER = re.compile(r"(?:\d{1,2}日|[上下]午|近日|日前)?(?:在[^，,；;。]{1,12}?)?(?:隆重)?(?:召开|举行|开幕)")


def party_conferences_held(report: Report, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each Party conference on CPPCC work told as held read as its Party
    committee (the one the text's bare form of that level is read as), the theme dropped."""
    norm = report.norm
    bare = {m.surface: m for m in mentions if m.kind == "body" and m.cls == "PartyCommittee" and len(m.surface) == 2}
    out = []
    for m in mentions:
        found = _CONFERENCE.fullmatch(norm, m.evidence.start, m.evidence.end) if m.kind == "topic" else None
        party = bare.get(found.group("party")) if found is not None else None
        if party is None or not _HELD_AFTER.match(norm, m.evidence.end):
            out.append(m)
            continue
        a, b = m.evidence.start, m.evidence.start + 2
        out.append(replace(party, evidence=Evidence(report.id, a, b, report.text[a:b]), surface=report.text[a:b]))
    return out
