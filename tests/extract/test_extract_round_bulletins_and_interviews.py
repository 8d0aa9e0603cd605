"""Issue 12, the round of cross-border bulletins and minutes, press conferences and interviews,
Sichuan special committees' pages, Sichuan county sessions, social topics worked on together and
other regions' joint work: the forms its blind sets showed, read as their readers would.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from cppcckg.model import PLANNED
from tests.extract.test_extract_general import organizer_labels, run


def test_kinds_counted_after_a_subject_clause_are_work_on_that_subject_each(pipeline):
    x = run(pipeline, "三地协作机制运行平稳。围绕渝东北川东北物流通道建设，万州区、达州市、开州区三地政协"
                      "开展联合调研3次、联合视察2次，形成调研报告4份。")
    counted = [i for i in x.initiatives if i.type in ("research", "inspection")]
    assert [(i.type, i.label) for i in counted] == [
        ("research", "渝东北川东北物流通道建设联合调研"), ("inspection", "渝东北川东北物流通道建设联合视察")]
    assert counted[1].evidence.text == "联合视察2次"
    assert all(i.joint_sichuan_chongqing and len(i.organizers) == 3 for i in counted)


def test_kinds_counted_after_an_aim_every_committee_names_stay_a_tally(pipeline):
    x = run(pipeline, "2024年，围绕全区中心工作，区政协开展专题调研12次、视察8次。")
    assert not [i for i in x.initiatives if i.type in ("research", "inspection")]
    assert sorted(m.value for m in x.metrics) == [8, 12]


def test_kinds_counted_after_work_named_as_the_aim_stay_a_tally(pipeline):
    x = run(pipeline, "2024年，县政协围绕重点提案督办，共组织调研考察15次、走访座谈20次。")
    assert [i.type for i in x.initiatives] == ["supervision"]


def test_a_reporters_question_tells_no_work_and_its_answer_does(pipeline):
    x = run(pipeline, "记者：今年川渝政协联合履职还有哪些新安排？\n"
                      "答：今年，大足区政协将与安岳县政协联合开展石窟保护专题视察。")
    (seen,) = x.initiatives
    assert seen.type == "inspection" and "？" not in seen.evidence.text


def test_a_headline_asking_how_tells_no_work(pipeline):
    x = run(pipeline, "对话丨三地政协的联合调研怎么推进？\n记者近日采访了区政协主要负责同志。")
    assert not x.initiatives


def test_a_question_mark_without_a_question_word_keeps_its_work(pipeline):
    x = run(pipeline, "2024年5月，区政协组织委员开展乡村振兴专题调研？")
    assert [i.type for i in x.initiatives] == ["research"]


_COMMITTEE_PAGE = ("四川省政协农业和农村委员会2023年工作总结和2024年工作计划\n"
                   "2023年，委员会在省政协党组领导下扎实履职。\n"
                   "委员会与重庆市政协农业和农村委员会共同商定年度协作事项。5月，两委在达州联合召开座谈会；"
                   "8月，双方又赴重庆市梁平区开展联合视察。\n")


def test_a_committee_pages_bare_committee_and_its_counterpart_are_the_pair_two_committees_means(pipeline):
    x = run(pipeline, _COMMITTEE_PAGE)
    joint = [i for i in x.initiatives if i.type in ("meeting", "inspection")]
    assert len(joint) == 2
    for seen in joint:
        assert sorted(organizer_labels(x, seen)) == ["政协四川省委员会农业和农村委员会", "政协重庆市委员会农业和农村委员会"]
        assert seen.joint_sichuan_chongqing


def test_two_committees_means_the_special_committees_after_district_committees_took_part(pipeline):
    x = run(pipeline, "4月9日，重庆市政协文化文史和学习委员会与四川省政协文化文史和学习委员会在安岳县联合举行巴蜀石刻研讨会。"
                      "资阳市、安岳县和大足区政协有关同志到会交流发言。会后，两委还联合举办了石刻主题书画展。")
    (show,) = [i for i in x.initiatives if i.type == "event"]
    assert sorted(organizer_labels(x, show)) == ["政协四川省委员会文化文史和学习委员会", "政协重庆市委员会文化文史和学习委员会"]


def test_a_numbered_heading_naming_a_years_priorities_opens_work_to_come(pipeline):
    x = run(pipeline, "遂潼两地政协第五次联席会议纪要\n2024年6月12日\n"
                      "一、2023年协同履职情况\n一年来，两地政协联合开展琼江流域生态保护专题视察。\n"
                      "二、2024年重点工作\n（一）联合调研。围绕遂潼职业教育资源共享开展联合调研。\n")
    done, to_come = x.initiatives
    assert (done.type, done.status) == ("inspection", "done")
    assert (to_come.type, to_come.status, to_come.period.start) == ("research", PLANNED, 2024)


def test_a_numbered_heading_telling_how_a_years_priorities_went_is_a_review(pipeline):
    x = run(pipeline, "遂潼两地政协第五次联席会议纪要\n2024年6月12日\n"
                      "一、2023年重点工作完成情况\n（一）联合调研。两地政协围绕遂潼职业教育资源共享开展联合调研。\n")
    (seen,) = x.initiatives
    assert seen.status == "done"


def test_proposals_a_group_word_hands_in_after_an_adverb_are_the_groups(pipeline):
    x = run(pipeline, "2024年，遂宁市政协与潼南区政协开展联合视察2次。两地政协还联名提交提案3件。")
    (handed,) = [i for i in x.initiatives if i.type == "proposal"]
    assert sorted(organizer_labels(x, handed)) == sorted(["政协重庆市潼南区委员会", "政协遂宁市委员会"])


def test_proposals_handed_in_jointly_in_a_list_of_the_groups_work_are_the_groups(pipeline):
    x = run(pipeline, "2023年，万州区、达州市、开州区三地政协共同开展调研视察5次，联名提交提案4件，举办论坛1次。")
    (handed,) = [i for i in x.initiatives if i.type == "proposal"]
    assert len(handed.organizers) == 3 and handed.joint_sichuan_chongqing


def test_joint_proposals_counted_in_a_tally_of_all_proposals_stay_a_figure(pipeline):
    x = run(pipeline, "2023年，区政协共收到提案300件，其中委员联名提交提案30件。")
    assert not [i for i in x.initiatives if i.type == "proposal"]


def test_sittings_a_session_will_hold_told_kind_first_are_its_meetings_to_come(pipeline):
    x = run(pipeline, "2024年1月6日 据悉，政协泸州市第九届委员会第三次会议定于1月9日至11日在泸州召开。"
                      "会议期间还将举行全体会议2次、大会发言1次、分组讨论3次。")
    sittings = [i for i in x.initiatives if i.evidence.text.endswith("次")]
    assert [i.evidence.text for i in sittings] == ["全体会议2次", "大会发言1次", "分组讨论3次"]
    assert all(i.type == "meeting" and i.status == PLANNED for i in sittings)
    assert sorted(m.value for m in x.metrics) == [1, 2, 3]


def test_group_discussions_members_will_hold_during_an_opened_session_are_to_come(pipeline):
    x = run(pipeline, "2025年1月8日 邻水县政协十届四次会议开幕。"
                      "会议期间，委员们还将分组讨论两个报告并审议决议草案。")
    opened, groups = x.initiatives
    assert opened.status == "done" and (groups.evidence.text, groups.status) == ("分组讨论", PLANNED)


def test_work_told_during_a_session_without_a_session_told_before_is_no_sitting(pipeline):
    x = run(pipeline, "2025年1月8日 会议期间，委员们还将分组讨论有关报告。")
    assert not [i for i in x.initiatives if i.evidence.text == "分组讨论"]


def test_a_sitting_named_with_a_short_quoted_name_of_its_places_is_held(pipeline):
    x = run(pipeline, "6月19日，隆昌市政协与荣昌区政协联合召开“荣隆”两地政协主席会议。")
    (held,) = x.initiatives
    assert held.type == "meeting" and held.joint_sichuan_chongqing and "荣隆" in held.label


def test_a_sitting_on_a_long_quoted_subject_is_still_read_by_its_subject(pipeline):
    x = run(pipeline, "6月19日，区政协召开“推进城乡融合发展”专题协商会议。")
    (held,) = x.initiatives
    assert "推进城乡融合发展" in held.label


_PAGE = ("四川政协报\n2023年09月14日　星期四\n第03版：川渝合作\n"
         "万达开三地政协召开联席会议　泸州：召开重点提案办理协商会　图片新闻\n\n"
         "万达开三地政协召开联席会议\n"
         "本报讯　9月5日，万州区、达州市、开州区三地政协在达州召开联席会议。\n\n"
         "南充合川两地政协联合视察嘉陵江航运\n"
         "9月12日，南充市政协与重庆市合川区政协组成联合视察组，就嘉陵江航运开展联合视察。\n")


def test_an_epaper_pages_row_of_headlines_under_its_page_mark_is_furniture(pipeline):
    x = run(pipeline, "重庆政协报\n2024年05月16日　星期四\n第02版：综合\n上一版　下一版\n"
                      "遂潼两地政协举行联席会议　永川：围绕茶叶产业开展专题视察　图片新闻　大足：委员工作站进社区\n\n"
                      "遂潼两地政协召开联席会议\n\n"
                      "本报讯　5月12日，四川省遂宁市政协与重庆市潼南区政协在遂宁举行第四次联席会议。\n")
    assert not [i for i in x.initiatives if "图片新闻" in i.evidence.text or "茶叶" in i.label]


def test_a_headline_further_down_a_page_is_retold_by_its_story_once(pipeline):
    x = run(pipeline, _PAGE)
    assert [i.type for i in x.initiatives] == ["meeting", "inspection"]
    assert x.initiatives[1].evidence.text.startswith("南充市政协与重庆市合川区政协")


def test_spaced_words_in_a_line_without_a_page_mark_are_text(pipeline):
    x = run(pipeline, "区政协召开主席会议　研究部署重点工作　通报近期情况\n")
    assert x.initiatives


def test_kinds_counted_under_a_verb_of_doing_together_are_the_groups_work_each(pipeline):
    x = run(pipeline, "2024年，四川省政协与重庆市政协携手组织两地委员开展联合调研3次、联合视察2次。")
    counted = [(i.type, i.evidence.text, i.label) for i in x.initiatives]
    assert counted[0][0] == "research" and counted[0][1].endswith("联合调研3次")
    assert counted[1] == ("inspection", "联合视察2次", "四川省政协与重庆市政协联合视察")
    assert all(i.joint_sichuan_chongqing for i in x.initiatives)


def test_kinds_counted_as_parts_of_a_tally_stay_figures(pipeline):
    x = run(pipeline, "2024年，两地政协共开展联合履职活动11项，其中联合协商1项、联合调研10项。")
    assert not x.initiatives


def test_joint_proposals_of_members_of_both_sides_are_labelled_by_them(pipeline):
    x = run(pipeline, "2024年全国两会上，住川渝全国政协委员又联名提交提案4件。")
    (handed,) = x.initiatives
    assert handed.label.startswith("住川渝全国政协委员")


def test_a_district_named_as_where_a_meeting_sat_does_not_own_the_texts_bare_district_committee(pipeline):
    x = run(pipeline, "一组数据读懂潼南区政协的2024\n潼南区融媒体中心　2025-01-10 09:30\n"
                      "2024年，潼南区政协扎实履职。3月，两地政协在遂宁市船山区召开第五次联席会议。"
                      "此外，区政协还与安岳县政协就柠檬产业协作开展联合调研。\n")
    (research,) = [i for i in x.initiatives if i.type == "research"]
    assert "政协重庆市潼南区委员会" in organizer_labels(x, research)


def test_places_named_as_where_a_sitting_sat_are_no_pair_acting(pipeline):
    x = run(pipeline, "2020年，重庆市政协与四川省政协在成都、重庆两地同步召开远程联合协商会1次。")
    (held,) = x.initiatives
    assert sorted(organizer_labels(x, held)) == sorted(["政协重庆市委员会", "政协四川省委员会"])


def test_a_district_papers_stamp_over_the_story_makes_its_bare_district_committee_the_districts(pipeline):
    x = run(pipeline, "开州日报　2023年01月06日　第02版　要闻\n\n"
                      "1月4日，记者在区政协了解到，2022年区政协共举行常委会会议6次。区政协还与万州区政协、达州市政协"
                      "围绕示范区建设开展联合调研，万州区政协牵头编印成果汇编。\n")
    (research,) = x.initiatives
    assert "政协重庆市开州区委员会" in organizer_labels(x, research)


def test_the_hosts_named_after_you_are_the_pair_two_committees_means_later(pipeline):
    x = run(pipeline, "10月8日晚，由广安市政协、重庆市渝北区政协联合主办、邻水县政协协办的问政直播在两地同步播出。\n\n"
                      "今年以来，两地政协持续协同发力。此后，双方围绕新区跨省税费征管开展联合视察3次。\n")
    (seen,) = x.initiatives
    assert sorted(organizer_labels(x, seen)) == sorted(["政协广安市委员会", "政协重庆市渝北区委员会"])


def test_titles_listed_after_who_signed_them_are_one_proposal_each_with_its_own_title(pipeline):
    x = run(pipeline, "2022年3月2日讯 在这批提案中，有3件由两地委员共同署名，分别是《关于甲地物流通道建设的提案》"
                      "《关于乙区职业教育协作的提案》和《关于丙县文旅资源整合的提案》。")
    assert [i.evidence.text for i in x.initiatives] == [
        "关于甲地物流通道建设的提案", "关于乙区职业教育协作的提案", "关于丙县文旅资源整合的提案"]


def test_a_titled_proposal_of_a_count_just_told_then_listed_is_a_proposal_and_a_supervision(pipeline):
    x = run(pipeline, "2025年1月5日讯 2024年，住川渝全国政协委员联名提交提案4件，"
                      "其中《关于支持川渝共建氢能走廊的提案》被全国政协列为重点提案。")
    kinds = [(i.type, i.evidence.text) for i in x.initiatives]
    assert ("proposal", "其中《关于支持川渝共建氢能走廊的提案》") in kinds
    assert ("supervision", "被全国政协列为重点提案") in kinds


def test_kinds_of_joint_work_named_as_the_matters_an_agreement_sets_are_no_work(pipeline):
    x = run(pipeline, "2024年3月，两地政协签订合作备忘录，明确联合视察、联合协商、联合调研等协作事项。")
    assert not x.initiatives


def test_kinds_named_as_a_plans_areas_with_their_count_are_no_work(pipeline):
    x = run(pipeline, "会议通过了年度协作清单，确定联合视察、联名提案、联合调研和干部交流4个方面11项合作事项。")
    assert not x.initiatives


def test_joint_work_done_on_a_subject_after_an_agreement_is_still_work(pipeline):
    x = run(pipeline, "2024年3月，两地政协签署协议。5月，两地政协围绕琼江治理开展联合调研、联合视察。")
    assert [i.type for i in x.initiatives] == ["research", "inspection"]


_HEADED = ("遂潼两地政协2024年协同履职综述\n2024年，遂宁市政协与潼南区政协深化协同履职。\n\n"
           "■联合调研：把脉先行区建设“堵点”\n\n5月，两地政协组成联合调研组，围绕琼江航运开展调研。\n\n"
           "■联合视察：跟踪民生实事落地\n\n9月，两地政协联合视察了涪江岸线整治情况。\n")


def test_a_section_heading_named_by_a_kind_of_work_tells_no_work(pipeline):
    x = run(pipeline, _HEADED)
    assert [i.type for i in x.initiatives] == ["research", "inspection"]
    assert all(not i.evidence.text.startswith("联合") for i in x.initiatives)


def test_a_line_telling_work_after_a_colon_is_still_work(pipeline):
    x = run(pipeline, "遂宁：5月，遂宁市政协与潼南区政协联合视察了涪江岸线整治情况。\n")
    assert [i.type for i in x.initiatives] == ["inspection"]


def test_a_year_said_to_be_of_two_things_then_a_year_since_dates_the_review(pipeline):
    x = run(pipeline, "市政协全体会议开幕\n报告说，2021年是新征程的起步之年，也是两地合作走深之年。"
                      "一年来，市政协与四川省政协联合举办川渝书画作品展。对于2022年工作，报告提出要深化联合调研。\n")
    (show,) = [i for i in x.initiatives if i.type == "event"]
    assert show.period.start == 2021


def test_the_writer_and_the_committees_it_signed_with_are_the_group_counted_after(pipeline):
    x = run(pipeline, "綦江区政协2023年工作报告摘登\n二、深化跨省协作\n"
                      "与四川省泸州市合江县和贵州省遵义市习水县、桐梓县政协签订合作协议，四地政协当年共同开展联合视察调研5次。\n")
    (counted,) = x.initiatives
    assert len(counted.organizers) == 4 and "政协重庆市綦江区委员会" in organizer_labels(x, counted)
    assert counted.joint_sichuan_chongqing


def test_sittings_written_in_full_and_counted_with_no_subject_are_a_tally(pipeline):
    x = run(pipeline, "2026年，市政协召开专题议政性常委会议3次、主席会议专题协商会9次。")
    assert not x.initiatives and sorted(m.value for m in x.metrics) == [3, 9]


def test_one_sitting_written_in_full_on_a_subject_is_held(pipeline):
    x = run(pipeline, "6月5日，市政协召开专题议政性常委会议，围绕推进新型工业化开展协商。")
    assert x.initiatives and x.initiatives[0].type in ("meeting", "consultation")


def test_joint_proposals_in_a_list_of_the_groups_work_are_labelled_by_the_group_the_sentence_named(pipeline):
    x = run(pipeline, "2023年，万州区、达州市、开州区三地政协共同开展调研视察5次，联名提交提案4件。")
    (handed,) = [i for i in x.initiatives if i.type == "proposal"]
    # (the group by the reference's name where it has one: 万达开三地政协 since the round of border
    # platforms; as written otherwise)
    assert handed.label.startswith(("万达开三地政协", "万州区、达州市、开州区三地政协", "三地政协")), handed.label


def test_members_of_both_sides_receiving_the_public_together_is_work(pipeline):
    x = run(pipeline, "2022年6月，潼南区政协与安岳县政协共建的委员工作室揭牌。揭牌后，两地政协组织入驻委员开展了首次联合接待。")
    (received,) = [i for i in x.initiatives if "接待" in i.evidence.text]
    assert received.type == "other" and received.joint_sichuan_chongqing


def test_receiving_visitors_is_no_joint_reception(pipeline):
    x = run(pipeline, "2022年6月，潼南区政协接待了安岳县政协考察团一行。")
    assert not [i for i in x.initiatives if "联合接待" in i.label]
