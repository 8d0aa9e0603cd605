"""Columns opened in a paper, teams formed on a theme, party-life meetings and study campaigns.

A committee that opens a named column (开设“某某”专栏) publishes, and the paper it opens the
column in (在《某报》开设…) is where the column runs, not a second publisher. A team a leader
forms and sends off on a theme (牵头组织专题调研组，围绕X…) does that research even where no
later clause says 开展调研. A party branch's or party group's 组织生活会 / 民主生活会 is a meeting,
and a campaign of study and discussion (学习研讨活动) is a study.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import only, run


def test_a_named_column_opened_is_a_publication(pipeline):
    x = run(pipeline, "2023年，綦江区政协开设“委员风采”专栏，刊发委员履职故事。")
    item = only(x, "专栏")
    assert item.type == "publication"
    assert item.organizers == ("cppcc-qijiang",)


def test_the_paper_a_column_runs_in_is_no_publisher(pipeline):
    x = run(pipeline, "2023年，万州区政协在《重庆政协报》开设“委员风采”专栏。")
    assert only(x, "专栏").organizers == ("cppcc-wanzhou",)


def test_a_team_formed_and_sent_off_on_a_theme_does_research(pipeline):
    x = run(pipeline, "5月10日，市政协副主席某某牵头组织专题调研组，围绕乡村振兴，通过走访、座谈等方式，广泛收集意见建议。")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives


def test_a_team_formed_with_nothing_said_of_its_work_stays_no_research(pipeline):
    x = run(pipeline, "5月10日，市政协调整了专题调研组成员名单。")
    assert not x.initiatives, x.initiatives


def test_a_branch_s_organisational_life_meeting_is_a_meeting(pipeline):
    x = run(pipeline, "2024年1月5日，黔江区政协机关党支部召开2024年度组织生活会。")
    item = only(x, "生活会")
    assert item.type == "meeting"
    assert item.organizers == ("cppcc-qianjiang",)


def test_a_party_group_s_democratic_life_meeting_is_one_meeting(pipeline):
    x = run(pipeline, "2024年1月5日，涪陵区政协党组召开专题民主生活会。会议通报了上年度民主生活会整改情况。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives


def test_a_campaign_of_study_and_discussion_is_a_study(pipeline):
    x = run(pipeline, "2022年，四川省政协深入开展了重要思想学习研讨活动。")
    item = only(x, "学习研讨活动")
    assert item.type == "study"
    assert item.organizers == ("sc-cppcc",)
