"""Prefecture session news: a session and the sitting it holds (…会议进行小组协商讨论, …会议举行X座谈会)
are two meetings; the sitting presided over by its bare word in the next sentences (某某主持座谈会)
is that sitting again; a Party congress or plenum named as the source of the aims the work serves
(围绕X全会确定的目标任务) was held by others, not here.

The sentences are made up for this project, in the style of prefecture CPPCC session news.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _meetings(x) -> list[str]:
    return [i.label for i in x.initiatives if i.type == "meeting"]


def test_a_session_that_holds_group_consultative_discussion_is_two_meetings(pipeline):
    x = run(pipeline, "3月5日下午，市政协七届三次会议进行小组协商讨论，讨论政府工作报告和预算报告。",
            publisher="cq-cppcc")
    labels = _meetings(x)
    assert len(labels) == 2
    assert any("政府工作报告" in label and "讨论" in label for label in labels)
    assert not [i for i in x.initiatives if i.type == "consultation"]


def test_a_session_that_holds_a_named_forum_is_two_meetings(pipeline):
    x = run(pipeline, "2月1日，市政协七届三次会议举行计划报告协商建言座谈会。", publisher="cq-cppcc")
    labels = _meetings(x)
    assert len(labels) == 2
    assert any("计划报告" in label for label in labels)


def test_the_forum_presided_over_next_is_the_one_just_told(pipeline):
    x = run(pipeline, "2月1日，市政协召开营商环境协商建言座谈会。副市长到会听取意见。市政协主席某某主持座谈会。",
            publisher="cq-cppcc")
    assert len(_meetings(x)) == 1


def test_a_forum_convened_on_another_day_is_a_meeting_of_its_own(pipeline):
    x = run(pipeline, "2月1日，市政协召开营商环境座谈会。4月5日，市政协主席某某主持召开座谈会，听取企业家意见。",
            publisher="cq-cppcc")
    assert len(_meetings(x)) == 2


def test_a_plenum_named_as_the_source_of_aims_was_not_held_here(pipeline):
    x = run(pipeline, "一年来，市政协紧紧围绕市第五次党代会和市委五届三次全会确定的目标任务，认真履行职能。",
            publisher="cq-cppcc")
    assert not _meetings(x)


def test_the_plan_report_a_sitting_takes_up_is_no_plan(pipeline):
    x = run(pipeline, "2月1日，市政协七届三次会议举行计划报告协商建言座谈会。", publisher="cq-cppcc")
    assert len(_meetings(x)) == 2
    assert {i.status for i in x.initiatives} == {"done"}


def test_a_councils_meeting_named_with_its_committee_is_that_committees_whatever_the_chairs_posts(pipeline):
    x = run(pipeline, "9月28日，县政协主席、县委常委某某主持召开石柱县政协九届十二次主席会议。")
    (meeting,) = x.initiatives
    labels = {m.entity: m.label for m in x.mentions}
    assert list(meeting.organizers) == ["cppcc-shizhu"]


def test_the_next_item_of_what_a_chair_urged_is_planned_and_a_session_to_convene_is_agenda(pipeline):
    x = run(pipeline, "会议研究了召开县政协十届一次会议的相关事项。某某要求，一是抓好学习。二是做好县政协十届一次全委会议筹备工作。",
            publisher="cppcc-shizhu")
    assert [(i.status, i.label) for i in x.initiatives] == [("planned", "县政协十届一次全委会议筹备")]


def test_a_speech_told_by_who_gave_it_and_how_it_was_received_is_the_members(pipeline):
    x = run(pipeline, "“建议完善科技支撑体系。”大会上，市政协委员某某的发言赢得阵阵掌声。", publisher="cppcc-panzhihua-sc")
    (speech,) = x.initiatives
    labels = {m.entity: m.label for m in x.mentions}
    assert speech.type == "consultation" and speech.label.startswith("大会发言")
    assert [labels[k] for k in speech.organizers] == ["攀枝花市政协委员"]


def test_a_party_plenum_cited_for_what_it_set_was_not_held_here(pipeline):
    x = run(pipeline, "一年来，中共某市委九届六次全会提出“两个示范”，市政协围绕实施开展专题调研。", publisher="cppcc-panzhihua-sc")
    assert [i.type for i in x.initiatives] == ["research"]


def test_a_previews_review_of_the_year_behind_goes_on_until_a_plan(pipeline):
    text = ("四川省政协十三届五次会议新闻发布会1月20日在成都举行。据了解，会议将于1月21日上午开幕，会期5天。\n"
            "据介绍，2026年，四川省政协围绕县域经济发展开展专题调研。\n"
            "四川省政协坚持团结联谊，举办港澳青年研修班，组织委员开展送医下乡活动。\n"
            "会议期间，将举行两次全体会议。")
    x = run(pipeline, text, date="2027-01-20")
    by_kind = {i.evidence.text[:6]: i.status for i in x.initiatives}
    done = [i for i in x.initiatives if "研修班" in i.label or "送医下乡" in i.label or "县域经济" in i.label]
    assert done and all(i.status == "done" for i in done), by_kind
