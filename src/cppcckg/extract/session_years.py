"""A session named by term and number (市政协六届二次会议, 政协四川省第十三届委员会第二次会议) of a
committee whose terms the reference dates (``term_calendar``, see ingest/terms.py) sat in a known
year: the meeting that is that session has that year, and a text without metadata whose own
words give no year at all is dated by the first session it tells.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from cppcckg.extract.numbers import parse_chinese_numeral
from cppcckg.ingest.reference import Entity, Reference
from cppcckg.ingest.terms import session_year
from cppcckg.ingest.textnorm import normalise
from cppcckg.model import Initiative, Mention, Period, Report

_NUMERAL = r"[一二三四五六七八九十\d]{1,3}"
# a repost's pinyin reading left inside a word (會(huì)議): no part of the name
_READING = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]")
# the day a session's news gives for it (1月20日上午，…会议开幕), near the text's start
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月\d{1,2}日")
_DATELINE_REACH = 300
_FULL_DAY = re.compile(r"(?:19|20)\d{2}(?:年\d{1,2}月|[-/.]\d{1,2}[-/.])\d{1,2}")
# a session's report looking back over the year before it
_REVIEWS_THE_YEAR = re.compile(r"过去一年|过去的一年|一年来")
_TERM_SESSION = re.compile(r"第?(?P<term>" + _NUMERAL + r")届(?:委员会)?第?(?P<session>" + _NUMERAL + r")次(?:全体)?会议")


def _number(written: str) -> int | None:
    value = int(written) if written.isdigit() else parse_chinese_numeral(written)
    return int(value) if value else None


def told_session_year(reference: Reference, mention: Mention) -> int | None:
    """The year of the session a plenary's mention names by term and number, when its
    committee's terms are dated; None otherwise."""
    if mention.cls == "Session" and (session := reference.get(mention.entity)) is not None and session.ordinals:
        # 市政协五届四次会议, a session the reference holds: its committee's calendar dates it
        committee = reference.get(session.parent) if session.parent else None
        if committee is not None and committee.term_calendar is not None:
            return session_year(committee.term_calendar, *session.ordinals)
        return int(session.date[:4]) if session.date else None
    if mention.cls != "PlenarySession":
        return None
    committee = _committee(reference, mention)
    if committee is None or committee.term_calendar is None:
        return None
    named = _TERM_SESSION.search(_READING.sub("", "".join(normalise(mention.evidence.text).split())))
    if named is None:
        return None
    term, session = _number(named.group("term")), _number(named.group("session"))
    return session_year(committee.term_calendar, term, session) if term and session else None


def _committee(reference: Reference, plenary: Mention) -> Entity | None:
    """The committee whose plenary the mention names: its parent in the reference, else the dated
    committee its label is the plenary of (四川省政协全体会议, read as a name the reference lacks)."""
    known = reference.get(plenary.entity) if plenary.in_reference else None
    if known is not None:
        return reference.get(known.parent) if known.parent else None
    name = plenary.label.removesuffix("全体会议")
    return next((e for e in reference.entities.values() if e.term_calendar is not None
                 and name in (e.name_zh, e.name_short, *e.aliases)), None)


def session_years(mentions: Sequence[Mention], reference: Reference) -> list[tuple[int, int, int]]:
    """(start, end, year) of each session of known year the mentions name, in text order."""
    return [(m.evidence.start, m.evidence.end, y) for m in mentions
            if m.cls in ("PlenarySession", "Session") and (y := told_session_year(reference, m)) is not None]


def dated_by_sessions(report: Report, sessions: Sequence[tuple[int, int, int]]) -> Report:
    """`report`, dated by the first session it tells when its own words gave it no period: the
    session's news is written while it sits (early in its year, on the day of the month the text
    gives); what it reviews (过去一年, 一年来) is the year before, the rest that year. A text whose
    words gave the year before the session it opens with was written when the session sat."""
    if not sessions:
        return report
    year = sessions[0][2]
    if report.period is not None:
        # (1月19日至23日，…第十三届委员会第三次会议在成都召开…2024年，…: the period its words gave is the
        # year behind the session, which was held, and the text written, the year after)
        if (report.delivered is None and report.period.end + 1 == year and sessions[0][0] < _DATELINE_REACH
                and _FULL_DAY.search(report.norm, 0, _DATELINE_REACH) is None  # (发布时间:2023-03-24: its own day)
                and (day := _MONTH_DAY.search(report.norm, 0, _DATELINE_REACH)) is not None and 1 <= int(day.group(1)) <= 3):
            return replace(report, delivered=f"{year}-{int(day.group(1)):02d}",
                           assumptions=(*report.assumptions, f"written in {year}, when the session it tells sat"))
        return report
    day = _MONTH_DAY.search(report.norm, 0, _DATELINE_REACH)
    month = int(day.group(1)) if day is not None and 1 <= int(day.group(1)) <= 12 else 1
    covered = year - 1 if _REVIEWS_THE_YEAR.search(report.norm) else year
    note = f"period covered assumed to be {covered} from the session the text tells (held in {year})"
    return replace(report, period=Period(covered, covered), delivered=report.delivered or f"{year}-{month:02d}",
                   assumptions=(*report.assumptions, note))


def sessions_dated(initiatives: Sequence[Initiative], sessions: Sequence[tuple[int, int, int]]) -> list[Initiative]:
    """Each meeting that is a session of known year, with that year."""
    if not sessions:
        return list(initiatives)
    out = []
    for item in initiatives:
        year = next((y for a, b, y in sessions if item.type == "meeting"
                     and item.evidence.start <= a and b <= item.evidence.end), None)
        out.append(replace(item, period=Period(year, year)) if year is not None else item)
    return out
