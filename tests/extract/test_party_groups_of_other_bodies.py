"""党组 right after a body that is not a CPPCC (市工商联党组, 县人大常委会党组) is that body's party
group: its meeting is not the committee's, and the body is named with it. 党组 after a
committee (县政协党组) stays the committee's.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import body_labels, only, run


def test_the_federations_party_group_holds_its_own_meeting(pipeline):
    x = run(pipeline, "市工商联党组召开会议，研究部署民营经济统战工作。")
    meeting = only(x, "召开会议")
    assert "cq-cppcc-party-group" not in meeting.organizers
    assert body_labels(x)["市工商联党组"] == "重庆市工商业联合会党组"


def test_a_congress_standing_committees_party_group_is_named_with_it(pipeline):
    x = run(pipeline, "5月，市人大常委会党组召开理论学习中心组学习会。")
    labels = body_labels(x)
    assert labels["市人大常委会党组"].endswith("党组")
    assert "政协" not in labels["市人大常委会党组"]


def test_a_committees_party_group_stays_the_committees(pipeline):
    x = run(pipeline, "市政协党组召开会议，传达学习全会精神。")
    assert only(x, "召开会议").organizers == ("cq-cppcc-party-group",)
