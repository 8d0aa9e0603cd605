"""A consultation told at the consulting meeting just held is that meeting; a meeting's label
names the meeting, not who held it; a subject runs on through words holding 在 and 到.

The sentences are made up for this project, in the style of the texts surveyed.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_consulting_at_the_consultation_meeting_just_held_is_that_meeting(pipeline):
    x = run(pipeline, "云岭区政协召开提案办理协商会\n近日，云岭区政协召开重点提案办理协商会。会上，提案者与承办单位负责人"
                      "面对面协商，就办理中遇到的困难深入交流。")
    assert len([i for i in x.initiatives if i.type in ("consultation", "meeting")]) == 1


def test_a_meeting_held_by_a_body_is_labelled_by_the_meeting_and_its_holder(pipeline):
    x = run(pipeline, "云岭区政协召开提案办理协商会\n近日，云岭区政协召开重点提案办理协商会。")
    assert [i.label for i in x.initiatives] == ["云岭区政协重点提案办理协商会"]  # (no 召开 in it)


def test_a_meeting_held_by_someone_presiding_is_labelled_by_the_meeting_alone(pipeline):
    x = run(pipeline, "县政协主席某某主持召开十届三十次主席会议。", publisher="cq-cppcc")
    assert [i.label for i in x.initiatives] == ["十届三十次主席会议"]


def test_a_meeting_held_with_another_body_keeps_whom_it_was_held_with(pipeline):
    x = run(pipeline, "区政协配合市政协召开重点提案督办会，推动提案落地。", publisher="cq-cppcc")
    assert [i.label for i in x.initiatives if "督办会" in i.label and "配合市政协" in i.label]


def test_a_subject_runs_on_through_words_holding_the_characters_for_at_and_to(pipeline):
    x = run(pipeline, "区政协组织委员就城市管理中存在的短板进行调研。区政协就基层群众感受到的变化开展视察。")
    assert {i.label for i in x.initiatives} == {"基层群众感受到的变化视察", "城市管理中存在的短板调研"}


_DECIDED = ("云岭市政协召开五届二十次主席会议\n6月11日，市政协召开五届二十次主席会议，市政协主席某某主持会议。"
            "会议传达学习了省政协十三届八次常委会议精神。会议决定，7月与重庆市潼南区政协、铜梁区政协联合开展"
            "涪江流域生态保护民主监督。")


def test_a_committee_and_its_own_organ_named_together_are_no_pair_acting_later(pipeline):
    x = run(pipeline, _DECIDED, publisher="cppcc-suining-sc")
    oversight = next(i for i in x.initiatives if i.type == "supervision")
    assert "sc-cppcc" not in oversight.organizers
    assert {"cppcc-suining-sc", "cppcc-tongnan", "cppcc-tongliang"} <= set(oversight.organizers)


def test_what_a_meeting_decides_to_do_next_month_is_planned(pipeline):
    x = run(pipeline, _DECIDED, publisher="cppcc-suining-sc")
    assert next(i for i in x.initiatives if i.type == "supervision").status == "planned"


def test_meetings_counted_by_kind_in_a_list_are_a_tally_not_a_meeting(pipeline):
    x = run(pipeline, "过去一年，省政协常委会全年召开全体会议1次、常委会会议4次、主席会议14次。", publisher="sc-cppcc")
    assert not x.initiatives
    assert sorted(m.value for m in x.metrics) == [1, 4, 14]


def test_kinds_of_work_named_as_the_fields_effort_goes_to_are_no_activity(pipeline):
    x = run(pipeline, "近年来，川渝毗邻地区政协在联合调研、联动监督、协同议政上持续发力。", publisher="cq-cppcc")
    assert not x.initiatives


def test_a_platforms_quoted_name_gives_way_to_what_the_consultation_was_about(pipeline):
    x = run(pipeline, "9月12日，市政协围绕“推进城市更新”举行“某事好商量”远程协商会。", publisher="cq-cppcc")
    assert [i.label for i in x.initiatives] == ["推进城市更新远程协商"]


def test_an_item_that_sets_out_anew_tells_work_of_its_own(pipeline):
    x = run(pipeline, "县政协主席带领有关部门负责人到某乡现场办公，实地踏勘水库选址；带领县里有关单位两次来到某镇，"
                      "调研督查农村饮水工程进展情况。", publisher="cq-cppcc")
    assert len(x.initiatives) == 2 and "饮水工程" in x.initiatives[1].label


def test_work_done_in_answer_to_a_call_is_done(pipeline):
    x = run(pipeline, "今年年初，县政协积极响应市政协“助农增收”活动号召，在全体委员中开展“结对帮村”活动。", publisher="cq-cppcc")
    assert [i.label for i in x.initiatives] == ["结对帮村活动"]


def test_a_platforms_name_gives_way_to_the_subject_told_in_the_next_clause(pipeline):
    x = run(pipeline, "9月12日，市政协举行“某事好商量”远程协商会，围绕“推进城市更新”开展协商。", publisher="cq-cppcc")
    assert [i.label for i in x.initiatives] == ["推进城市更新协商"]
