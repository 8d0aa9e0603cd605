"""Issue 12, the round of members' party branches, sectors, closing sessions, joint proposals,
joint training, joint oversight of rivers and special committees working across the border:
the forms its blind sets showed, read as their readers would.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from cppcckg.model import PLANNED
from tests.extract.test_extract_general import organizer_labels, run

_BOTH = ["政协四川省委员会", "政协重庆市委员会"]


def test_counted_work_then_its_subjects_joined_by_and_is_one_work_each(pipeline):
    x = run(pipeline, "2024年，重庆市政协与四川省政协开展联合视察2项，分别围绕嘉陵江流域生态保护和川渝高竹新区建设开展。")
    seen = [i for i in x.initiatives if i.type == "inspection"]
    assert [i.evidence.text for i in seen] == ["嘉陵江流域生态保护", "川渝高竹新区建设"]
    assert all(sorted(organizer_labels(x, i)) == sorted(_BOTH) and i.joint_sichuan_chongqing for i in seen)


def test_a_list_of_three_ending_in_and_is_three_works(pipeline):
    x = run(pipeline, "2023年，两地政协开展联合调研3项，分别围绕成渝中线科创走廊、川渝毗邻地区农文旅融合和两地医保异地结算开展。")
    assert [i.evidence.text for i in x.initiatives if i.type == "research"] == [
        "成渝中线科创走廊", "川渝毗邻地区农文旅融合", "两地医保异地结算"]


def test_one_piece_of_work_counted_then_its_subject_is_about_that_subject(pipeline):
    x = run(pipeline, "2024年，重庆市政协与四川省政协开展联合协商1项，主题确定为“中医药产业协同发展”。")
    (held,) = x.initiatives
    assert held.type == "consultation" and held.evidence.text == "中医药产业协同发展"
    assert held.joint_sichuan_chongqing


def test_work_agreed_for_the_year_and_counted_then_its_subjects_is_planned_each(pipeline):
    x = run(pipeline, "2025年，市政协与四川省政协商定，今年开展联合视察2次，分别围绕嘉陵江航运和川渝电网互济开展。")
    seen = [i for i in x.initiatives if i.type == "inspection"]
    assert len(seen) == 2 and all(i.status == PLANNED for i in seen)


def test_sittings_counted_then_a_consultation_on_each_subject_are_those_consultations(pipeline):
    x = run(pipeline, "2023年，区政协围绕乡村振兴，召开专题议政性常委会议2次，分别就柑橘产业提质增效和农村集体经济发展壮大开展协商。")
    assert [(i.type, i.evidence.text) for i in x.initiatives] == [
        ("consultation", "柑橘产业提质增效"), ("consultation", "农村集体经济发展壮大")]


def test_sittings_counted_then_quoted_subjects_are_one_sitting_each(pipeline):
    x = run(pipeline, "会议审议了年度协商计划。计划明确，明年省政协拟召开专题议政性常委会会议2次，"
                      "分别围绕“建设西部金融中心”和“县域经济高质量发展”开展议政。")
    sittings = [i for i in x.initiatives if "省政协拟召开" not in i.evidence.text]
    assert [i.evidence.text for i in sittings] == ["建设西部金融中心", "县域经济高质量发展"]
    assert all(i.status == PLANNED for i in sittings)


def test_work_counted_as_done_together_is_the_groups_work(pipeline):
    x = run(pipeline, "2024年，荣昌区政协与隆昌市政协已联合开展调研视察6次。")
    (seen,) = x.initiatives
    assert seen.label == "荣昌区政协与隆昌市政协联合调研视察"
    assert sorted(seen.organizers) == ["cppcc-longchang-sc", "cppcc-rongchang"] and seen.joint_sichuan_chongqing
    assert [m.value for m in x.metrics] == [6]


def test_parts_of_a_tally_done_together_stay_statistics(pipeline):
    x = run(pipeline, "2021年，全年开展重点协商16项，其中川渝政协联合协商1项、联合调研10项。")
    assert not x.initiatives


def test_work_counted_by_one_committee_stays_a_statistic(pipeline):
    x = run(pipeline, "2024年，区政协开展专题调研2项，形成调研报告2份。")
    assert not [i for i in x.initiatives if i.type == "research"]


def test_subjects_joined_inside_one_phrase_are_not_split_to_fit_the_count(pipeline):
    x = run(pipeline, "2024年，两地政协开展联合调研2项，分别围绕生态保护和修复开展。")
    assert not [i for i in x.initiatives if i.evidence.text == "修复"]


def test_the_pairs_counterpart_special_committees_are_each_sides(pipeline):
    x = run(pipeline, "2025年6月，川渝政协对口专委会第四次联席会议在重庆召开。")
    (sat,) = x.initiatives
    assert sorted(organizer_labels(x, sat)) == ["四川省政协专门委员会", "政协重庆市委员会专门委员会"]
    assert sat.joint_sichuan_chongqing


def test_the_two_provinces_counterpart_special_committees_send_together(pipeline):
    x = run(pipeline, "2025年6月，川渝政协召开联席会议。会上，两省市政协对口专委会联名报送社情民意信息18篇。")
    sent = next(i for i in x.initiatives if i.type == "information")
    assert sorted(organizer_labels(x, sent)) == ["四川省政协专门委员会", "政协重庆市委员会专门委员会"]
    assert sent.joint_sichuan_chongqing


def test_a_session_a_proposal_was_handed_in_to_is_no_sitting_told(pipeline):
    x = run(pipeline, "2023年，该提案由遂宁市政协、潼南区政协分别提交至四川省政协十三届一次会议和重庆市政协六届一次会议。")
    assert not [i for i in x.initiatives if i.type == "meeting"]


def test_a_joint_meeting_advice_is_handed_to_is_no_sitting_told(pipeline):
    x = run(pipeline, "2023年，意见建议经梳理后提交三地政协联席会议。")
    assert not x.initiatives


def test_a_session_where_proposals_drew_notice_is_still_the_session(pipeline):
    x = run(pipeline, "2023年，委员们提交的提案在四川省政协十三届一次会议上引起关注。")
    assert [i for i in x.initiatives if i.type == "meeting"]


def test_the_pair_that_lists_a_proposal_for_joint_oversight_oversees_it(pipeline):
    x = run(pipeline, "2022年，该提案被全国政协列为重点提案，被川渝两省市政协列为年度联合督办件。")
    joint = next(i for i in x.initiatives if "联合督办" in i.evidence.text)
    assert sorted(joint.organizers) == ["cq-cppcc", "sc-cppcc"] and joint.joint_sichuan_chongqing


_REVIEW_AND_PLAN = ("某区政协2025年委员学习培训工作总结和2026年工作计划\n\n一、2025年工作总结\n\n"
                    "2025年，区政协举办新任委员培训班，56名委员参加。\n\n二、2026年工作计划\n\n"
                    "2026年，区政协将重点做好以下工作：一是举办委员轮训班；二是与隆昌市政协共同举办学习交流会。\n")


def test_a_review_and_plan_whose_title_names_a_study_is_done_then_planned(pipeline):
    x = run(pipeline, _REVIEW_AND_PLAN)
    status = {i.evidence.text: i.status for i in x.initiatives}
    assert status["区政协举办新任委员培训班"] == "done"
    assert [s for t, s in status.items() if "轮训班" in t] == [PLANNED]


def test_a_sections_heading_is_never_the_texts_title():
    from pathlib import Path
    from tempfile import TemporaryDirectory

    from cppcckg.ingest.reports import read_report
    with TemporaryDirectory() as folder:
        path = Path(folder) / "review.txt"
        path.write_text(_REVIEW_AND_PLAN, encoding="utf-8")
        assert read_report(path).title_zh != "二、2026年工作计划"


def test_a_place_said_with_its_province_and_city_before_a_count_is_one_committee(pipeline):
    x = run(pipeline, "2026年3月18日，重庆市梁平区、垫江县和四川省达州市大竹县三区县政协第三次联席会议在大竹县召开。")
    (sat,) = x.initiatives
    assert sorted(sat.organizers) == ["cppcc-dazhu-sc", "cppcc-dianjiang", "cppcc-liangping"]
    assert sat.joint_sichuan_chongqing


def test_short_names_run_together_before_a_count_stay_each_a_committee(pipeline):
    x = run(pipeline, "2024年5月20日，荣昌内江隆昌三地政协联席会议在荣昌召开。")
    (sat,) = x.initiatives
    assert len(sat.organizers) == 3


def test_a_saying_quoted_about_the_work_is_no_work(pipeline):
    x = run(pipeline, "2022年，两地政协在村里召开协商会。“政协委员来自群众，协商议事就要到群众家门口。”他说。")
    assert [i.evidence.text for i in x.initiatives] == ["两地政协在村里召开协商会"]


def test_work_announced_inside_a_quote_is_still_work(pipeline):
    x = run(pipeline, "会上，县政协主席说：“下一步，我们将与万源市政协就边界森林防火开展联合协商。”")
    assert [i.type for i in x.initiatives] == ["consultation"]


def test_the_committees_that_back_the_work_are_not_the_pair_its_group_word_means(pipeline):
    x = run(pipeline, "2023年2月16日，遂潼两地政协在潼南召开第四次联席会议。\n"
                      "4月，在四川省政协、重庆市政协支持下，两地政协举办第三届“遂潼政协论坛”。")
    forum = next(i for i in x.initiatives if "论坛" in i.evidence.text)
    assert sorted(forum.organizers) == ["cppcc-suining-sc", "cppcc-tongnan"]


def test_a_digest_of_a_reports_points_is_no_plan(pipeline):
    x = run(pipeline, "要点速览｜市政协常委会工作报告回顾2024\n\n2025-01-19 20:16\n\n"
                      "一年来，两省市政协围绕共建科技创新中心召开联合协商会，两地委员60余人发言。")
    (held,) = x.initiatives
    assert held.status == "done"


def test_a_plans_key_points_are_still_a_plan(pipeline):
    x = run(pipeline, "某区政协2025年工作要点\n\n围绕城市更新开展专题调研。")
    (research,) = x.initiatives
    assert research.status == PLANNED


def test_items_pushed_together_and_counted_are_a_tally(pipeline):
    x = run(pipeline, "2024年，川渝两地政协共同推进重点工作13项。")
    assert not x.initiatives and [m.value for m in x.metrics] == [13]


def test_the_lead_before_the_co_hosts_of_an_event_holds_it_with_them(pipeline):
    x = run(pipeline, "2025年9月，由荣昌区政协牵头，泸州市政协、内江市政协协办的“川南渝西融合发展”联合协商会在荣昌举行。")
    (held,) = x.initiatives
    assert sorted(held.organizers) == ["cppcc-luzhou-sc", "cppcc-neijiang-sc", "cppcc-rongchang"]


def test_a_long_list_of_meetings_whose_spirit_is_passed_on_holds_none(pipeline):
    x = run(pipeline, "8月9日，县政协召开常委会议，传达学习全国政协专题协商会、省政协基层协商工作推进会"
                      "以及县委全会、全县营商环境优化大会精神，围绕城乡融合举行专题协商。")
    assert [i.type for i in x.initiatives] == ["meeting", "consultation"]


_PLAN = ("政协重庆市潼南区委员会2025年工作要点\n\n"
         "8.深化与遂宁市政协的协同履职。双方商定联合开展涪江航运发展联合视察。\n"
         "9.遂潼两地政协第五次联席会议拟于下半年在潼南召开。\n"
         "10.与安岳县政协围绕柠檬产区品牌共建开展联合协商。\n"
         "11.开展委员履职量化考核。\n")


def test_a_plans_next_numbered_item_is_its_writers_again(pipeline):
    x = run(pipeline, _PLAN)
    lemon = next(i for i in x.initiatives if "柠檬" in i.evidence.text)
    assert sorted(lemon.organizers) == ["cppcc-anyue-sc", "cppcc-tongnan"]
    assessed = next(i for i in x.initiatives if "考核" in i.evidence.text)
    assert list(assessed.organizers) == ["cppcc-tongnan"]


def test_an_items_number_is_no_part_of_its_label(pipeline):
    x = run(pipeline, _PLAN)
    sitting = next(i for i in x.initiatives if "联席会议" in i.evidence.text)
    assert not sitting.label[0].isdigit()


def test_a_years_honours_said_far_from_the_award_word_date_the_session_the_year_after(pipeline):
    x = run(pipeline, "某区政协九届四次会议闭幕\n\n1月10日上午，政协重庆市荣昌区第九届委员会第四次会议闭幕。"
                      "会议对2024年度履职成绩突出的18名优秀政协委员进行了通报表扬。")
    session = next(i for i in x.initiatives if i.type == "meeting")
    assert (session.period.start, session.period.end) == (2025, 2025)


def test_events_across_the_border_counted_as_held_together_are_the_pairs_work(pipeline):
    x = run(pipeline, "2025年1月10日讯 一年来，荣昌区政协与隆昌市政协共同开展跨省协商议事活动9场。")
    (held,) = x.initiatives
    assert held.type == "consultation" and held.joint_sichuan_chongqing


def test_counted_work_then_each_subject_in_turn_with_no_verb_is_one_work_each(pipeline):
    x = run(pipeline, "2024年，两省市政协联合开展调研视察3项，分别聚焦西部科学城建设、川渝跨区域司法协作和川渝柠檬产业集群发展；"
                      "联合举办远程协商会1次。")
    seen = [i.evidence.text for i in x.initiatives if i.type == "inspection"]
    assert seen == ["西部科学城建设", "川渝跨区域司法协作", "川渝柠檬产业集群发展"]


def test_counted_work_then_quoted_subjects_in_turn_is_one_work_each(pipeline):
    x = run(pipeline, "2023年，两省市政协组成联合调研组开展调研2项，分别围绕“电子信息产业协同发展”“县域商业体系建设”，"
                      "先后深入两地20余个区县。")
    assert [i.evidence.text for i in x.initiatives if i.type == "research"] == ["电子信息产业协同发展", "县域商业体系建设"]


def test_sittings_counted_then_deliberation_on_each_subject_are_one_each(pipeline):
    x = run(pipeline, "2023年，市政协召开专题议政性常委会会议2次，分别围绕新能源汽车配套产业发展、县域医共体建设协商议政。")
    assert [i.evidence.text for i in x.initiatives] == ["新能源汽车配套产业发展", "县域医共体建设"]


def test_a_heading_word_before_the_work_it_heads_is_no_work_of_its_own(pipeline):
    x = run(pipeline, "2023年，联合调研方面，两省市政协组成联合调研组开展调研2项，分别围绕“电子信息产业协同发展”“县域商业体系建设”。")
    assert not [i for i in x.initiatives if i.evidence.text.endswith("方面")]


def test_a_heading_word_that_owns_the_subjects_after_it_stays(pipeline):
    x = run(pipeline, "重庆市政协与四川省政协商定今年重点工作。联合调研方面，双方确定了2个课题，分别是：“山地农机推广”“界河水质监测”。")
    assert [i.evidence.text for i in x.initiatives if i.type == "research"] == ["山地农机推广", "界河水质监测"]


def test_an_item_naming_the_host_of_the_groups_next_sitting_is_the_groups_sitting_to_come(pipeline):
    x = run(pipeline, "2025年6月10日讯 会后，永川区政协、泸州市政协和江津区政协召开工作碰头会，商定了两项合作事项："
                      "一是今年下半年联合开展专题调研；二是2026年由泸州市政协承办第三次联合协商会。")
    sitting = next(i for i in x.initiatives if "第三次" in i.evidence.text)
    assert sitting.label == "第三次联合协商会" and sitting.status == PLANNED
    assert sorted(sitting.organizers) == ["cppcc-jiangjin", "cppcc-luzhou-sc", "cppcc-yongchuan"]


def test_a_plans_year_opening_the_last_sentence_does_not_date_a_review():
    from cppcckg.ingest.text_dating import infer_period
    text = ("省政协2024年履职工作综述\n\n2024-12-30 09:12\n\n岁末回望，省政协一年来开展各类履职活动86项。"
            "3月27日，省政协召开常委会会议。\n\n2025年，省政协将与重庆市政协开展联合视察。")
    period = infer_period(text, [])
    assert (period.start, period.end) == (2024, 2024)


def test_a_sittings_quoted_theme_in_the_clause_before_labels_it(pipeline):
    x = run(pipeline, "2022年5月20日，区政协以“推进跨省异地就医结算提质扩面”为题，召开“渝事好商量”远程协商会。")
    (held,) = x.initiatives
    assert held.label.startswith("推进跨省异地就医结算提质扩面")
    assert "推进跨省异地就医结算" in held.evidence.text  # (the evidence widened to hold the theme)


def test_a_sittings_quoted_theme_in_the_clause_after_labels_it(pipeline):
    x = run(pipeline, "2024年11月6日，县政协召开跨省远程协商会，围绕“打通毗邻地区断头路”开展协商。")
    (held,) = x.initiatives
    assert held.label.startswith("打通毗邻地区断头路")


def test_a_sitting_named_with_its_own_subject_keeps_it(pipeline):
    x = run(pipeline, "2023年，荣昌区政协以“共护一河清水”为主题，举行濑溪河流域生态环境保护网络议政暨远程协商会。")
    (held,) = x.initiatives
    assert "濑溪河" in held.label


def test_proposals_a_group_word_hands_in_together_are_the_groups(pipeline):
    x = run(pipeline, "2024年，遂宁市政协与潼南区政协召开联席会议。两地政协联名提交提案3件。")
    proposal = next(i for i in x.initiatives if i.type == "proposal")
    assert sorted(proposal.organizers) == ["cppcc-suining-sc", "cppcc-tongnan"] and proposal.joint_sichuan_chongqing
    assert [m.value for m in x.metrics] == [3]
