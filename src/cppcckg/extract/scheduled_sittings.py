"""The sittings a session's schedule counts (会议期间，安排了3次全体会议，1次常委会会议，…).

A press conference before a session tells its programme: how many plenary sittings, standing
committee meetings, group meetings and proposal reviews it will hold. Each kind counted is a
meeting of the session's committee, held when the session is (to come in a preview, done in a
review), labelled by the session and its own words; the statistics read the counts. Nothing else reads such an
item: a count before a meeting word is no activity word of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from cppcckg.model import Evidence, Initiative, Sentence

__all__ = ["scheduled_sittings"]

# the schedule's verb right before its first counted item (安排了4次…, 共安排3次…)
_SCHEDULE = re.compile(r"安排(?:了)?(?=[\d一二三四五六七八九十两]{1,3}次)")
# one counted kind of sitting, up to the next list mark (2次常委会会议, 1次联组会)
_ITEM = re.compile(r"[\d一二三四五六七八九十两]{1,3}次(?P<x>(?:(?![，,、；;。])[\u4e00-\u9fff]){2,30}?(?:会议|会))"
                   r"(?=[，,、；;。]|$)")
_ITEM_JOIN = re.compile(r"[，,、]")
# the session the schedule belongs to (…十三届四次会议): a meeting told before it, named by term and number
_SESSION = re.compile(r"届[^，,；;。]{0,12}?[\d一二三四五六七八九十]{1,3}次(?:全体)?会议$")


def scheduled_sittings(norm: str, text: str, sentences: Sequence[Sentence],
                       items: Sequence[Initiative]) -> list[Initiative]:
    """`items` with one meeting for each kind of sitting a schedule counts, after the session
    it belongs to (the nearest session told before the sentence); none without such a session."""
    if "安排" not in norm:
        return list(items)
    out = list(items)
    for sentence in sentences:
        schedule = _SCHEDULE.search(norm, sentence.start, sentence.end)
        if schedule is None:
            continue
        session = next((i for i in reversed(out) if i.type == "meeting" and i.evidence.start < schedule.start()
                        and _SESSION.search(i.label)), None)
        if session is None:
            continue
        made = []
        at = schedule.end()
        while (item := _ITEM.match(norm, at, sentence.end)) is not None:
            a, b = item.span()
            if not any(i.evidence.start < b and a < i.evidence.end for i in out):
                made.append(replace(session, evidence=Evidence(session.evidence.report, a, b, text[a:b]),
                                    subtype=None, label=session.label + item.group("x"), partners=(), topics=(), places=(),
                                    programme=None, context_topics=(), trigger=item.span("x"),
                                    rules=("trigger:meeting", "scheduled-sitting")))
            join = _ITEM_JOIN.match(norm, b)
            if join is None:
                break
            at = join.end()
        if made:  # (after the last item told before them, the order of the rest kept)
            k = max((n + 1 for n, i in enumerate(out) if i.evidence.start <= made[0].evidence.start), default=0)
            out[k:k] = made
    return out
