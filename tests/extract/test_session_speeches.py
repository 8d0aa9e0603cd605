"""A session's speeches told one by one (某某委员代表民建市委会，以《X》为题作发言) are a consultation each,
on the title, organised by the body spoken for; proposals by aspect after 从内容看 (经济建设方面72件…)
are a proposal each, as after 其中.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_a_speech_on_a_title_for_a_party(pipeline):
    x = run(pipeline, "2024-01-23 来源：某某报\n首先登台的周某某委员代表民盟市委会，以《加快山区县域产业升级》为题作发言。")
    speech = [(i.type, i.label, i.organizers) for i in x.initiatives]
    assert speech == [("consultation", "大会发言：加快山区县域产业升级", ("cdl-cq",))], speech


def test_a_speech_on_a_title_in_one_clause(pipeline):
    x = run(pipeline, "2024-01-23 来源：某某报\n周某某委员代表民盟市委会以《加快山区县域产业升级》为题作大会发言。")
    assert [(i.type, i.label) for i in x.initiatives] == [("consultation", "大会发言：加快山区县域产业升级")]


def test_proposals_by_aspect_after_by_content(pipeline):
    x = run(pipeline, "2019-01-18 来源：某某网\n截至1月17日，大会共收到提案198件。经审查，立案176件。"
                      "从内容看，经济建设方面61件，社会建设方面70件。")
    assert [i.label for i in x.initiatives] == ["提案：经济建设方面", "提案：社会建设方面"], x.initiatives


def test_group_discussions_held_on_reports(pipeline):
    x = run(pipeline, "2020-01-12 来源：某某网\n1月11日下午，委员们围绕区政府工作报告进行了分组讨论。")
    assert [i.type for i in x.initiatives] == ["meeting"] and "分组讨论" in x.initiatives[0].label, x.initiatives
