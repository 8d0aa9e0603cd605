"""When a text without a declared period was written and which years it covers, from its own dating.

A report's metadata may say its period; most pages saved from the web say nothing, so the
years come from the text: a part's period, a year its title or a sentence says it reviews,
a news story's lead dated by month and day, relative phrases (一年来, 去年, 今年以来) read
against the date it was written, and last the year it names most, leaving out years only
compared with, the targets of plans and years naming awards.
"""

from __future__ import annotations

import re
from typing import Any

from cppcckg.model import DONE, PLANNED, Part, Period

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)年")

_NUMERAL_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")
_NUMERAL_YEAR = re.compile(r"[二][〇○零][一二三四五六七八九〇○零]{2}年")
# "2023年工作回顾", "2024年工作成效显著": the year a text reviews, said outright.
_REVIEW_YEAR = re.compile(r"(20\d\d)年(?:的)?(?:工作)?(?:回顾|成效|总结|情况|成绩)|(20\d\d)年[，,]?是[^。，,]{0,16}(?:的一年|之年)(?:[，,](?:也|更|还|又)是[^。]{0,30}?)?[。，,]\s*一年来|"
                          r"回顾(20\d\d)年")  # (2017年，是X起步之年。一年来…; 2021年是A之年，也是B。一年来…; 回顾2025年工作时)
# A title naming the year a digest reviews: 2019年工作摘要, 2024年渝中区政协履职小记, 2023年度工作回顾.
_TITLE_YEAR = re.compile(r"(20\d\d)年度?[^，,。：:]{0,10}?(?:工作)?(?:摘要|回顾|总结|综述|盘点|成效|履职小记|工作纪实|大事记|大事纪要|纪事)")
# a headline among the first lines naming a year's duty reviewed (区政协通报2021年度委员履职情况)
_DUTY_REACH = 400
_DUTY_HEADLINE = re.compile(r"^[^。\n]{0,20}?(20\d\d)年度?[^，,。：:\n]{0,10}?履职情况[^。\n]{0,6}$", re.MULTILINE)
# a plan's heading among a text's first lines (2026年度协同履职工作要点): the year it plans
_PLAN_HEADING = re.compile(r"^[^。\n]{0,30}?(20\d\d)年度?[^。\n]{0,24}?(?:要点|工作计划|合作计划|协商计划|行动计划|实施方案|工作清单|任务清单|履职清单)\s*$",
                           re.MULTILINE)
_HEAD_LINES = 3
# A year named right after a news frame near the top (记者从…获悉，2021年，…; 据报告，2024年，…;
# 报告介绍，2024年，…): the year the story reports on, before the day its lead tells (据了解，2020年以来，…
# is the background of a span, not the year reviewed).
_FRAMED_YEAR = re.compile(r"(?:获悉|了解到|据报告|报告(?:介绍|显示|指出|回顾|提到)?|据介绍|据了解)[，,：:]\s*(20\d\d)年[，,]"
                          r"(?![^。，,；;]{0,12}?(?:将|拟|计划))")
_FRAMED_REACH = 400
_LEAD_REACH = 400  # (a story's lead stands in its first lines)
# "2022年，…" or "2022年以来" opening a sentence: the year the sentence is about.
# (2025年，省政协将…: a plan's year opening a sentence, no time the text tells of)
_TITLE_LINE_LONGEST = 40  # (a head line longer than this is a story's sentence, not a title)
_OPENING_YEAR = re.compile(r"(?:^|[。！？\n])\s*(?:【[^】\n]{1,10}】)?\s*(20\d\d)年(?:以来)?[，,](?![^。，,；;]{0,12}?(?:将|拟|计划))")
# (【概况】2023年，…: a yearbook's entry opens its first head with the year it records)
# 2023年度优秀提案, 2022—2023年度优秀委员: a year naming an award or a list, not the time the text tells of
_LABEL_YEAR = re.compile(r"(?:20\d\d[—–-]+)?20\d\d年度(?=[^，,。；;]{0,14}?(?:优秀|先进|重点提案|十佳|好提案|履职之星))")
# 2020年度优秀提案 in a text of unknown day: the honours of a year are given in the year after it
_AWARD_YEAR = re.compile(r"(?:20\d\d[—–-]+)?(20\d\d)年度(?=[^，,。；;]{0,14}?(?:优秀|先进|十佳|好提案|履职之星))")
# A full date as news pages print it: 2024年9月15日, 2024-09-15, 2024.9.15, 2024/09/15 or 15.09.2024.
_FULL_DATE = re.compile(
    r"(?P<y>20\d\d)年(?P<m>\d{1,2})月\d{1,2}日|(?<![\d.])(?P<y2>20\d\d)([-./])(?P<m2>\d{1,2})\4\d{1,2}(?:(?![\d.])|(?=\d{1,2}:\d\d))|"
    r"(?<![\d.])\d{1,2}\.(?P<m3>\d{1,2})\.(?P<y3>20\d\d)(?![\d.])"
)
# 今天是:2025年12月07日 on a page's header is the day it was read, not written.
_TODAY = re.compile(r"今天是|今日是|当前日期")
# 《2026年协商工作计划（草案）》, 2026年工作要点: the year a plan is for, not the year the text tells of
_PLANNED_FOR = re.compile(r"(20\d\d)年度?[^，,。；;《》“”]{0,10}?(?:工作|协商|调研|监督)(?:计划|要点|安排)")
# 自2021年签订协议以来: where a span of work began, not the time the text tells of
_SINCE_YEAR = re.compile(r"自(20\d\d)年[^，,。；;]{0,16}?以来")
# 2035年远景目标, 到2030年基本建成…: a target's year, never the time a text tells of
_TARGET_YEAR = re.compile(r"(20\d\d)年(?:的)?(?:远景目标|远期目标|奋斗目标|发展目标|愿景)|"
                          r"(?<=到|至)(20\d\d)年(?:底|末|前)?(?:要|将)?(?:基本|全面|初步)?(?:实现|建成|达到)")
_COMPARED_YEAR = re.compile(r"(?:与|较|比|同)(20\d\d)年(?:相比|同期)?|(?:提出|明确)[，,：:](20\d\d)年[，,][^。；;]{0,16}?(?:将|要|拟)")
# A news story's lead: a line opening (after 本报讯 or a byline of a few characters) with the day
# its story happened, 5月20日， or 6月16日至17日，: the story is of the time it was written.
_STORY_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[^\n。，,]{0,14}?(?:讯|电|消息|记者[^\n。，,]{0,8}?)[ \t：:]*(?:[（(][^）)\n]{0,30}[）)])?)?"
                         r"(?:“[^”\n]{2,120}?”)?"  # (a feature's opening quote: “…。”8月28日清晨，…)
                         r"(?<![\d年])(\d{1,2})月\d{1,2}日"
                         r"(?:(?:至|到|—|-)(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上?|清晨|早上|凌晨|中午|傍晚|夜里)?[,，]")
# 三年来, 过去五年, 五年来: a span of years behind the day of writing (一年来 is read with the relative words)
_YEARS_BACK = re.compile(r"(?:^|(?<=[。！？，,：:\n对]))[ \t\u3000]*(?:([两三四五六七八九十])年来|过去的?([两三四五六七八九十])年(?![级度]))")
_SPAN_REACH = 300  # (the span a review opens with; one said further on is a story's background)
_SMALL_COUNT = {c: k for k, c in enumerate("一两三四五六七八九十", start=1)} | {"二": 2}
# 今年4月, 今年以来, 今年上半年: a time of the year of writing already past (the story's own)
_THIS_YEAR_SO_FAR = re.compile(r"今年(?:\d{1,2}月|以来|上半年|年初|初|前三季度|春|夏)")
# Words by which a text reviews a span behind it (一年来, 过去五年): then it is a review, whatever its lead.
_REVIEWING = re.compile(r"五年来|过去五年|过去的五年|本届以来|一年来|过去一年|过去的一年|工作报告")
# Dating relative to when the text was written: (words, years back of the start, years back of the end).
_RELATIVE = (
    (re.compile(r"五年来|过去五年|过去的五年|本届以来"), 5, 1),
    (re.compile(r"一年来|过去一年|过去的一年"), -1, -1),  # (the year before, or late in a year that year)
    (re.compile(r"去年"), 1, 1),
    (re.compile(r"今年以来|今年"), 0, 0),
)


#: The month from which a text looking back over 一年来 reviews the year it is written in.
_YEAR_END = 10
#: The month from which a text's 去年 tells background, not the year it reviews.
_LATE_IN_YEAR = 7


def infer_period(norm: str, parts: list[Part], delivered: Any = None, title: str = "") -> Period | None:
    """The years a text without a declared period covers, from its own dating: a part's
    period, the year its title says it reviews (2019年工作摘要), a year it says it reviews,
    the day a news story's lead gives (5月20日，…, read against the date of writing), a span of
    years a review opens with (五年来, 三年来), the months of the year of writing told before any
    year opening a sentence (今年4月至6月), a year opening a sentence, a relative phrase (一年来,
    去年, 今年以来) read against the date it was written, and last the year it names most
    (years only compared with are not counted; in a text whose day of writing is known, neither
    are years long before it, years after it, the targets of plans, nor years naming awards)."""
    for part in parts:
        if part.status == DONE and part.period is not None and part.end - part.start > 20:
            return part.period
    head = "\n".join(norm.lstrip().split("\n", _HEAD_LINES)[:_HEAD_LINES])
    titled = _TITLE_YEAR.search(title) or next(
        (m for line in head.split("\n") if "。" not in line and len(line) <= _TITLE_LINE_LONGEST
         for m in [_TITLE_YEAR.search(line)] if m), None)  # (——省政协2024年履职工作综述: a subtitle in the head)
    if titled:
        return Period(int(titled.group(1)), int(titled.group(1)))
    duty = _DUTY_HEADLINE.search(norm, 0, norm.find("。") if "。" in norm[:_DUTY_REACH] else _DUTY_REACH)
    if duty:  # (a bulletin of a year's duty, told in the January after it)
        return Period(int(duty.group(1)), int(duty.group(1)))
    planned = _PLAN_HEADING.search(head) or _PLAN_HEADING.search(title)
    if planned:  # (广安市政协 渝北区政协\n2026年度协同履职工作要点: the plan's own year)
        return Period(int(planned.group(1)), int(planned.group(1)))
    text = _NUMERAL_YEAR.sub(lambda m: m.group(0).translate(_NUMERAL_DIGITS), norm)
    review = _REVIEW_YEAR.search(text)
    if review:
        year = int(review.group(1) or review.group(2) or review.group(3))
        return Period(year, year)
    if all(part.status == PLANNED for part in parts if part.end - part.start > 20) and parts[-1].period:
        return parts[-1].period
    written = written_date(delivered, text)
    framed = _FRAMED_YEAR.search(text, 0, _FRAMED_REACH)
    if framed is not None and (written is None or int(framed.group(1)) < written[0]):
        return Period(int(framed.group(1)), int(framed.group(1)))
    story = _story_year(text, written)
    if story is not None:
        return Period(story, story)
    span = _YEARS_BACK.search(text, 0, _SPAN_REACH) if written is not None else None
    if span is not None:
        # (五年综述 … 五年来，市政协…; 三年来: a span of years reviewed, whatever year a sentence opens with)
        back = _SMALL_COUNT[span.group(1) or span.group(2)]
        year, month = written
        return Period(year - back, year - 1) if month <= 3 else Period(year - back + 1, year)
    opening = _OPENING_YEAR.search(text)
    so_far = _THIS_YEAR_SO_FAR.search(text) if written is not None and not _REVIEWING.search(text) else None
    if so_far is not None and (opening is None or so_far.start() < opening.start()):
        # (今年4月至6月，…调研。…2023年，两省市产业营收…: the story's own months come first; the year
        # opening a later sentence is the data it found)
        return Period(written[0], written[0])
    if opening:
        return Period(int(opening.group(1)), int(opening.group(1)))
    if written is not None:
        year, month = written
        found = [(m.start(), back_start, back_end) for regex, back_start, back_end in _RELATIVE
                 for m in [regex.search(text)] if m and not (back_start == 1 and month >= _LATE_IN_YEAR)]
        # (去年 in a story of the year's second half is background: 去年5月，…建立了机制 before its news)
        if found:
            _at, back_start, back_end = min(found)
            session = month <= 3  # a report to the session early in a year reviews the year before
            if back_start == 5:
                return Period(year - 5, year - 1) if session else Period(year - 4, year)
            if back_start == -1:  # 一年来 in a year-end review (October on) is that year's
                back_start = back_end = 0 if month >= _YEAR_END else 1
            return Period(year - back_start, year - back_end)
    compared = {int(y or plan) for y, plan in _COMPARED_YEAR.findall(text)}  # (报告提出，2025年，…将: a plan's year)
    # (with the day of writing known, a year naming an award or a list is no time the text tells of)
    named = (_AWARD_YEAR.sub(lambda m: f"{int(m.group(1)) + 1}年", text) if written is None
             else _LABEL_YEAR.sub("", text))
    years = [int(y) for y in _YEAR.findall(named) if int(y) not in compared]
    aside = {int(y) for y in _PLANNED_FOR.findall(text)} | {int(y) for y in _SINCE_YEAR.findall(text)}
    targets = target_years(text)
    years = [y for y in years if y not in targets]  # (…规划和2035年远景目标: the text is dated otherwise, or not at all)
    years = [y for y in years if y not in aside] or years  # (a plan's year or where a span began, unless the text names no other)
    if written is not None:  # a year long before the text was written is background (a biography, a
        # history), one after it a target (到2030年, 2022-2030年规划)
        years = [y for y in years if written[0] - 1 <= y <= written[0]]
    if not years:
        # a news item that dates its story by month and day only (5月下旬，…) tells of its own year
        return Period(written[0], written[0]) if written is not None else None
    counts: dict[int, int] = {}
    for y in years:
        counts[y] = counts.get(y, 0) + 1
    best = max(counts, key=lambda y: (counts[y], y))  # (on a tie the latest: a story tells of its own time)
    return Period(best, best)


def target_years(text: str) -> set[int]:
    """The years `text` names as targets (2035年远景目标, 到2030年…): no time any work is done in."""
    return {int(y or by) for y, by in _TARGET_YEAR.findall(text)}


def story_lead(text: str) -> re.Match[str] | None:
    """A news story's lead near the top, dating it by month and day (5月20日，…)."""
    return _STORY_LEAD.search(text, 0, _LEAD_REACH)


def _story_year(text: str, written: tuple[int, int] | None) -> int | None:
    """The year of a news story whose lead dates it by month and day (5月20日，…): the year it
    was written, or the year before when the lead's month is later than the month of writing.
    None for a text that reviews a span (一年来, 工作报告), which its other dating reads, and for a
    lead after the text's opening lines."""
    if written is None or _REVIEWING.search(text):
        return None
    lead = story_lead(text)
    if lead is None:
        return None
    return written[0] - 1 if int(lead.group(1)) > written[1] else written[0]


def written_date(delivered: Any, text: str) -> tuple[int, int] | None:
    """(year, month) the text was written: its metadata date, else a full date near its start."""
    match = re.match(r"\s*(\d{4})-(\d{1,2})", str(delivered)) if delivered else None
    if match:
        return int(match.group(1)), int(match.group(2))
    match = next((m for m in _FULL_DATE.finditer(text, 0, 300) if not _TODAY.search(text, max(0, m.start() - 6), m.start())),
                 None)
    if match is None:
        return None
    year, month = next((match.group(y), match.group(m)) for y, m in (("y", "m"), ("y2", "m2"), ("y3", "m3"))
                       if match.group(y))
    return int(year), int(month)
