"""A purpose told in a clause of its own, fields of a result, work laid out: no work told.

为切实抓好某提案《X》的督办落实，…召开调研协商会: the clause says what the meeting was for, so
neither the proposal cited in it nor its oversight is work told there; 某县政协为了深入地宣讲X，…:
the same for a study. The work follows in the next clause, and a clause that holds its own main
verb (为了做好X，召开座谈会) keeps its work. The fields a result lies in (在A、B、C上取得新进展) and
work a meeting lays out (会议还对X工作进行了部署安排) are no work told either.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_a_proposal_cited_in_a_purpose_is_no_proposal_told(pipeline):
    x = run(pipeline, "为切实抓好县政协一号提案《关于加快发展现代农业的建议》的督办落实，3月27日，县政协召开一号提案督办协商会。")
    assert [i.type for i in x.initiatives] == ["consultation"], x.initiatives


def test_a_study_named_as_a_purpose_is_no_study_of_its_own(pipeline):
    x = run(pipeline, "2022年11月，县政协为了扎实宣讲省委全会精神，组织委员深入乡镇开展宣讲。")
    assert len([i for i in x.initiatives if i.type == "study"]) == 1, x.initiatives


def test_a_purpose_and_its_work_in_one_clause_keep_the_work(pipeline):
    x = run(pipeline, "2022年11月，县政协为进一步做好提案工作召开座谈会。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives


def test_the_fields_a_result_lies_in_are_no_work(pipeline):
    x = run(pipeline, "2023年，市政协在提案线索征集、重点提案督办、办理成效评价上取得新进展。")
    assert not x.initiatives, x.initiatives


def test_work_laid_out_at_a_meeting_is_no_work_done(pipeline):
    x = run(pipeline, "5月8日，市政协召开专项民主监督推进会。会议还对下半年民主监督工作进行了部署安排。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives
