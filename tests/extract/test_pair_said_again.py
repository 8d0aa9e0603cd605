"""两地政协 said again in a sentence with no work of its own (根据协议，两地政协将建立…机制) is the
pair named before, not a new pair: the work after it stays the two district and city committees',
not the two provincial committees'.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_the_pair_said_again_stays_the_pair(pipeline):
    x = run(pipeline, "2024-05-22 来源：某某报\n本报讯 5月20日，重庆市荣昌区政协与四川省内江市政协在荣昌召开协作座谈会。"
                      "根据协议，两地政协将建立主席定期互访、专委会对口联系两项机制。"
                      "双方商定，年内围绕“濑溪河水质提升”开展联合调研。")
    research = [set(i.organizers) for i in x.initiatives if i.type == "research"]
    assert research == [{"cppcc-rongchang", "cppcc-neijiang-sc"}], research


def test_a_column_items_pair_does_not_carry_into_the_next_item(pipeline):
    x = run(pipeline, "川渝政协协作动态\n2025-04-20 来源：某某网\n"
                      "达州：达州市政协与开州区政协近日签订合作协议。根据协议，双方将轮流举办协作论坛。\n"
                      "泸州：4月上旬，泸州市政协会同江津区政协，就“长江岸线保护”开展联合调研。\n")
    research = [set(i.organizers) for i in x.initiatives if i.type == "research"]
    assert research == [{"cppcc-luzhou-sc", "cppcc-jiangjin"}], research


def test_a_congress_and_a_government_named_together_run_no_joint_inspection(pipeline):
    x = run(pipeline, "2024-01-16 来源：某某网\n1月15日，区政协六届三次会议开幕。区委、区人大常委会、区政府领导出席会议。"
                      "报告回顾说，2023年，各专委会深入镇街，围绕农村电商发展开展联合视察。")
    labels = {m.entity: m.label for m in x.mentions}
    inspection = [[labels.get(k, k) for k in i.organizers] for i in x.initiatives if i.type == "inspection"]
    assert len(inspection) == 1 and not any("人大" in k or "政府" in k or "区委" in k for k in inspection[0]), inspection
