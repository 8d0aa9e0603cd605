"""Issue 12, the round of plan lines, year plans of other provinces, week-in-review posts,
township work and feature stories: the forms its blind sets showed, read as their readers would.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import organizer_labels, run


def test_numbered_lines_after_a_lead_line_of_work_to_come_are_planned(pipeline):
    x = run(pipeline, "2026年1月9日，某某政协联席会议第二次会议在梁平区召开。会议回顾了2025年工作。\n"
                      "会议审议通过了年度协作要点。根据要点，今年六地政协将重点抓好以下几项工作：\n"
                      "（一）联合开展“竹产业链协同发展”专题调研。牵头单位：梁平区政协。\n"
                      "（二）开展跨界河流水质联合视察。牵头单位：大竹县政协。\n")
    planned = [i for i in x.initiatives if i.type in ("research", "inspection")]
    assert [i.status for i in planned] == ["planned", "planned"]
    assert all(i.period is not None and i.period.start == 2026 for i in planned)


def test_numbered_lines_stop_being_planned_at_the_first_line_without_a_number(pipeline):
    x = run(pipeline, "2026年1月9日，某某政协联席会议第二次会议在梁平区召开。今年六地政协将重点抓好以下工作：\n"
                      "（一）开展跨界河流水质联合视察。牵头单位：大竹县政协。\n"
                      "会后，与会人员考察了梁平区竹博园。\n")
    visit = next(i for i in x.initiatives if "竹博园" in i.evidence.text)
    assert visit.status == "done"


def test_numbered_lines_after_a_lead_of_work_done_are_done(pipeline):
    x = run(pipeline, "2025年12月20日，梁平区政协召开常委会议。会议通报，今年区政协已完成以下工作：\n"
                      "（一）开展了跨界河流水质联合视察。\n（二）召开了竹产业发展专题协商会。\n")
    assert {i.status for i in x.initiatives if i.type in ("inspection", "consultation")} == {"done"}


def test_a_sitting_fixed_for_a_month_after_the_text_is_planned_in_that_year(pipeline):
    x = run(pipeline, "2026年1月9日，某某政协联席会议第二次会议在梁平区召开。"
                      "会议还确定，联席会议第三次会议于2027年1月在达州市召开。")
    (next_sitting,) = [i for i in x.initiatives if "第三次" in i.evidence.text]
    assert next_sitting.status == "planned"
    assert (next_sitting.period.start, next_sitting.period.end) == (2027, 2027)
    assert next_sitting.label == "联席会议第三次会议"


def test_a_sitting_held_in_a_month_before_the_text_stays_done(pipeline):
    x = run(pipeline, "2026年3月9日讯，万达开政协联席会议第四次会议于2026年1月在开州区召开。")
    (sitting,) = [i for i in x.initiatives if i.type == "meeting"]
    assert sitting.status == "done"
    assert sitting.label == "万达开政协联席会议第四次会议"


def test_the_last_numbered_item_of_a_plan_is_kept_when_news_follows_it(pipeline):
    x = run(pipeline, "2026年1月9日，某某政协联席会议召开。今年三地政协将重点做好以下工作：\n"
                      "（一）开展跨界河流水质联合视察。牵头单位：大竹县政协。\n"
                      "（二）举办第三届明月山政协委员文旅论坛。牵头单位：梁平区政协。\n\n"
                      "会议还确定，联席会议下次会议于2027年1月在达州市召开。\n")
    assert any("文旅论坛" in i.label for i in x.initiatives)


def test_a_mechanism_founded_is_no_sitting(pipeline):
    x = run(pipeline, "2026年1月9日，据了解，某某政协联席会议于2022年在梁平区发起成立，实行轮值主办。")
    assert [i for i in x.initiatives if i.type == "meeting"] == []


def test_a_sitting_marking_a_mechanisms_anniversary_is_a_sitting(pipeline):
    x = run(pipeline, "2026年1月9日，某某政协联席会议成立5周年座谈会在梁平区召开。")
    assert [i.type for i in x.initiatives] == ["meeting"]


_COLUMN_PLAN = ("政协重庆市大足区委员会2026年工作要点\n\n发布时间：2026-02-11\n\n"
                "一、专题调研（2项）\n序号\n调研课题\n牵头单位\n责任领导\n完成时限\n"
                "1\n全区石刻文物数字化保护\n区政协文化文史和学习委\n副主席 某甲\n5月\n"
                "2\n农村寄递物流体系建设\n区政协经济委、区商务委\n副主席 某乙\n8月\n\n"
                "二、川渝协同（1项）\n序号\n调研课题\n牵头单位\n责任领导\n完成时限\n"
                "3\n与安岳县政协联合召开石刻文旅融合协商会\n区政协办公室\n主席 某丙\n10月\n")


def test_rows_of_a_plan_table_pasted_cell_by_cell_are_planned_work_of_the_plans_committee(pipeline):
    x = run(pipeline, _COLUMN_PLAN)
    research = [i for i in x.initiatives if i.type == "research"]
    assert [i.evidence.text for i in research] == ["全区石刻文物数字化保护", "农村寄递物流体系建设"]
    assert {i.status for i in research} == {"planned"}
    assert {organizer_labels(x, i)[0] for i in research} == {"政协重庆市大足区委员会"}


def test_the_unit_cells_of_a_pasted_row_take_part(pipeline):
    x = run(pipeline, _COLUMN_PLAN)
    logistics = next(i for i in x.initiatives if "寄递物流" in i.evidence.text)
    labels = {m.entity: m.label for m in x.mentions}
    assert sorted(labels[p] for p in logistics.partners) == sorted(["大足区政协经济委员会", "大足区商务委员会"])


def test_a_pasted_row_with_its_own_verb_and_a_partner_committee_is_their_joint_work(pipeline):
    x = run(pipeline, _COLUMN_PLAN)
    (joint,) = [i for i in x.initiatives if "石刻文旅融合" in i.evidence.text]
    assert joint.status == "planned"
    assert organizer_labels(x, joint) == ["政协重庆市大足区委员会", "政协安岳县委员会"]
    assert joint.joint_sichuan_chongqing
    assert "副主席" not in joint.label and "办公室" not in joint.label


def test_a_numbered_list_without_a_column_of_work_is_no_table(pipeline):
    x = run(pipeline, "2026年2月11日，大足区政协召开主席会议。\n序号\n姓名\n职务\n1\n某甲\n副主席\n2\n某乙\n秘书长\n")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_what_a_member_said_after_the_inspection_told_is_no_second_inspection(pipeline):
    x = run(pipeline, "2022年6月8日，江津区、合江县政协开展联合视察。合江县政协委员某某在视察后表示，要建立联合执法机制。")
    assert [i.type for i in x.initiatives] == ["inspection"]


def test_a_speech_said_in_is_still_the_speech(pipeline):
    x = run(pipeline, "2022年6月8日，市政协委员某某在发言中表示，要建立跨界联合执法机制。", publisher="cq-cppcc")
    assert [i.type for i in x.initiatives] == ["consultation"]


def test_township_groups_of_committees_on_both_sides_do_joint_work(pipeline):
    x = run(pipeline, "2025年12月5日，垫江县政协高峰镇委员活动组与四川省邻水县政协坛同镇政协联络组联合视察毗邻山林防火工作。")
    (visit,) = x.initiatives
    assert visit.joint_sichuan_chongqing
    assert organizer_labels(x, visit) == ["垫江县政协高峰镇委员活动组", "邻水县政协坛同镇政协联络组"]


def test_township_groups_of_one_side_do_no_joint_work(pipeline):
    x = run(pipeline, "2025年12月5日，垫江县政协高峰镇委员活动组与梁平区政协竹山镇委员活动组联合视察毗邻山林防火工作。")
    (visit,) = x.initiatives
    assert not visit.joint_sichuan_chongqing


def test_the_pair_a_counted_group_names_is_the_one_both_sides_means_next(pipeline):
    x = run(pipeline, "2025年2月18日，四川省政协、重庆市政协主席联席会议在重庆召开。"
                      "其中，泸州、内江、荣昌三地政协围绕濑溪河治理开展联合视察。\n"
                      "根据计划，今年两地政协将联合开展四项工作。一是联合开展专题协商。双方将围绕西部金融中心建设开展联合协商。")
    (consultation,) = [i for i in x.initiatives if "西部金融中心" in i.label]
    assert sorted(organizer_labels(x, consultation)) == ["政协四川省委员会", "政协重庆市委员会"]


def test_stories_a_post_lists_under_a_marked_recommended_line_give_no_facts(pipeline):
    x = run(pipeline, "2026年3月20日，江津区政协组织委员视察长江岸线整治，察看了三处码头。委员们建议加快复绿。\n\n"
                      "▼往期推荐\n一周政协｜第11期\n江津区政协十七届五次会议胜利闭幕\n")
    assert [i.type for i in x.initiatives] == ["inspection"]


def test_proposals_a_committee_listed_by_their_titles_as_key_ones_are_done(pipeline):
    x = run(pipeline, "2021年，市政协先后将《关于推进农村垃圾分类,助力水源保护区建设的建议》"
                      "《关于完善企业诉求响应机制,优化营商环境的建议》2件提案列为年度1号提案。", publisher="cq-cppcc")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert proposals and {i.status for i in proposals} == {"done"}


def test_work_after_a_will_that_moves_no_object_is_still_planned(pipeline):
    x = run(pipeline, "2021年5月，市政协将围绕农村垃圾分类开展专题视察，并将视察成果列为年度重点提案线索。", publisher="cq-cppcc")
    (visit,) = [i for i in x.initiatives if i.type == "inspection"]
    assert visit.status == "planned"


def test_a_plan_items_field_lines_are_not_read_into_its_words(pipeline):
    x = run(pipeline, "政协大足区第十届委员会\n2026年度协商工作计划\n一、专题协商\n"
                      "1.围绕石刻文旅融合,做好文创产品开发开展专题协商\n协商时间:5月份\n承办单位:文化文史和学习委\n"
                      "2.围绕城乡供水一体化开展专题协商\n协商时间:9月份\n")
    consultations = [i for i in x.initiatives if i.type == "consultation"]
    assert len(consultations) == 2
    assert {i.status for i in consultations} == {"planned"}


def test_years_a_clause_gives_its_work_after_its_actor_date_it(pipeline):
    x = run(pipeline, "2023年1月5日，回望三年，市政协2020年至2022年连续三年开展“助推双城经济圈建设”重点履职活动。"
                      "两地政协2021年举行联合远程协商会。", publisher="cq-cppcc")
    campaign = next(i for i in x.initiatives if i.type == "campaign")
    consultation = next(i for i in x.initiatives if i.type == "consultation")
    assert (campaign.period.start, campaign.period.end) == (2020, 2022)
    assert (consultation.period.start, consultation.period.end) == (2021, 2021)


def test_a_year_compared_with_or_inside_a_title_does_not_date_the_work(pipeline):
    x = run(pipeline, "2023年1月5日，市政协审议通过《2021年度协商计划》执行情况报告，并比2021年多开展专题协商2次。",
            publisher="cq-cppcc")
    assert all(i.period is None or i.period.start == 2023 for i in x.initiatives)


def test_items_after_a_head_with_a_colon_that_is_not_the_sentences_first_part_are_planned(pipeline):
    x = run(pipeline, "2024年6月12日，会议商定，将对调研成果进行梳理，形成联名提案；同时明确下半年三地政协联合履职重点："
                      "一是围绕天然气化工协同发展开展联合调研；二是联合举办政协委员履职能力培训班；三是共同编印文史资料选辑。",
            publisher="cppcc-kaizhou")
    assert {i.status for i in x.initiatives} == {"planned"}
    assert len(x.initiatives) == 4


def test_oversight_called_special_or_joint_is_oversight(pipeline):
    x = run(pipeline, "2024年6月12日，潼南区政协与遂宁市政协座谈交流，商定下半年联合开展琼江水环境专项监督。")
    (oversight,) = [i for i in x.initiatives if i.type == "supervision"]
    assert oversight.status == "planned"
    assert "琼江水环境" in oversight.label


def test_a_special_committees_own_year_review_is_told_by_that_committee(pipeline):
    x = run(pipeline, "市政协农业和农村委员会2025年工作总结\n\n发布时间：2026-01-09\n\n"
                      "2025年，委员会组织委员和专家分3个小组，先后到万州、城口等8个区县开展调研。"
                      "委员会还举办农业农村领域委员履职能力培训班。")
    assert x.initiatives
    assert {organizer_labels(x, i)[0] for i in x.initiatives} == {"政协重庆市委员会农业和农村委员会"}


def test_a_news_item_about_a_special_committee_is_not_its_own_review(pipeline):
    x = run(pipeline, "市政协召开主席会议\n\n发布时间：2026-01-09\n\n"
                      "1月8日，市政协召开主席会议，听取市政协农业和农村委员会2025年工作情况汇报。", publisher="cq-cppcc")
    assert [organizer_labels(x, i) for i in x.initiatives] == [["政协重庆市委员会"]]


def test_in_a_special_committees_review_the_next_numbered_item_is_its_own_again(pipeline):
    x = run(pipeline, "市政协农业和农村委员会2025年工作总结\n\n"
                      "（一）与四川省政协农业和农村委员会联合开展油菜产业调研。\n"
                      "（二）举办农业农村领域委员履职能力培训班。\n")
    training = next(i for i in x.initiatives if i.type == "study")
    assert organizer_labels(x, training) == ["政协重庆市委员会农业和农村委员会"]
    assert not training.joint_sichuan_chongqing


def test_a_long_list_of_places_on_both_sides_before_one_head_is_each_places_committee(pipeline):
    x = run(pipeline, "2025年4月16日，四川省宜宾市、泸州市、自贡市、内江市和重庆市永川区、江津区、荣昌区、大足区政协"
                      "在永川联合召开协商会。")
    (meeting,) = x.initiatives
    assert len(meeting.organizers) == 8
    assert meeting.joint_sichuan_chongqing


def test_a_collective_counted_by_its_committees_is_the_committees_listed(pipeline):
    x = run(pipeline, "2025年4月16日，联席会议在永川召开，四川省宜宾市、泸州市、自贡市和重庆市永川区、江津区、荣昌区政协"
                      "主要负责同志参加会议。会前，六市区政协秘书长召开联络员会议。")
    liaison = next(i for i in x.initiatives if "联络员会议" in i.label)
    assert len(liaison.organizers) == 6
    assert liaison.joint_sichuan_chongqing


def test_four_committees_counted_by_places_stand_for_the_four_named(pipeline):
    x = run(pipeline, "2026年2月10日，内江市、自贡市政协与永川区、大足区政协签订合作协议。四地政协将联合开展成渝中线沿线产业调研。")
    (research,) = [i for i in x.initiatives if i.type == "research"]
    assert len(research.organizers) == 4
    assert research.joint_sichuan_chongqing


def test_a_bulletin_that_speaks_of_itself_gives_no_briefing(pipeline):
    for text in ("2024年1月10日，现将2023年度委员履职情况通报如下。", "2024年1月10日，通报显示，全年委员提交提案212件。",
                 "2024年1月10日，从通报看，委员履职积极性明显提高。"):
        x = run(pipeline, text, publisher="cppcc-tongnan")
        assert [i for i in x.initiatives if i.type == "briefing"] == [], text


def test_a_briefing_heard_at_a_sitting_is_still_read(pipeline):
    x = run(pipeline, "2024年1月10日，区政协召开常委会议，听取区政府关于经济运行情况的通报。", publisher="cppcc-tongnan")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_proposals_tallied_for_each_author_after_respectively_are_one_proposal_each(pipeline):
    x = run(pipeline, "2024年1月12日，区政协通报委员履职情况。教育界、农业界委员分别提交提案19件和15件，"
                      "民盟大足区委、农工党大足区委分别提交集体提案5件和3件。", publisher="cppcc-dazu")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert sorted(i.label for i in proposals) == sorted(["教育界委员提案", "农业界委员提案", "民盟大足区委集体提案",
                                                         "农工党大足区委集体提案"])
    assert all(len(i.organizers) == 1 for i in proposals)


def test_counts_that_do_not_match_the_authors_leave_one_proposal(pipeline):
    x = run(pipeline, "2024年1月12日，区政协通报委员履职情况。教育界、农业界、经济界委员分别提交提案19件和15件。",
            publisher="cppcc-dazu")
    assert len([i for i in x.initiatives if i.type == "proposal"]) == 1


def test_notes_and_materials_of_a_visit_are_no_visit(pipeline):
    for text in ("2023年2月，委员某某正在伏案整理调研笔记。", "2023年2月，委员某某正在整理视察材料。"):
        x = run(pipeline, text, publisher="cq-cppcc")
        assert x.initiatives == (), text


def test_a_visit_on_new_materials_is_a_visit(pipeline):
    x = run(pipeline, "2023年2月，市政协围绕新材料产业发展开展调研。", publisher="cq-cppcc")
    assert [i.type for i in x.initiatives] == ["research"]


def test_a_practice_already_kept_for_years_without_a_subject_is_background(pipeline):
    x = run(pipeline, "2024年8月28日，潼南区政协与遂宁市政协联合巡河。两地政协已连续5年开展联合巡河。")
    assert len(x.initiatives) == 1


def test_a_practice_kept_for_years_on_a_subject_is_still_told(pipeline):
    x = run(pipeline, "2024年5月8日，民盟大足区委已连续六年就乡村学校建设提交集体提案。")
    assert [i.type for i in x.initiatives] == ["proposal"]


def test_what_the_two_sides_members_say_at_their_sitting_is_its_business(pipeline):
    x = run(pipeline, "2024年5月10日，潼南区政协与遂宁市政协召开座谈会。两地委员和专家学者60余人围绕涪江流域协同治理建言献策。")
    assert [i.type for i in x.initiatives] == ["meeting"]


_NOTICE = ("大足政协网\n首页 > 通知公告\n\n关于召开区政协十届常委会第九次会议的通知\n\n发布时间：2025-08-20\n\n"
           "各位常委：\n经区政协十届第二十一次主席会议研究，决定于2025年8月28日召开区政协十届常委会第九次会议。"
           "会议内容：围绕“推进石刻文旅融合发展”开展专题协商。会前，组织常委赴宝顶镇开展视察。\n")


def test_what_a_notice_calling_a_sitting_tells_is_to_come(pipeline):
    x = run(pipeline, _NOTICE, publisher="cppcc-dazu")
    assert x.initiatives and {i.status for i in x.initiatives} == {"planned"}


def test_a_sitting_cited_as_the_ground_of_a_decision_is_no_work(pipeline):
    x = run(pipeline, _NOTICE, publisher="cppcc-dazu")
    assert not any("主席会议" in i.evidence.text for i in x.initiatives)


def test_numbered_lines_after_the_main_work_done_are_done(pipeline):
    x = run(pipeline, "2024年1月10日，隆昌市政协2023年川渝协作工作情况。2023年，市政协与荣昌区政协加强联动。主要工作如下：\n"
                      "（一）两地政协在隆昌召开第二次主席联席会议。\n（二）市政协就渝昆高铁隆昌北站配套建设情况开展专题视察。\n")
    assert {i.status for i in x.initiatives} == {"done"}


def test_the_work_told_said_again_as_one_of_its_kind_is_no_new_work(pipeline):
    x = run(pipeline, "2024年10月12日，遂宁市政协与潼南区政协联合举办书画联展。这已是两地政协第三次联合举办书画联展。")
    assert len(x.initiatives) == 1


def test_satisfaction_rated_on_proposals_handled_is_oversight(pipeline):
    x = run(pipeline, "2025年6月12日，荣昌区政协召开提案办理协商会。提案者还对上述提案的办理情况进行了满意度测评。")
    assert [i.type for i in x.initiatives] == ["consultation", "supervision"]
