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


def test_work_of_a_committee_named_with_its_term_is_of_that_term(pipeline):
    """十二届省政协…开展 in a news item of the next term's first session: the twelfth term's years."""
    x = run(pipeline, "2023-01-11 来源：某某网\n1月10日上午，四川省政协十三届一次会议开幕。"
                      "报告回顾说，十二届省政协先后召开两次议政性常委会会议，围绕山区县域经济发展协商议政。")
    sitting = [i for i in x.initiatives if "常委会" in i.evidence.text]
    assert [(i.period.start, i.period.end) for i in sitting] == [(2018, 2022)], [(i.evidence.text, i.period) for i in x.initiatives]
    session = [i for i in x.initiatives if "十三届一次会议" in i.evidence.text]
    assert [(i.period.start, i.period.end) for i in session] == [(2023, 2023)]


def test_lead_units_named_after_an_item_run_it_and_not_the_next(pipeline):
    x = run(pipeline, "2024年川渝政协联合履职工作计划\n\n一、联合协商\n围绕“共建跨省产业园区”开展联合协商。"
                      "牵头单位：四川省政协经济委员会、重庆市政协经济委员会。\n\n三、联合视察\n"
                      "围绕“川渝通办”落实情况开展联合视察。牵头单位：重庆市政协社会和法制委员会、四川省政协社会和法制委员会。\n")
    labels = {m.entity: m.label for m in x.mentions}
    got = [(i.type, sorted(labels.get(k, k) for k in i.organizers)) for i in x.initiatives]
    assert got == [("consultation", sorted(["政协四川省委员会经济委员会", "政协重庆市委员会经济委员会"])),
                   ("inspection", sorted(["政协重庆市委员会社会和法制委员会", "政协四川省委员会社会和法制委员会"]))], got
