"""National members living in a province, written 驻 as often as 住, or after the province's name
(四川省全国政协委员): one group either way, not the national committee.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import body_labels, run


def test_members_written_with_驻_are_the_members_living_there(pipeline):
    x = run(pipeline, "2024年3月，驻川全国政协委员赴北京出席全国政协十四届二次会议。")
    assert body_labels(x).get("驻川全国政协委员") == "住川全国政协委员", body_labels(x)


def test_members_of_both_sides_written_with_驻_are_the_joint_group(pipeline):
    x = run(pipeline, "2024年5月，驻川渝全国政协委员联合开展视察。")
    assert body_labels(x).get("驻川渝全国政协委员") == "住川渝全国政协委员", body_labels(x)
    assert x.initiatives and x.initiatives[0].joint_sichuan_chongqing, x.initiatives


def test_national_members_named_after_their_province_are_the_members_living_there(pipeline):
    x = run(pipeline, "2025年2月，四川省全国政协委员赴宜宾开展集中视察。")
    assert body_labels(x).get("四川省全国政协委员") == "住川全国政协委员", body_labels(x)
    assert [i.organizers for i in x.initiatives] == [("sc-national-members",)], x.initiatives


def test_those_of_a_province_the_reference_has_no_group_for_are_named_as_written(pipeline):
    x = run(pipeline, "2025年2月，河南省政协组织河南省全国政协委员在郑州调研。")
    assert body_labels(x).get("河南省全国政协委员") == "河南省全国政协委员", body_labels(x)
    assert all("national-cppcc" not in i.organizers for i in x.initiatives), x.initiatives


def test_the_two_sessions_of_a_text_about_the_nation_are_the_national_ones(pipeline):
    x = run(pipeline, "2024年3月，全国政协委员某某参加完这次两会，回到家乡传达两会精神。")
    assert set(body_labels(x).values()) >= {"全国两会"}, body_labels(x)
    assert "中华人民共和国两会" not in body_labels(x).values(), body_labels(x)
