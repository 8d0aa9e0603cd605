"""Sittings and speeches as session news name them: a sitting named as where things were said
(在分组讨论中，委员们…), sittings listed with 、 (参加了联组、小组讨论), advice given as a speech by its
title (《关于X的建议》作为书面发言交流) or named as where it was said (在书面发言中建议), and a meeting
that reviews a report (《X调研报告》评审会). A reader counts each as work of the session or the body.

The sentences are written for this project in the style of district and county session news.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _labels(x, kind: str) -> list[str]:
    return [i.label for i in x.initiatives if i.type == kind]


def test_a_sitting_named_as_where_members_spoke_is_a_sitting_of_the_session(pipeline):
    x = run(pipeline, "1月12日，县政协十五届四次会议开幕。在分组讨论中，委员们围绕县域商业体系建设积极建言。",
            publisher="cppcc-dazu")
    meetings = _labels(x, "meeting")
    assert len(meetings) == 2
    assert any(label.endswith("分组讨论") for label in meetings)


def test_a_sitting_told_and_then_named_as_where_is_one_sitting(pipeline):
    x = run(pipeline, "1月12日，县政协十五届四次会议举行分组讨论。在分组讨论中，委员们围绕县域商业体系建设积极建言。",
            publisher="cppcc-dazu")
    assert len([m for m in _labels(x, "meeting") if m.endswith("分组讨论")]) == 1


def test_sittings_listed_with_a_pause_mark_are_one_each(pipeline):
    x = run(pipeline, "1月12日，县政协十五届四次会议开幕。会议期间，委员们参加了联组、小组讨论，踊跃建言献策。",
            publisher="cppcc-dazu")
    meetings = _labels(x, "meeting")
    assert any(m.endswith("联组讨论") for m in meetings) and any(m.endswith("小组讨论") for m in meetings)


def test_titled_advice_given_as_a_written_speech_is_a_speech_on_its_title(pipeline):
    x = run(pipeline, "会上，民盟区委会《关于完善社区嵌入式托育服务的建议》作为书面发言交流。", publisher="cppcc-dazu")
    assert [label for label in _labels(x, "consultation") if "嵌入式托育" in label and "发言" in label]


def test_a_written_speech_named_as_where_advice_was_given_is_a_speech(pipeline):
    x = run(pipeline, "会上，九三学社区委会在书面发言中建议，加快培育低空经济产业。", publisher="cppcc-dazu")
    assert [label for label in _labels(x, "consultation") if "书面发言" in label]


def test_a_meeting_that_reviews_a_research_report_is_a_meeting(pipeline):
    x = run(pipeline, "6月3日，区政协主席李某主持召开《城区停车设施建设调研报告》评审会。", publisher="cppcc-dazu")
    assert [label for label in _labels(x, "meeting") if "停车设施" in label]


def test_speeches_counted_on_listed_questions_are_speeches_on_them(pipeline):
    x = run(pipeline, "会议期间，委员们就县域医共体建设、农村寄宿制学校管理等问题作了大会书面发言18人次。", publisher="cppcc-dazu")
    assert [label for label in _labels(x, "consultation") if "医共体" in label and "发言" in label]
    assert [m.value for m in x.metrics] == [18]


def test_members_speaking_one_after_another_on_listed_fields_give_speeches_on_them(pipeline):
    x = run(pipeline, "会上，4个界别联组的委员代表围绕山地农业机械化、县城商业体系建设等方面纷纷发言。", publisher="cppcc-dazu")
    assert [label for label in _labels(x, "consultation") if "山地农业机械化" in label]


def test_a_member_named_as_speaking_is_a_speech_and_a_leader_speaking_is_not(pipeline):
    x = run(pipeline, "市政协委员李某在发言中表示，要健全委员联系群众长效机制。", publisher="cq-cppcc")
    assert [i.type for i in x.initiatives] == ["consultation"]
    y = run(pipeline, "市委书记在发言时强调，要加强团结。", publisher="cq-cppcc")
    assert not y.initiatives


def test_the_time_until_a_session_opens_is_no_session_and_its_opening_is(pipeline):
    x = run(pipeline, "1月9日上午，距离区政协十届五次会议开幕还有半个小时，委员们陆续进入会场。9时整，大会正式开幕。",
            publisher="cppcc-dazu")
    meetings = [i for i in x.initiatives if i.type == "meeting"]
    assert len(meetings) == 1 and meetings[0].evidence.start > x.report.text.index("9时整")


def test_a_meeting_and_the_speeches_it_studied_are_one_meeting(pipeline):
    x = run(pipeline, "1月10日，区政协党组书记某某主持召开党组会议，深入学习在全国政协新年茶话会、中央经济工作会议上的重要讲话"
                      "精神，审议有关工作方案。", publisher="cppcc-dazu")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_a_report_heard_on_work_done_and_a_session_whose_business_is_studied_tell_no_work(pipeline):
    x = run(pipeline, "7月5日，市政协召开常委会议，听取了市政协两个专门委员会关于开展民主监督情况的报告，研究了市政协十届三次会议"
                      "大会发言有关事宜。", publisher="cq-cppcc")
    assert [i.type for i in x.initiatives] == ["meeting"]
