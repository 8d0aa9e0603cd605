"""Meetings of a level's whole CPPCC system (全省政协提案工作座谈会, 全市政协系统宣传工作会议) are
convened by that level's committee: the province's or the city's, wherever the speaker sits, who
takes part; places listed before a counted head (来自A、B、C等三市的市政协…, 等9个市区县的政协)
are each that place's committee.

The sentences are made up for this project, in the style of prefecture and district news.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_a_provincial_system_meeting_is_the_provinces_committees(pipeline):
    x = run(pipeline, "内江市政协在全省政协提案工作推进会上作交流发言。")
    (meeting,) = [i for i in x.initiatives if i.type == "meeting"]
    assert list(meeting.organizers) == ["sc-cppcc"]
    assert "cppcc-neijiang-sc" in meeting.partners


def test_a_city_system_meeting_is_the_citys_committees(pipeline):
    x = run(pipeline, "5月8日，全市政协系统提案工作会议在大足召开。", publisher="cppcc-dazu")
    (meeting,) = x.initiatives
    assert list(meeting.organizers) == ["cq-cppcc"]


def test_national_members_meeting_together_are_not_the_national_committee(pipeline):
    x = run(pipeline, "会议期间，住川渝全国政协委员召开联组座谈会，商议联名提案选题。")
    assert all("national-cppcc" not in i.organizers for i in x.initiatives)


def test_places_listed_before_a_counted_head_are_each_places_committee(pipeline):
    x = run(pipeline, "来自泸州、内江、宜宾等三市的市政协主席参加了交流。")
    bodies = {m.entity for m in x.mentions if m.kind == "body"}
    assert {"cppcc-luzhou-sc", "cppcc-neijiang-sc", "cppcc-yibin-sc"} <= bodies


def test_places_listed_before_counted_levels_are_each_places_committee(pipeline):
    x = run(pipeline, "来自遂宁、广安、潼南等9个市区县的政协主席参加了座谈。")
    bodies = {m.entity for m in x.mentions if m.kind == "body"}
    assert {"cppcc-suining-sc", "cppcc-guangan-sc", "cppcc-tongnan"} <= bodies


def test_two_levels_together_after_a_verb_are_the_levels_not_a_place(pipeline):
    x = run(pipeline, "会议要求，着力补齐市县政协力量短板，持续深化市县政协协作。")
    labels = [m.label for m in x.mentions if m.kind == "body"]
    assert labels == ["市县政协", "市县政协"]


def test_a_sitting_named_after_its_session_is_a_meeting(pipeline):
    x = run(pipeline, "6月3日，县政协十一届三次会议专题协商议政会议召开。县长某某到会听取意见。")
    assert [i.type for i in x.initiatives] == ["meeting"]
    assert x.initiatives[0].label.startswith("县政协十一届三次会议")
