"""Issue 12, the round of speeches and sittings: advice given as a speech at a session or a
standing committee (大会发言, 书面发言), the sittings of a session its guests attend (分组讨论,
联组讨论), and proposals the members signed together on a list of quoted subjects.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def names(extraction) -> dict[str, str]:
    return {m.entity: m.label for m in extraction.mentions}


def test_a_speech_on_behalf_of_a_sector_is_that_sectors_advice_on_its_title(pipeline):
    x = run(pipeline, "全会期间，委员周某代表妇联界别作了《关于完善托育服务体系的建议》，"
                      "委员吴某代表科技界别作了题为《关于加快中试平台建设的思考》的大会发言。")
    childcare, pilot = x.initiatives
    assert (childcare.type, pilot.type) == ("consultation", "consultation")
    assert childcare.label == "大会发言：完善托育服务体系"
    assert pilot.label == "大会发言：加快中试平台建设"
    assert [names(x)[k] for k in childcare.organizers] == ["妇联界"]
    assert [names(x)[k] for k in pilot.organizers] == ["科学技术界"]


def test_a_speech_on_a_quoted_theme_at_the_plenary_is_advice_on_that_theme(pipeline):
    x = run(pipeline, "大会期间，郑某委员就“提升县域医疗服务能力”在全体委员大会上发言。")
    (speech,) = x.initiatives
    assert speech.type == "consultation"
    assert speech.label == "大会发言：提升县域医疗服务能力"


def test_written_speeches_on_listed_themes_are_one_piece_of_advice_each(pipeline):
    x = run(pipeline, "会议期间，冯某、陈某等委员围绕“培育银发经济”“建设智慧港口”等主题大会书面发言5人次。")
    labels = sorted(i.label for i in x.initiatives)
    assert len(labels) == 2
    assert "培育银发经济" in labels[0] + labels[1] and "建设智慧港口" in labels[0] + labels[1]
    assert all(i.type == "consultation" for i in x.initiatives)


def test_speeches_by_members_are_the_members_group_the_text_is_about(pipeline):
    x = run(pipeline, "全国政协会议期间，住渝全国政协委员积极履职。"
                      "褚某委员就“稳定外贸企业订单”在全体委员大会上发言。")
    (speech,) = x.initiatives
    assert [names(x)[k] for k in speech.organizers] == ["住渝全国政协委员"]


def test_a_speech_made_without_a_title_or_theme_is_no_advice_of_its_own(pipeline):
    x = run(pipeline, "区政协十五届三次会议召开第二次全体会议。会上，6位委员作大会发言。")
    assert x.initiatives and all(i.type == "meeting" for i in x.initiatives)


def test_a_report_given_under_a_title_is_no_speech(pipeline):
    x = run(pipeline, "学习会邀请专家作了题为《数字经济发展趋势》的专题辅导报告。")
    assert all(i.type != "consultation" for i in x.initiatives)


def test_the_sittings_guests_attend_are_the_sessions_meetings(pipeline):
    x = run(pipeline, "政协第九届梁平区委员会第二次会议于1月10日至12日举行。"
                      "大会期间，区委主要负责同志到会指导，参加联组和小组讨论，同委员们交流。",
            publisher="cppcc-liangping")
    session, joint_sitting, groups = x.initiatives
    assert {joint_sitting.label, groups.label} == {"梁平区政协九届二次会议联组讨论", "梁平区政协九届二次会议小组讨论"}
    assert joint_sitting.organizers == groups.organizers == ("cppcc-liangping",)
    assert session.organizers == ("cppcc-liangping",)


def test_hearing_the_plenary_speeches_is_a_sitting_of_the_session(pipeline):
    x = run(pipeline, "县政协十四届五次会议于2月3日闭幕。其间县委、县政府负责同志到会听取大会发言，并参加分组讨论。")
    sittings = [i for i in x.initiatives if i.label.endswith(("大会发言", "分组讨论"))]
    assert sorted(i.label.split("政协")[-1] for i in sittings) == ["十四届五次会议分组讨论", "十四届五次会议大会发言"]
    assert all(i.type == "meeting" for i in sittings)


def test_proposals_signed_together_on_quoted_subjects_are_one_each(pipeline):
    x = run(pipeline, "会议期间，委员们共提交提案40件。其中，联名会签的关于“嘉陵江航运升级”、"
                      "“山地农机研发”和“乡村医生队伍建设”等3份集体提案，反映了委员们的共识。")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert [i.label for i in proposals] == ["提案：嘉陵江航运升级", "提案：山地农机研发", "提案：乡村医生队伍建设"]


def test_a_standing_committee_sitting_numbered_after_the_committees_term_is_held(pipeline):
    x = run(pipeline, "6月3日，政协彭水县第十五届委员会第九次常委会议召开，学习有关文件精神。")
    (sitting,) = x.initiatives
    assert sitting.type == "meeting"
    assert "第九次常委会议" in sitting.label


def test_sector_group_and_members_group_discussions_are_each_a_sitting(pipeline):
    x = run(pipeline, "政协第八届南充市委员会第三次会议于1月8日闭幕。其间，市委、市政府主要负责同志到会，"
                      "参加了界别联组讨论及委员小组讨论，并听取大会发言。", publisher="cppcc-nanchong-sc")
    sittings = sorted(i.label for i in x.initiatives if i.type == "meeting" and "讨论" in i.label)
    assert len(sittings) == 2
    assert any(s.endswith("界别联组讨论") for s in sittings) and any(s.endswith("委员小组讨论") for s in sittings)


def test_a_group_meeting_of_a_session_is_a_meeting(pipeline):
    x = run(pipeline, "在9日下午的小组会议上，委员们审议了计划报告和财政报告。")
    (meeting,) = x.initiatives
    assert meeting.type == "meeting"


def test_a_plenary_that_holds_its_opening_sitting_is_a_meeting_held(pipeline):
    x = run(pipeline, "12日下午，第三次全体会议举行闭幕大会。")
    (opening,) = x.initiatives
    assert opening.type == "meeting" and opening.status == "done"


def test_members_studying_together_at_a_sitting_is_study(pipeline):
    x = run(pipeline, "会议还开展了集中学习，观看了警示片。")
    assert [i.type for i in x.initiatives][:1] == ["study"]


def test_reports_a_meeting_hears_from_its_members_are_its_business(pipeline):
    x = run(pipeline, "县政协召开常委会议，听取了部分常委的述职。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_a_numbered_heading_set_apart_from_its_paragraph_keeps_the_paragraphs_figures(pipeline):
    x = run(pipeline, "五年来，区政协认真履职。\n\n过去五年工作回顾\n\n"
                      "  1 坚持以理论武装凝心铸魂，坚持把牢正确政治方向，在学思践悟中不断提高政治判断力和履职能力\n\n"
                      "  党组理论学习中心组学习88次、主席会议学习41次，举办“委员讲堂”30期。\n")
    assert sorted(m.value for m in x.metrics) == [30, 41, 88]


def test_a_partys_district_unit_written_with_its_city_is_that_unit(pipeline):
    x = run(pipeline, "民进重庆市九龙坡区委员会、民进成都市青羊区总支部委员会在九龙坡区举行结对共建签约仪式。")
    (signing,) = x.initiatives
    labels = [names(x)[k] for k in signing.organizers]
    assert labels[0] == "中国民主促进会重庆市九龙坡区委员会"
    assert "青羊区" in labels[1]
    assert signing.joint_sichuan_chongqing


def test_a_partys_units_listed_across_the_border_are_each_a_unit(pipeline):
    x = run(pipeline, "农工党四川省达州市委会、广安市委会，重庆市开州区委会、梁平区工委等单位在达州举行片区交流会。")
    bodies = [m.label for m in x.mentions if m.kind == "body"]
    assert "中国农工民主党重庆市开州区委员会" in bodies
    assert "中国农工民主党重庆市委员会梁平区工作委员会" in bodies
    (meeting,) = x.initiatives
    assert len(meeting.organizers) == 4 and meeting.joint_sichuan_chongqing


def test_figures_of_the_two_provinces_themselves_are_no_statistics_of_a_committee(pipeline):
    x = run(pipeline, "三年来，川渝两地共签订合作协议40份，成立合作联盟9个。")
    assert not x.metrics
    y = run(pipeline, "三年来，川渝两地政协共开展联合调研12次。")
    assert [m.value for m in y.metrics] == [12]


def test_a_meeting_named_where_its_talk_took_place_is_labelled_by_its_own_words(pipeline):
    x = run(pipeline, "在优化营商环境专题座谈会上，与会委员对审批提速给予肯定。")
    (meeting,) = x.initiatives
    assert meeting.label == "优化营商环境专题座谈会"


def test_advice_opening_a_line_of_a_digest_is_advice_on_what_follows(pipeline):
    x = run(pipeline, "建言全区“十五五”规划编制、乡村民宿发展、养老服务体系建设等。")
    (advice,) = x.initiatives
    assert advice.type == "consultation"
    assert advice.label.startswith("全区“十五五”规划编制、乡村民宿发展")


def test_members_collecting_views_and_having_prepared_proposals_did_so(pipeline):
    x = run(pipeline, "赴京前，委员们收集社情民意，准备了一批有分量的提案。")
    assert [(i.type, i.status) for i in x.initiatives] == [("information", "done"), ("proposal", "done")]


def test_a_committee_named_with_its_standing_committee_acts_alone(pipeline):
    x = run(pipeline, "五年来，市政协及常委会围绕中心工作开展专题协商12次。")
    consultations = [i for i in x.initiatives if i.type == "consultation"]
    assert len(consultations) == 1
    assert [names(x)[k] for k in consultations[0].organizers] == ["政协重庆市委员会"]


def test_work_under_a_new_bulleted_subheading_is_new_work(pipeline):
    x = run(pipeline, "  ♦服务产业发展\n\n  引导委员600余人次紧扣“稳就业”开展调研，提出建议300余条。\n\n"
                      "  ♦增进民生福祉\n\n  聚焦托育服务重点协商。调研社区养老服务供给，举办老年健康讲座。\n")
    research = [i for i in x.initiatives if i.type == "research"]
    assert len(research) == 2
    assert "社区养老服务供给" in research[1].label
    assert "♦" not in x.initiatives[1].evidence.text  # (the subheading is a line of its own)


def test_a_subject_ending_as_the_activity_word_begins_is_written_once(pipeline):
    x = run(pipeline, "聚焦老旧小区改造提升行动重点协商。")
    (consultation,) = x.initiatives
    assert consultation.label == "老旧小区改造提升行动重点协商"


def test_a_studio_shortened_by_its_township_or_its_quoted_name_is_the_one_named_in_full(pipeline):
    x = run(pipeline, "作为全县首个委员工作室，龙潭镇政协委员工作室积极搭建协商平台。"
                      "5月8日，龙潭镇“同心圆”政协委员工作室组织委员开展义诊活动。"
                      "6月，“同心圆”政协委员工作室组织委员走进镇卫生院，为医护人员送去节日的慰问。")
    studios = {m.label for m in x.mentions if m.cls == "WorkingOrgan"}
    assert studios == {"龙潭镇“同心圆”政协委员工作室"}
    assert [i.type for i in x.initiatives] == ["other", "other"]
    assert all(len(i.organizers) == 1 for i in x.initiatives)
    assert x.initiatives[0].organizers == x.initiatives[1].organizers


def test_what_became_of_reports_already_written_is_no_work_told(pipeline):
    x = run(pipeline, "围绕“稳外贸”“扩内需”形成的几篇调研报告获得区委、区政府采纳。")
    assert not x.initiatives
    y = run(pipeline, "全年报送社情民意信息60篇，得到市领导批示9篇。")
    assert not y.initiatives  # (the year's information counted is a tally, a statistic: no work told)
    assert [m.value for m in y.metrics] == [60, 9]


def test_a_meetings_statements_after_it_set_a_years_programme_are_planned_work(pipeline):
    x = run(pipeline, "11月28日，某县政协召开主席会议，专题研究2021年协商工作。县政协主席出席会议并讲话。\n"
                      "会议指出，要围绕“发展县域冷链物流”“提升农村饮水安全”等开展协商活动；"
                      "对县人民医院医共体建设情况开展视察监督。")
    meeting, *items = x.initiatives
    assert meeting.type == "meeting" and meeting.status == "done"
    assert [i.type for i in items] == ["consultation", "consultation", "supervision"]
    assert all(i.status == "planned" for i in items)


def test_a_meetings_statements_without_a_programme_set_are_no_work(pipeline):
    x = run(pipeline, "11月28日，县政协召开主席会议。\n会议指出，要围绕发展县域冷链物流开展协商活动。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_the_stories_a_page_lists_after_its_own_are_not_read(pipeline):
    x = run(pipeline, "3月2日，区政协组织委员视察城市排水管网建设。委员们实地察看了3个项目。\n"
                      "新闻推荐\n"
                      "本报讯 近日，由区人民医院承办的“胸痛救治学术交流会”举行。\n")
    assert [i.type for i in x.initiatives] == ["inspection"]


def test_members_who_give_are_the_givers_not_their_committee(pipeline):
    x = run(pipeline, "今年以来，区政协委员利用自身行业优势，共捐赠和协调资金800余万元。", publisher="cppcc-youxian-sc")
    (gift,) = x.initiatives
    assert names(x)[gift.organizers[0]].endswith("政协委员")
    y = run(pipeline, "区政协组织委员开展调研，捐赠和协调资金800余万元。", publisher="cppcc-youxian-sc")
    assert {names(y)[k] for i in y.initiatives for k in i.organizers} == {"政协绵阳市游仙区委员会"}


def test_money_and_goods_given_are_a_gift_and_those_received_are_not(pipeline):
    x = run(pipeline, "疫情发生后，委员们有的捐款捐物，有的发动在外乡友募捐。")
    assert [i.type for i in x.initiatives] == ["other", "other"]
    y = run(pipeline, "县敬老院收到爱心人士捐款。")
    assert not y.initiatives


def test_a_leader_with_a_partys_post_and_the_committees_leads_the_committees_work(pipeline):
    x = run(pipeline, "4月2日，民进宜宾市委副主委、江安县政协副主席周某率队到江安县开展联系村工作视察活动。")
    (visit,) = x.initiatives
    assert [names(x)[k] for k in visit.organizers] == ["政协江安县委员会"]


def test_a_practice_piloted_from_this_year_is_a_planned_campaign_and_a_slogan_felt_is_no_work(pipeline):
    x = run(pipeline, "调研组指出，为让群众感受到“协商就在家门口，政协就在身边”，县政协将从今年起，"
                      "试行“一镇一联络组”的委员联系镇街工作。")
    (campaign,) = x.initiatives
    assert (campaign.type, campaign.status) == ("campaign", "planned")
    assert "一镇一联络组" in campaign.label


def test_a_meeting_of_its_own_named_where_talk_took_place_is_kept_after_another(pipeline):
    x = run(pipeline, "12日下午，第三次全体会议举行闭幕大会。在11日下午的小组会议上，委员们审议了计划报告。"
                      "在乡村振兴协商建言座谈会上，委员们各抒己见。", publisher="cppcc-nanchong-sc")
    assert len([i for i in x.initiatives if i.type == "meeting"]) == 3
    y = run(pipeline, "县政协组织委员视察乡村道路建设，并召开座谈会。在随后召开的座谈会上，委员们提出建议。",
            publisher="cppcc-nanchong-sc")
    assert len([i for i in y.initiatives if i.type == "meeting"]) == 1


def test_numbered_formulas_quoted_together_are_one_theme(pipeline):
    x = run(pipeline, "全年围绕“两新”“两重”积极建言出力。")
    (advice,) = x.initiatives
    assert "两新" in advice.label and "两重" in advice.label
    y = run(pipeline, "全年围绕“城市更新”“乡村振兴”开展调研。")
    assert len(y.initiatives) == 2


def test_a_leaders_words_on_a_visit_name_no_visit(pipeline):
    x = run(pipeline, "“主席在大凉山调研时说，扶贫先扶志。”驻村委员回忆道。")
    assert not [i for i in x.initiatives if i.type == "research"]


def test_a_meeting_that_heard_how_work_stands_is_one_meeting(pipeline):
    x = run(pipeline, "5日召开的市政协主席会听取了专题议政会议题准备情况。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_a_meeting_told_as_held_somewhere_and_a_themed_session_are_meetings(pipeline):
    x = run(pipeline, "3月9日，一场民生议题征集会在某社区党群服务中心举行。")
    assert [i.type for i in x.initiatives] == ["meeting"]
    y = run(pipeline, "县政协2024年度工作谋划专题会在机关会议室召开。")
    assert [i.type for i in y.initiatives] == ["meeting"]


def test_goods_sent_funds_raised_and_a_themed_activity_are_work(pipeline):
    x = run(pipeline, "疫情期间，县政协多次为企业送来消毒液、测温仪等防疫物资。委员们还发动乡友募捐。"
                      "某镇政协工作联络组开展以“守护母亲河”为主题的河道清漂活动。")
    assert [i.type for i in x.initiatives] == ["other", "other", "other"]


def test_a_station_visited_for_guidance_is_a_partner_named_with_its_township(pipeline):
    x = run(pipeline, "市政协负责同志莅临嘉陵区文峰街道青松社区委员工作站参观指导并座谈。", publisher="cppcc-nanchong-sc")
    (visit,) = x.initiatives
    assert visit.organizers == ("cppcc-nanchong-sc",)
    assert [names(x)[k] for k in visit.partners] == ["嘉陵区文峰街道青松社区委员工作站"]


def test_what_makes_work_better_and_the_units_taking_part_name_no_work(pipeline):
    x = run(pipeline, "平台让民主监督更精准、更高效。区城管局等参与协商单位负责人作了回应。")
    assert not x.initiatives


def test_cadres_sent_to_villages_and_funds_raised_by_members_are_work(pipeline):
    x = run(pipeline, "区政协专门选派1名熟悉基层工作、熟悉村情民意的干部驻村帮扶。"
                      "区政协还动员委员多方筹措帮扶资金150余万元。")
    assert [i.type for i in x.initiatives] == ["other", "other"]
    y = run(pipeline, "要发挥好专门协商机构作用。")
    assert not y.initiatives


def test_members_advising_on_a_list_of_themes_in_a_news_item_give_advice(pipeline):
    x = run(pipeline, "会议期间，住川全国政协委员认真履职。围绕建设内陆开放高地、培育低空经济、推动县域发展等，"
                      "委员们积极踊跃建言献策。")
    (advice,) = x.initiatives
    assert advice.type == "consultation"
    assert [names(x)[k] for k in advice.organizers] == ["住川全国政协委员"]
    y = run(pipeline, "围绕中心工作，委员们积极建言献策。")
    assert not y.initiatives


def test_sector_consultations_held_on_quoted_themes_are_one_each(pipeline):
    x = run(pipeline, "2月3日下午围绕“培育农村电商”“建设技能型社会”分别举行界别协商。")
    assert sorted(i.label for i in x.initiatives) == ["培育农村电商界别协商", "建设技能型社会界别协商"]
    assert not [m for m in x.mentions if m.cls == "Sector"]


def test_proposals_counted_by_the_bodies_that_wrote_them_are_theirs_a_tally_by_kind_is_not(pipeline):
    x = run(pipeline, "其中，市级各民主党派和各专门委员会集体提案31件，委员个人或联名提案240件。",
            publisher="cppcc-zigong-sc")
    (proposal,) = x.initiatives
    assert proposal.type == "proposal" and "集体提案" in proposal.evidence.text
    assert sorted(m.value for m in x.metrics) == [31, 240]


def test_work_welcomed_required_or_framed_as_a_means_is_no_work_told(pipeline):
    x = run(pipeline, "区委书记对市政协视察组一行来区视察表示热烈欢迎。主席会议对今年的重点提案督办工作提出具体要求。"
                      "主题教育开展以来，县政协持续改进作风。")
    assert not x.initiatives


def test_a_special_committee_by_a_short_name_the_reference_lacks_runs_its_work(pipeline):
    x = run(pipeline, "县政协社法民宗委组织委员开展专题调研。", publisher="cppcc-wuxi")
    (research,) = x.initiatives
    assert [names(x)[k] for k in research.organizers] == ["巫溪县政协社法民宗委员会"]
    y = run(pipeline, "县政协始终聚焦县委中心工作。", publisher="cppcc-wuxi")
    assert "中共巫溪县委" in {m.label for m in y.mentions}


def test_a_members_sector_named_before_委员_is_that_sector_and_runs_the_work(pipeline):
    x = run(pipeline, "特邀界委员许某、中共界委员何某深入调研页岩气开发。工商联界委员汪某深入物流园区调研。")
    first, second = x.initiatives
    assert [names(x)[k] for k in first.organizers] == ["特别邀请人士", "中国共产党界"]
    assert [names(x)[k] for k in second.organizers] == ["工商联界"]


def test_a_committees_sector_written_after_it_is_the_reference_sector(pipeline):
    x = run(pipeline, "县政协科技界别委员邹某和无党派人士界别委员严某作大会发言。")
    sectors = {m.label for m in x.mentions if m.cls == "Sector"}
    assert sectors == {"科学技术界", "无党派人士"}


def test_members_following_a_session_remotely_take_part_in_its_group_discussions(pipeline):
    x = run(pipeline, "因故未能到场的港澳委员以视频连线方式参加市政协全体会议的分组讨论。", publisher="cppcc-chengdu-sc")
    (sitting,) = x.initiatives
    assert sitting.type == "meeting" and sitting.organizers == ("cppcc-chengdu-sc",)


def test_how_long_something_took_is_no_statistic(pipeline):
    x = run(pipeline, "经过近1个小时的摸排，不到1个多月，问题就得到解决。")
    assert not x.metrics


def test_a_sector_joint_group_sitting_held_at_a_session_is_a_meeting_of_its_own(pipeline):
    x = run(pipeline, "2月20日，市政协五届三次会议召开界别联组会。", publisher="cppcc-dazhou-sc")
    assert [i.type for i in x.initiatives] == ["meeting", "meeting"]


def test_a_team_a_committee_sends_into_a_place_does_research_and_a_campaign_it_launches_is_one(pipeline):
    x = run(pipeline, "县政协组织调研组深入县内物流园区。市政协在全市政协系统发起“我为城市更新献一策”活动。",
            publisher="cppcc-nanchuan")
    assert [i.type for i in x.initiatives] == ["research", "campaign"]
