"""Issue 12, the round of proposal work, cooperation agreements, sectors, border alliances and
culture-and-history work: the forms its blind sets showed, read as their readers would.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from cppcckg.ingest.reports import report_from_bytes
from tests.extract.test_extract_general import organizer_labels, run


def test_advice_to_be_worked_into_a_joint_proposal_after_a_comma_is_a_planned_proposal(pipeline):
    x = run(pipeline, "6月4日，合川区政协组织委员开展视察。视察组将对收集到的意见建议进行梳理，形成联名提案，在明年两会期间提交。")
    (proposal,) = [i for i in x.initiatives if i.type == "proposal"]
    assert proposal.status == "planned"
    assert organizer_labels(x, proposal) == ["政协重庆市合川区委员会"]


def test_advice_to_be_sorted_and_formed_into_a_proposal_is_a_planned_proposal(pipeline):
    x = run(pipeline, "6月4日，江津区政协组织委员开展视察。区政协将把视察中收集的意见建议梳理形成提案。")
    (proposal,) = [i for i in x.initiatives if i.type == "proposal"]
    assert proposal.status == "planned"


def test_results_to_be_merged_into_a_visit_report_are_a_planned_publication(pipeline):
    x = run(pipeline, "6月4日，合川区政协组织委员开展视察。区政协将把视察成果整合为视察报告，报送区委、区政府。")
    (report,) = [i for i in x.initiatives if i.type == "publication"]
    assert report.status == "planned"
    assert organizer_labels(x, report) == ["政协重庆市合川区委员会"]


def test_results_to_be_sorted_into_information_are_planned_information(pipeline):
    x = run(pipeline, "6月4日，合川区政协召开协商会。区政协将把协商成果梳理形成社情民意信息，报送市政协和区委、区政府。")
    (information,) = [i for i in x.initiatives if i.type == "information"]
    assert information.status == "planned"


def test_a_report_formed_from_work_done_is_no_work_of_its_own(pipeline):
    x = run(pipeline, "6月4日，合川区政协组织委员开展视察。视察组对收集到的意见建议进行梳理，形成视察报告。")
    assert [i.type for i in x.initiatives] == ["inspection"]


def test_the_stories_a_page_lists_under_related_articles_give_no_facts(pipeline):
    x = run(pipeline, "本报讯 5月9日，铜梁区政协组织委员视察城区污水管网建设，察看了三处施工现场。"
                      "委员们建议加快雨污分流改造进度。\n\n责任编辑：李某\n\n相关文章\n\n"
                      "· 区政协召开专题协商会 聚焦老旧小区改造\n· 市政协召开五届常委会第九次会议\n")
    assert [i.type for i in x.initiatives] == ["inspection"]


def test_quoted_subjects_counted_right_before_the_work_are_one_piece_of_work_each(pipeline):
    x = run(pipeline, "2024年，川渝两省市政协围绕“山区茶叶品牌共建”“跨省客运班线优化”“界河水质联防联治”3个课题开展联合调研。")
    research = [i for i in x.initiatives if i.type == "research"]
    assert len(research) == 3
    assert any("茶叶品牌" in i.label for i in research)
    assert all(i.joint_sichuan_chongqing for i in research)


def test_quoted_subjects_of_a_clause_of_their_own_are_the_subjects_of_the_work_after_them(pipeline):
    x = run(pipeline, "2024年，围绕“山区茶叶品牌共建”“跨省客运班线优化”2个课题，川渝两省市政协组成的联合调研组先后深入两地8个区县开展调研。")
    research = [i for i in x.initiatives if i.type == "research"]
    assert sorted("茶叶" in i.label for i in research) == [False, True]
    assert all(i.joint_sichuan_chongqing for i in research)


def test_quoted_subjects_before_other_work_told_between_are_not_the_later_works(pipeline):
    x = run(pipeline, "2024年，围绕“山区茶叶品牌共建”“跨省客运班线优化”，川渝两地政协召开座谈会，随后组成调研组开展调研。")
    assert len([i for i in x.initiatives if i.type == "research"]) == 1


def test_work_counted_then_its_subjects_in_turn_is_one_piece_of_work_per_subject(pipeline):
    x = run(pipeline, "2024年，县政协开展专题视察3次，分别就城区停车难、中小学校舍安全、森林防火进行视察。")
    visits = [i for i in x.initiatives if i.type == "inspection"]
    assert len(visits) == 3
    assert all(organizer_labels(x, i) == ["县政协"] for i in visits)


def test_work_counted_with_more_subjects_than_the_count_stays_one(pipeline):
    x = run(pipeline, "2024年，县政协开展专题视察2次，分别就城区停车难、中小学校舍安全、森林防火进行视察。")
    assert len([i for i in x.initiatives if i.type == "inspection"]) == 1


def test_sittings_held_each_for_one_of_the_sectors_listed_are_one_meeting_each(pipeline):
    x = run(pipeline, "2024年，县政协分别组织召开了农业农村界、医药卫生界、教育界委员座谈会，交流履职体会。")
    assert sorted(i.label for i in x.initiatives if i.type == "meeting") == [
        "农业农村界委员座谈会", "医药卫生界委员座谈会", "教育界委员座谈会"]


def test_one_sitting_of_two_sectors_together_stays_one_meeting(pipeline):
    x = run(pipeline, "2024年，县政协召开农业农村界和医药卫生界委员座谈会。")
    assert len([i for i in x.initiatives if i.type == "meeting"]) == 1


def test_members_duty_rated_is_oversight(pipeline):
    x = run(pipeline, "2024年，县政协对全县180名委员一年来的履职开展了严格的量化考核。")
    (rating,) = x.initiatives
    assert rating.type == "supervision"


def test_rules_for_rating_drawn_up_are_no_rating(pipeline):
    x = run(pipeline, "2024年，县政协修订了委员履职考核办法，进行考核工作动员。")
    assert not [i for i in x.initiatives if i.type == "supervision"]


def test_places_listed_after_from_and_counted_after_de_are_each_places_committee(pipeline):
    x = run(pipeline, "9月8日，来自南充、广安和重庆市合川区、潼南区的四市区政协委员在合川开展联合视察。")
    (visit,) = x.initiatives
    assert sorted(organizer_labels(x, visit)) == sorted(
        ["政协南充市委员会", "政协广安市委员会", "政协重庆市合川区委员会", "政协重庆市潼南区委员会"])
    assert visit.joint_sichuan_chongqing


def test_a_sectors_consultation_named_with_the_sector_is_a_consultation(pipeline):
    x = run(pipeline, "2024年5月，合川区政协与广安市政协联合开展“共护嘉陵江”环境资源界别协商活动。")
    (consultation,) = x.initiatives
    assert consultation.type == "consultation"
    assert consultation.joint_sichuan_chongqing


def test_an_exhibition_of_results_opened_somewhere_is_an_event(pipeline):
    x = run(pipeline, "2023年9月，由潼南区政协主办的“涪江船工”史料展在区文化馆开展。")
    (exhibition,) = x.initiatives
    assert exhibition.type == "event"
    assert exhibition.organizers == ("cppcc-tongnan",)


def test_oral_history_recorded_is_work_of_its_own(pipeline):
    x = run(pipeline, "2023年，合川区政协启动“嘉陵船歌”口述史采集项目，访谈老船工20余人。")
    assert [i.type for i in x.initiatives] == ["other"]


def test_history_materials_collected_from_members_are_work(pipeline):
    x = run(pipeline, "2022年，市政协文化文史和学习委员会面向全市政协委员征集“三亲”史料。")
    (collecting,) = x.initiatives
    assert collecting.type == "publication"


def test_a_second_look_at_proposals_handled_is_a_campaign(pipeline):
    x = run(pipeline, "2024年，区政协提案委员会联合区政府办公室开展提案办理“回头看”。")
    (look,) = x.initiatives
    assert look.type == "campaign"


def test_a_meeting_on_the_second_look_stays_a_meeting(pipeline):
    x = run(pipeline, "2024年，县政协召开重点提案办理“回头看”工作会。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_the_satisfaction_with_proposals_handled_rated_is_oversight(pipeline):
    x = run(pipeline, "2024年，市政协提案委员会将于8月组织委员对已答复的交通类提案开展办理满意度测评。")
    (rating,) = x.initiatives
    assert (rating.type, rating.status) == ("supervision", "planned")


def test_what_one_side_may_join_under_an_agreement_is_no_work(pipeline):
    x = run(pipeline, "2021年，三方商定：乙方、丙方委员可应邀参加甲方组织的民主监督性视察。")
    assert not x.initiatives


def test_what_committees_may_do_in_a_suggestion_is_no_work(pipeline):
    x = run(pipeline, "2023年，某市政协建议，四地政协可在界河支流治理上联合开展监督。")
    assert not x.initiatives


def test_cities_named_as_a_linked_meetings_venues_do_not_place_a_bare_city_committee(pipeline):
    x = run(pipeline, "重庆政协网\n首页 | 要闻 | 川渝合作\n\n川渝政协联合举行远程协商会\n\n发布时间：2024-10-10 09:30　来源：市政协办公厅\n\n"
                      "10月9日下午，川渝两省市政协以“毗邻地区文旅融合”为题，联合举行远程协商会。会议设重庆、成都两个主会场，"
                      "江津区、合川区政协和四川省泸州市、南充市、广安市政协分别设立分会场。市政协副主席林某在重庆主会场主持会议，"
                      "四川省政协副主席贺某在成都主会场出席会议。\n\n会前，两地政协同步开展网络议政，收到建议1200余条。")
    online = next(i for i in x.initiatives if "网络议政" in i.label)
    assert sorted(online.organizers) == ["cq-cppcc", "sc-cppcc"]
    assert online.joint_sichuan_chongqing


def test_a_supervision_groups_oversight_of_a_department_at_a_clauses_end_is_oversight(pipeline):
    x = run(pipeline, "2024年3月，区政协组成三个监督组。第一监督组聚焦校园周边交通，对区公安交巡警支队的整治工作开展监督。")
    (oversight,) = x.initiatives
    assert oversight.type == "supervision"


def test_visits_unannounced_are_oversight(pipeline):
    x = run(pipeline, "2024年5月，合川区政协组织部分委员对嘉陵江沿岸6个排污口开展了暗访。")
    (visit,) = x.initiatives
    assert visit.type == "supervision"
    assert visit.organizers == ("cppcc-hechuan",)


def test_a_station_unveiled_somewhere_is_its_ceremony(pipeline):
    x = run(pipeline, "2024年5月，由合川区政协与武胜县政协共同建设的合武跨省委员联络站在龙凤镇揭牌。")
    (ceremony,) = x.initiatives
    assert ceremony.type == "meeting"
    assert ceremony.joint_sichuan_chongqing


def test_committees_unveiling_a_stations_plaque_hold_its_ceremony(pipeline):
    x = run(pipeline, "2024年5月，合川区政协与武胜县政协共同为合武跨省委员联络站揭牌。")
    (ceremony,) = x.initiatives
    assert ceremony.type == "meeting"


def test_a_time_reckoned_from_an_unveiling_is_no_ceremony(pipeline):
    x = run(pipeline, "2024年5月，区政协委员工作室揭牌后，先后开展了3次活动。")
    assert not [i for i in x.initiatives if i.type == "meeting"]


def test_a_districts_own_outlet_stamped_at_the_page_head_names_its_bare_committee(pipeline):
    x = run(pipeline, "江津区融媒体中心　2025-12-30 17:20\n\n【年终特稿】2025年区政协川渝合作大事记\n\n"
                      "2025年，区政协深化与四川泸州、自贡等地政协的协同履职。\n\n■3月\n3月5日，区政协与合江县政协在合江召开联席会议。"
                      "\n\n■4月\n4月9日，区政协、永川区政协和泸州市政协在江津联合召开协商座谈会。")
    assert len(x.initiatives) == 2
    assert all("cppcc-jiangjin" in i.organizers for i in x.initiatives)


def test_an_organ_hosting_its_committees_consultation_takes_part_in_it(pipeline):
    x = run(pipeline, "2024年5月，市政协经济委承办市政协“民营经济高质量发展”专题协商会。")
    (consultation,) = x.initiatives
    assert consultation.organizers == ("cq-cppcc",)
    assert len(consultation.partners) == 1


def test_a_member_hosting_its_networks_sitting_holds_it(pipeline):
    x = run(pipeline, "2024年5月，市政协承办西部地区政协提案工作座谈会。")
    (meeting,) = x.initiatives
    assert meeting.organizers == ("cq-cppcc",)


def test_a_district_hosting_the_two_committees_joint_visit_takes_part_in_it(pipeline):
    x = run(pipeline, "2024年5月，合川区政协承办了川渝政协联合视察合川段活动。")
    (visit,) = x.initiatives
    assert sorted(visit.organizers) == ["cq-cppcc", "sc-cppcc"]
    assert visit.partners == ("cppcc-hechuan",)


def test_what_those_at_a_meeting_studied_before_it_is_study(pipeline):
    x = run(pipeline, "2024年3月，市政协召开主席会议。会前，与会人员集中学习了全国政协有关会议精神。")
    assert [i.type for i in x.initiatives] == ["meeting", "study"]


def test_a_titled_proposal_listed_for_joint_oversight_is_oversight_by_the_listers(pipeline):
    x = run(pipeline, "2024年，《关于共建跨省公交线路的建议》被重庆市政协、四川省政协列为联合督办件。")
    (oversight,) = x.initiatives
    assert oversight.type == "supervision"
    assert sorted(oversight.organizers) == ["cq-cppcc", "sc-cppcc"]
    assert "共建跨省公交线路" in oversight.label


def test_this_proposal_listed_in_a_sentence_of_its_own_is_oversight(pipeline):
    x = run(pipeline, "2024年，永川区政协委员提交了一件关于跨省医保结算的提案。该提案同时被四川省政协和重庆市政协列为联合督办件。")
    oversight = [i for i in x.initiatives if i.type == "supervision"]
    assert len(oversight) == 1
    assert oversight[0].joint_sichuan_chongqing


def test_committees_listing_it_for_oversight_after_they_told_it_oversee_it(pipeline):
    x = run(pipeline, "2024年，住川渝全国政协委员联名提交《关于共建跨省公交线路的提案》。川渝两省市政协随后将其列为联合督办件。")
    (oversight,) = [i for i in x.initiatives if i.type == "supervision"]
    assert sorted(oversight.organizers) == ["cq-cppcc", "sc-cppcc"]


def test_books_counted_without_titles_are_a_tally(pipeline):
    x = run(pipeline, "2024年，区政协编辑出版文史书籍4部。")
    assert not x.initiatives
    assert [m.measure for m in x.metrics] == ["publications"]


def test_a_titled_book_counted_by_volumes_stays_a_publication(pipeline):
    x = run(pipeline, "2024年，区政协出版《巴渝古镇》丛书6册。")
    assert [i.type for i in x.initiatives] == ["publication"]


def test_people_visited_counted_are_a_tally(pipeline):
    x = run(pipeline, "2024年，委员们走访群众1800余人次。")
    assert not x.initiatives


def test_subjects_announced_with_lead_lines_under_each_are_led_by_them(pipeline):
    x = run(pipeline, "2025年合川广安两地政协协作要点\n\n确定2个联合调研课题：\n\n（一）嘉陵江航道通航能力提升。\n\n"
                      "牵头单位：合川区政协\n\n配合单位：广安市政协\n\n（二）毗邻地区职业教育资源共享。\n\n"
                      "牵头单位：广安市政协\n\n配合单位：合川区政协")
    research = sorted(x.initiatives, key=lambda i: i.evidence.start)
    assert [i.status for i in research] == ["planned", "planned"]
    assert research[0].organizers == ("cppcc-hechuan",)
    assert organizer_labels(x, research[1]) == ["政协广安市委员会"]
    assert all(i.joint_sichuan_chongqing for i in research)


def test_a_sectors_group_discussion_a_leader_joins_is_the_sessions_sitting(pipeline):
    x = run(pipeline, "2025年1月，永川区政协六届五次会议开幕。会议期间，区委书记参加教育界小组讨论，听取委员意见。")
    sitting = next(i for i in x.initiatives if "小组讨论" in i.label)
    assert sitting.organizers == ("cppcc-yongchuan",)


def test_results_to_be_formed_into_a_report_after_a_comma_are_a_planned_publication(pipeline):
    x = run(pipeline, "2024年5月，市政协召开常委会会议。会后市政协将把常委们的意见建议梳理汇总，形成建言专报报送市委、市政府。")
    (report,) = [i for i in x.initiatives if i.type == "publication"]
    assert report.status == "planned"


def test_results_to_be_sorted_into_a_summary_report_are_a_planned_publication(pipeline):
    x = run(pipeline, "2024年5月，两地政协召开联合协商会。两地政协将把本次协商成果整理形成综合报告，报送两地党委政府。")
    assert [i.status for i in x.initiatives if i.type == "publication"] == ["planned"]


def test_a_report_formed_and_sent_after_work_done_is_no_work_of_its_own(pipeline):
    x = run(pipeline, "2024年5月，合川区政协组织委员开展视察。视察组对意见建议进行梳理，形成视察报告报送区委。")
    assert [i.type for i in x.initiatives] == ["inspection"]


def test_a_plans_title_naming_its_committee_makes_it_the_publisher(pipeline):
    x = run(pipeline, "政协遂宁市委员会2025年工作要点\n\n一、深化川渝协作\n\n"
                      "1.配合四川省政协、重庆市政协做好川渝政协联合协商的服务保障工作。\n"
                      "2.与重庆市政协有关专委会开展交流，学习重庆市政协“渝事好商量”经验。\n3.做好市政协八届五次会议筹备工作。")
    session = next(i for i in x.initiatives if "筹备" in i.label)
    assert organizer_labels(x, session) == ["政协遂宁市委员会"]


def test_a_department_handling_proposals_does_not_hold_the_meeting(pipeline):
    x = run(pipeline, "6月3日，县交通局承办提案的协商会议召开，县政协副主席出席。")
    assert not any("交通" in k for i in x.initiatives for k in i.organizers)


def test_a_second_look_naming_an_oversight_is_that_oversight_alone(pipeline):
    x = run(pipeline, "2024年，区政协围绕城区停车场管理开展“回头看”民主监督。")
    assert [i.type for i in x.initiatives] == ["supervision"]


def test_an_unveiling_retold_in_a_comment_is_no_new_ceremony(pipeline):
    x = run(pipeline, "日前，区政协委员工作室揭牌成立仪式举行。选在这里为工作室揭牌，寓意深刻。")
    assert len(x.initiatives) == 1


def test_results_to_be_turned_into_a_joint_proposal_are_a_planned_proposal(pipeline):
    x = run(pipeline, "2024年，三地政协开展联合视察。三地政协将把此次视察成果转化为联名提案，分别提交。")
    assert [i.status for i in x.initiatives if i.type == "proposal"] == ["planned"]


def test_quoted_subjects_chosen_after_the_work_replace_the_announcement(pipeline):
    x = run(pipeline, "2025年，会议明确了联合履职重点：二是联合开展调研，确定“界河水质联防”“跨省公交互通”“山区茶叶品牌”3个联合调研课题。")
    assert sorted(i.label for i in x.initiatives) == sorted(
        ["界河水质联防调研", "跨省公交互通调研", "山区茶叶品牌调研"])


def test_the_priorities_a_meeting_fixes_for_the_whole_year_are_planned(pipeline):
    x = run(pipeline, "2025年2月，两地政协召开联席会议。会议明确了全年联合履职重点：一是联合开展视察；二是联合举办论坛。")
    assert sorted(i.status for i in x.initiatives if i.type != "meeting" or "论坛" in i.label) == ["planned", "planned"]


def test_a_plans_title_line_is_the_texts_title_and_a_headline_about_one_is_not():
    plan = report_from_bytes("政协遂宁市委员会2025年工作要点\n\n一、加强思想政治引领\n".encode("utf-8"), "t", "t", {"id": "t"})
    news = report_from_bytes("区政协召开第二十次主席会议\n审议两地政协2025年协同履职工作要点\n\n12月17日，区政协召开会议。"
                             .encode("utf-8"), "t", "t", {"id": "t"})
    assert plan.title_zh == "政协遂宁市委员会2025年工作要点"
    assert news.title_zh is None


def test_proposals_counted_then_given_by_their_titles_are_one_proposal_each(pipeline):
    x = run(pipeline, "2024年3月，区政协委员联名提交提案6件。这3件联名提案分别是《关于共建跨省公交线路的提案》"
                      "《关于加快界河治理的提案》和《关于推动医保互认的提案》。")
    titled = [i.label for i in x.initiatives if i.label.startswith("提案：")]
    assert titled == ["提案：共建跨省公交线路", "提案：加快界河治理", "提案：推动医保互认"]
