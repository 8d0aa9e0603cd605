"""Meetings listed under one verb, earlier sittings cited, key proposals fixed, subjects counted.

甲座谈会、乙座谈会 after one 召开 are two meetings, each with its own name, though the bare
word is the same. A sitting named only as the source of advice now followed up (报告了某次
常委会议就X所提建议的办理情况) is cited, not held. 将其确定为年度重点提案 is a council's
choice of a key proposal, done: 将 before a pronoun moves the object, it is no future. Subjects
named and then counted before the work on them (围绕甲、乙等9个方面议题进行协商) are one
consultation on them, not a tally.

The sentences are made up for this project.
"""

from __future__ import annotations

from cppcckg.model import DONE
from tests.extract.test_extract_general import run


def test_two_meetings_listed_under_one_verb_are_two(pipeline):
    x = run(pipeline, "2022年，四川省政协召开全省政协系统机关建设座谈会、文史资料工作座谈会。")
    assert sorted(i.label for i in x.initiatives) == ["全省政协系统机关建设座谈会", "文史资料工作座谈会"], x.initiatives


def test_two_meetings_joined_by_and_are_two(pipeline):
    x = run(pipeline, "2023年，四川省政协分别召开党派负责人座谈会和专家学者座谈会。")
    assert [i.type for i in x.initiatives] == ["meeting", "meeting"], x.initiatives


def test_a_meeting_and_its_consultation_told_after_a_comma_stay_one(pipeline):
    x = run(pipeline, "2023年，綦江区政协召开专题协商会，就乡村振兴进行专题协商。")
    assert len(x.initiatives) == 1, x.initiatives


def test_an_earlier_sitting_cited_for_its_advice_is_no_meeting_held(pipeline):
    x = run(pipeline, "2021年5月10日，凉山州政协召开常委会议。州民政局报告了州政协十二届九次常委会议就"
                      "养老服务所提建议的办理情况。")
    assert [i.evidence.text for i in x.initiatives] == ["凉山州政协召开常委会议"], x.initiatives


def test_a_council_fixing_a_key_proposal_with_a_pronoun_is_done(pipeline):
    x = run(pipeline, "2023年，四川省政协主席会议研究后将其确定为本年度重点提案。")
    assert [(i.type, i.status) for i in x.initiatives] == [("supervision", DONE)], x.initiatives


def test_will_before_a_verb_stays_to_come(pipeline):
    x = run(pipeline, "下一步，四川省政协将确定年度重点提案。")
    assert [i.status for i in x.initiatives] == ["planned"], x.initiatives


def test_subjects_named_then_counted_before_the_work_are_one_consultation(pipeline):
    x = run(pipeline, "2022年，重庆市政协围绕数字经济、农民增收等7个协商议题开展专题协商。")
    assert [i.type for i in x.initiatives] == ["consultation"], x.initiatives
    assert "农民增收" in x.initiatives[0].label


def test_subjects_only_counted_stay_a_tally(pipeline):
    x = run(pipeline, "2022年，重庆市政协围绕16个议题调研协商。")
    assert not x.initiatives, x.initiatives
