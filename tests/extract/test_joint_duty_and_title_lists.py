"""Joint work told as such (联合开展履职活动) is an initiative of both committees, whatever it is
about; a manner word (深入践行) in its subject sends no one out; a bare 党组 in a leader's run
of titles (区政协主席、党组书记某某) is that committee's; a joint meeting named by both
committees (A政协·四川省某市B政协…座谈会) is theirs; a kicker 联合协商履职 over a visit's
headline is no consultation; 省市政协 is two levels, no place's committee.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _told(x) -> list[tuple[str, tuple[str, ...], bool]]:
    return [(i.type, i.organizers, i.joint_sichuan_chongqing) for i in x.initiatives]


def test_joint_duty_told_with_its_subject_is_both_committees_work(pipeline):
    x = run(pipeline, "近日，荣昌区政协与内江市政协围绕“深入践行全过程人民民主”联合开展履职活动。")
    assert _told(x) == [("other", ("cppcc-rongchang", "cppcc-neijiang-sc"), True)], _told(x)
    assert "深入践行全过程人民民主" in x.initiatives[0].label


def test_a_series_of_joint_duty_is_one_initiative(pipeline):
    x = run(pipeline, "四川省政协、重庆市政协精心谋划，就巴蜀文化旅游走廊建设等开展系列联合履职活动。")
    assert [(t, set(o), j) for t, o, j in _told(x)] == [("other", {"cq-cppcc", "sc-cppcc"}, True)], _told(x)


def test_a_manner_word_in_the_subject_sends_no_one_out(pipeline):
    x = run(pipeline, "近日，荣昌区政协与内江市政协围绕“深入践行全过程人民民主”联合开展履职活动。"
                      "两地政协先后前往安富街道等地，实地考察当地文旅产业发展的做法。")
    assert [i.type for i in x.initiatives] == ["other", "research"], _told(x)


def test_a_bare_party_group_in_a_leaders_titles_is_that_committees(pipeline):
    x = run(pipeline, "内江市政协主席某某率队赴重庆市荣昌区考察学习基层协商工作。荣昌区政协主席、党组书记某某陪同。")
    groups = [m.label for m in x.mentions if m.evidence.text == "党组"]
    assert groups == ["荣昌区政协党组"], groups
    study = next(i for i in x.initiatives if i.type == "study")
    assert study.partners == ("cppcc-rongchang",), study


def test_two_committees_naming_a_joint_meeting_hold_it(pipeline):
    x = run(pipeline, "内江市政协主席某某率队赴重庆市荣昌区考察学习。荣昌区政协主席、党组书记某某陪同。"
                      "在随后召开的重庆市荣昌区政协·四川省内江市政协协同履职座谈会上，两地政协交流了工作做法。")
    meeting = next(i for i in x.initiatives if i.type == "meeting")
    assert set(meeting.organizers) == {"cppcc-rongchang", "cppcc-neijiang-sc"}, meeting.organizers
    assert meeting.joint_sichuan_chongqing


def test_a_kicker_of_joint_duty_over_a_visit_is_no_consultation(pipeline):
    x = run(pipeline, "联合协商履职 达州市政协赴开州区考察学习\n\n近日，达州市政协主席某某率队赴重庆市开州区考察学习委员工作室建设情况。")
    assert [i.type for i in x.initiatives] == ["study"], _told(x)


def test_province_and_city_committees_together_are_no_place(pipeline):
    x = run(pipeline, "会议研究了加强新时代省市政协协同履职的举措。")
    assert not [m.label for m in x.mentions if m.label.endswith("省市委员会")], [m.label for m in x.mentions]
