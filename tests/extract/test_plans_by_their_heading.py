"""A cooperation plan whose year heads its second line (甲政协 乙政协 / 2026年度协同履职工作要点) is
planned throughout and of that year, whatever later year it names for what follows it; a
numbered item's head inside a paragraph (二、联合开展调研视察。确定3个课题：…) heads the work after it.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_PLAN = ("广安市政协　重庆市渝北区政协\n2026年度协同履职工作要点\n\n"
         "一、联合开展专题协商。双方将围绕“跨省公交一体化”开展联合协商。\n\n"
         "二、联合开展调研视察。确定2个联合调研课题：一是推动两地医疗资源共享；二是推动界河生态保护。\n\n"
         "三、年底召开两地政协座谈会，商定2027年度合作事项。\n")


def test_the_plan_is_planned_and_of_its_own_year(pipeline):
    x = run(pipeline, _PLAN)
    assert x.initiatives and all(i.status == "planned" for i in x.initiatives), [(i.label, i.status) for i in x.initiatives]
    assert {(i.period.start, i.period.end) for i in x.initiatives} == {(2026, 2026)}, [(i.label, i.period) for i in x.initiatives]


def test_a_numbered_items_head_heads_the_work_after_it(pipeline):
    x = run(pipeline, _PLAN)
    assert not [i for i in x.initiatives if i.evidence.text.startswith("二、")], [i.evidence.text for i in x.initiatives]
    assert len([i for i in x.initiatives if i.type == "research"]) == 2


def test_emeishan_is_the_city_not_meishan(pipeline):
    x = run(pipeline, "区县动态\n2019-07-02 来源：某某报\n峨眉山：6月18日，市政协组织委员视察峨眉山景区旅游市场秩序整治工作。")
    assert [i.organizers for i in x.initiatives] == [("cppcc-emeishan-sc",)] or all(
        "眉山市委员会" not in m.label or "峨眉山" in m.label for m in x.mentions), [(m.evidence.text, m.label) for m in x.mentions]
