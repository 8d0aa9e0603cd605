"""Who acts when a clause names bodies it acts on: the second body of a list after 对 is an object
as the first is (对甲局、乙局落实提案情况进行民主评议); bodies a committee organises
(组织民革某县支部、九三学社某县工委…开展联合调研) do not become the pair acting. A counted form
(两区政协, 三县政协) is no 区政协 of one district, and its 政协商定 tells no 协商.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _told(x) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.type, i.organizers) for i in x.initiatives]


def test_the_second_department_after_dui_is_an_object_too(pipeline):
    x = run(pipeline, "2022年，垫江县政协对县交通局、县水利局落实重点提案的情况进行民主评议。")
    assert _told(x) == [("supervision", ("cppcc-dianjiang",))], _told(x)


def test_parties_a_committee_organises_are_partners_not_a_pair(pipeline):
    x = run(pipeline, "2022年，垫江县政协组织民盟垫江县委、农工党垫江县工委就牡丹产业链延伸开展联合调研。")
    assert _told(x) == [("research", ("cppcc-dianjiang",))], _told(x)
    assert len(x.initiatives[0].partners) == 2, x.initiatives[0].partners


def test_bodies_that_act_together_are_still_the_pair(pipeline):
    x = run(pipeline, "2022年，民盟垫江县委、农工党垫江县工委就牡丹产业链延伸开展联合调研。")
    assert len(x.initiatives[0].organizers) == 2, _told(x)


def test_a_counted_form_is_no_one_districts_committee(pipeline):
    x = run(pipeline, "2025年，邻水县政协将巩固同渝北区政协、长寿区政协的合作关系，计划与两区政协轮流举办联席会议。")
    assert not [m for m in x.mentions if m.evidence.text == "区政协"], [(m.evidence.text, m.label) for m in x.mentions]
    assert _told(x)[-1][1][0] == "cppcc-linshui-sc", _told(x)


def test_the_committees_agreeing_tell_no_consultation(pipeline):
    x = run(pipeline, "邻水县政协将与两区政协商定开展联合调研。")
    assert [i.type for i in x.initiatives] == ["research"], _told(x)
    y = run(pipeline, "省政协常委会议围绕乡村振兴进行专题议政协商。")
    assert [i.type for i in y.initiatives] == ["consultation"], _told(y)


def test_a_verb_before_a_count_is_no_place(pipeline):
    x = run(pipeline, "这是两市政协首次联合开展协商活动。")
    assert not [m for m in x.mentions if "是两" in m.label], [(m.evidence.text, m.label) for m in x.mentions]


def test_the_pair_after_a_comma_is_the_two_named_before_it(pipeline):
    # 双方 is the two committees the sentence named, not the pair of parties named before
    x = run(pipeline, "内江市政协七届二次会议开幕\n\n报告显示，民盟内江市委与民盟荣昌区委开展了结对交流。\n\n"
                      "报告提出，2022年，市政协将深化与荣昌区政协的合作，双方已商定围绕“濑溪河治理”开展联合调研。")
    assert set(_told(x)[-1][1]) == {"cppcc-neijiang-sc", "cppcc-rongchang"}, _told(x)


def test_departments_acted_on_form_no_pair(pipeline):
    x = run(pipeline, "2024年，綦江区政协对区交通局、区住房城乡建委办理重点提案情况开展民主评议，"
                      "组织民建綦江区委、农工党綦江区工委围绕老旧小区改造开展联合调研。")
    assert _told(x) == [("supervision", ("cppcc-qijiang",)), ("research", ("cppcc-qijiang",))], _told(x)


def test_work_already_agreed_is_still_to_come(pipeline):
    x = run(pipeline, "双方已商定围绕渠江航道整治开展联合调研。")
    assert [i.status for i in x.initiatives] == ["planned"], [(i.type, i.status) for i in x.initiatives]
    y = run(pipeline, "双方已围绕渠江航道整治开展联合调研。")
    assert [i.status for i in y.initiatives] == ["done"], [(i.type, i.status) for i in y.initiatives]
