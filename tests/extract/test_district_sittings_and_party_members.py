"""Shapes seen in district news of democratic parties and consultation sittings:

* a look at the site on the spot (实地感受了…路线) is an inspection;
* a meeting described by its atmosphere (协商会议始终在…氛围中进行) is the meeting just told;
* what speakers reviewed (就本界别活动进行了回顾总结) is what they talked about, no campaign;
* a rating done (对述职情况进行了测评) is a supervision, and a report 完毕 is a time, no work;
* a party's members (民进会员) in a text that named its district unit are that unit's; 两地
  before them keeps both units;
* guests who watch (应邀观摩) attend the work, they start none.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _types(x) -> list[str]:
    return [i.type for i in x.initiatives]


def test_a_look_at_the_site_on_the_spot_is_an_inspection(pipeline):
    x = run(pipeline, "会前，与会人员一起实地感受了缓堵方案提出的建议路线。", publisher="cppcc-yubei")
    assert _types(x) == ["inspection"]


def test_a_meeting_described_by_its_atmosphere_is_the_meeting_just_told(pipeline):
    x = run(pipeline, "区政协召开专题协商会。与会人员提出了优化建议，协商会议始终在平等互信的氛围中进行。",
            publisher="cppcc-yubei")
    assert len([i for i in x.initiatives if "氛围" in i.evidence.text]) == 0


def test_what_speakers_reviewed_is_no_campaign(pipeline):
    x = run(pipeline, "座谈会上，各界别召集人逐一就本界别活动进行了回顾总结。", publisher="cppcc-yubei")
    assert "campaign" not in _types(x)


def test_party_members_of_the_named_unit_rate_the_reports(pipeline):
    x = run(pipeline, "民进渝中区委组织界别内的政协委员开展年度述职。委员们述职完毕后，参会的30多名民进会员当场对委员们的年度述职进行了测评。",
            publisher="cppcc-yuzhong")
    rating = [i for i in x.initiatives if i.type == "supervision"]
    assert len(rating) == 1
    unit = next(m for m in x.mentions if m.evidence.text == "民进渝中区委")
    assert list(rating[0].organizers) == [unit.entity]
    assert not [i for i in x.initiatives if "完毕" in i.evidence.text]


def test_guests_who_watch_start_no_work(pipeline):
    x = run(pipeline, "民进渝中区委组织界别内的政协委员开展年度述职。区政协、区委统战部等部门领导应邀观摩述职大会。",
            publisher="cppcc-yuzhong")
    assert len(x.initiatives) == 1
