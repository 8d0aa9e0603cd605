"""Visitors and honours as city and county pages tell them: a delegation that comes to the text's
city (一行来X调研), a headline's visit the story tells as study, what years of working together
achieved, and honours announced in a bulletin (通报表扬).

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_a_delegation_that_comes_to_a_city_to_research_does_research_there(pipeline):
    x = run(pipeline, "9日至10日，贵州省政协副主席某某一行来泸州调研。")
    assert [(i.type, i.label) for i in x.initiatives] == [("research", "泸州调研")]
    assert x.initiatives[0].organizers == ("guizhou-cppcc",)


def test_a_team_that_comes_here_does_its_work_here(pipeline):
    x = run(pipeline, "6月3日，省政协调研组来我县调研。", publisher="cppcc-dazu")
    assert [i.type for i in x.initiatives] == ["research"]


def test_a_headlines_visit_told_in_the_story_as_study_is_one_activity(pipeline):
    x = run(pipeline, "达州市政协赴汉中考察产业协作工作\n本报讯 5月9日，达州市政协副主席某某一行赴汉中市，"
                      "考察学习“产业协作园区”建设情况。")
    assert [i.type for i in x.initiatives] == ["study"]


def test_what_working_together_has_achieved_is_no_one_piece_of_work(pipeline):
    x = run(pipeline, "近年来，两地政协不断加强交流，携手推进革命老区振兴发展取得明显成效。", publisher="cppcc-dazu")
    assert not x.initiatives


def test_honours_announced_in_a_bulletin_are_given(pipeline):
    x = run(pipeline, "会议通报表扬了区政协十届三次会议以来的优秀提案。区政协对45名优秀政协委员予以通报表扬。",
            publisher="cppcc-dazu")
    assert [i.type for i in x.initiatives] == ["other", "other"]
    assert all(i.organizers == ("cppcc-dazu",) for i in x.initiatives)


def test_a_members_proposal_told_by_what_it_is_about_is_a_proposal(pipeline):
    x = run(pipeline, "区政协委员李某说，他今年的提案主要是针对老旧小区加装电梯难的问题。", publisher="cppcc-dazu")
    assert [i.type for i in x.initiatives] == ["proposal"]
    assert "老旧小区加装电梯难" in x.initiatives[0].label


def test_the_years_proposal_work_is_no_proposal(pipeline):
    x = run(pipeline, "今年的提案工作主要围绕中心大局展开。", publisher="cppcc-dazu")
    assert not [i for i in x.initiatives if i.type == "proposal"]


def test_a_leader_who_comes_to_the_district_to_research_does_research(pipeline):
    x = run(pipeline, "3月5日，市政协主要领导来区调研。", publisher="cppcc-dazu")
    assert [i.type for i in x.initiatives] == ["research"]
    assert x.initiatives[0].organizers == ("cq-cppcc",)


def test_a_meeting_a_leader_presides_over_is_held(pipeline):
    x = run(pipeline, "调研期间，市政协副主席某某主持座谈会。", publisher="cppcc-dazu")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_quoted_themes_of_research_are_no_campaigns_even_when_one_names_an_action(pipeline):
    x = run(pipeline, "区政协围绕“推进强链补链行动”“发展林下经济”等深入调研。", publisher="cppcc-dazu")
    assert [i.type for i in x.initiatives] == ["research", "research"]


def test_what_a_team_looked_into_is_no_work_of_its_own(pipeline):
    x = run(pipeline, "调研组详细了解阵地建设、界别活动开展、委员履职等情况。", publisher="cppcc-dazu")
    assert not x.initiatives


def test_a_party_group_meeting_and_an_enlarged_chairpersons_meeting_are_two_meetings(pipeline):
    x = run(pipeline, "6月5日，县政协召开党组会议、主席扩大会议。", publisher="cppcc-dazu")
    labels = [i.label for i in x.initiatives]
    assert len(labels) == 2 and any(label.endswith("主席扩大会议") for label in labels)
    assert not [label for label in labels if "召开" in label]
