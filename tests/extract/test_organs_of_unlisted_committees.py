"""An organ written right after a committee the reference lacks (云岭区政协党组, 云岭区政协办公室)
is that committee's, and the committee stays named for the bare forms after it; a meeting
called to study or deploy (召开会议研究部署X) is a meeting.

The sentences, places and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _bodies(x) -> list[tuple[str, str]]:
    return [(m.evidence.text, m.label) for m in x.mentions if m.kind == "body"]


def test_the_party_group_after_an_unlisted_district_is_its_own(pipeline):
    x = run(pipeline, "云岭区政协党组召开会议，研究履职重点工作。")
    assert ("党组", "云岭区政协党组") in _bodies(x), _bodies(x)
    assert "中共政协重庆市委员会党组" not in [label for _, label in _bodies(x)]
    meeting = next(i for i in x.initiatives if i.type == "meeting")
    assert "cq-cppcc" not in meeting.organizers


def test_the_committee_named_in_full_before_its_organ_owns_the_bare_forms_after(pipeline):
    x = run(pipeline, "政协云岭县委员会常务委员会工作报告\n\n县政协召开常委会议，听取专题视察情况汇报。")
    found = _bodies(x)
    assert ("常务委员会", "云岭县政协常务委员会") in found, found
    assert ("县政协", "政协云岭县委员会") in found, found


def test_an_office_after_an_unlisted_county_is_a_working_organ(pipeline):
    x = run(pipeline, "近日，云山县政协办公室组织机关干部开展业务培训。")
    office = next(m for m in x.mentions if m.label == "云山县政协办公室")
    assert office.cls == "WorkingOrgan"


def test_a_meeting_called_to_study_and_deploy_is_a_meeting(pipeline):
    x = run(pipeline, "3月2日，大足区政协党组召开会议研究部署全年重点工作。")
    assert [i.type for i in x.initiatives] == ["meeting"], [(i.type, i.label) for i in x.initiatives]
    assert x.initiatives[0].organizers


def test_the_committees_of_a_border_region_are_no_districts_committee(pipeline):
    x = run(pipeline, "重庆市梁平区政协主席某某出席。明月山毗邻地区政协召开联席会议，川渝毗邻地区政协协同履职推进会同日举行。")
    found = _bodies(x)
    assert ("明月山毗邻地区政协", "明月山毗邻地区政协") in found, found
    assert ("川渝毗邻地区政协", "川渝毗邻地区政协") in found, found
    assert [text for text, label in found if label == "政协重庆市梁平区委员会"] == ["重庆市梁平区政协"], found


def test_a_border_regions_committees_said_again_by_the_region_alone_are_the_same(pipeline):
    x = run(pipeline, "川渝毗邻地区政协协同履职推进会在云岭召开。据了解，毗邻地区政协已累计开展联合调研16次，形成调研报告12篇。")
    named = [m for m in x.mentions if m.label == "川渝毗邻地区政协"]
    assert [m.evidence.text for m in named] == ["川渝毗邻地区政协", "毗邻地区政协"]
    counted = [s for s in x.metrics if s.value == 16]
    assert counted and counted[0].subject == named[0].entity
