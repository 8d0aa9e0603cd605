"""A joint plan written item by item: its title on the line after the issuers' row (a blank line
between) makes it planned throughout; a 牵头单位 line speaks of the numbered items above it since
the last heading, a 配合单位 line after it names partners; subjects counted on one line and listed
one per line after it are one research each, led by the units their own line names; when the
teams are to finish is no work of its own.

The plan, places' committees and subjects are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_PLAN = """泸州市政协　永川区政协　江津区政协

2027年度协同履职工作要点

一、联合开展调研视察
1.组织三地委员对毗邻地区柑橘产业发展情况开展联合视察。
2.就跨区域养老服务衔接开展联合调研。
牵头单位：永川区政协、泸州市政协
配合单位：江津区政协

二、联合开展课题研究
确定2个联合调研课题：
（一）共建长江上游生态屏障。牵头单位：泸州市政协人口资源环境委员会、江津区政协人口资源环境委员会。
（二）推进职业教育资源共享。牵头单位：永川区政协教科卫体委员会、泸州市政协教科卫体委员会。
各课题组原则上于11月底前完成调研。
"""

LUZHOU, YONGCHUAN, JIANGJIN = "cppcc-luzhou-sc", "cppcc-yongchuan", "cppcc-jiangjin"


def _by_label(x) -> dict[str, object]:
    return {i.label: i for i in x.initiatives}


def test_the_plan_is_planned_and_its_lead_line_runs_the_items_above_it(pipeline):
    x = run(pipeline, _PLAN)
    items = [i for i in x.initiatives if i.evidence.start < _PLAN.index("二、")]
    assert len(items) == 2 and all(i.status == "planned" for i in items), items
    assert all(set(i.organizers) == {YONGCHUAN, LUZHOU} and JIANGJIN in i.partners for i in items), items


def test_subjects_listed_line_by_line_are_one_research_each_led_by_their_units(pipeline):
    x = run(pipeline, _PLAN)
    research = [i for i in x.initiatives if i.evidence.start > _PLAN.index("二、")]
    labels = {m.entity: m.label for m in x.mentions}
    assert [i.evidence.text for i in research] == ["共建长江上游生态屏障", "推进职业教育资源共享"], research
    assert sorted(labels.get(k, k) for k in research[0].organizers) == ["江津区政协人口资源环境委员会",
                                                                       "泸州市政协人口资源环境委员会"], research[0]
    assert all(i.type == "research" and i.status == "planned" for i in research), research
