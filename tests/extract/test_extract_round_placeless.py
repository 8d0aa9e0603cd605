"""Issue 12, the round of texts that never name their place: the organs of a district or
county a district site calls by their level alone, its special committees, the meeting held
after a visit, and party members of two places acting together.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def labels(extraction) -> dict[str, str]:
    return {m.surface: m.label for m in extraction.mentions if m.kind == "body"}


def test_a_placeless_text_names_its_party_committee_and_state_organs_by_level(pipeline):
    x = run(pipeline, "区政协召开常委会会议，听取区政府关于城市更新工作情况的通报。"
                      "区委、区人大常委会有关负责同志到会，区检察院、区发改委负责人列席会议。")
    named = labels(x)
    assert named["区政府"] == "区人民政府"
    assert named["区委"] == "中共区委"
    assert named["区人大常委会"] == "区人民代表大会常务委员会"
    assert named["区检察院"] == "区人民检察院"
    assert named["区发改委"] == "区发展和改革委员会"


def test_a_level_other_than_the_committees_is_not_read_as_its_place(pipeline):
    x = run(pipeline, "县政协组织委员视察产业园区，市政府有关部门负责人陪同，县政府副县长参加。")
    named = labels(x)
    assert named["县政府"] == "县人民政府"
    assert named.get("市政府") != "市人民政府"  # (the city above the county: not the county's own organ)


def test_a_text_naming_its_place_keeps_the_places_organs(pipeline):
    x = run(pipeline, "綦江区政协召开常委会会议，区政府副区长通报有关情况。")
    assert labels(x)["区政府"] == "綦江区人民政府"


def test_a_special_committee_whose_name_holds_society_is_an_organ(pipeline):
    x = run(pipeline, "4月，区政协社会法制和民族宗教委员会联合区检察院开展未成年人保护专项民主监督。")
    (supervision,) = x.initiatives
    names = {m.entity: m.label for m in x.mentions}
    assert [names[k] for k in supervision.organizers] == ["区政协社会法制和民族宗教委员会", "区人民检察院"]


def test_a_meeting_held_right_after_a_visit_is_held_by_those_who_visited(pipeline):
    x = run(pipeline, "5月12日，市政协经济委员会组织部分委员赴璧山区，围绕新能源汽车零部件产业开展专题调研。"
                      "调研组先后来到3家企业了解生产经营情况。在随后召开的座谈会上，委员们建议加强产业链协同。"
                      "市政协副主席李某参加。")
    research, meeting = x.initiatives
    assert meeting.type == "meeting"
    assert list(meeting.organizers) == list(research.organizers)
    assert [labels(x)[m.surface] for m in x.mentions if m.entity in meeting.organizers] == ["政协重庆市委员会经济委员会"]
    assert not meeting.partners  # the committee's own vice-chair attends its organ's work


def test_a_meeting_held_after_the_work_of_a_district_committee_is_its_meeting(pipeline):
    x = run(pipeline, "近日，大足区政协组织委员视察城市更新项目。随后召开座谈会，听取区住房城乡建委情况汇报。")
    visit, meeting = x.initiatives
    assert meeting.type == "meeting" and meeting.organizers == visit.organizers


def test_members_of_a_party_on_both_sides_are_its_two_units_named_together(pipeline):
    x = run(pipeline, "致公党荣昌区委与致公党泸州市委签订合作协议。此后，两地致公党党员共同开展产业调研。")
    (research,) = [i for i in x.initiatives if i.type == "research"]
    named = {m.entity: m.label for m in x.mentions}
    assert sorted(named[k] for k in research.organizers) == ["中国致公党泸州市委员会", "中国致公党重庆市荣昌区委员会"]
    assert research.joint_sichuan_chongqing


def test_a_partys_members_alone_stay_the_party(pipeline):
    x = run(pipeline, "致公党党员积极参与产业调研。")
    named = {m.entity: m.label for m in x.mentions}
    assert all(named[k] == "中国致公党" for i in x.initiatives for k in i.organizers)


def test_a_partner_across_the_border_does_not_change_whose_city_committee_the_page_means(pipeline):
    x = run(pipeline, "1月10日，政协广安市第五届委员会第三次会议开幕。\n"
                      "过去一年，市政协与重庆市渝北区政协签订友好合作协议，联合开展专题调研。\n"
                      "今年，市政协将聚焦乡村振兴开展协商议政。")
    city = [m.label for m in x.mentions if m.surface == "市政协"]
    assert city == ["政协广安市委员会", "政协广安市委员会"]
    planned = x.initiatives[-1]
    assert [m.label for m in x.mentions if m.entity in planned.organizers][:1] == ["政协广安市委员会"]


def test_a_district_page_still_means_its_own_city_by_its_city_committee(pipeline):
    x = run(pipeline, "渝北区政协组织委员开展视察。\n市政协副主席李某参加视察。")
    assert [m.label for m in x.mentions if m.surface == "市政协"] == ["政协重庆市委员会"]


def test_a_partys_unit_named_with_committee_in_full_is_a_body(pipeline):
    x = run(pipeline, "3月8日，九三学社重庆市委员会潼南区工作委员会与九三学社南充市委员会在潼南举办结对共建签约仪式。")
    named = labels(x)
    assert named["九三学社南充市委员会"] == "九三学社南充市委员会"
    assert named["九三学社重庆市委员会潼南区工作委员会"] == "九三学社重庆市委员会潼南区工作委员会"
    (meeting,) = x.initiatives
    assert len(meeting.organizers) == 2 and meeting.joint_sichuan_chongqing


def test_a_partys_provincial_committee_written_in_full_is_the_references(pipeline):
    x = run(pipeline, "民建重庆市委员会开展专题调研。")
    (party,) = [m for m in x.mentions if m.kind == "body"]
    assert party.in_reference and party.label == "中国民主建国会重庆市委员会"


def test_an_inspection_across_the_border_with_hosts_accompanying_is_one_sides(pipeline):
    x = run(pipeline, "6月24日，泸州市政协副主席带队赴重庆市江津区开展委员视察活动，江津区政协副主席陪同考察。")
    (visit,) = x.initiatives
    assert [labels(x)[m.surface] for m in x.mentions if m.entity in visit.partners] == ["政协重庆市江津区委员会"]
    assert not visit.joint_sichuan_chongqing


def test_both_sides_speaking_at_the_meeting_after_a_visit_both_hold_it(pipeline):
    x = run(pipeline, "6月12日，重庆市合川区政协主席一行来南充学习考察。\n"
                      "一行人到南充港实地察看。在随后召开的座谈会上，双方交流了协商平台建设经验。")
    meeting = x.initiatives[-1]
    assert meeting.type == "meeting"
    assert sorted(meeting.organizers) == ["cppcc-hechuan", "cppcc-nanchong-sc"]
    assert meeting.joint_sichuan_chongqing


def test_free_clinics_and_services_taken_to_villages_are_work(pipeline):
    x = run(pipeline, "区政协“小平委员工作室”联合区人民医院，在清升镇开展“送医下乡”义诊活动。")
    (clinic,) = x.initiatives
    assert clinic.type == "other"
    assert labels(x)["小平委员工作室"] == "小平委员工作室"  # the studio's quoted name, quotes left out
    services = run(pipeline, "县政协组织医卫界委员开展送医下乡活动。")
    assert [i.type for i in services.initiatives] == ["other"]
    assert not run(pipeline, "委员们表示，要把党和政府的温暖送到群众心坎上。").initiatives


def test_a_page_about_a_partys_unit_gives_it_the_proposals_told_without_an_actor(pipeline):
    x = run(pipeline, "1月，民盟荣昌区委会员以政协委员身份参加区政协全会。\n"
                      "会上，委员张某提交了《关于加快发展县域商贸物流的建议》。\n"
                      "民盟荣昌区委还提交了集体提案。")
    named = {m.entity: m.label for m in x.mentions}
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert proposals
    assert all([named[k] for k in p.organizers] == ["中国民主同盟重庆市荣昌区委员会"] for p in proposals)


def test_a_committee_named_more_than_the_partys_unit_stays_the_actor(pipeline):
    x = run(pipeline, "荣昌区政协召开全会。\n区政协委员提交了《关于加快发展县域商贸物流的建议》。\n"
                      "民盟荣昌区委参加会议。区政协还组织委员视察。")
    named = {m.entity: m.label for m in x.mentions}
    proposal = next(i for i in x.initiatives if i.type == "proposal")
    assert [named[k] for k in proposal.organizers] == ["荣昌区政协委员"]  # the committee's members, not the party's unit


def test_a_partys_unit_named_by_its_level_alone_is_the_one_of_the_texts_place(pipeline):
    x = run(pipeline, "江津区政协全会期间，九三学社区工委社员积极建言。")
    assert labels(x)["九三学社区工委"] == "九三学社重庆市委员会江津区工作委员会"


def test_work_counted_by_kind_is_a_statistic_however_many_kinds_it_names(pipeline):
    x = run(pipeline, "市政协围绕重点提案督办，先后组织调研考察25次、走访座谈31次，召开提案办理协商会9次，"
                      "委员参与协商120人次。")
    assert [i.type for i in x.initiatives] == ["supervision"]
    assert sorted(m.value for m in x.metrics) == [9, 25, 31, 120]


def test_work_counted_on_one_subject_stays_that_work(pipeline):
    x = run(pipeline, "区政协围绕明月山生态保护开展联合调研考察3次。")
    assert [i.type for i in x.initiatives] == ["research"]


def test_the_body_named_after_by_does_the_work(pipeline):
    x = run(pipeline, "市政协召开会议。重点提案均由市政协主席会议成员领衔督办。")
    supervision = x.initiatives[-1]
    assert supervision.type == "supervision" and supervision.organizers == ("cq-cppcc-chairpersons-council",)


def test_a_titled_proposal_is_its_authors_and_labelled_by_its_title(pipeline):
    x = run(pipeline, "重点提案《关于完善山区应急救援体系的建议》由省政协委员某某牵头提出。")
    (proposal,) = x.initiatives
    assert proposal.label == "提案：完善山区应急救援体系"
    assert [m.label for m in x.mentions if m.entity in proposal.organizers] == ["四川省政协委员"]


def test_titles_listed_one_after_another_are_each_labelled_by_their_own(pipeline):
    x = run(pipeline, "民进重庆市委会报送的《关于加强乡村学校美育的提案》《关于规范校外托管机构的提案》2件提案素材获采纳。")
    assert sorted(i.label for i in x.initiatives) == ["提案：加强乡村学校美育", "提案：规范校外托管机构"]
    assert {k for i in x.initiatives for k in i.organizers} == {"capd-cq"}


def test_a_session_named_for_its_proposals_is_no_sitting(pipeline):
    assert not [i for i in run(pipeline, "2篇提案被采纳为全国政协十四届一次会议集体提案。").initiatives if i.type == "meeting"]
    assert not [i for i in run(pipeline, "市政协六届二次会议立案的重点提案目前均已办结。").initiatives if i.type == "meeting"]


def test_a_name_holding_yi_is_no_theme_opener(pipeline):
    x = run(pipeline, "区政协主席何以龙带队调研科技创新工作。")
    assert x.initiatives[0].label == "科技创新调研"
    themed = run(pipeline, "区政协以乡村振兴为主题开展专题协商。")
    assert "乡村振兴" in themed.initiatives[0].label


def test_the_places_own_figures_dated_by_year_are_no_statistics(pipeline):
    x = run(pipeline, "区政协组织委员视察重点项目建设。\n2018年我区23个市级重点建设项目全部推进顺利，"
                      "50个区级重点建设项目中有41个项目推进顺利。")
    assert not x.metrics


def test_a_session_held_on_dates_given_after_a_comma_is_the_sitting(pipeline):
    x = run(pipeline, "中国人民政治协商会议第十届忠县委员会第三次会议决议\n"
                      "（2024年1月12日县政协十届三次会议审议通过）\n"
                      "中国人民政治协商会议第十届忠县委员会第三次会议，于2024年1月9日至12日在忠州召开。")
    (session,) = x.initiatives
    assert session.type == "meeting"
    assert session.evidence.text.startswith("中国人民政治协商会议第十届忠县委员会第三次会议，")  # the sitting, not the title
    assert session.label == "忠县政协十届三次会议"


def test_the_city_committee_named_before_its_countys_name_is_the_countys_city(pipeline):
    x = run(pipeline, "市政协主席某某带队来渠调研。渠县政协主席陪同。")
    assert [m.label for m in x.mentions if m.surface == "市政协"] == ["政协达州市委员会"]
    (visit,) = x.initiatives
    assert [m.label for m in x.mentions if m.entity in visit.organizers][:1] == ["政协达州市委员会"]


def test_a_special_committee_a_review_is_about_does_its_work_told_without_an_actor(pipeline):
    x = run(pipeline, "2016年，市政协学习及文史委聚焦文化传承履职。\n主任某某带队视察市图书馆古籍修复工作。\n"
                      "市政协学习及文史委组织编写《渝州旧事》，该委还编印了文史读本。")
    assert all(i.organizers == ("cq-cppcc-culture-history-committee",) for i in x.initiatives)
    assert "publication" in {i.type for i in x.initiatives}


def test_a_teams_on_site_look_after_a_meeting_is_an_inspection_of_its_own(pipeline):
    x = run(pipeline, "9月20日，荣县政协就重点提案办理工作召开专题协商会。\n"
                      "座谈会上，委员们听取了县住建局的办理情况汇报。\n"
                      "座谈会开始前，视察组一行先实地查看了老旧小区改造项目。")
    assert [i.type for i in x.initiatives] == ["consultation", "inspection"]  # 座谈会上: the consultation met


def test_an_on_site_look_in_the_sentence_of_the_inspection_is_its_stop(pipeline):
    x = run(pipeline, "5月20日，县政协组织委员视察全县森林防火工作，实地查看了两处防火隔离带建设情况。")
    assert [i.type for i in x.initiatives] == ["inspection"]


def test_an_association_after_its_place_is_a_body_that_acts(pipeline):
    x = run(pipeline, "开州区在外创业人士联谊会向会员发出了《关于助力家乡春耕生产的倡议书》。")
    (appeal,) = x.initiatives
    assert [m.label for m in x.mentions if m.entity in appeal.organizers] == ["开州区在外创业人士联谊会"]
    held = run(pipeline, "川渝政协在广安市召开联合协商会。荣昌区政协举办迎春联谊会。")
    assert not [m for m in held.mentions if m.label.endswith(("商会", "联谊会"))]  # meetings held, no bodies


def test_aid_activities_organised_are_work(pipeline):
    x = run(pipeline, "县政协组织委员开展爱心助学活动。")
    assert [i.type for i in x.initiatives] == ["other"]


def test_the_items_of_a_plan_being_drawn_up_are_planned(pipeline):
    x = run(pipeline, "区政协在拟定今年的协商工作计划时，把城市更新列为常委会协商议题；"
                      "分期分批组织常委进行培训。")
    assert x.initiatives and all(i.status == "planned" for i in x.initiatives)


def test_themes_quoted_before_wei_zhuti_are_one_inspection_each(pipeline):
    x = run(pipeline, "县政协还将以“智慧农业”“文旅融合”“养老服务”为主题组织专题视察。")
    assert sorted(i.label for i in x.initiatives) == ["养老服务专题视察", "文旅融合专题视察", "智慧农业专题视察"]
    assert all(i.status == "planned" for i in x.initiatives)


def test_proposals_cited_as_the_theme_of_a_consultation_are_not_proposals_told(pipeline):
    x = run(pipeline, "本届会议以来，市政协共收到提案240件。\n5月16日，市政协举行重点提案办理协商会，就《关于发展林下经济的建议》"
                      "和《关于保护传统村落的建议》两件重点提案，组织承办单位与委员面对面协商。")
    assert "proposal" not in {i.type for i in x.initiatives}


def test_a_members_station_acts_for_itself(pipeline):
    x = run(pipeline, "南岸区政协铜元局街道委员工作站组织委员开展“清河护岸”巡河活动。")
    (patrol,) = x.initiatives
    assert [m.label for m in x.mentions if m.entity in patrol.organizers] == ["南岸区政协铜元局街道委员工作站"]  # (named with its committee)


def test_a_townships_members_group_and_a_special_committee_by_a_variant_name_act(pipeline):
    group = run(pipeline, "区政协委员丁家小组召开季度学习会。")
    assert [m.label for m in group.mentions if m.entity in group.initiatives[0].organizers] == ["区政协委员丁家小组"]
    committee = run(pipeline, "璧山区政协科教卫体委召开动员会。")
    assert [m.surface for m in committee.mentions if m.entity in committee.initiatives[0].organizers] == ["璧山区政协科教卫体委"]


def test_work_named_as_the_purpose_of_a_meeting_is_not_told_as_done(pipeline):
    x = run(pipeline, "为落实全区饮用水源保护专项视察的各项安排，科教卫体委员会当天召开部署会。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_the_two_provinces_committees_organ_taken_together_is_each_ones_organ(pipeline):
    x = run(pipeline, "川渝省市政协农业和农村委员会赴两地柑橘主产区开展联合调研。")
    (research,) = x.initiatives
    names = {**{k: e.name_zh for k, e in pipeline.reference.entities.items()}, **{m.entity: m.label for m in x.mentions}}
    assert sorted(names[k] for k in research.organizers) == ["政协四川省委员会农业和农村委员会",
                                                                     "政协重庆市委员会农业和农村委员会"]
    assert research.joint_sichuan_chongqing
    assert [m.label for m in run(pipeline, "川渝省市政协开展联合调研。").mentions if m.kind == "body"] == ["川渝政协"]


def test_the_citys_members_as_subject_keep_their_figures(pipeline):
    x = run(pipeline, "一年来，我市广大政协委员积极建言，全年共提交提案371件，审查立案331件。")
    assert sorted(m.value for m in x.metrics) == [331, 371]


def test_a_session_named_as_the_occasion_of_a_feature_is_no_sitting(pipeline):
    assert not run(pipeline, "凝心聚力谱新篇\n——写在区政协九届二次会议召开之际\n").initiatives


def test_aspects_listed_after_the_total_in_the_next_sentence_are_a_proposal_each(pipeline):
    x = run(pipeline, "6月3日，县政协召开提案审查会。大会共收到提案150件，经审查立案96件。"
                      "其中，乡村振兴方面30件、教育卫生方面25件、城市管理方面12件。")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert [p.label for p in proposals] == ["提案：乡村振兴方面", "提案：教育卫生方面", "提案：城市管理方面"]
    assert [p.evidence.text for p in proposals] == ["乡村振兴方面30件", "教育卫生方面25件", "城市管理方面12件"]


def test_a_standing_committee_sitting_on_a_theme_is_a_meeting(pipeline):
    x = run(pipeline, "县政协围绕“优化营商环境”召开专题议政性常委会。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_a_speakers_urging_quoted_before_the_speaker_is_no_work(pipeline):
    x = run(pipeline, "“要盯住乡村产业发展的堵点，多到一线调查研究，拿出管用的意见建议。”区政协主席某某表示。")
    assert not x.initiatives
    plan = run(pipeline, "“今年我们将围绕乡村产业开展调研。”区政协主席某某表示。")
    assert [i.status for i in plan.initiatives] == ["planned"]  # (a plan in quotes stays work)


def test_a_team_doing_research_where_it_is_does_research(pipeline):
    x = run(pipeline, "市政协副主席某某率调研组在黔江调研。")
    assert [i.type for i in x.initiatives] == ["research"]


def test_the_team_a_leader_leads_is_who_acts(pipeline):
    x = run(pipeline, "全国政协副主席某某率全国政协人口资源环境委员会专题调研组在重庆调研。")
    (research,) = x.initiatives
    assert [m.label for m in x.mentions if m.entity in research.organizers] == ["全国政协人口资源环境委员会"]


def test_a_committees_special_committees_together_run_their_work(pipeline):
    x = run(pipeline, "四川省政协召开会议。省政协各专委会发挥各自优势，联合开展种业振兴调研。")
    research = x.initiatives[-1]
    assert [m.label for m in x.mentions if m.entity in research.organizers] == ["四川省政协专门委员会"]


def test_proposals_counted_by_who_put_them_forward_are_theirs(pipeline):
    x = run(pipeline, "四川省政协召开会议。今年的重点提案中，由农工党省委、九三学社省委联名提出的提案6件，由委员个人提出的提案4件。")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert len(proposals) == 1  # (由委员个人提出的: members' own proposals, a kind, a statistic only)
    names = {m.entity: m.label for m in x.mentions}
    assert sorted(names[k] for k in proposals[0].organizers) == ["中国农工民主党四川省委员会", "九三学社四川省委员会"]
    assert sorted(m.value for m in x.metrics) == [4, 6]
    parties = run(pipeline, "四川省政协召开会议。各民主党派省委积极建言。")
    assert "中共四川省委" not in {m.label for m in parties.mentions}  # (民主党派省委: the parties' committees)


def test_a_bare_count_of_proposals_stays_a_statistic(pipeline):
    x = run(pipeline, "全年委员共提交提案520件。")
    assert not x.initiatives and [m.value for m in x.metrics] == [520]


def test_a_place_in_the_pages_footer_does_not_move_the_story(pipeline):
    # (the footer's domain registrar sits in 北京: the bare 县政协 of the story stays the county's)
    page = ("县政协开展重点提案办理视察活动\n9月25日，县政协组织委员视察古城保护利用情况，并召开座谈会。\n\n"
            "版权所有 技术支持：某某网络\n代理域名注册服务机构：北京某某数码科技有限公司")
    x = run(pipeline, page)
    inspection = next(i for i in x.initiatives if i.type == "inspection")
    assert inspection.organizers and not any("北京" in m.label for m in x.mentions if m.kind == "body")
    assert {m.label for m in x.mentions if m.evidence.text == "县政协"} == {"县政协"}
