"""Committees of every province, and press conferences that also review the year behind.

A news item about another province's committee (山西省政协, 河南省政协) names that committee: its
省政协 is not Sichuan's. A press conference before a session tells what the session will hold
(planned) and, often, what the committee did the year before (2019年，…启动…: done). Subjects
counted before the research done on them (安排18个课题开展调查研究) are a statistic.

The sentences are written for this project in the style of provincial news items.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_a_provinces_committee_the_border_does_not_touch_is_that_provinces(pipeline):
    x = run(pipeline, "1月9日上午，河南省政协举行十三届二次会议新闻发布会。省政协秘书长某某介绍了会议安排。")
    assert "henan-cppcc" in {m.entity for m in x.mentions}
    assert "sc-cppcc" not in {m.entity for m in x.mentions}
    assert all(list(i.organizers) == ["henan-cppcc"] for i in x.initiatives)


def test_a_press_conference_tells_the_year_behind_as_done_and_the_session_as_planned(pipeline):
    x = run(pipeline, "发布时间：2024-01-08 10:00\n\n今天上午，山西省政协举行十三届二次会议新闻发布会。会上介绍，"
                      "山西省政协十三届二次会议将于1月12日开幕。\n\n省政协副主席某某介绍，2023年，山西省政协围绕"
                      "黄河流域生态保护开展专题调研，召开网络议政会。")
    status = {i.type: i.status for i in x.initiatives}
    assert status["research"] == "done"
    assert [i.status for i in x.initiatives if "十三届二次会议" in i.label and "发布会" not in i.label] == ["planned"]


def test_subjects_counted_before_the_research_done_on_them_are_a_statistic(pipeline):
    x = run(pipeline, "2023年，省政协安排18个重点课题开展调查研究。", publisher="sc-cppcc")
    assert not [i for i in x.initiatives if i.type == "research"]
    assert [m.value for m in x.metrics] == [18]


def test_a_session_said_to_be_near_is_a_planned_meeting_even_where_a_meeting_urges_its_preparation(pipeline):
    x = run(pipeline, "会议指出，市政协六届三次会议召开在即，要精心做好各项准备工作。", publisher="cq-cppcc")
    assert [(i.type, i.status) for i in x.initiatives] == [("meeting", "planned")]


def test_work_a_chair_arranges_for_the_next_stage_is_planned(pipeline):
    x = run(pipeline, "会议指出，要有序开展好下阶段的重点提案督办工作。", publisher="cppcc-dazu")
    assert [(i.type, i.status) for i in x.initiatives] == [("supervision", "planned")]
