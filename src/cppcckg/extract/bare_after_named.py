"""A committee's bare form whose chair is listed right after another committee's chair: the other one.

Joint-work pages list the leaders of both sides in one breath, the guest's committee in full
and the host's by its bare form (北碚区政协主席某某、区政协主席某某共同启幕). Read alone, the bare
区政协 is whichever committee the page is taken to be about, which may be the one just named; a
committee has one chair, so a second chair is the other side's: the committee of the same class
the text named before that is not the one beside it (璧山、北碚两地政协 … 北碚区政协主席某某、区政协
主席某某: 璧山's). Vice-chairs are many (石棉县政协副主席甲，县政协副主席乙: one committee's two).
"""

from __future__ import annotations

import re
from dataclasses import replace

from cppcckg.model import Mention, Report

__all__ = ["bare_forms_after_named", "BARE_AFTER_NAMED_HINT"]

#: a bare committee form right after a list mark or a comma (the hint a text must hold for the pass to run)
BARE_AFTER_NAMED_HINT = re.compile(r"[、，,][省市区县州]政协")
_BARE = frozenset({"省政协", "市政协", "区政协", "县政协", "州政协"})
# between the committee named and the bare form: its chair's title and name, and a list mark (not
# what the chair said: …主席甲指出，区政协要…)
_CHAIR_BETWEEN = re.compile(r"(?:党组书记、)?主席[^，,。；;：:、\s]{1,4}[、，,]")
_CHAIR_AFTER = "主席"


def bare_forms_after_named(report: Report, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each bare form whose chair is listed right after the chair of the committee
    it was read as, named in full, read as the other committee of that class the text named before."""
    bodies = [m for m in mentions if m.kind == "body"]
    changed: dict[int, Mention] = {}
    for i, m in enumerate(bodies):
        if i == 0 or m.evidence.text not in _BARE:
            continue
        named = bodies[i - 1]
        if named.entity != m.entity or named.evidence.text in _BARE:
            continue
        if not (_CHAIR_BETWEEN.fullmatch(report.norm, named.evidence.end, m.evidence.start)
                and report.norm.startswith(_CHAIR_AFTER, m.evidence.end)):
            continue
        other = next((b for b in reversed(bodies[:i - 1]) if b.cls == m.cls and b.entity != m.entity
                      and b.in_reference == m.in_reference), None)
        if other is not None:
            changed[id(m)] = replace(m, entity=other.entity, label=other.label, members=other.members)
    return [changed.get(id(m), m) for m in mentions] if changed else mentions
