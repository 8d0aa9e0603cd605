"""A session's news written early in a year reviews the year before (its period), and tells too
what was done at the session itself: that happened in the year the text was written. A plan's
heading that names its field (2020年提案工作安排) starts the plan, as 2020年工作安排 does.

The sentences are made up for this project.
"""

from __future__ import annotations

from cppcckg.model import Period

from tests.extract.test_extract_general import run

_NEWS = ("发布时间：2024-01-22\n"
         "1月20日，云岭市政协九届三次会议开幕。一年来，市政协围绕物流枢纽建设开展专题调研。"
         "会议期间，委员们围绕乡村振兴提交提案86件。12月18日，市政协召开常委会议，审议年度工作报告。")


def _period_of(extraction, word: str) -> Period | None:
    return next(i.period for i in extraction.initiatives if word in i.evidence.text)


def test_a_sessions_news_dates_its_sitting_and_its_proposals_by_the_writing(pipeline):
    x = run(pipeline, _NEWS)
    assert x.report.period == Period(2023, 2023)  # (一年来 in January: the year before)
    assert _period_of(x, "开幕") == Period(2024, 2024)
    assert _period_of(x, "专题调研") == Period(2023, 2023)
    assert _period_of(x, "提交提案") == Period(2024, 2024)
    assert [m.period for m in x.metrics if m.value == 86] == [Period(2024, 2024)]


def test_a_day_after_the_day_of_writing_is_the_year_before(pipeline):
    x = run(pipeline, _NEWS)
    assert _period_of(x, "常委会议") == Period(2023, 2023)  # (12月18日 in a text of 2024-01: last December)


def test_a_report_with_its_own_metadata_keeps_its_periods(pipeline):
    x = run(pipeline, _NEWS, publisher="cq-cppcc-standing-committee", period=2023)
    assert {i.period for i in x.initiatives} == {Period(2023, 2023)}


def test_a_plan_heading_naming_its_field_starts_the_plan(pipeline):
    x = run(pipeline, "县政协提案工作情况\n县政协全年围绕产业发展开展专题调研。\n\n2020年提案工作安排\n\n"
                      "县政协将围绕乡村振兴开展专题视察。")
    done, planned = (next(i for i in x.initiatives if w in i.evidence.text) for w in ("专题调研", "专题视察"))
    assert (done.status, done.period) == ("done", Period(2019, 2019))
    assert (planned.status, planned.period) == ("planned", Period(2020, 2020))


def test_who_attended_the_session_is_counted_in_the_year_it_sat(pipeline):
    """大会应到委员N名，实到委员M名: the session's own figures, of the year it sat."""
    x = run(pipeline, "发布时间：2021-02-20\n2月19日上午，区政协十三届四次会议隆重开幕。主席某某代表常委会报告工作，回顾了过去一年的履职。"
                      "大会应到委员258名，实到委员211名，符合规定人数。")
    assert sorted((m.value, m.period) for m in x.metrics if m.value in (258, 211)) == [
        (211, Period(2021, 2021)), (258, Period(2021, 2021))], x.metrics


def test_a_digest_headed_by_a_session_the_reference_holds_is_dated_by_it(pipeline):
    """市政协五届四次会议开幕　常委会工作报告摘要 / 过去一年，…: no year written; the session (2021)
    dates the text, which reviews 2020."""
    x = run(pipeline, "市政协五届四次会议开幕　常委会工作报告摘要\n\n过去一年，市政协常委会认真履职。市政协组织委员开展专题调研。")
    assert x.report.period == Period(2020, 2020)
    assert [i.period for i in x.initiatives] == [Period(2021, 2021), Period(2020, 2020)], x.initiatives
