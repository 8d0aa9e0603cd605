"""A committee's council and its members' committee, as district and county pages write them:

* 主席(扩大)会 and 主席扩大会议 are the chairpersons' council meeting, enlarged;
* 市政协主席会议召开 tells the council's meeting, its number not written;
* 近日召开的市政协主席会议 names its holder inside the meeting's name;
* 委员工作委员会 / 委员联络委员会 after a committee is its special committee for members' work,
  not its members as a group;
* what a meeting adopted (审议通过了《X》) is what it was about, without the verb.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import body_labels, only, run


def test_an_enlarged_council_meeting_is_a_meeting_of_its_committee(pipeline):
    x = run(pipeline, "6月5日，市政协召开主席（扩大）会，研究部署下半年重点工作。")
    meeting = only(x, "主席（扩大）会")
    assert meeting.type == "meeting"
    assert meeting.organizers == ("cq-cppcc",)


def test_a_council_meeting_said_to_be_held_after_its_name(pipeline):
    x = run(pipeline, "近日，市政协主席会议召开，审议通过了《年度协商计划》。")
    meeting = only(x, "主席会议")
    assert meeting.type == "meeting"
    assert meeting.organizers == ("cq-cppcc-chairpersons-council",)
    assert "通过" not in meeting.label


def test_the_holder_named_inside_a_meeting_held(pipeline):
    x = run(pipeline, "近日召开的市政协五届十二次主席会议，审议通过了《年度视察计划》。")
    assert only(x, "主席会议").organizers == ("cq-cppcc",)


def test_a_members_committee_is_a_special_committee(pipeline):
    x = run(pipeline, "市政协委员联络委员会组织委员开展专题视察。")
    labels = body_labels(x)
    assert labels["市政协委员联络委员会"].endswith("委员联络委员会")
    inspection = only(x, "专题视察")
    assert [m.cls for m in x.mentions if m.entity in inspection.organizers] == ["SpecialCommittee"]
