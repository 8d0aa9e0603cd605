"""A hall (厅) written with no level is the department of the text's province.

Provincial texts name the departments that handled a proposal by their bare words (会办单位教育厅,
邀请生态环境厅负责同志): only a province has halls (a city's and a county's departments are
bureaus and commissions), so each is the text's province's, named in full. A municipality has
no halls, so a Chongqing text reads none.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import body_labels, run


def test_a_bare_hall_after_an_invitation_is_the_province_s(pipeline):
    x = run(pipeline, "2024年5月，四川省政协召开重点提案督办座谈会，邀请水利厅负责同志介绍办理情况。")
    assert body_labels(x).get("水利厅") == "四川省水利厅", body_labels(x)


def test_halls_listed_after_another_department_are_the_province_s(pipeline):
    x = run(pipeline, "2024年5月，四川省政协召开座谈会。省委编办、民政厅、人社厅等单位通报了办理情况。")
    labels = body_labels(x)
    assert labels.get("民政厅") == "四川省民政厅", labels
    assert labels.get("人社厅") == "四川省人力资源和社会保障厅", labels


def test_a_county_text_s_hall_is_its_province_s(pipeline):
    x = run(pipeline, "2024年5月，隆昌市政协召开协商会，会办单位商务厅作了发言。")
    assert body_labels(x).get("商务厅") == "四川省商务厅", body_labels(x)


def test_a_municipality_s_text_reads_no_hall(pipeline):
    x = run(pipeline, "2024年5月，重庆市政协召开座谈会，邀请民政厅负责同志介绍情况。")
    assert "民政厅" not in body_labels(x), body_labels(x)


def test_a_forest_bureau_s_short_form_is_named_in_full(pipeline):
    x = run(pipeline, "2024年5月，四川省政协召开座谈会，省林草局负责同志介绍情况。")
    assert body_labels(x).get("省林草局") == "四川省林业和草原局", body_labels(x)
