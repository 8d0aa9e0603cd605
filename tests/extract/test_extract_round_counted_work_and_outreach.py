"""Issue 12, the round of counted work, outreach to villages, session news, proposal reports,
chronicles and chairs' articles: the forms its blind sets showed, read as their readers would.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import organizer_labels, run


def test_kinds_of_work_counted_after_one_subject_are_each_work_on_it(pipeline):
    x = run(pipeline, "2025年12月16日讯，今年以来，大足区政协与安岳县政协围绕柠檬产业协同发展开展联合调研3次、联合视察2次。")
    kinds = {i.type: i for i in x.initiatives}
    assert set(kinds) == {"research", "inspection"}
    assert all("柠檬产业" in i.label for i in kinds.values())
    assert all(i.joint_sichuan_chongqing for i in kinds.values())


def test_kinds_counted_for_the_centre_of_the_work_stay_a_tally(pipeline):
    x = run(pipeline, "2025年12月16日讯，今年以来，区政协围绕中心工作开展调研12次、视察8次。")
    assert not [i for i in x.initiatives if i.type in ("research", "inspection")]


def test_kinds_counted_with_no_subject_stay_a_tally(pipeline):
    x = run(pipeline, "2025年12月16日讯，今年以来，区政协共开展调研12次、视察8次。")
    assert not [i for i in x.initiatives if i.type in ("research", "inspection")]


def test_work_counted_after_what_it_looked_at_is_that_work(pipeline):
    x = run(pipeline, "2025年12月20日讯，今年区政协组织委员对琼江干流潼南段开展专项视察2次。")
    (seen,) = [i for i in x.initiatives if i.type == "inspection"]
    assert "琼江" in seen.label


def test_culture_taken_to_villages_is_outreach_work(pipeline):
    x = run(pipeline, "1月13日，潼南区政协在崇龛镇开展文化惠民进村活动。")
    (work,) = x.initiatives
    assert work.type == "other"
    assert organizer_labels(x, work) == ["政协重庆市潼南区委员会"]


def test_a_quoted_name_before_the_outreach_words_keeps_them_one_work(pipeline):
    x = run(pipeline, "1月13日，潼南区政协与遂宁市政协联合开展“暖冬行”科技下乡活动。")
    (work,) = x.initiatives
    assert "暖冬行" in work.label
    assert work.joint_sichuan_chongqing


def test_outreach_words_as_an_aim_are_no_work(pipeline):
    x = run(pipeline, "1月13日讯，区政协将推动文化下乡常态化。")
    assert not [i for i in x.initiatives if i.type == "other"]


def test_a_sites_welcome_line_is_no_part_of_the_headline(pipeline):
    x = run(pipeline, "某区政协网站欢迎您！　今天是：2025年1月16日 星期四\n首页 > 工作动态\n\n"
                      "潼南区政协开展“暖冬行”义诊活动\n\n"
                      "1月13日，潼南区政协在崇龛镇开展“暖冬行”义诊活动。委员们为群众义诊300余人次。\n")
    assert len([i for i in x.initiatives if i.type == "other"]) == 1


def test_information_sent_jointly_and_counted_is_information_work(pipeline):
    x = run(pipeline, "2024年12月讯，今年遂宁市政协与潼南区政协联名向全国政协报送社情民意信息30余篇。")
    (sent,) = [i for i in x.initiatives if i.type == "information"]
    assert sent.joint_sichuan_chongqing


def test_information_gathered_on_a_stated_subject_and_counted_is_information_work(pipeline):
    x = run(pipeline, "2024年12月讯，今年区政协收集反映疫情防控相关社情民意信息42条。")
    assert [i.type for i in x.initiatives] == ["information"]


def test_the_years_information_counted_by_the_committee_stays_a_statistic(pipeline):
    x = run(pipeline, "2024年12月讯，今年区政协向市政协报送社情民意信息600余篇。")
    assert not [i for i in x.initiatives if i.type == "information"]


def test_proposals_two_committees_put_in_together_and_counted_are_their_proposal(pipeline):
    x = run(pipeline, "2023年1月讯，去年荣昌区政协与隆昌市政协联名提交提案7件，内容涉及濑溪河治理等。")
    (put_in,) = [i for i in x.initiatives if i.type == "proposal"]
    assert organizer_labels(x, put_in) == ["政协重庆市荣昌区委员会", "政协隆昌市委员会"]
    assert put_in.joint_sichuan_chongqing


def test_proposals_put_in_together_and_then_named_each_are_told_by_their_titles(pipeline):
    x = run(pipeline, "2023年3月讯，荣昌区政协与隆昌市政协联名提交提案2件，分别是《关于甲的提案》《关于乙的提案》。")
    assert not [i for i in x.initiatives if "2件" in i.evidence.text and i.type == "proposal"
                and not ("甲" in i.label or "乙" in i.label)]


def test_members_putting_in_proposals_together_is_a_tally(pipeline):
    x = run(pipeline, "2023年1月讯，去年市政协委员与区政协委员联名提交提案7件。")
    assert not [i for i in x.initiatives if i.type == "proposal"]


def test_a_committee_invited_to_take_part_is_not_the_writer_of_the_bare_forms(pipeline):
    x = run(pipeline, "荣昌日报数字报　2023年01月11日　星期三\n第02版：要闻　　上一版　下一版\n\n"
                      "1月10日，区政协提案委员会向区政协十届二次会议报告了一年来的提案工作情况。"
                      "荣昌区、隆昌市有关部门负责人现场回应委员关切。"
                      "今年区政协将与隆昌市政协联合开展专项监督，并邀请内江市东兴区政协参与。")
    assert {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}["区政协提案委员会"] == "荣昌区政协提案委员会"


def test_a_shortcoming_named_after_a_word_of_work_is_no_work(pipeline):
    x = run(pipeline, "2023年1月讯，报告指出，提案工作还存在不足：个别提案调研不深、建议不实；"
                      "有的联合调研“联”而不“合”；部分提案调研不够扎实。")
    assert not x.initiatives


def test_a_principle_of_how_work_must_be_done_is_no_work(pipeline):
    x = run(pipeline, "2023年1月讯，提高提案质量，必须依靠委员深入调查研究。")
    assert not x.initiatives


def test_work_counted_with_a_floor_is_still_work(pipeline):
    x = run(pipeline, "2023年1月讯，今年区政协将围绕乡村振兴开展调研不少于3次。")
    assert [i.type for i in x.initiatives] == ["research"]


def test_an_inspection_of_the_central_districts_is_an_inspection(pipeline):
    x = run(pipeline, "2025年11月20日讯，市政协组织部分委员视察中心城区冬季燃气安全保供工作。")
    (seen,) = x.initiatives
    assert seen.type == "inspection"
    assert "燃气" in seen.label


def test_a_named_team_coming_to_a_place_is_its_work(pipeline):
    x = run(pipeline, "2022年6月8日，遂宁市政协与潼南区政协“涪江流域协同保护”联合调研组来遂。")
    (came,) = x.initiatives
    assert came.type == "research"
    assert "涪江流域协同保护" in came.label
    assert came.joint_sichuan_chongqing


def test_a_team_coming_to_do_its_work_is_one_work(pipeline):
    x = run(pipeline, "2022年6月8日，遂宁市政协与潼南区政协联合调研组来到潼南调研涪江航运。")
    assert [i.type for i in x.initiatives] == ["research"]


def test_work_counted_with_two_rivers_in_its_name_is_work_on_them(pipeline):
    x = run(pipeline, "2022年12月讯，今年两地政协联合开展嘉陵江、渠江流域水生态保护专题视察2次。")
    (seen,) = x.initiatives
    assert "渠江" in seen.label


def test_kinds_of_work_listed_in_a_counted_whole_stay_a_tally(pipeline):
    x = run(pipeline, "2022年12月讯，三县市政协全年共开展联合调研、联席协商、联名提案等联合履职活动11项。")
    assert not [i for i in x.initiatives if i.type in ("research", "consultation", "proposal")]


def test_a_year_summary_with_next_years_plan_is_planned_only_in_its_plan_section(pipeline):
    x = run(pipeline, "政协某县委员会2023年工作总结和2024年工作计划\n\n"
                      "一、2023年工作总结\n5月，县政协围绕柠檬产业发展开展专题调研。\n\n"
                      "二、2024年工作计划\n（一）围绕农村饮水安全开展民主监督。\n")
    research = next(i for i in x.initiatives if i.type == "research")
    assert (research.status, research.period.start) == ("done", 2023)
    supervision = next(i for i in x.initiatives if i.type == "supervision")
    assert (supervision.status, supervision.period.start) == ("planned", 2024)


def test_a_plan_alone_in_the_title_is_planned_throughout(pipeline):
    x = run(pipeline, "政协某县委员会2024年工作计划\n\n一、围绕柠檬产业发展开展专题调研。\n")
    assert [i.status for i in x.initiatives] == ["planned"]


def test_work_to_come_in_a_review_of_years_is_of_the_last_year(pipeline):
    x = run(pipeline, "2024-11-05　来源：某日报\n\n三年来，遂宁市政协与潼南区政协共开展联合调研12次。"
                      "下一步，两地政协将围绕涪江防洪开展联合视察。")
    (to_come,) = [i for i in x.initiatives if i.status == "planned"]
    assert (to_come.period.start, to_come.period.end) == (2024, 2024)


def test_members_duty_assessment_put_in_place_is_oversight(pipeline):
    x = run(pipeline, "2025年12月讯，今年县政协推行委员履职积分管理，并开展委员履职量化考核。")
    assert [i.type for i in x.initiatives] == ["supervision", "supervision"]


def test_the_rules_of_a_duty_assessment_are_no_oversight(pipeline):
    x = run(pipeline, "2025年12月讯，县政协修订了委员履职量化考核办法。")
    assert not [i for i in x.initiatives if i.type == "supervision"]


def test_what_research_shows_and_what_consultation_can_do_are_no_work(pipeline):
    x = run(pipeline, "2025年12月讯，调研显示，区内企业融资难。跨省协商能够有效破解毗邻地区共性难题。")
    assert not x.initiatives


def test_a_committee_that_came_to_the_texts_place_by_its_initial_and_the_host_are_the_two_sides(pipeline):
    x = run(pipeline, "发布时间：2024-04-19　来源：潼南区政协办公室\n\n"
                      "4月17日，四川省射洪市政协主席率考察团来潼，开展学习考察。18日上午，两地政协在区政协机关召开交流座谈会。")
    (met,) = [i for i in x.initiatives if i.type == "meeting"]
    assert list(met.organizers) == ["cppcc-shehong-sc", "cppcc-tongnan"]
    assert met.joint_sichuan_chongqing


def test_an_organ_that_came_to_meet_its_counterpart_does_not_pair_with_the_host_committee(pipeline):
    x = run(pipeline, "发布时间：2024-04-19　来源：涪陵区政协办公室\n\n"
                      "当天下午，长寿区政协文化文史和学习委员会一行来涪，与区政协文化文史和学习委员会座谈交流。"
                      "双方商定，下半年将联合举办委员读书会。")
    planned = next(i for i in x.initiatives if i.status == "planned")
    assert "政协重庆市涪陵区委员会" not in organizer_labels(x, planned)


def test_plan_items_opening_their_own_paragraphs_after_a_lead_of_work_to_come_are_planned(pipeline):
    x = run(pipeline, "2023年1月10日讯，报告提出，2023年区政协将重点抓好以下工作。\n"
                      "一是围绕生猪产业开展专题调研。\n二是与隆昌市政协联合开展濑溪河巡河视察。\n"
                      "王某在讲话中对区政协过去一年的工作给予肯定。\n")
    assert {i.type: i.status for i in x.initiatives} == {"research": "planned", "inspection": "planned"}


def test_plan_items_under_bulleted_headings_are_planned(pipeline):
    x = run(pipeline, "2023年1月6日讯，今年，县政协将重点做好以下工作。\n\n■ 强化理论武装\n"
                      "举办全县政协委员专题培训班。\n\n■ 紧扣中心议政建言\n围绕柠檬产业数字化转型开展专题协商。\n")
    assert {i.status for i in x.initiatives} == {"planned"}


def test_a_review_handed_over_as_follows_is_done(pipeline):
    x = run(pipeline, "2025年1月8日讯，现将主要情况报告如下。\n一是区政协赴高竹新区开展联合视察。\n")
    assert [i.status for i in x.initiatives] == ["done"]


def test_preparing_the_next_sitting_told_with_no_name_is_no_work_yet(pipeline):
    x = run(pipeline, "2025年11月讯，会议商定，永川区政协将认真做好下次联席会议的筹备工作。")
    assert not x.initiatives


def test_preparing_a_named_session_is_a_planned_meeting(pipeline):
    x = run(pipeline, "2025年11月讯，区政协将认真做好区政协十届五次会议的筹备工作。")
    assert [(i.type, i.status) for i in x.initiatives] == [("meeting", "planned")]


def test_a_column_items_title_line_over_its_date_is_told_again_by_its_summary(pipeline):
    x = run(pipeline, "区政协 工作动态\n\n区政协召开专题协商会聚焦柠檬产业链延伸\n2023-10-12\n"
                      "10月11日，区政协召开专题协商会，围绕柠檬产业链延伸开展协商。\n\n"
                      "遂潼两地政协联合视察涪江流域生态环境保护\n2023-11-21\n"
                      "11月20日，遂宁市政协与潼南区政协组成联合视察组，沿涪江察看了污水治理设施运行情况。\n")
    assert sorted(i.type for i in x.initiatives) == ["consultation", "inspection"]


def test_a_team_formed_is_labelled_by_what_the_next_clause_says_it_looked_at(pipeline):
    x = run(pipeline, "11月20日讯，遂宁市政协与潼南区政协组成联合视察组，沿涪江察看了跨界断面水质监测站运行情况。")
    (seen,) = x.initiatives
    assert seen.label == "跨界断面水质监测站运行联合视察"
    assert "水质监测站" in seen.evidence.text


def test_a_team_that_went_somewhere_first_is_labelled_by_what_it_then_looked_at(pipeline):
    x = run(pipeline, "5月讯，潼南区、安岳县和大足区政协组成联合调研组，深入三地柠檬种植基地，调研柠檬产业协同发展情况。")
    (went,) = x.initiatives
    assert went.label == "柠檬产业协同发展联合调研"


def test_the_two_provinces_committees_are_not_the_city_and_district_that_went_along(pipeline):
    x = run(pipeline, "6月12日讯，四川省政协和重庆市政协在泸州、永川两地开展重点提案联合督办。"
                      "泸州市政协、永川区政协有关负责同志陪同督办。今年1月，两省市政协将其列为年度联合督办件。")
    listed = next(i for i in x.initiatives if "督办件" in i.evidence.text)
    assert set(listed.organizers) == {"cq-cppcc", "sc-cppcc"}


def test_a_bullet_before_the_actor_leaves_it_the_actor(pipeline):
    x = run(pipeline, "1月21日，政协四川省第十三届委员会第二次会议在成都开幕。\n\n■ 关键词1　联合协商\n"
                      "▶ 川渝政协围绕共建巴蜀文化旅游走廊，在重庆联合召开专题协商会。")
    (met,) = [i for i in x.initiatives if i.type == "consultation"]
    assert set(met.organizers) == {"cq-cppcc", "sc-cppcc"}
    assert met.joint_sichuan_chongqing


def test_a_joint_sitting_attended_is_held_by_the_committees_its_name_holds(pipeline):
    x = run(pipeline, "2023年3月9日讯，潼南区政协主席一行到遂宁市，参加遂宁市政协与潼南区政协第四次联席会议。")
    (met,) = x.initiatives
    assert set(met.organizers) == {"cppcc-suining-sc", "cppcc-tongnan"}
    assert met.joint_sichuan_chongqing


def test_a_committees_own_session_attended_stays_its_own(pipeline):
    x = run(pipeline, "2023年1月9日讯，区委书记出席潼南区政协十六届二次会议开幕会。")
    assert all(i.organizers == ("cppcc-tongnan",) for i in x.initiatives if i.type == "meeting")


def test_an_explainers_figure_lines_are_figures_each_and_tell_no_work(pipeline):
    x = run(pipeline, "2024年1月讯\n\n▍数说2023\n收到提案　236件\n经审查立案　201件（其中集体提案27件）\n"
                      "提案办结率　100%\n组织视察调研　19次\n")
    assert not x.initiatives
    assert {m.value for m in x.metrics} >= {236, 201, 19}


def test_kinds_of_work_named_in_a_counted_whole_are_a_tally(pipeline):
    x = run(pipeline, "2024年12月讯，今年市政协常委会围绕现代化建设开展协商、视察、调研等履职活动61项。")
    assert not x.initiatives


def test_outreach_named_in_a_counted_whole_is_still_told(pipeline):
    x = run(pipeline, "2024年12月讯，今年委员工作室联合隆昌市政协开展送医下乡、法律咨询、农技指导等活动9场次。")
    assert x.initiatives


def test_the_committees_own_information_sent_to_the_national_committee_is_a_tally(pipeline):
    x = run(pipeline, "2024年12月讯，今年市政协报送全国政协的社情民意信息共760余篇。")
    assert not [i for i in x.initiatives if i.type == "information"]


def test_information_on_a_stated_subject_sent_up_is_information_work(pipeline):
    x = run(pipeline, "2024年12月讯，今年江津区政协共向市政协报送涉及泸永江协作的社情民意信息21篇。")
    assert [i.type for i in x.initiatives] == ["information"]


def test_committees_invited_to_sit_in_are_guests_not_the_actors_after(pipeline):
    x = run(pipeline, "1月10日下午，荣昌区政协十六届四次会议闭幕。四川省隆昌市政协、内江市东兴区政协负责同志应邀列席会议。"
                      "闭幕会前，大会召开选举会议。")
    elected = next(i for i in x.initiatives if "选举" in i.evidence.text)
    assert elected.organizers == ("cppcc-rongchang",)


def test_posts_filled_name_no_proposers(pipeline):
    x = run(pipeline, "1月10日下午，荣昌区政协十六届四次会议闭幕。大会增选李某为区政协副主席，张某、王某为区政协常务委员。"
                      "本次会议共收到提案236件。从内容看，涉及经济建设的74件，涉及民生保障的86件。")
    assert all(i.organizers == ("cppcc-rongchang",) for i in x.initiatives if i.type == "proposal")


def test_the_years_work_fixed_at_a_sitting_is_planned(pipeline):
    x = run(pipeline, "2025年6月讯，今年3月，合川区政协与武胜县政协在广安召开联席会议，"
                      "确定全年联合开展嘉陵江流域联合民主监督和稻渔产业联合调研2项工作。")
    assert {i.type: i.status for i in x.initiatives if i.type != "meeting"} == {"supervision": "planned", "research": "planned"}


def test_a_sessions_business_to_come_stays_to_come_item_after_item(pipeline):
    x = run(pipeline, "2024年1月15日讯，区政协十六届三次会议开幕。会议期间，委员们将列席区人大会议开幕会，听取政府工作报告；"
                      "分组讨论常委会工作报告，并举行大会发言。")
    later = [i for i in x.initiatives if "分组讨论" in i.evidence.text or "大会发言" in i.evidence.text]
    assert later and {i.status for i in later} == {"planned"}


def test_proposals_counted_by_what_they_concern_with_a_verb_of_having_are_one_each(pipeline):
    x = run(pipeline, "2024年1月讯，江津区政协十六届三次会议收到提案198件，经审查立案176件。"
                      "从内容看，涉及成渝地区双城经济圈建设的有37件，涉及乡村振兴的有29件。")
    assert sorted(i.label for i in x.initiatives if i.type == "proposal") == ["提案：乡村振兴", "提案：成渝地区双城经济圈建设"]


def test_a_councils_numbered_sitting_or_a_forums_edition_prepared_is_a_planned_meeting(pipeline):
    x = run(pipeline, "2026年1月讯，今年区政协将重点做好两项工作：一是深化协作；二是筹办遂潼两地政协联席会议第五次会议。"
                      "市政协还将筹办第三届“遂潼政协论坛”。")
    met = [i for i in x.initiatives if i.type == "meeting"]
    assert [i.status for i in met] == ["planned", "planned"]
    assert any("第五次会议" in i.label for i in met) and any("论坛" in i.label for i in met)
