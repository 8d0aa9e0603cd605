"""Plenary sessions of committees the reference does not list.

A county's page opens with its session (县政协N届M次会议, 中国人民政治协商会议某县第N届委员会
第M次会议). For a committee the reference holds, the session is read as that committee's plenary
assembly (its 全体会议). A committee the reference lacks, or one written bare in a text naming no
place, is kept as an unknown body; its session is then the same kind of thing, the assembly of
that committee, and a reader counts it among the bodies the text names: X政协全体会议.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from cppcckg.extract.organs import SESSION_AFTER_COMMITTEE, TERM_SESSION
from cppcckg.model import Evidence, Mention, Report

__all__ = ["sessions_of_unlisted", "names_an_unlisted_committee"]

# 政协某县委员会 (the form unknown committees are labelled in) and the bare local forms (县政协)
_COMMITTEE_LABEL = re.compile(r"政协(?P<place>[\u4e00-\u9fff]{2,10}?[区县市州])委员会|(?P<bare>[省市区县州]政协)")
_PLENARY = "全体会议"


def names_an_unlisted_committee(label: str) -> bool:
    """Is `label` a committee's name as unknown committees are labelled (政协某县委员会)?"""
    found = _COMMITTEE_LABEL.fullmatch(label)
    return found is not None and found.group("place") is not None


def sessions_of_unlisted(report: Report, mentions: list[Mention], key_of: Callable[[str], str]) -> list[Mention]:
    """Each unknown committee's mention that its session's words follow (…十届六次会议,
    …第N届委员会第M次会议), read as that committee's plenary assembly; `key_of` gives an
    unknown body's key from its label."""
    norm = report.norm
    out: list[Mention] = []
    for m in mentions:
        found = _COMMITTEE_LABEL.fullmatch(m.label) if m.kind == "body" and not m.in_reference else None
        if found is None:
            out.append(m)
            continue
        a, b = m.evidence.start, m.evidence.end
        in_full = norm.endswith("委员会", a, b) and "届" in norm[a:b]
        session = (TERM_SESSION if in_full else SESSION_AFTER_COMMITTEE).match(norm, b)
        if session is None or session.group("presidium"):
            out.append(m)
            continue
        label = (found.group("place") + "政协" if found.group("place") else found.group("bare")) + _PLENARY
        end = session.end()
        # (the committee's name stays a mention of its own, as a standing committee's sitting
        # written after it does: the session's words are the assembly's)
        out.append(m)
        out.append(replace(m, evidence=Evidence(report.id, b, end, report.text[b:end]), entity=key_of(label),
                           label=label, cls="PlenarySession", surface=report.text[b:end], members=(m.entity,)))
    return out
