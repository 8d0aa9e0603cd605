"""Issue 12, the round after the lists: gifts received, party branches, and the other forms the
round's blind sets showed, read as a reader of district news would read them.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from cppcckg.model import PLANNED
from tests.extract.test_extract_general import only, run


def bodies_named(extraction) -> dict[str, str]:
    return {m.surface: m.label for m in extraction.mentions if m.kind == "body"}


def test_a_gift_received_is_the_work_of_its_giver(pipeline):
    x = run(pipeline, "2月5日，区人民医院收到农工党綦江区委会捐赠的一批防护服和口罩。")
    (gift,) = x.initiatives
    assert gift.type == "other"
    assert [bodies_named(x)[s] for s in ("农工党綦江区委会",)] == ["中国农工民主党重庆市綦江区委员会"]
    giver = next(m.entity for m in x.mentions if m.surface == "农工党綦江区委会")
    assert list(gift.organizers) == [giver]


def test_what_was_given_told_again_is_no_new_gift(pipeline):
    x = run(pipeline, "区政协向社区捐赠的消毒物资已全部发放到位。")
    assert not x.initiatives


def test_a_party_branch_named_with_its_place_is_a_body_of_its_own(pipeline):
    x = run(pipeline, "民盟荣昌支部、九三学社渝北支社和农工党南岸区总支联合开展调研。")
    named = bodies_named(x)
    assert named["民盟荣昌支部"] == "中国民主同盟重庆市荣昌区支部"
    assert named["九三学社渝北支社"] == "九三学社重庆市渝北区支社"
    assert named["农工党南岸区总支"] == "中国农工民主党重庆市南岸区总支"
    (research,) = x.initiatives
    assert len(set(research.organizers)) == 3


def test_a_series_of_commemorations_is_an_event(pipeline):
    x = run(pipeline, "为纪念县政协成立40周年，县政协举办系列庆祝活动。")
    assert [i.type for i in x.initiatives] == ["event"]


def test_an_event_a_body_staged_is_held_where_it_is_told_to_take_place(pipeline):
    x = run(pipeline, "区政协精心策划的经典朗诵会在大剧院与观众见面。")
    assert [i.type for i in x.initiatives] == ["event"]


def test_a_stage_where_something_played_out_is_no_event(pipeline):
    x = run(pipeline, "两地协同发展的舞台上又上演了精彩一幕。")
    assert not x.initiatives


def test_a_headline_whose_characters_carry_pinyin_readings_is_no_furniture(pipeline):
    x = run(pipeline, "首頁(yè)>政協(xié)\n\n萬州(zhōu)的春天——重慶市政協(xié)助力鄉(xiāng)村振興(xīng)紀(jì)實\n\n"
                      "2021年4月,市政協(xié)組織委員赴萬州(zhōu)開展調(diào)研。")
    named = {m.label for m in x.mentions if m.evidence.start < 60}
    assert {"万州区", "政协重庆市委员会"} <= named


def test_a_session_written_by_term_and_number_is_the_one_the_reference_lists(pipeline):
    x = run(pipeline, "政协重庆市第五届委员会第五次会议开幕。市政协常委会作五届四次会议以来提案工作情况的报告。")
    sessions = [m.entity for m in x.mentions if m.surface == "五届四次会议"]
    assert sessions == ["cq-cppcc-term-5-session-4"]


def test_members_named_by_where_they_live_and_their_term_are_that_group(pipeline):
    x = run(pipeline, "重庆市政协召开全体会议，邀请住渝十三届全国政协委员和市高级人民法院负责同志列席。")
    named = bodies_named(x)
    assert named["住渝十三届全国政协委员"] == "住渝全国政协委员"
    assert "市高级人民法院" in named


def test_the_scene_of_a_video_meeting_tells_the_meeting(pipeline):
    x = run(pipeline, "3月6日，市政协办公厅帮扶集团视频会议现场，各成员单位交流帮扶进展。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_a_bare_meeting_scene_is_a_photo_caption_not_a_meeting(pipeline):
    x = run(pipeline, "会议现场，委员们认真听取报告。")
    assert not x.initiatives


def test_a_closing_sitting_announced_is_planned(pipeline):
    x = run(pipeline, "2023年1月12日，政协重庆市第六届委员会第一次会议开幕。本次会议将于16日上午闭幕。")
    closing = only(x, "闭幕")
    assert closing.status == PLANNED and closing.label.endswith("闭幕会")


def test_advice_given_for_causes_is_a_consultation_on_each(pipeline):
    x = run(pipeline, "过去一年，住渝全国政协委员为完善西部陆海新通道建言，为建设成渝中部产业带献策，为巴渝文化保护鼓与呼。")
    labels = sorted(i.label for i in x.initiatives if i.type == "consultation")
    assert len(labels) == 3 and any("西部陆海新通道" in label for label in labels)
    assert any("巴渝文化保护" in label for label in labels)


def test_work_told_as_a_plural_of_its_kind_is_no_one_activity(pipeline):
    x = run(pipeline, "一年来，一次次深入基层的调研、一场场务实高效的协商会，凝聚了各方共识。")
    assert not x.initiatives


def test_a_teams_visits_on_its_trip_are_stops_and_advice_on_a_theme_is_a_consultation(pipeline):
    x = run(pipeline, "近日，江津区政协组织委员赴四川省泸州市学习考察。\n"
                      "考察组一行先后走访了泸州某产业园、某酒庄等地，并围绕两地白酒产业协作、文旅融合等共商发展良策。")
    assert sorted(i.type for i in x.initiatives) == ["consultation", "research"]
    assert "白酒产业协作" in only(x, "共商").label


def test_members_sent_to_serve_in_villages_is_work(pipeline):
    x = run(pipeline, "近年来，县政协选派了12名委员进驻村社挂职，帮助群众增收。")
    assert [i.type for i in x.initiatives] == ["other"]


def test_resident_members_in_a_repost_with_pinyin_readings_are_that_group(pipeline):
    x = run(pipeline, "重慶市政協(xié)全體會議邀請住渝十三屆全國政協(xié)委員列席。")
    assert "住渝全国政协委员" in bodies_named(x).values()


def test_a_tally_of_proposals_without_a_theme_is_a_statistic_only(pipeline):
    x = run(pipeline, "2023年，住川全国政协委员一共提出个人提案88件，还联名提交了3件提案。")
    assert not x.initiatives
    assert sorted(m.value for m in x.metrics) == [3, 88]


def test_advice_members_will_bring_to_the_sessions_is_a_planned_consultation(pipeline):
    x = run(pipeline, "2025年3月，全国两会召开在即。今年，住川全国政协委员又将把推动成渝协同发展的建议带到全国两会。")
    (advice,) = x.initiatives
    assert advice.type == "consultation" and advice.status == PLANNED


def test_what_a_place_achieved_is_no_statistic_of_the_committee(pipeline):
    x = run(pipeline, "2018年，城口县当年减贫四千余人，全县贫困发生率下降到0.8%，增速位居全市14个区县之首。县政协提案办结率达到100%。")
    assert [(m.value, m.unit) for m in x.metrics] == [(100, "%")]


def test_advice_on_themes_listed_with_commas_after_jiu_is_one_consultation_on_them(pipeline):
    x = run(pipeline, "五年来，市政协聚焦重点任务，就加快乡村产业振兴，“一村一品”特色发展，农村电商发展，山地农业建设等议政建言。")
    (advice,) = x.initiatives
    assert advice.type == "consultation"
    assert "乡村产业振兴" in advice.label and "山地农业建设" in advice.label
    assert advice.evidence.text.startswith("就")


def test_a_sector_named_before_jiebie_is_a_body_of_its_own(pipeline):
    x = run(pipeline, "2023年5月，大渡口区政协民建界别、农工党界别和文化新闻界别委员参加活动。工商联界别委员作交流发言。")
    sectors = {m.surface: (m.label, m.cls) for m in x.mentions if m.surface.endswith("界别")}
    assert sectors["农工党界别"] == ("农工党界", "Sector")
    assert sectors["文化新闻界别"] == ("文化新闻界", "Sector")
    assert sectors["大渡口区政协民建界别"][0] == "大渡口区政协民建界"
    assert sectors["工商联界别"][0] == "工商联界"  # the reference's sector


def test_sectors_in_general_are_no_one_sector(pipeline):
    x = run(pipeline, "市政协各界别委员和相关界别代表参加界别活动。")
    assert not [m for m in x.mentions if m.cls == "Sector" or m.surface.endswith("界别")]


def test_a_body_joined_with_huitong_before_the_verb_runs_the_work_with_the_subject(pipeline):
    x = run(pipeline, "5月20日，市政协农业农村委会同农工党重庆市委会共同组织调研组赴梁平区，"
                      "围绕“稻渔综合种养”和“农村电商提质”开展专题调研并召开座谈会。")
    research = [i for i in x.initiatives if i.type == "research"]
    meetings = [i for i in x.initiatives if i.type == "meeting"]
    assert len(research) == 2 and len(meetings) == 1  # research on each subject, one meeting on both
    assert all(set(i.organizers) == {"cq-cppcc-agriculture-committee", "cpwdp-cq"} for i in x.initiatives)
    assert "”" not in meetings[0].label and "“" not in meetings[0].label


def test_an_epaper_list_of_headlines_is_furniture_but_a_reports_title_block_is_not(pipeline):
    page = ("第001版:要闻\n 下一版 \n某地召开经济工作会议\n某市全力创建农业示范区\n市政协主席调研文史馆建设情况\n"
            "某气田再添新井\n\n重庆日报 | 重庆科技报\n\n市政协主席调研文史馆建设情况\n\n"
            "本报讯 12月8日，市政协主席某某调研重庆政协文史馆建设情况并召开专题会。")
    x = run(pipeline, page)
    assert sorted(i.type for i in x.initiatives) == ["meeting", "research"]
    (research,) = [i for i in x.initiatives if i.type == "research"]
    assert research.label.startswith("重庆政协文史馆建设") and "专题会" not in research.label
    title = ("政协某市第九届委员会常务委员会\n关于九届三次会议以来的提案工作报告\n"
             "——在政协某市九届四次会议上\n（2020年1月8日）\n各位委员：\n我代表常务委员会报告提案工作。")
    assert [i.type for i in run(pipeline, title).initiatives] == ["meeting"]


def test_a_secretarys_meeting_is_the_committees_and_a_party_groups_meeting_its_own(pipeline):
    x = run(pipeline, "12月8日，市政协党组书记某某调研文史馆建设情况并召开专题会。")
    meeting = next(i for i in x.initiatives if i.type == "meeting")
    assert list(meeting.organizers) == ["cq-cppcc"]


def test_what_a_speaker_with_a_post_urges_is_no_work(pipeline):
    x = run(pipeline, "近日，某区政协举办读书活动。区政协主席某某表示，要把读书贯穿履职全过程，深入基层调查研究。")
    assert [i.type for i in x.initiatives] == ["study"]


def test_a_reading_named_with_a_theme_is_one_study_and_the_one_told_again_is_none(pipeline):
    x = run(pipeline, "上周，武侯区政协主办的“书香武侯”系列读书会主题活动在街道举行。"
                      "除了这场“品读经典”主题读书活动，下半年还将开展“阅读之星”全民阅读推广活动。")
    assert sorted(i.type for i in x.initiatives) == ["campaign", "study"]
    assert only(x, "全民阅读推广").status == PLANNED


def test_a_reading_centre_set_up_is_no_reading(pipeline):
    x = run(pipeline, "2022年7月，县政协在书城设立了政协委员读书活动中心。")
    assert not [i for i in x.initiatives if i.type == "study"]


def test_a_programmes_generic_alias_in_another_provinces_text_is_no_programme(pipeline):
    x = run(pipeline, "9月3日，广安市岳池县政协组织委员读书活动，40余人参加。")
    assert not [m for m in x.mentions if m.kind == "programme"]
    y = run(pipeline, "9月3日，重庆市政协组织委员读书活动，40余人参加。")
    assert [m.entity for m in y.mentions if m.kind == "programme"] == ["members-reading-groups"]


def test_a_committee_named_with_its_province_and_term_in_a_cited_report_is_the_publisher(pipeline):
    x = run(pipeline, "2月2日，某县政协全体会议召开，县委书记某某到会。\n"
                      "会议印发的材料有《中国人民政治协商会议四川省井研县第九届委员会常务委员会关于提案工作的报告》。")
    assert "中共井研县委" in bodies_named(x).values()


def test_campaigns_quoted_one_after_another_under_one_word_are_one_each(pipeline):
    x = run(pipeline, "2022年，县政协着力抓了“同心助农”“委员进社区”“暖心帮扶”活动三项重点工作。")
    assert sorted(i.label for i in x.initiatives) == ["同心助农活动", "委员进社区活动", "暖心帮扶活动"]


def test_numbered_meetings_under_one_head_are_two_meetings_each_by_its_number(pipeline):
    x = run(pipeline, "3月4日，某市政协主席某某主持召开市政协四届第31次党组、第52次主席(扩大)会议，学习全国两会精神。")
    assert sorted(i.label for i in x.initiatives) == ["市政协四届第31次党组会议", "第52次主席(扩大)会议"]


def test_advice_that_is_one_of_the_items_a_lead_sentence_announces_is_work(pipeline):
    x = run(pipeline, "据介绍，去年市政协常委会重点做了两方面工作：聚焦“十五五”规划科学编制协商建言，"
                      "建设委员之家。")
    assert [i.type for i in x.initiatives] == ["consultation"]


def test_the_consultation_meeting_where_things_were_said_is_the_consultation_just_told(pipeline):
    x = run(pipeline, "近日，区政协委员联络站开展“渝事好商量”协商活动。协商会上，委员们与居民代表深入交流。")
    assert [i.type for i in x.initiatives] == ["consultation"]


def test_a_lecture_given_at_the_meeting_is_its_business(pipeline):
    x = run(pipeline, "日前，区政协举行常委会会议，围绕优化营商环境开展专题协商。会上，区政协委员某某为大家作了专题讲座。")
    assert "study" not in [i.type for i in x.initiatives]
    assert [i.type for i in run(pipeline, "日前，区政协举办营商环境专题讲座。").initiatives] == ["study"]


def test_a_consultation_after_a_semicolon_is_its_own_not_the_last_one_told_again(pipeline):
    x = run(pipeline, "2023年，九龙坡区政协主动融入成渝双城经济圈建设，同成都市武侯区政协开展联合协商，"
                      "携手办好“双城记”；持续开展“渝事好商量”协商。")
    joint, campaign = sorted(x.initiatives, key=lambda i: i.evidence.start)
    assert joint.joint_sichuan_chongqing and not campaign.joint_sichuan_chongqing
    assert list(campaign.organizers) == ["cppcc-jiulongpo"]


def test_a_consultation_members_convene_is_work(pipeline):
    x = run(pipeline, "委员某某先后三次上门调解，又召集村组干部协商讨论，矛盾得以化解。")
    assert "consultation" in [i.type for i in x.initiatives]


def test_work_told_without_an_actor_in_a_feature_about_a_studio_is_the_studios(pipeline):
    text = ("2022年7月，由某县政协统筹建设的某镇“连心”委员工作室正式运行。\n"
            "在某镇“连心”委员工作室里，委员某某向记者介绍履职情况。\n"
            "2023年，协商某村用水纠纷、协商某镇民宿发展机制，工作室计划表上的事项大多已见实效。")
    x = run(pipeline, text)
    studio = next(m.entity for m in x.mentions if m.label.endswith("委员工作室"))
    consultations = [i for i in x.initiatives if i.type == "consultation"]
    assert consultations and all(list(i.organizers) == [studio] for i in consultations)


def test_a_studio_named_after_a_year_does_not_take_the_year_into_its_name(pipeline):
    x = run(pipeline, "墙上贴着“2024年黄水镇政协委员工作室任务清单”。")
    assert [m.label for m in x.mentions if m.label.endswith("委员工作室")] == ["黄水镇政协委员工作室"]


def test_a_text_naming_years_once_each_tells_of_the_latest(pipeline):
    x = run(pipeline, "2019年4月，某地迎来脱贫攻坚关键一役。2022年7月，某镇委员工作室正式运行。"
                      "2023年，委员们协商某村用水纠纷。")
    assert x.report.period.label() == "2023"


def test_county_committees_of_every_sichuan_prefecture_are_known(pipeline):
    x = run(pipeline, "青羊区政协联合甘孜州得荣县政协、凉山州会理市政协共同举办读书活动。")
    named = bodies_named(x)
    assert named["得荣县政协"] == "政协得荣县委员会"  # not 荣县's, whose name it ends with
    assert named["会理市政协"] == "政协会理市委员会"
    assert set(x.initiatives[0].organizers) == {"cppcc-qingyang-sc", "cppcc-derong-sc", "cppcc-huili-sc"}


def test_a_subject_that_holds_a_quote_runs_from_the_word_that_opens_it(pipeline):
    x = run(pipeline, "据介绍，去年市政协常委会重点做了两方面工作：聚焦“十五五”规划科学编制协商建言，建设委员之家。")
    assert "规划科学编制" in x.initiatives[0].label and "十五五" in x.initiatives[0].label


def test_a_partys_units_listed_after_it_is_named_once_are_its_own(pipeline):
    x = run(pipeline, "上月，九三学社南岸区委会骨干成员赴九三学社四川省绵阳市总支、成都市武侯区支部、乐山市支部，开展社务工作经验交流。")
    labels = sorted(m.label for m in x.mentions if m.kind == "body")
    assert "九三学社武侯区支部" in labels and "九三学社乐山市支部" in labels
    assert [i.type for i in x.initiatives] == ["meeting"]  # an exchange held (a bare 工作交流 is none)


def test_a_titled_report_completed_tells_research_a_report_formed_after_a_visit_does_not(pipeline):
    x = run(pipeline, "2022年，两地社员合作完成了《关于川渝数字经济协同的思考》等调研报告。")
    assert [i.type for i in x.initiatives] == ["research"]
    y = run(pipeline, "5月，县政协组织委员赴某县考察。考察结束后，梳理形成考察报告。")
    assert [i.type for i in y.initiatives] == ["research"]


def test_proposals_told_by_aspect_and_by_what_they_proposed_in_a_proposal_report(pipeline):
    x = run(pipeline, "五年间，某市政协的提案都已办结。\n\n其中，社会民生方面最受关注，提案数为611件。"
                      "关于完善养老服务、扩大托育供给等建议，已被有关部门采纳。另外，还有生态环保方面提案87件。",
            title="某市政协提案工作情况")
    labels = sorted(i.label for i in x.initiatives if i.type == "proposal")
    assert labels == sorted(["提案：生态环保方面", "提案：社会民生方面", "提案：完善养老服务、扩大托育供给"])


def test_a_session_named_with_its_term_and_committee_where_a_report_was_made_is_a_meeting(pipeline):
    x = run(pipeline, "9月26日，在政协广安市第七届委员会第三次会议上，某某代表常委会作提案工作报告。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_figures_of_what_the_place_did_in_a_report_the_meeting_heard_are_not_the_committees(pipeline):
    x = run(pipeline, "12月2日，县政协召开常委会议，审议了《农村供水情况调研报告》。调研报告显示，近三年，我县大力推进农村供水工程，"
                      "新建供水站136处。到2021年底，集中供水率达到92%。\n县政协全年开展视察12次。")
    assert [m.value for m in x.metrics] == [12]


def test_supervising_a_proposal_of_a_year_and_its_author_are_work(pipeline):
    x = run(pipeline, "5月8日，璧山区政协副主席某某一行，跟踪督办2024年度重点提案《关于改善老旧小区停车的建议》，该提案由政协委员某某领衔提出。")
    assert sorted(i.type for i in x.initiatives) == ["proposal", "supervision"]


def test_honours_given_and_speeches_at_a_session_are_work_of_the_session(pipeline):
    x = run(pipeline, "6月3日，某县政协九届五次会议闭幕。会议期间进行了委员议政发言，还表彰了2021年度优秀提案。")
    assert sorted(i.type for i in x.initiatives) == ["meeting", "meeting", "other"]


def test_a_visit_to_bodies_across_the_border_is_not_joint_work_but_members_of_both_sides_are(pipeline):
    x = run(pipeline, "上月，九三学社南岸区委会骨干成员赴九三学社四川省绵阳市总支、成都市武侯区支部、乐山市支部，开展社务工作经验交流。")
    (exchange,) = x.initiatives
    assert len(exchange.partners) == 3 and not exchange.joint_sichuan_chongqing
    y = run(pipeline, "2022年，市政协组织住川渝全国政协委员提交联名提案。", publisher="cq-cppcc")
    assert all(i.joint_sichuan_chongqing for i in y.initiatives) and y.initiatives


def test_a_session_a_meeting_decided_to_convene_is_planned(pipeline):
    x = run(pipeline, "12月28日，某县政协召开常委会议。会议决定于1月9日至11日召开政协某县第八届委员会第二次会议。")
    held, decided = sorted(x.initiatives, key=lambda i: i.evidence.start)
    assert held.status != PLANNED and decided.status == PLANNED


def test_topics_announced_and_listed_with_semicolons_are_one_consultation_each(pipeline):
    x = run(pipeline, "与上年相比，本年度的专题协商议题共有3个，数量有所增加：提升基层应急能力；推动数字乡村建设；保护长江上游生态。"
                      "按计划，今年还安排了两个对口协商议题：发展县域商业；培育夜间经济。")
    labels = sorted(i.label for i in x.initiatives)
    assert len(labels) == 5 and "提升基层应急能力专题协商" in labels and "培育夜间经济对口协商" in labels


def test_topics_listed_before_they_are_counted_are_one_each(pipeline):
    x = run(pipeline, "目前，“两院”工作报告、城市更新、推动乡村振兴这3个议题已在全会期间进行了协商。")
    assert sorted(i.label for i in x.initiatives) == sorted(["两院工作报告协商", "城市更新协商", "推动乡村振兴协商"])


def test_a_consultation_plans_items_are_planned_unless_told_as_done(pipeline):
    x = run(pipeline, "某省2022年度协商计划出台\n"
                      "目前，城市更新、乡村振兴这2个议题已在全会期间进行了协商。本年度专题协商议题共有2个：提升应急能力；保护长江生态。")
    done = [i for i in x.initiatives if i.status != PLANNED]
    planned = [i for i in x.initiatives if i.status == PLANNED]
    assert len(done) == 2 and len(planned) == 2


def test_a_committee_asked_to_join_is_not_the_texts_own(pipeline):
    x = run(pipeline, "省政协近日印发年度协商计划。省政协将围绕成渝中部产业协同开展专题协商，其中一个议题拟商请重庆市政协共同开展联合协商。")
    assert all("sc-cppcc" in i.organizers for i in x.initiatives) and x.initiatives


def test_counted_work_announced_on_a_list_of_subjects_is_one_each_and_planned(pipeline):
    x = run(pipeline, "日前，某县政协印发年度工作要点。4项重点调研将聚焦县域特色产业、城乡供水、职业教育、养老服务进行。")
    research = [i for i in x.initiatives if i.type == "research"]
    assert len(research) == 4 and all(i.status == PLANNED for i in research)
    assert [m.value for m in x.metrics] == [4]
    assert not run(pipeline, "2023年，县政协开展重点调研3项。").initiatives  # a tally with no subjects stays one


def test_an_injected_adult_site_line_gives_no_statistic(pipeline):
    x = run(pipeline, "某某精品免费观看88堂\n2023年，市政协开展视察12次。")
    assert [m.value for m in x.metrics] == [12]


def test_an_office_that_names_whose_group_it_is_does_not_act_but_places_with_one_head_do(pipeline):
    x = run(pipeline, "3月6日，市政协办公厅帮扶集团视频会议现场，各成员单位交流帮扶进展。")
    assert list(x.initiatives[0].organizers) == ["cq-cppcc-assistance-group"]


def test_the_party_and_government_named_with_the_committee_do_not_go_on_to_its_next_work(pipeline):
    x = run(pipeline, "四川省政协近日印发年度协商计划。\n下半年，省委、省政府与省政协将围绕“推动科技创新”开展协商。"
                      "本年度专题协商议题共有2个：提升应急能力；保护长江生态。")
    first, *rest = sorted(x.initiatives, key=lambda i: i.evidence.start)
    assert len(first.organizers) == 3 and rest
    assert all(list(i.organizers) == ["sc-cppcc"] for i in rest)


def test_several_proposals_put_forward_on_themes_are_a_proposal_on_them(pipeline):
    x = run(pipeline, "2024年，市政协委员某某发挥专业所长，围绕推进现代物流业发展和城市更新等问题，提出了多件切实可行的提案。")
    (proposal,) = x.initiatives
    assert proposal.type == "proposal" and "现代物流业发展" in proposal.label


def test_reports_written_after_research_are_a_statistic_not_research(pipeline):
    x = run(pipeline, "2020年，县政协共撰写调研视察专报和各类信息等41件。")
    assert not x.initiatives and [m.value for m in x.metrics] == [41]


def test_aspects_counted_after_the_proposals_they_split_are_one_proposal_each(pipeline):
    x = run(pipeline, "某市政协提案工作情况。\n会议期间共收到提案300件，立案提案中，城乡建设方面96件，社会事业方面41件。")
    assert sorted(i.label for i in x.initiatives) == sorted(["提案：城乡建设方面", "提案：社会事业方面"])
    assert not run(pipeline, "某市政协提案工作情况。\n全市城乡建设方面投入96亿元，成效明显。").initiatives


def test_advice_that_ends_a_visit_is_its_aim_and_a_team_led_on_site_does_research(pipeline):
    x = run(pipeline, "7月，县政协副主席某某率调研组深入某养老院等地，了解养老院日常运营，为养老事业发展积极建言。")
    assert [i.type for i in x.initiatives] == ["research"]
    assert x.initiatives[0].label.startswith("某养老院")


def test_research_named_as_the_means_of_what_a_team_concluded_is_not_told_again(pipeline):
    x = run(pipeline, "6月，市政协调研组赴区县开展产业调研。经过实地走访调研，大家认为，产业链仍需补强。")
    assert [i.type for i in x.initiatives] == ["research"]
