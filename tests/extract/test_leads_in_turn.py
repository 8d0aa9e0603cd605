"""Units that lead a list's items in turn (第一项由A牵头…; 分别由A、B牵头): each item is run by
its own unit.

The sentences are made up for this project.
"""

from __future__ import annotations

from cppcckg.extract.leads_in_turn import leads_in_turn
from tests.extract.test_extract_general import run


def _organizers(x, words: str) -> list[str]:
    found = [i for i in x.initiatives if words in i.evidence.text]
    assert found, [i.evidence.text for i in x.initiatives]
    return list(found[0].organizers)


def test_ordinals_read_with_their_units():
    text = "第一项由甲委员会牵头，第二、三项由乙委员会负责牵头。"
    anchor, turns = leads_in_turn(text, 0, len(text))
    assert anchor == 0
    assert [t.ordinals for t in turns] == [(1,), (2, 3)]
    assert text[turns[1].start:turns[1].end] == "乙委员会"


def test_one_ordinal_alone_is_no_turn():
    # guard: 第一项由A牵头 alone may speak of one item of a longer list told elsewhere
    text = "第一项由甲委员会牵头。"
    assert leads_in_turn(text, 0, len(text)) == (-1, [])


def test_each_listed_subject_is_led_by_the_unit_of_its_ordinal(pipeline):
    text = ("2026年两省市政协将开展3项联合调研：一是成渝地区氢能产业链协同；二是嘉陵江航道整治；"
            "三是巴蜀石窟文化保护利用。第一项由重庆市政协经济委员会牵头，第二项由重庆市政协人口资源环境建设委员会牵头，"
            "第三项由重庆市政协文化文史和学习委员会牵头。")
    x = run(pipeline, text)
    assert _organizers(x, "氢能产业链") == ["cq-cppcc-economic-committee"]
    assert _organizers(x, "航道整治") == ["cq-cppcc-population-environment-committee"]
    assert _organizers(x, "石窟文化") == ["cq-cppcc-culture-history-committee"]


def test_units_named_respectively_lead_the_items_of_their_clause(pipeline):
    text = ("下半年，市政协将围绕农村集体经济发展开展专题调研，围绕中小学课后服务开展民主监督，"
            "分别由市政协农业和农村委员会、市政协教科卫体委员会牵头。")
    x = run(pipeline, text)
    assert _organizers(x, "农村集体经济") == ["cq-cppcc-agriculture-committee"]
    assert _organizers(x, "课后服务") == ["cq-cppcc-education-science-committee"]


def test_units_counted_unlike_the_items_leave_the_actor(pipeline):
    # guard: two units for one item is no turn; the sentence's actor still runs it
    text = "市政协将围绕山地农业机械化开展专题调研，分别由市政协农业和农村委员会、市政协经济委员会牵头。"
    x = run(pipeline, text)
    assert _organizers(x, "山地农业") == ["cq-cppcc"]


def test_committees_leading_their_groups_items_in_turn_leave_the_group_acting(pipeline):
    # a committee (not an organ) leading its group's item: the whole group still runs it
    text = ("三地政协确定“嘉陵江航道协同养护”“川东北天然气化工协作”2个调研课题，"
            "分别由南充市政协、合川区政协牵头。")
    x = run(pipeline, text)
    found = [i for i in x.initiatives if i.type == "research"]
    assert len(found) == 2
    assert all(i.status == "planned" for i in found)


def test_subjects_fixed_by_quotes_and_a_count_are_one_piece_each(pipeline):
    x = run(pipeline, "两地政协确定“毗邻地区急救协作”“跨省公交互通”2个调研课题，由两地政协办公室具体承办。")
    assert sorted(i.evidence.text for i in x.initiatives if i.type == "research") == ["毗邻地区急救协作", "跨省公交互通"]
