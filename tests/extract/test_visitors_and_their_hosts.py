"""A committee that went to another city of its level, on a page that names its own city late.

A text without metadata may open with 市政协主席率队前往某市考察 and name the writer's city only at
its end (甲乙两地政协). The city gone to, whose committee's leader is named as accompanying
(某市政协主席陪同), is the host: neither its committee nor its place is the writer's. A county of
the writer's own city gone to still tells which city's committee went. One of the team who went
along too (秘书长某某一同前往考察) took part in the work told, no work of their own. A committee
the text names only as a partner (联合某区政协，对X进行视察) is never the writer of its other work.

The sentences and places are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_VISIT = ("11月5日，市政协主席某某率队前往自贡市考察盐业文化保护。自贡市政协主席某某陪同考察。"
          "考察组一行参观了盐业历史博物馆。市政协秘书长某某一同前往考察。大家表示，内江自贡两地政协将加强交流合作。")


def test_the_city_gone_to_whose_leader_accompanies_is_the_host(pipeline):
    x = run(pipeline, _VISIT)
    bare = [m.label for m in x.mentions if m.evidence.text == "市政协"]
    assert bare == ["政协内江市委员会", "政协内江市委员会"], bare
    assert x.report.publisher == "cppcc-neijiang-sc", x.report.assumptions


def test_the_visit_is_the_visitors_and_one_who_went_along_adds_none(pipeline):
    x = run(pipeline, _VISIT)
    research = [i for i in x.initiatives if i.type == "research"]
    assert [i.organizers for i in research] == [("cppcc-neijiang-sc",)], x.initiatives
    assert "cppcc-zigong-sc" in research[0].partners


def test_a_county_of_the_writers_city_gone_to_still_names_the_city(pipeline):
    x = run(pipeline, "5月9日，市政协主席某某率队前往荣县调研茶叶产业发展。荣县政协主席某某陪同调研。")
    assert [m.label for m in x.mentions if m.evidence.text == "市政协"] == ["政协自贡市委员会"]


def test_a_committee_named_only_as_a_partner_is_never_the_writer(pipeline):
    x = run(pipeline, "一年来，围绕城市更新开展专题协商。联合重庆市合川区政协，对渠江水环境保护情况进行视察监督。")
    assert x.report.publisher != "cppcc-hechuan", x.report.assumptions
    assert all("cppcc-hechuan" not in i.organizers for i in x.initiatives), x.initiatives
