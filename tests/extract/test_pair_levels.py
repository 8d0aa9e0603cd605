"""Members of a pair named by level (两地部分市政协委员、区政协委员) are each side's: the city's
members are the Sichuan city's, not Chongqing's, and the work they do together is joint.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_PLAN = ("政协遂宁市委员会　政协重庆市潼南区委员会\n2025年度协同履职工作要点\n\n"
         "一、联合开展调研。遂潼两地政协围绕潼南区、遂宁市毗邻镇街产业协作开展联合调研，调研报告报送中共重庆市潼南区委。\n"
         "二、联合开展视察。上半年组织两地部分市政协委员、区政协委员开展琼江流域生态保护联合视察。\n"
         "三、办好论坛。第四届论坛由潼南区政协承办，拟于10月在潼南举办。\n")


def test_each_level_is_the_pairs_member_at_that_level(pipeline):
    x = run(pipeline, _PLAN)
    text = x.report.text
    read = {text[m.evidence.start:m.evidence.end] + str(m.evidence.start): m.label for m in x.mentions if m.cls == "MemberGroup"}
    city, district = text.index("市政协委员"), text.index("区政协委员")
    assert read.get(f"市政协委员{city}") == "遂宁市政协委员", read
    assert read.get(f"区政协委员{district}") == "潼南区政协委员", read


def test_the_members_of_both_sides_make_the_work_joint(pipeline):
    x = run(pipeline, "2025-03-02 来源：某市政协\n遂宁市政协与潼南区政协签订协议。遂潼两地政协将组织两地部分市政协委员、"
                      "区政协委员，对琼江流域生态保护开展联合视察。")
    inspection = next(i for i in x.initiatives if i.type == "inspection")
    assert inspection.joint_sichuan_chongqing, inspection


def test_city_members_without_a_pair_keep_their_reading(pipeline):
    x = run(pipeline, "2025-03-02 来源：某区政协\n近日，部分市政协委员、区政协委员到潼南区视察琼江流域生态保护。")
    assert any(m.label == "政协重庆市委员会委员" for m in x.mentions), x.mentions
