"""The sittings a session's schedule counts or names (会议期间，安排了3次全体会议，1次常委会会议，…;
会议期间，将举行全体会议2次、分组讨论4次; 会议期间，委员们还将分组讨论…).

A press conference before a session tells its programme: how many plenary sittings, standing
committee meetings, group meetings and proposal reviews it will hold. Each kind counted or named
is a meeting of the session's committee, held when the session is (to come in a preview, done in a
review; to come when 将 says so), labelled by the session and its own words; the statistics read
the counts. Nothing else reads such an item: a count before a meeting word is no activity word of
its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from cppcckg.model import PLANNED, Evidence, Initiative, Sentence

__all__ = ["scheduled_sittings"]

# the schedule's verb right before its first counted item (安排了4次…, 共安排3次…)
_SCHEDULE = re.compile(r"安排(?:了)?(?=[\d一二三四五六七八九十两]{1,3}次)")
# one counted kind of sitting, up to the next list mark (2次常委会会议, 1次联组会)
_ITEM = re.compile(r"[\d一二三四五六七八九十两]{1,3}次(?P<x>(?:(?![，,、；;。])[\u4e00-\u9fff]){2,30}?(?:会议|会))"
                   r"(?=[，,、；;。]|$)")
_ITEM_JOIN = re.compile(r"[，,、]")
# the session the schedule belongs to (…十三届四次会议): a meeting told before it, named by term and number
_SESSION = re.compile(r"届[^，,；;。]{0,12}?[\d一二三四五六七八九十]{1,3}次(?:全体)?会议$")


# during the session, what it will hold (会议期间，将举行…; 会议期间，委员们还将分组讨论…)
_DURING = re.compile(r"(?:本次)?会议期间[，,]?(?:委员们)?(?:还|也)?(?P<will>将)?(?:召开|举行|安排)?(?:了)?")
# a kind of sitting named, with its count after it or none (全体会议2次, 大会发言, 分9个小组进行讨论)
_SITTING = re.compile(r"(?P<x>全体会议|大会发言|分组讨论|小组讨论|(?:界别)?联组讨论|常委会议|常委会会议|主席团会议|"
                      r"分[\d一二三四五六七八九十]{1,2}个(?:小组|组)(?:进行)?讨论)(?:[\d一二三四五六七八九十两]{1,3}次)?")
_SITTING_JOIN = re.compile(r"[，,、和及]")


def scheduled_sittings(norm: str, text: str, sentences: Sequence[Sentence],
                       items: Sequence[Initiative]) -> list[Initiative]:
    """`items` with one meeting for each kind of sitting a schedule counts or names, after the
    session it belongs to (the nearest session told before the sentence); none without such a session."""
    if "安排" not in norm and "会议期间" not in norm:
        return list(items)
    out = list(items)
    for sentence in sentences:
        schedule = _SCHEDULE.search(norm, sentence.start, sentence.end)
        if schedule is not None:
            _add_sittings(norm, text, schedule, sentence.end, out, _ITEM, _ITEM_JOIN, planned=False)
        elif "会议期间" in norm[sentence.start:sentence.end] and (
                during := _DURING.match(norm, sentence.start, sentence.end)) is not None:
            _add_sittings(norm, text, during, sentence.end, out, _SITTING, _SITTING_JOIN, planned=bool(during.group("will")))
    return out


def _add_sittings(norm: str, text: str, opener: re.Match[str], end: int, out: list[Initiative],
                  item_re: re.Pattern[str], join_re: re.Pattern[str], planned: bool) -> None:
    """Add to `out`, after the session told before `opener`, one meeting per kind of sitting listed
    right after it (each its own words); to come where `planned` (将), else when the session is."""
    session = next((i for i in reversed(out) if i.type == "meeting" and i.evidence.start < opener.start()
                    and _SESSION.search(i.label)), None)
    if session is None:
        return
    made = []
    at = opener.end()
    while (item := item_re.match(norm, at, end)) is not None:
        a, b = item.span()
        if not any(i.evidence.start < b and a < i.evidence.end for i in out):
            made.append(replace(session, evidence=Evidence(session.evidence.report, a, b, text[a:b]),
                                subtype=None, label=session.label + item.group("x"), partners=(), topics=(),
                                places=(), programme=None, context_topics=(), trigger=item.span("x"),
                                status=PLANNED if planned else session.status,
                                rules=("trigger:meeting", "scheduled-sitting")))
        join = join_re.match(norm, b)
        if join is None:
            break
        at = join.end()
    if made:  # (after the last item told before them, the order of the rest kept)
        k = max((n + 1 for n, i in enumerate(out) if i.evidence.start <= made[0].evidence.start), default=0)
        out[k:k] = made
