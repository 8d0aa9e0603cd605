"""A democratic party's unit at a session, as its own pages tell it: collective proposals
listed by title after the word (提交了集体提案《甲》《乙》), written speeches handed in by their
title (提交了书面发言材料《X》, 提交了《X》的书面发言材料), a speech that is both plenary and
oral (作《X》的大会口头发言), and a committee praising the year's best proposals (对…优秀提案进行表扬).

The sentences are written for this project in the style of parties' city-level pages.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _of(x, kind: str) -> list[str]:
    return [i.label for i in x.initiatives if i.type == kind]


def test_collective_proposals_listed_by_title_after_the_word_are_one_each(pipeline):
    x = run(pipeline, "会议期间，民建市委会提交了集体提案《关于培育夜间经济新业态的建议》《推动老旧厂区活化利用》。",
            publisher="cppcc-luzhou-sc")
    labels = _of(x, "proposal")
    assert len(labels) == 2
    assert any("夜间经济" in label for label in labels) and any("老旧厂区" in label for label in labels)


def test_written_speeches_handed_in_by_their_title_are_speeches_not_proposals(pipeline):
    x = run(pipeline, "民进市委提交了书面发言材料《让古镇文化活起来》。民进市委还提交了《关于完善乡村教师补充机制的建议》的"
                      "书面发言材料。", publisher="cppcc-luzhou-sc")
    speeches = _of(x, "consultation")
    assert any("古镇文化" in label for label in speeches) and any("乡村教师" in label for label in speeches)
    assert not _of(x, "proposal")


def test_a_plenary_oral_speech_by_its_title_is_a_speech_on_it(pipeline):
    x = run(pipeline, "李某代表农工党市委会作《守护一江清水 建设生态屏障》的大会口头发言。", publisher="cppcc-luzhou-sc")
    assert [label for label in _of(x, "consultation") if "一江清水" in label]


def test_a_committee_praising_the_years_best_proposals_honours_them(pipeline):
    x = run(pipeline, "会上，市政协对2024年度优秀提案和提案先进个人进行表扬。", publisher="cppcc-luzhou-sc")
    assert [label for label in _of(x, "other") if "优秀提案" in label]


def test_a_party_unit_named_by_its_level_on_a_sichuan_citys_page_is_that_citys(pipeline):
    x = run(pipeline, "会上，民盟市委会作了《推进城乡供水一体化》的大会发言。", publisher="cppcc-luzhou-sc")
    assert "中国民主同盟泸州市委员会" in [m.label for m in x.mentions]
    assert "cdl-cq" not in {m.entity for m in x.mentions}


def test_what_was_said_at_a_meeting_just_told_is_that_meetings_subject(pipeline):
    x = run(pipeline, "4月8日，县政协召开协商座谈会，围绕县域冷链物流建设建言献策。", publisher="cppcc-fengjie")
    assert len(x.initiatives) == 1 and "冷链物流" in x.initiatives[0].label


def test_a_committee_deciding_to_praise_its_best_members_and_cases_honours_them(pipeline):
    x = run(pipeline, "市政协发文，决定对2024年度“有事来协商”工作先进个人、优秀协商案例通报表扬。一批协商形式、协商案例"
                      "在基层治理中发挥了作用。", publisher="cppcc-luzhou-sc")
    assert [i.type for i in x.initiatives] == ["other"]


def test_a_sub_party_groups_meeting_joined_to_a_directors_meeting_is_held(pipeline):
    x = run(pipeline, "7月20日，市政协经济委召开分党组暨第五次主任会议，传达学习全会精神。", publisher="cq-cppcc")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_titles_proposed_after_the_theme_they_serve_are_proposals_each(pipeline):
    x = run(pipeline, "会议期间，社员王某围绕乡村振兴提出了《创新农技推广方式》《关于推动页岩气开发利用的建议》等两件提案。",
            publisher="cppcc-luzhou-sc")
    labels = _of(x, "proposal")
    assert len(labels) == 2 and any("农技推广" in label for label in labels)
