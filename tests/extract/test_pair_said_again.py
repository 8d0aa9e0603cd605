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
