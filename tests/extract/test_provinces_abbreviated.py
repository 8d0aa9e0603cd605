"""Provincial committees named together by their provinces' one-character names, anywhere.

Neighbouring provinces meet as 鄂豫皖三省政协 or 京津冀三地政协, often after the region they share
(某某山区甘陕宁三省政协): each character is a province, so the words stand for those
provinces' committees, and the 省政协 inside them is no committee of its own.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_provinces_named_after_their_region_are_their_committees(pipeline):
    x = run(pipeline, "2022年6月，某某山老区豫皖鄂三省政协第五次联席会议在信阳举行。")
    assert [set(i.organizers) for i in x.initiatives] == [{"hubei-cppcc", "henan-cppcc", "anhui-cppcc"}], x.initiatives


def test_the_provincial_committee_inside_the_collective_is_none_of_its_own(pipeline):
    x = run(pipeline, "2024年4月，川陕两省政协在汉中召开座谈会。")
    assert [m.evidence.text for m in x.mentions if m.kind == "body"] == ["川陕两省政协"], x.mentions


def test_more_places_than_provinces_are_their_local_committees(pipeline):
    x = run(pipeline, "2024年5月，川东北地区川渝七地政协召开联席会议。")
    assert not any(set(i.organizers) == {"sc-cppcc", "cq-cppcc"} for i in x.initiatives), x.initiatives
