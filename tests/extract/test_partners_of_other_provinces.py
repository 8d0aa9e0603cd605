"""A committee of another city named as a partner (会同A区政协与四川省某市政协…, 与贵州省某市
政协…) neither makes the text that city's nor decides whose 市政协 the text goes on with: the
digest's own 市政协 stays its own, in that sentence and in later paragraphs.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _told(x) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.type, i.organizers) for i in x.initiatives]


def test_a_partner_after_a_list_leaves_the_digests_own_committee(pipeline):
    x = run(pipeline, "2023年，市政协常委会主要做了以下工作。\n\n"
                      "一是强化协商。市政协还会同綦江区政协、万盛经开区与四川省宜宾市政协围绕赤水河生态保护开展联合调研。\n\n"
                      "二是深化监督。围绕农村公路养护开展民主监督。\n\n"
                      "2024年，市政协将围绕数字经济开展专题协商。")
    assert _told(x)[1:] == [("supervision", ("cq-cppcc",)), ("consultation", ("cq-cppcc",))], _told(x)
    assert set(_told(x)[0][1]) == {"cq-cppcc", "cppcc-qijiang", "cppcc-yibin-sc"}, _told(x)


def test_a_partner_of_a_third_province_written_with_its_province(pipeline):
    x = run(pipeline, "2023年，市政协常委会会同綦江区政协与贵州省遵义市政协开展赤水河联合视察。"
                      "年内，市政协还围绕数字经济开展专题协商。")
    assert _told(x)[-1] == ("consultation", ("cq-cppcc",)), _told(x)
    assert "cppcc-zunyi-gz" in _told(x)[0][1], _told(x)


def test_the_city_that_heads_the_sentence_keeps_its_own_committee(pipeline):
    # the partner after 与 is the Chongqing district; the Sichuan city writes
    x = run(pipeline, "7月，遂宁市政协与重庆市潼南区政协联合开展琼江治理视察。8月，市政协又围绕柠檬产业开展专题调研。")
    assert _told(x)[-1] == ("research", ("cppcc-suining-sc",)), _told(x)


def test_every_committee_named_as_a_partner_leaves_the_bare_form_the_writers(pipeline):
    # 会同 names the district as a partner too, and the province before the city is the partner's
    x = run(pipeline, "2024年，市政协常委会会同秀山县政协与贵州省铜仁市政协开展武陵山区旅游合作视察。"
                      "下一步，市政协将围绕生态产品价值实现开展监督性调研。")
    assert _told(x)[-1] == ("supervision", ("cq-cppcc",)), _told(x)
    assert "cq-cppcc-standing-committee" in _told(x)[0][1], _told(x)


def test_every_committee_of_a_list_after_yu_is_a_partner(pipeline):
    x = run(pipeline, "一年来，市政协开展重点协商12项。\n\n"
                      "市政协副主席带领调研组赴四川省南充市、广元市了解嘉陵江航运，并与南充市政协、广元市政协交流座谈。\n\n"
                      "市政协还围绕长江生态保护开展专题调研。")
    assert _told(x)[-1] == ("research", ("cq-cppcc",)), _told(x)
