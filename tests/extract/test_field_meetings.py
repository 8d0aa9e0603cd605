"""A meeting held on the way of the field work just told (在宜宾召开的座谈会上) says no subject of
its own: it is about that work's subject, not about the firms visited before it (a count of places
visited, 走访企业7家, is a statistic and no work of its own). A meeting whose
label already says the work's subject keeps it.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_VISIT = ("2023-06-16 来源：某某报\n本报讯 6月13日至15日，重庆市政协经济委员会与四川省政协经济委员会组成联合调研组，"
          "围绕“川渝电子信息产业协同配套”开展联合调研。\n调研组先后来到璧山区和四川省绵阳市，走访电子元器件企业7家，"
          "实地察看芯片封装生产线，与企业负责人交流。\n")


def _meeting_labels(x) -> list[str]:
    return [i.label for i in x.initiatives if i.type == "meeting"]


def test_a_meeting_on_the_way_is_about_the_works_subject(pipeline):
    x = run(pipeline, _VISIT + "在绵阳召开的座谈会上，四川省经济和信息化厅负责同志介绍了有关情况，委员们提出意见建议15条。")
    assert len(_meeting_labels(x)) == 1 and "电子信息产业协同配套" in _meeting_labels(x)[0], _meeting_labels(x)


def test_a_meeting_with_its_own_subject_keeps_it(pipeline):
    x = run(pipeline, _VISIT + "调研组还召开了“川渝芯片人才培养”专题座谈会。")
    assert len(_meeting_labels(x)) == 1 and "芯片人才培养" in _meeting_labels(x)[0], _meeting_labels(x)


def test_a_count_of_places_visited_is_no_work_of_its_own(pipeline):
    x = run(pipeline, _VISIT)
    assert [i.type for i in x.initiatives] == ["research"], [(i.type, i.evidence.text) for i in x.initiatives]
    assert 7 in [m.value for m in x.metrics]
