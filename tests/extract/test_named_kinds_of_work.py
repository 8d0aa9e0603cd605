"""Kinds of work district pages name in their own words: a lecture series' sitting given
(“委员讲堂”第八期在某村开讲), one event whose kind is quoted (开展了一场“院坝协商”), a meeting where
proposals are handled face to face (提案办理面商会), and proposals put forward jointly on a theme
and counted (围绕X联名提交提案5件: a proposal on X and a statistic; without a theme, only the
statistic).

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _kinds(pipeline, text: str) -> list[tuple[str, str]]:
    x = run(pipeline, "2023-06-12 来源：某某县政协\n" + text)
    return [(i.type, i.evidence.text) for i in x.initiatives]


def test_a_lecture_series_sitting_given(pipeline):
    got = _kinds(pipeline, "6月10日，县政协“委员讲堂”第八期在某村文化广场开讲。")
    assert [t for t, _ in got] == ["study"], got


def test_a_lecture_series_named_only_is_no_work(pipeline):
    got = _kinds(pipeline, "“委员讲堂”是县政协打造的履职品牌。")
    assert got == [], got


def test_one_event_of_a_quoted_kind(pipeline):
    got = _kinds(pipeline, "县政协组织委员与村民围坐在院坝里开展了一场“院坝协商”。")
    assert [t for t, _ in got] == ["consultation"], got


def test_a_face_to_face_meeting_on_proposals(pipeline):
    got = _kinds(pipeline, "6月9日，区政协召开重点提案办理面商会。")
    assert [t for t, _ in got] == ["consultation"], got


def test_proposals_put_forward_jointly_on_a_theme(pipeline):
    x = run(pipeline, "2023-03-12 来源：某某报\n住川渝全国政协委员围绕长江上游生态保护联名提交提案5件。")
    assert [(i.type, i.label) for i in x.initiatives] == [("proposal", "长江上游生态保护联名提案")], x.initiatives
    assert [m.value for m in x.metrics] == [5]


def test_proposals_put_forward_jointly_by_members_of_both_sides_are_their_work_and_a_count(pipeline):
    # (was a count only; the joint proposals of a group are its work as well as a figure, as
    # 两地政协联名提交提案3件 is: docs/annotation.md, "Counted kinds of work")
    x = run(pipeline, "2023-03-12 来源：某某报\n住川渝全国政协委员联名提交提案5件。")
    (handed,) = x.initiatives
    assert handed.type == "proposal" and handed.joint_sichuan_chongqing
    assert [m.value for m in x.metrics] == [5], x.metrics


def test_a_tally_of_online_consultations_is_a_statistic_only(pipeline):
    x = run(pipeline, "2026-03-10 来源：某某报\n2025年，市政协共举办网络议政远程协商会5次。")
    assert not x.initiatives and [m.value for m in x.metrics] == [5], (x.initiatives, x.metrics)


def test_one_online_consultation_held_is_work(pipeline):
    got = _kinds(pipeline, "6月9日，市政协举办网络议政远程协商会，围绕山地农业机械化协商议政。")
    assert [t for t, _ in got] == ["consultation"], got


def test_proposals_received_on_a_theme_counted(pipeline):
    x = run(pipeline, "2022-02-10 来源：某某报\n全会期间共收到涉及城乡供水一体化的提案18篇。")
    assert [(i.type, i.label) for i in x.initiatives] == [("proposal", "提案：城乡供水一体化")], x.initiatives
    assert [m.value for m in x.metrics] == [18]


def test_proposals_received_counted_without_a_theme(pipeline):
    x = run(pipeline, "2022-02-10 来源：某某报\n本次全会共收到提案186件。")
    assert not x.initiatives and [m.value for m in x.metrics] == [186]
