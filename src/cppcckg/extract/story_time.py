"""The story's own year in a news item that reviews the year before it was written.

A session's news of January 2024 says what the committee did in 2023 (its period, read from the
text's dating), and tells too what was done at the session itself: the sitting, the speeches,
the proposals handed in while it sat. Those happened in 2024. A sentence that tells the
session's own time (会议期间, 大会上, 开幕, 分组讨论, who attended: 应到/实到) or is dated by a day of the month up to the
day of writing gets the year the text was written, unless it says it looks back (过去一年); every
other sentence keeps the text's period.

Work still to come in such a text is of the year of writing too (下一步, 拟于下半年), or of the
year after it when the sentence says 明年.
"""

from __future__ import annotations

import re

from cppcckg.ingest.text_dating import story_lead, target_years, written_date
from cppcckg.model import Period, Report

# what is done at a session while it sits: the story's own time
_AT_THE_SESSION = re.compile(r"(?:会议|大会|全会)期间|大会上|开幕|闭幕|(?:本|此)次(?:会议|大会)|(?:分组|联组|小组)讨论|大会发言|"
                             r"应到|实到|应出席|实际出席|符合规定人数")  # (大会应到委员258名，实到211名: who sat)
# before or after the meeting a story's lead told (会前，与会人员实地察看…): the day it met
_AROUND_THE_MEETING = re.compile(r"(?:^|(?<=[，,。\n]))(?:会前|会后|当天|当日)[，,]")
# a day of the month without its year (1月22日): the story's, when not after the day of writing
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月\d{1,2}日")
# a year written with a clause's own date (2023年5月): the clause dates itself
_OWN_YEAR = re.compile(r"(?:19|20)\d{2}年")
_NEXT_YEAR = re.compile(r"明年|来年|下一年度")
# a session's news opening on its day (2月4日上午，…第六次会议开幕): sessions sit early in a year
_SESSION_OPENED = re.compile(r"(?<![\d年])(\d{1,2})月\d{1,2}日[^。\n]{0,60}?(?:会议|全会|大会)[^。\n]{0,8}?(?:开幕|召开)|"
                             r"(?:会议|全会|大会)[，,]?(?<![\d年])(\d{1,2})月\d{1,2}日[^。\n]{0,8}?(?:开幕|召开)")  # (…会议，2月26日上午开幕)
_REVIEWS_A_YEAR = re.compile(r"((?:19|20)\d{2})年[，,]?是[^。，,]{0,16}(?:的一年|之年)|"
                             r"(?<=报告指出|报告回顾|报告显示)[，,：:]((?:19|20)\d{2})年[，,]")  # (报告指出，2023年，…)
_LEAD_REACH = 400
# a chronicle's title naming the year it records (某区政协2023年工作大事记)
_CHRONICLE = re.compile(r"(20\d\d)年度?[^。，,\n]{0,10}?(?:大事记|大事纪要|纪事)")
_SESSION_MONTHS = 3
_THIS_YEAR = re.compile(r"今年|本年度")
# the year behind said outright (记者从开幕会上获悉，过去一年，…): the text's period, not the story's
_YEAR_BEHIND = re.compile(r"过去一年|过去的一年|一年来")


def written_when_reviewing(report: Report, publisher_assumed: bool) -> tuple[int, int] | None:
    """(year, month) a text without metadata was written, when that is after the period it
    reviews; None otherwise (a report's metadata says its own periods). A session's news that
    gives no year of writing but opens on the day it sat early in a year (2月4日上午，…会议开幕)
    and says which year it reviews (2020年是…的一年; 报告指出，2023年，…) was written the year after it."""
    if not publisher_assumed or report.period is None:
        return None
    chronicle = _CHRONICLE.search(report.norm, 0, _LEAD_REACH)
    if chronicle is not None and report.period.start == report.period.end == int(chronicle.group(1)):
        return None  # (a year's chronicle: its days of months are of the year it records, not of its writing)
    written = written_date(report.delivered, report.norm)  # (a date the session dating gave it, else the text's own)
    reviewed = _REVIEWS_A_YEAR.search(report.norm) if written is None else None
    if reviewed is not None and report.period.start == report.period.end == int(reviewed.group(1) or reviewed.group(2)):
        opened = _SESSION_OPENED.search(report.norm, 0, _LEAD_REACH)
        month = int(opened.group(1) or opened.group(2)) if opened is not None else 0
        if 1 <= month <= _SESSION_MONTHS:
            return report.period.end + 1, month
    return written if written is not None and report.period.end < written[0] else None


def story_period(sentence: str, period: Period | None, written: tuple[int, int] | None,
                 led: bool = False) -> Period | None:
    """The period of what `sentence` tells: the year of writing when it tells the story's own
    time, else `period`. `led`: the text opens on the day its story happened (see `story_led`),
    so what was done before or after its meeting (会前，…) is of that day too."""
    if written is None or _OWN_YEAR.search(sentence) or _YEAR_BEHIND.search(sentence):
        return period
    day = _MONTH_DAY.search(sentence)
    if (_AT_THE_SESSION.search(sentence) or (led and _AROUND_THE_MEETING.search(sentence))
            or (day is not None and int(day.group(1)) <= written[1])):
        return Period(written[0], written[0])
    return period


def story_led(report: Report) -> bool:
    """Does the text open on the day its story happened (5月21日，…; 本报讯 6月8日，…), as a news
    item does and a year's review (过去一年，…) does not?"""
    return story_lead(report.norm) is not None


def planned_period(told: str, period: Period | None, written: tuple[int, int] | None) -> Period | None:
    """The period of work still to come that `told` (its sentence up to the activity) dates by
    no year of its own: the year after writing for 明年, the year of writing for 今年 or when the
    text reviews years before it was written, the last year of a span of years reviewed, else
    `period`. A year it names after `period` (将于2026年…) is its own."""
    targets = target_years(told) if "目标" in told or "愿景" in told or "到" in told or "至" in told else set()
    named = [y for y in (int(y[:4]) for y in _OWN_YEAR.findall(told)) if y not in targets]  # (2035年远景目标: an aim)
    if named:
        return Period(named[-1], named[-1]) if period is None or named[-1] > period.end else period
    base = written[0] if written is not None else (period.end if period is not None else None)
    if base is not None and _NEXT_YEAR.search(told):
        return Period(base + 1, base + 1)
    if written is not None and (_THIS_YEAR.search(told) or (period is not None and period.end < written[0])):
        return Period(written[0], written[0])
    if period is not None and period.start < period.end:
        return Period(period.end, period.end)  # (a review of years behind it: what is to come is of its last)
    return period
