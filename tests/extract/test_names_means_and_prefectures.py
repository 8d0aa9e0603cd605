"""Three shapes seen in news of other places, and one gap of the reference:

* a county's short name inside a person's name (a surname, the name, then 委员 or 同志) is a
  person, not the county, and so no place the text is about;
* a verb's aspect mark (标志着, 见证了) before a committee the reference lacks is no part of
  the committee's name;
* a meeting held through a named platform (通过“某某云会议”召开常委会议) is the meeting; the
  platform is the means;
* a prefecture's committee written in full with the prefecture's short name (政协凉山州委员会)
  is the prefecture's committee the reference derives from its place.

The sentences and the made-up city are written for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_a_county_name_inside_a_persons_name_is_no_place(pipeline):
    x = run(pipeline, "云岭市政协开通首个以周蓬安委员命名的委员工作室。市政协主席出席开通仪式。")
    assert not [m for m in x.mentions if m.kind == "place" and m.evidence.text == "蓬安"]
    assert "政协南充市委员会" not in [m.label for m in x.mentions]


def test_an_aspect_mark_is_no_part_of_a_committees_name(pipeline):
    x = run(pipeline, "3月6日，云岭市政协召开常委会议。首次以线上形式召开的常委会议，标志着云岭市政协线上履职迈出新步伐。")
    assert [m.label for m in x.mentions if m.evidence.text.endswith("市政协")] == ["政协云岭市委员会"] * 2
    assert not [m for m in x.mentions if "标志" in m.label]


def test_a_meeting_held_through_a_named_platform_is_the_meeting(pipeline):
    x = run(pipeline, "3月6日，市政协通过“委员云会议”召开本年度第一次常委会议。", publisher="cq-cppcc")
    meetings = [i for i in x.initiatives if i.type == "meeting"]
    assert len(meetings) == 1
    assert "常委会议" in meetings[0].evidence.text


def test_a_prefectures_committee_written_with_its_short_name_is_the_prefectures(pipeline):
    x = run(pipeline, "近日，政协凉山州委员会组织委员赴西昌开展乡村振兴专题调研。州政协主席带队。")
    labels = [m.label for m in x.mentions if m.kind == "body"]
    assert labels.count("政协凉山彝族自治州委员会") == 2
    assert [list(i.organizers) for i in x.initiatives] == [["cppcc-liangshan-sc"]]
