"""A session named by term and number of a committee whose terms the reference dates sat in a
known year: the meeting that is that session has it, and a text that names no year at all is
dated by the first session it tells. Texts with their own dating keep it.

The sentences are made up for this project.
"""

from __future__ import annotations

import pytest

from cppcckg.ingest.terms import TERM_YEARS, session_year
from cppcckg.ingest.reports import read_reports
from cppcckg.model import Period

from tests.conftest import REPORTS
from tests.extract.test_extract_general import run


def test_a_term_lasts_five_years_and_sits_once_a_year():
    assert session_year((5, 2018), 6, 2) == 2024
    assert session_year((5, 2018), 4, 4) == 2016
    assert session_year((12, 2018), 13, 4) == 2026
    assert session_year(None, 6, 2) is None and session_year((5, 2018), 6, TERM_YEARS + 2) is None
    assert session_year((5, 2018), 9, 3) is None  # (no term the calendar can vouch for)


def test_the_reference_calendars_agree_with_the_seeds_metadata(reference):
    from cppcckg.graph.sessions import parse_session

    for report in read_reports(REPORTS):
        term, number = parse_session(report.session or "")
        calendar = reference.get(report.publisher).term_calendar or reference.get(
            reference.get(report.publisher).parent).term_calendar
        assert str(session_year(calendar, term, number)) == report.delivered[:4], report.id


@pytest.mark.parametrize("text, year", [
    ("市政协六届三次会议即将召开，市政协主席主持召开党组扩大会议，研究会议筹备工作。", 2025),
    ("政协重庆市第二届委员会第四次会议今天闭幕。", 2006),
    ("四川省政协十三届二次会议将于1月20日上午开幕，会期5天。", 2024),
    ("政協重慶市第二屆委員會(huì)第四次會(huì)議今天閉幕。", 2006),  # (a repost's readings inside the words)
])
def test_a_text_without_a_year_is_dated_by_the_session_it_tells(pipeline, text, year):
    x = run(pipeline, text)
    assert x.report.period == Period(year, year)
    assert {i.period for i in x.initiatives} == {Period(year, year)}


def test_a_session_of_a_committee_without_a_calendar_dates_nothing(pipeline):
    assert run(pipeline, "云岭市政协九届三次会议开幕。").report.period is None


def test_a_text_with_its_own_year_keeps_it_and_the_session_has_its_own(pipeline):
    x = run(pipeline, "2023年，市政协围绕乡村振兴开展专题调研。市政协六届二次会议即将召开。")
    assert x.report.period == Period(2023, 2023)
    assert next(i.period for i in x.initiatives if "六届二次会议" in i.evidence.text) == Period(2024, 2024)


def test_a_sessions_news_reviewing_the_year_before_dates_the_review_by_that_year(pipeline):
    x = run(pipeline, "四川省政协十三届三次会议开幕\n1月20日上午，政协第十三届四川省委员会第三次会议在成都开幕。报告指出，"
                      "过去一年，省政协常委会与重庆市政协共同举办第五次联席会议。")
    held = {i.label: i.period for i in x.initiatives}
    sitting = next(p for label, p in held.items() if "十三届三次会议" in label)
    reviewed = next(p for label, p in held.items() if "联席会议" in label)
    assert sitting.start == 2025 and reviewed.start == 2024


def test_a_plans_year_said_after_the_reports_words_is_the_plans(pipeline):
    x = run(pipeline, "四川省政协十三届三次会议开幕\n2025年1月20日上午，政协第十三届四川省委员会第三次会议在成都开幕。报告指出，"
                      "过去一年，省政协常委会与重庆市政协共同举办第五次联席会议。报告提出，2025年，省政协将围绕加快建设经济强省"
                      "开展协商议政。")
    planned = next(i for i in x.initiatives if i.status == "planned")
    assert (planned.period.start, planned.period.end) == (2025, 2025)
