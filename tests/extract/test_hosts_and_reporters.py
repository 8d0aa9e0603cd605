"""The bodies that only go along with the work told (某政协有关负责同志陪同视察) are its hosts, and
departments that report to it (…负责同志作了情况介绍) are heard: neither becomes the actor the
story goes on with, so 双方 and a later 座谈会 stay with the pair that did the work. A committee
whose special committee the text names in full (重庆市政协某委员会) is what its bare 市政协 means.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_PAIR_VISIT = ("2024-04-12 来源：某某报\n4月10日至11日，重庆市政协农业和农村委员会与四川省政协农业和农村委员会"
               "开展联合视察，组织委员赴潼南区和四川省遂宁市察看柠檬产业园。")


def _orgs(x, kind: str) -> list[tuple[str, ...]]:
    return [i.organizers for i in x.initiatives if i.type == kind]


def test_hosts_that_went_along_are_not_the_story_pair(pipeline):
    x = run(pipeline, _PAIR_VISIT + "潼南区政协、遂宁市政协有关负责同志陪同视察。在遂宁召开的座谈会上，委员们交流了意见。"
                                    "双方商定下半年联合开展柠檬产业链专题调研。")
    pair = _orgs(x, "inspection")[0]
    assert "cq-cppcc-agriculture-committee" in pair, pair
    assert _orgs(x, "meeting") == [pair] and _orgs(x, "research") == [pair], (_orgs(x, "meeting"), _orgs(x, "research"))


def test_departments_reporting_do_not_end_the_story(pipeline):
    x = run(pipeline, _PAIR_VISIT + "潼南区农业农村委、遂宁市农业农村局负责同志分别作了情况介绍。"
                                    "在潼南召开的座谈会上，委员们提出建议12条。")
    assert _orgs(x, "meeting") == [_orgs(x, "inspection")[0]], _orgs(x, "meeting")


def test_a_bare_committee_form_is_the_one_whose_organ_is_named(pipeline):
    x = run(pipeline, _PAIR_VISIT + "市政协副主席刘某某、四川省政协副主席陈某某参加视察。"
                                    "潼南区政协、遂宁市政协有关负责同志陪同视察。")
    assert x.report.publisher == "cq-cppcc", x.report.publisher


def test_a_quoted_theme_of_working_together_names_no_pair(pipeline):
    x = run(pipeline, "2022-08-12 来源：某某网\n8月11日，市政协举行双周协商座谈会。会上，民进重庆市委、农工党重庆市委、"
                      "市总工会负责同志先后发言。按计划，年内还将围绕“推动文旅协同发展”再举办1次双周协商座谈会。")
    assert _orgs(x, "meeting") == [("cq-cppcc",), ("cq-cppcc",)], _orgs(x, "meeting")


def test_bodies_whose_people_speak_at_the_meeting_are_not_the_pair(pipeline):
    x = run(pipeline, "2022-08-19 来源：某某网\n8月18日，川渝政协远程联合协商会举行。民盟四川省委、九三学社重庆市委、"
                      "绵阳市政协、永川区政协等单位的代表作了发言，提出意见建议20条。今年以来，两省市政协已完成联合履职"
                      "重点事项2项：一是围绕柑橘产业开展联合调研；二是围绕沱江治理开展联合视察。")
    assert [set(o) for o in _orgs(x, "research")] == [{"sc-cppcc", "cq-cppcc"}], _orgs(x, "research")
