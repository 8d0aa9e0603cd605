"""A committee that sets out for a place (X政协前往Y) is the actor of what it does there; the
offices of governments (国务院办公厅, a government's office in another place), development
zones' committees (高新区管委会), chambers of commerce named by the places they join, and a
committee's visiting delegation (考察团) are bodies of their own.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _told(x) -> list[tuple[str, tuple[str, ...], bool]]:
    return [(i.type, i.organizers, i.joint_sichuan_chongqing) for i in x.initiatives]


def _bodies(x) -> list[str]:
    return [m.label for m in x.mentions if m.kind == "body"]


def test_a_committee_setting_out_acts_alone_after_a_pair(pipeline):
    x = run(pipeline, "6月，江津区政协与泸县政协在江津召开联席会议。次日，泸县政协前往江津区开展乡村振兴专题调研。")
    assert _told(x)[-1] == ("research", ("cppcc-luxian-sc",), False), _told(x)


def test_a_committee_setting_out_is_its_clauses_subject(pipeline):
    x = run(pipeline, "会后，永川区政协与泸州市政协签署合作协议。泸州市政协随后前来永川考察学习。")
    assert _told(x)[-1][1] == ("cppcc-luzhou-sc",), _told(x)


def test_a_body_before_which_work_was_done_is_still_no_actor(pipeline):
    x = run(pipeline, "全国政协全体会议前，市政协组织住渝全国政协委员开展专题调研。")
    assert [i.organizers for i in x.initiatives] == [("cq-cppcc",)], _told(x)


def test_a_development_zones_committee_is_a_body(pipeline):
    assert "经开区管委会" in _bodies(run(pipeline, "县总工会、经开区管委会负责同志参加调研。"))
    assert "璧山区高新区管委会" in _bodies(run(pipeline, "璧山区政协组织委员视察璧山高新区管委会。"))


def test_a_governments_office_is_its_own_not_the_committees(pipeline):
    bodies = _bodies(run(pipeline, "国务院办公厅印发有关意见。"))
    assert bodies == ["中华人民共和国国务院办公厅"], bodies
    bodies = _bodies(run(pipeline, "重庆市人民政府驻成都办事处负责同志参加座谈。"))
    assert bodies == ["重庆市人民政府驻成都办事处"], bodies


def test_chambers_of_commerce_named_by_places(pipeline):
    bodies = _bodies(run(pipeline, "四川省万州商会会长某某参加座谈。重庆四川南充商会有关负责人出席。"))
    assert bodies == ["四川省万州商会", "重庆四川南充商会"], bodies


def test_a_committees_delegation_acts_for_it(pipeline):
    x = run(pipeline, "开州区政协考察团一行到达州市考察学习。")
    assert "开州区政协考察团" in _bodies(x)
    assert _told(x) == [("study", ("cppcc-kaizhou",), False)], _told(x)


def test_a_trip_and_the_work_done_there_are_one_piece_of_work(pipeline):
    x = run(pipeline, "调研组一行前往云水镇视察人居环境整治情况。")
    assert [i.type for i in x.initiatives] == ["inspection"], _told(x)


def test_a_trip_with_no_other_work_named_is_still_told(pipeline):
    x = run(pipeline, "10月，区政协调研组一行前往云水镇，了解人居环境整治情况。")
    assert [i.type for i in x.initiatives] == ["research"], _told(x)


def test_a_department_written_with_its_longest_full_name(pipeline):
    bodies = _bodies(run(pipeline, "大足区文化和旅游发展委员会负责同志参加座谈。"))
    assert bodies == ["大足区文化和旅游发展委员会"], bodies
