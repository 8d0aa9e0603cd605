"""A Sichuan city's own paper or site telling Chongqing's news writes its own committee as the
bare 市政协 (来源：某市日报 …与市政协组成联合调研组).

The pages are made up for this project.
"""

from __future__ import annotations

from cppcckg.extract.paper_city import paper_cities
from tests.extract.test_extract_general import run

_STORY = ("重庆市璧山区政协全会开幕\n{outlet}\n"
          "1月8日，政协重庆市璧山区第十届委员会第三次会议开幕。报告介绍，过去一年，"
          "璧山区政协与市政协组成联合调研组，围绕毗邻地区职业教育资源共享开展联合调研。")


def _organizers(x, words: str) -> list[str]:
    found = [i for i in x.initiatives if words in i.evidence.text]
    assert found, [i.evidence.text for i in x.initiatives]
    return sorted(found[0].organizers)


def test_the_outlets_city_is_read_from_the_head():
    assert paper_cities("某标题\n2024-01-09 10:12　来源：遂宁日报\n正文") == ["遂宁"]
    assert paper_cities("遂宁日报　2024年01月09日　第03版\n\n正文") == ["遂宁"]
    assert paper_cities("正文" * 200 + "来源：遂宁日报") == []  # (a source cited far down is no outlet)


def test_the_bare_committee_of_a_sichuan_papers_story_is_its_citys(pipeline):
    x = run(pipeline, _STORY.format(outlet="2024-01-09 10:12　来源：遂宁日报"))
    item = x.initiatives[-1]
    assert "开展联合调研" in item.evidence.text
    assert sorted(item.organizers) == ["cppcc-bishan", "cppcc-suining-sc"] and item.joint_sichuan_chongqing


def test_without_the_outlet_the_bare_committee_stays_chongqings(pipeline):
    # guard: a Chongqing page's bare 市政协 is the municipal committee
    x = run(pipeline, _STORY.format(outlet="2024-01-09 10:12　来源：璧山区融媒体中心"))
    item = x.initiatives[-1]
    assert sorted(item.organizers) == ["cppcc-bishan", "cq-cppcc"] and not item.joint_sichuan_chongqing
