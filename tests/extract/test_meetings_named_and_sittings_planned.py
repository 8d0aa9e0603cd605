"""A meeting told by its name and where it was held (…常委会议在成都召开, …联席会议第二次会议在某市
举行) is labelled by its name alone; the group sittings a session's news announces (会议期间，
委员们将分组讨论…) are the session's sittings, planned.

The sentences and places are made up for this project.
"""

from __future__ import annotations

import pytest

from tests.extract.test_extract_general import run


@pytest.mark.parametrize("text, label", [
    ("6月19日，四川省政协十三届十次常委会议在成都召开。", "四川省政协十三届十次常委会议"),
    ("9月7日，云岭云山两地政协主席联席会议第二次会议在云岭市举行。", "云岭云山两地政协主席联席会议第二次会议"),
    ("3月5日，市政协六届十次常委会议召开。", "市政协六届十次常委会议"),
])
def test_the_label_is_the_meetings_name(pipeline, text, label):
    x = run(pipeline, text)
    assert [i.label for i in x.initiatives if i.type == "meeting"] == [label]


def test_group_sittings_announced_are_the_sessions_planned_sittings(pipeline):
    x = run(pipeline, "1月8日上午，政协云岭县第十一届委员会第四次会议开幕。会议期间，委员们将分组讨论县政府工作报告。")
    sitting = [i for i in x.initiatives if "分组讨论" in i.label]
    assert len(sitting) == 1 and sitting[0].status == "planned", [(i.label, i.status) for i in x.initiatives]
    assert sitting[0].label.startswith("云岭县政协十一届四次会议")
    assert sitting[0].organizers == x.initiatives[0].organizers


def test_the_closing_sitting_spoken_at_is_labelled_with_its_session(pipeline):
    x = run(pipeline, "1月9日，政协云岭县第九届委员会第三次会议开幕。1月12日下午，县委书记某某在闭幕会上讲话。")
    labels = [i.label for i in x.initiatives if i.type == "meeting"]
    assert labels == ["云岭县政协九届三次会议", "云岭县政协九届三次会议闭幕会"], labels


def test_the_closing_sitting_after_the_session_closed_is_that_closing(pipeline):
    """X会议胜利闭幕。某某在闭幕会上讲话: the session and its closing sitting told together, one meeting."""
    x = run(pipeline, "1月12日下午，政协云岭县第九届委员会第三次会议胜利闭幕。县委书记某某在闭幕会上讲话。")
    labels = [i.label for i in x.initiatives if i.type == "meeting"]
    assert labels == ["云岭县政协九届三次会议"], labels


def test_a_headline_saying_what_the_story_serves_is_no_work_of_its_own(pipeline):
    text = ("渝川两地政协携手推动明月山绿色发展示范带建设\n\n"
            "6月下旬，重庆市梁平区政协与四川省达州市达川区政协在达川区召开明月山绿色发展示范带建设联合协商会。")
    x = run(pipeline, text)
    assert [i.type for i in x.initiatives] == ["consultation"], [(i.type, i.label) for i in x.initiatives]
    assert x.initiatives[0].joint_sichuan_chongqing


def test_the_closing_sitting_after_a_session_told_closing_in_a_later_clause(pipeline):
    """…会议圆满完成各项议程，胜利闭幕。…区委书记在闭幕会上讲话: the closing told in the session's sentence."""
    x = run(pipeline, "1月13日下午，为期三天的区政协十四届四次会议圆满完成各项议程，胜利闭幕。区委书记某某在闭幕会上讲话。",
            publisher="cppcc-jiulongpo")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives


def test_a_meeting_the_session_holds_named_after_it_is_a_meeting_of_its_own(pipeline):
    """…召开区政协十二届四次会议各界别召集人会议。会议指出，…第四次会议将于2月20日开幕: the
    group leaders' meeting held, then the session it names as scheduled, planned."""
    x = run(pipeline, "发布时间：2019-02-20\n2月19日下午，区政协召开区政协十二届四次会议各界别召集人会议。"
                      "会议强调，政协重庆市江津区第十二届委员会第四次会议将于2月20日开幕。")
    got = [(i.label, i.status) for i in x.initiatives]
    assert got == [("区政协十二届四次会议各界别召集人会议", "done"), ("江津区政协十二届四次会议", "planned")], got


def test_a_sectors_sitting_named_after_its_session_is_the_committees_the_leader_takes_part(pipeline):
    """区委书记走进区政协某届某次会议第二界别联组，同委员们讨论…: the session and its sitting, two
    meetings, both the committee's; the Party committee's leader who came takes part."""
    x = run(pipeline, "发布时间：2024-01-20\n1月16日，区委书记某某走进区政协六届二次会议第二界别联组，同委员们讨论计划报告。",
            publisher="cppcc-qianjiang")
    got = [(i.label.endswith("联组"), i.organizers) for i in x.initiatives]
    assert got == [(False, ("cppcc-qianjiang",)), (True, ("cppcc-qianjiang",))], x.initiatives


def test_the_own_session_named_term_first_is_attended_and_held(pipeline):
    """出席政协第三届重庆市大足区委员会第五次会议的委员: the own session, named with its term before its place."""
    x = run(pipeline, "2026-02-01 来源：某某融媒体中心\n当天，出席政协第三届重庆市大足区委员会第五次会议的340余名政协委员陆续向大会报到。")
    assert [(i.type, i.organizers) for i in x.initiatives] == [("meeting", ("cppcc-dazu",))], x.initiatives


def test_the_national_session_members_travel_to_named_term_first_is_none(pipeline):
    x = run(pipeline, "2026-02-01 来源：某某网\n住渝全国政协委员出席政协第十四届全国委员会第四次会议。")
    assert x.initiatives == (), x.initiatives
