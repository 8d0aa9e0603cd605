"""三地政协 / 两地政协 name committees: when parties or members were named side by side after the
committees (…的委员代表围绕X作了发言), the word still means the committees named together before,
the more so when its count fits them and not the pair named last.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_STORY = ("2025-06-12 来源：某某区政协\n6月10日，荣昌区政协联合四川省内江市政协、泸州市政协，组织委员对濑溪河流域治理开展联合视察。"
          "在随后召开的座谈会上，九三学社荣昌区委、农工党内江市委的委员代表围绕水环境监测共享作了发言。"
          "{after}")


def _organizers(pipeline, after: str, kind: str) -> list[set[str]]:
    x = run(pipeline, _STORY.format(after=after))
    return [set(i.organizers) for i in x.initiatives if i.type == kind]


def test_three_committees_said_again_after_parties_spoke(pipeline):
    got = _organizers(pipeline, "下半年，三地政协计划围绕流域生态补偿开展联合民主监督。", "supervision")
    assert got == [{"cppcc-rongchang", "cppcc-neijiang-sc", "cppcc-luzhou-sc"}], got


def test_a_pair_of_parties_is_no_pair_of_committees(pipeline):
    x = run(pipeline, "2025-06-12 来源：某某网\n6月10日，九三学社荣昌区委与农工党内江市委在荣昌召开座谈会。"
                      "会后，两地政协围绕流域生态补偿开展联合调研。")
    research = [i for i in x.initiatives if i.type == "research"]
    labels = {m.entity: m.label for m in x.mentions}
    assert research and not any(("九三" in labels.get(k, k) or "农工" in labels.get(k, k))
                                for i in research for k in i.organizers), [i.organizers for i in research]


def test_the_parties_named_together_stay_the_group_for_both_sides(pipeline):
    """双方 counts nobody and says no committees: it stays the pair named last."""
    got = _organizers(pipeline, "双方商定，下半年围绕水环境监测共享联合开展专题调研。", "research")
    assert len(got) == 1 and len(got[0]) == 2, got


def test_places_in_a_list_may_name_their_city_first(pipeline):
    """四川省达州市开江县 inside a list before one head (…四区县政协) is one item: 开江县's committee."""
    x = run(pipeline, "2024-10-09 来源：某某报\n10月8日，云阳县、奉节县和四川省达州市开江县、广安市邻水县四区县政协"
                      "在云阳召开联合协商会，围绕山地特色农业协同发展协商议政。")
    labels = {m.entity: m.label for m in x.mentions}
    meetings = [sorted(labels.get(k, k) for k in i.organizers) for i in x.initiatives if i.type == "consultation"]
    assert meetings == [sorted(["政协重庆市云阳县委员会", "政协重庆市奉节县委员会", "政协开江县委员会", "政协邻水县委员会"])], meetings
    assert all(i.joint_sichuan_chongqing for i in x.initiatives)


def test_a_list_of_committees_says_not_whose_bare_committee_the_text_means(pipeline):
    """In a district's report, 市政协 after 大足区、资阳市和安岳县政协 is still Chongqing's: the
    places of a list before one head say who took part, not where the text is."""
    x = run(pipeline, "大足区政协常委会工作报告摘要\n过去一年，区政协及其常委会认真履行职能。"
                      "大足区、资阳市和安岳县政协联合开展石刻保护利用协商。"
                      "住足市政协委员提交提案9件，其中3件被列为市政协重点提案。")
    bare = [m for m in x.mentions if m.evidence.text == "市政协"]
    assert bare and all(m.entity == "cq-cppcc" for m in bare), [(m.evidence.text, m.entity) for m in bare]
