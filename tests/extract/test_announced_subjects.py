"""Work announced with its subjects listed after it (联合调研方面，双方确定了4个课题，分别是：“甲”“乙”…;
调研课题分别为：“甲”“乙”; 围绕“甲”“乙”两个课题，…开展调研) is one piece of work per subject; work
announced to come in items (将联合开展四项工作。一是…。二是…) is planned item after item; work named
and then what it will do (联合视察将聚焦X) is planned.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _research(pipeline, text: str):
    x = run(pipeline, "2022-01-17 来源：某某网\n" + text)
    return [i for i in x.initiatives if i.type == "research"]


def test_subjects_listed_after_a_short_subject(pipeline):
    got = _research(pipeline, "联合调研方面，双方确定了3个课题，分别是：“山地农机推广”“界河水质监测”“跨省就医结算”。")
    assert [i.evidence.text for i in got] == ["山地农机推广", "界河水质监测", "跨省就医结算"], got
    assert all(i.status == "planned" for i in got)


def test_subjects_listed_without_a_count(pipeline):
    got = _research(pipeline, "今年三地政协将联合开展2项调研。调研课题分别为：“山地农机推广”“界河水质监测”。")
    assert [i.evidence.text for i in got] == ["山地农机推广", "界河水质监测"], got


def test_subjects_counted_after_their_quotes(pipeline):
    got = _research(pipeline, "围绕“推动山地农机推广”“共建界河水质监测网”两个课题，组织三地委员开展调研。")
    assert [i.evidence.text for i in got] == ["推动山地农机推广", "共建界河水质监测网"], got


def test_items_of_work_announced_to_come(pipeline):
    x = run(pipeline, "2021-04-15 来源：某某网\n按照协作要点，今年两地政协将联合开展两项工作。一是联合开展专题调研。"
                      "围绕山地农机推广，组织两地委员开展调研。二是开展联合视察。聚焦界河水质监测开展联合视察。")
    assert x.initiatives and all(i.status == "planned" for i in x.initiatives), [(i.evidence.text, i.status) for i in x.initiatives]


def test_items_of_work_reviewed_stay_done(pipeline):
    x = run(pipeline, "2021-04-15 来源：某某网\n过去一年，两地政协开展了两项工作。一是联合开展专题调研。"
                      "围绕山地农机推广，组织两地委员开展调研。")
    assert x.initiatives and all(i.status == "done" for i in x.initiatives), [(i.evidence.text, i.status) for i in x.initiatives]


def test_work_named_then_what_it_will_do(pipeline):
    x = run(pipeline, "2022-01-17 来源：某某网\n联合视察将聚焦跨省公交一体化。")
    assert [i.status for i in x.initiatives] == ["planned"], x.initiatives


def test_proposals_counted_then_what_each_is_about(pipeline):
    x = run(pipeline, "2025-01-20 来源：某某网\n市政协委员王某某说，她今年提交了2件提案，分别关注山区学校寄宿条件和乡村公路养护。")
    assert [i.label for i in x.initiatives if i.type == "proposal"] == ["提案：山区学校寄宿条件", "提案：乡村公路养护"], x.initiatives
