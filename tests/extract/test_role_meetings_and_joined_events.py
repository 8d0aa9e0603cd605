"""Meetings of the people in a role, and two events joined by 暨 with 界别 in the second.

召开某某活动组组长会议 / 界别召集人会议 is a meeting, though no meeting word of the usual kinds
(座谈会, 工作会议) names it. In 开展X宣讲暨界别委员Y座谈会 the words before 暨 are the first
event's, not the name of a sector: 暨 joins events, no sector is named across it.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import body_labels, only, run


def test_a_meeting_of_group_leaders_is_a_meeting(pipeline):
    x = run(pipeline, "4月2日，合川区政协召开2024年界别活动组组长会议。")
    item = only(x, "组长会议")
    assert item.type == "meeting"
    assert item.organizers == ("cppcc-hechuan",)


def test_a_meeting_of_conveners_is_a_meeting(pipeline):
    x = run(pipeline, "4月2日，合川区政协召开界别召集人会议，安排全年界别活动。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives


def test_no_sector_is_named_across_a_joining_word(pipeline):
    x = run(pipeline, "2022年5月，合川区政协农业农村委赴钱塘镇开展惠农政策的巡回宣讲暨界别委员民情恳谈会。")
    assert not [label for label in body_labels(x).values() if label.endswith("界")], body_labels(x)
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives


def test_a_sector_named_before_its_word_stays_a_sector(pipeline):
    x = run(pipeline, "2022年5月，合川区政协经济界别委员开展视察。")
    assert any(label.endswith("界") for label in body_labels(x).values()), body_labels(x)
