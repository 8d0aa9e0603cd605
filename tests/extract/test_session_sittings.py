"""A session's sittings as district and county session news tell them: the members of a session
split into groups to discuss its reports, a group's discussion meeting, a sitting named where
things were said. Each is a meeting of its own beside the session, told once.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _meetings(x) -> list[str]:
    return [i.label for i in x.initiatives if i.type == "meeting"]


def test_members_of_a_session_splitting_into_groups_tell_the_session_and_its_sitting(pipeline):
    x = run(pipeline, "2月3日，出席政协重庆市永川区六届三次会议的委员们分成6个组，认真讨论区政协常委会工作报告和提案工作报告。")
    labels = _meetings(x)
    assert len(labels) == 2
    assert any(label.endswith("六届三次会议") for label in labels)
    assert "分组讨论：区政协常委会工作报告和提案工作报告" in labels


def test_a_session_attended_is_held_when_its_district_is_named(pipeline):
    x = run(pipeline, "2月3日下午，参加铜梁区政协十六届二次会议的委员们开展分组活动，协商讨论区人民政府工作报告。")
    labels = _meetings(x)
    assert any(label.endswith("十六届二次会议") for label in labels)
    assert "分组讨论：区人民政府工作报告" in labels


def test_a_groups_discussion_meeting_is_a_meeting_and_no_group_of_members(pipeline):
    x = run(pipeline, "1月9日，县政协召开委员小组讨论会。当天，委员们在小组会上讨论发言。", publisher="cppcc-dazu")
    assert len(_meetings(x)) == 2
    assert not [m.surface for m in x.mentions if m.kind == "body" and "们" in m.surface]


def test_a_sitting_named_again_where_things_were_said_is_told_once(pipeline):
    x = run(pipeline, "1月9日，委员们在小组会上讨论发言。大家一致认为报告实事求是，并在小组会上积极建言。", publisher="cppcc-dazu")
    assert len(_meetings(x)) == 1
