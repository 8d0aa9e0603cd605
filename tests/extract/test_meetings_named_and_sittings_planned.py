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
