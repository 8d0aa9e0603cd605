"""A body named after 联合 or 会同 at the close of a clause (A联合B，在某镇举行…) runs the work of
the next clause with A, as it does when no comma comes between. A place name is not read out of
a word's last character (联合江津区政协: no 合江; 召开县政协会议: no 开县). A special committee's
members' party branch (市政协某委员会委员党支部) is one body.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _orgs(x) -> list[tuple[str, ...]]:
    return [i.organizers for i in x.initiatives]


def test_a_body_worked_with_before_a_comma_runs_the_work(pipeline):
    x = run(pipeline, "2024-04-12 来源：某某报\n4月10日，市政协农业和农村委员会联合梁平区政协，在某镇举行协商议事会，"
                      "围绕农机社会化服务开展协商。")
    assert _orgs(x) == [("cq-cppcc-agriculture-committee", "cppcc-liangping")], _orgs(x)


def test_a_committee_named_after_lianhe_is_not_cut_by_a_place(pipeline):
    x = run(pipeline, "綦江区政协将于下半年联合江津区政协开展跨区域协作调研。")
    assert set(_orgs(x)[0]) == {"cppcc-qijiang", "cppcc-jiangjin"}, _orgs(x)


def test_a_verb_before_a_bare_committee_names_no_place(pipeline):
    x = run(pipeline, "12月5日，区政协召开县政协工作交流会。")
    assert "kaizhou" not in str([m.entity for m in x.mentions]), [m.label for m in x.mentions]


def test_a_special_committees_members_branch_is_one_body(pipeline):
    x = run(pipeline, "5月8日，市政协人口资源环境委员会委员党支部组织党员委员开展主题党日活动。")
    branch = [m for m in x.mentions if m.cls == "MembersPartyBranch"]
    assert [m.label for m in branch] == ["政协重庆市委员会人口资源环境委员会委员党支部"], [(m.label, m.cls) for m in x.mentions]


def test_a_team_formed_with_others_is_all_of_them_to_the_sentences_end(pipeline):
    # A会同B组成调研组，赴…开展调研: the team of both does the research, and 调研组 after it is that team
    x = run(pipeline, "2024-05-20 来源：某某报\n5月中旬，市政协经济委员会会同市政协农业和农村委员会组成联合调研组，"
                      "赴万州、开州等地开展预制菜产业发展专题调研。调研组还召开座谈会，听取企业意见。")
    both = {"cq-cppcc-economic-committee", "cq-cppcc-agriculture-committee"}
    assert [set(o) for o in _orgs(x)] == [both, both], _orgs(x)
