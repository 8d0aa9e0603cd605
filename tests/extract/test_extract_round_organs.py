"""Issue 12, the round of organs and themes: the organs and sessions of committees the reference
holds no organs of, the province's committees taken together, the word 界别 used for the sectors'
work in general, and proposals counted with the themes they are about.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def bodies(extraction) -> list[tuple[str, str, str]]:
    return [(m.surface, m.label, m.cls) for m in extraction.mentions if m.kind == "body"]


def test_a_city_committees_session_written_short_is_its_plenary(pipeline):
    x = run(pipeline, "2月20日，达州市政协五届三次会议开幕。会议期间，市政协五届三次会议共收到提案300件。")
    sessions = [b for b in bodies(x) if "五届三次会议" in b[0]]
    assert [(label, cls) for _s, label, cls in sessions] == [("达州市政协全体会议", "PlenarySession")] * 2


def test_organs_of_a_committee_the_reference_lacks_are_typed_by_their_word(pipeline):
    x = run(pipeline, "近日，遂宁市政协党组召开会议。市政协常委会第五次会议举行。市政协召开主席会议。")
    found = {surface: (label, cls) for surface, label, cls in bodies(x)}
    assert found["遂宁市政协党组"] == ("遂宁市政协党组", "PartyGroup")
    assert found["市政协常委会"] == ("遂宁市政协常务委员会", "StandingCommittee")
    assert found["主席会议"] == ("遂宁市政协主席会议", "ChairpersonsCouncil")


def test_a_verb_before_the_word_for_sectors_names_no_sector(pipeline):
    x = run(pipeline, "某市政协印发界别联组会发言征集通知。主席会议研究界别工作。经济界别委员发言。")
    sectors = [label for _s, label, cls in bodies(x) if cls == "Sector"]
    assert sectors == ["经济界"]


def test_the_provinces_committees_together_are_one_collective(pipeline):
    x = run(pipeline, "过去一年，全省政协系统聚焦中心工作履职尽责，全省政协各级组织开展协商活动1200余次。",
            title="四川省政协常委会工作报告")
    collectives = [(label, cls) for _s, label, cls in bodies(x)]
    assert collectives == [("四川省各级政协", "Collective")] * 2


def test_special_committees_written_after_their_committee_are_its_own(pipeline):
    x = run(pipeline, "省政协专委会组织委员赴南充视察。", title="四川省政协组织视察")
    assert ("省政协专委会", "四川省政协专门委员会", "SpecialCommittee") in bodies(x)
    x = run(pipeline, "市政协支持专委会同各党派团体开展联合履职。", publisher="cq-cppcc")
    assert ("专委会", "政协重庆市委员会专门委员会", "Collective") in bodies(x)  # the reference's own, alone


def test_proposals_counted_after_their_themes_are_a_proposal_on_them(pipeline):
    x = run(pipeline, "会议期间，委员们围绕扩大托育供给、改善农村道路、提高社区医疗水平等民生问题积极建言，"
                      "共提出提案76件。", date="2025-01-20")
    (proposal,) = x.initiatives
    assert proposal.type == "proposal"
    assert proposal.label == "提案：扩大托育供给、改善农村道路、提高社区医疗水平"
    assert [m.value for m in x.metrics] == [76]


def test_proposals_counted_then_said_to_be_about_themes_are_a_proposal_on_them(pipeline):
    x = run(pipeline, "大会收到的90件提案聚焦低空经济、夜间消费、特色农业等内容提出建议。"
                      "遴选出的15件重点提案，涵盖城乡融合发展、科技创新等中心工作。", date="2025-01-20")
    assert [(i.type, i.label) for i in x.initiatives] == [
        ("proposal", "提案：低空经济、夜间消费、特色农业"), ("proposal", "提案：城乡融合发展、科技创新")]


def test_proposals_without_a_count_after_their_themes_are_a_proposal(pipeline):
    x = run(pipeline, "围绕山区交通、县城供水等方面，委员们还提交了一批好提案。", date="2025-01-20")
    assert [(i.type, i.label) for i in x.initiatives] == [("proposal", "提案：山区交通、县城供水")]
    assert not run(pipeline, "委员们提出了不少优秀提案。").initiatives  # no theme: nothing said it was about


def test_two_numbered_meetings_joined_by_and_are_two_meetings(pipeline):
    x = run(pipeline, "6月20日，区政协召开第18次党组会议和第25次主席会议，传达学习全会精神。", publisher="cppcc-tongliang")
    assert len([i for i in x.initiatives if i.type == "meeting"]) == 2
    x = run(pipeline, "7月2日，四届市政协党组第9次会议和政协内江市第四届委员会第12次主席会议在市政协机关召开。")
    meetings = [i for i in x.initiatives if i.type == "meeting"]
    assert len(meetings) == 2 and all(i.organizers == ("cppcc-neijiang-sc",) for i in meetings)
    assert not run(pipeline, "全年召开18次党组会议和25次主席会议。").initiatives  # counts: a statistic


def test_a_term_before_the_local_form_is_no_name_of_chongqings_committee(pipeline):
    x = run(pipeline, "7月2日，五届市政协党组第9次会议召开。内江市政协主席会议同日举行。")
    assert "cq-cppcc-party-group" not in {m.entity for m in x.mentions}


def test_an_autonomous_county_named_with_its_city_and_term_holds_its_own_session(pipeline):
    x = run(pipeline, "中国人民政治协商会议第十一届重庆市秀山土家族苗族自治县委员会第五次会议于13日下午闭幕。")
    (session,) = x.initiatives
    assert session.organizers == ("cppcc-xiushan",)


def test_a_session_scheduled_is_planned(pipeline):
    x = run(pipeline, "省政协十三届二次会议定于明年1月下旬召开，会期5天。",
            date="2023-12-20")
    (session,) = x.initiatives
    assert session.status == "planned" and session.organizers == ("sc-cppcc",)


def test_members_named_as_the_subject_write_the_proposals(pipeline):
    x = run(pipeline, "会议期间，荣昌区政协委员踊跃提交提案。")
    (proposal,) = x.initiatives
    assert [m.label for m in x.mentions if m.entity == proposal.organizers[0]] == ["荣昌区政协委员"]
    x = run(pipeline, "会议期间，荣昌区政协组织委员提交提案。")
    assert x.initiatives[0].organizers == ("cppcc-rongchang",)  # the committee organises them


def test_a_numbered_group_of_a_session_is_its_sitting(pipeline):
    x = run(pipeline, "开州区政协主席参加区政协五届三次会议第三组讨论。")
    sitting = x.initiatives[-1]
    assert sitting.type == "meeting" and sitting.label.endswith("五届三次会议第三组讨论")
    assert sitting.organizers == ("cppcc-kaizhou",)


def test_a_consultation_brand_put_to_work_is_its_consultations(pipeline):
    x = run(pipeline, "近年来，泸县政协积极开展“有事来协商”，完成课题168个。")
    (work,) = x.initiatives
    assert work.type == "consultation" and work.programme == "youshi-laixieshang" and "有事来协商" in work.label
    assert not run(pipeline, "泸县政协打造“有事来协商”平台。").initiatives  # the platform built, no sitting


def test_findings_reported_at_a_meeting_are_no_field_work(pipeline):
    x = run(pipeline, "协商会上，负责课题的政协委员通报调研情况。随后，县政协组织委员调研机场运行情况。")
    assert [i.type for i in x.initiatives if i.type == "research"] == ["research"]
    assert "机场运行" in next(i for i in x.initiatives if i.type == "research").label


def test_the_own_session_attended_and_its_group_discussion_are_two_meetings(pipeline):
    x = run(pipeline, "1月15日，江津区政协委员们出席区政协十届四次会议，分组讨论了常委会工作报告。")
    session, sitting = x.initiatives
    assert (session.type, sitting.type) == ("meeting", "meeting")
    assert session.label == "江津区政协十届四次会议" and sitting.label == "江津区政协十届四次会议分组讨论：常委会工作报告"
    assert session.organizers == sitting.organizers == ("cppcc-jiangjin",)
    x = run(pipeline, "开州区政协主席某某参加区政协五届三次会议。")
    assert [i.label for i in x.initiatives] == ["开州区政协五届三次会议"]
    assert not run(pipeline, "我市部分全国政协委员启程进京，出席全国政协十四届二次会议。").initiatives  # another body's session


def test_members_attending_the_own_session_tell_it_held(pipeline):
    x = run(pipeline, "15日下午，出席区政协十届四次会议的委员们分组讨论了政府工作报告。")
    session, sitting = x.initiatives
    assert (session.label, sitting.label) == ("区政协十届四次会议", "区政协十届四次会议分组讨论：政府工作报告")
    assert {m.label for m in x.mentions if m.entity in session.organizers} == {"区政协"}  # no place 出席区


def test_a_sitting_the_session_holds_is_a_meeting_of_its_own(pipeline):
    x = run(pipeline, "12月28日，长寿区政协十四届四次会议召开界别召集人会议，区政协主席到会讲话。")
    assert [i.label for i in x.initiatives] == ["长寿区政协十四届四次会议", "长寿区政协十四届四次会议界别召集人会议"]
    assert all(i.organizers == ("cppcc-changshou",) for i in x.initiatives)


def test_a_places_two_sessions_are_one_collective_named_by_the_place(pipeline):
    x = run(pipeline, "北碚区“两会”胜利闭幕。南充市政协将于省“两会”后召开常委会议。")
    found = [(surface, label, cls) for surface, label, cls in bodies(x) if "两会" in surface]
    assert found == [("北碚区“两会”", "北碚区两会", "Collective"), ("省“两会”", "四川省两会", "Collective")]
    x = run(pipeline, "万州区政协召开会议。两会期间，区政协委员踊跃建言。")
    assert ("两会", "万州区两会", "Collective") in bodies(x)  # alone: the text's own place's
    x = run(pipeline, "全国两会期间，委员积极建言。")
    assert [label for _s, label, _c in bodies(x)] == ["全国两会"]  # the reference's


def test_proposals_counted_with_their_theme_in_one_clause_are_a_proposal_each(pipeline):
    x = run(pipeline, "立案的提案里，委员提案288件。其中，围绕产业升级和城乡建设方面提出提案150件，"
                      "占52.1%；围绕公共服务和基层治理方面提出提案96件。")
    assert [(i.type, i.label) for i in x.initiatives] == [
        ("proposal", "提案：产业升级和城乡建设"), ("proposal", "提案：公共服务和基层治理")]
    assert sorted(m.value for m in x.metrics if m.unit == "件") == [96, 150, 288]


def test_members_of_an_area_named_after_their_committee_are_a_group_that_acts(pipeline):
    x = run(pipeline, "近日，北碚区政协天生地区委员组开展“走街巷、听民声”活动。")
    (work,) = x.initiatives
    assert [(m.label, m.cls) for m in x.mentions if m.entity in work.organizers] == [("北碚区政协天生地区委员组", "MemberGroup")]


def test_the_manner_of_a_round_of_inspections_is_no_work(pipeline):
    x = run(pipeline, "县政协副主席带领委员开展污水直排问题监督性视察，本轮视察采取集中视察和日常视察相结合，对发现的问题及时反馈。")
    assert len(x.initiatives) == 1 and "污水直排" in x.initiatives[0].label


def test_a_preposition_before_a_local_committee_names_no_place(pipeline):
    x = run(pipeline, "根据市政协年度协商计划，市政协主席带队赴阿坝州考察调研文旅发展。")
    assert not [m for m in x.mentions if "根据" in m.label]


def test_members_taking_part_in_a_visit_just_told_add_no_work(pipeline):
    x = run(pipeline, "9月3日，眉山市政协主席带队赴凉山州考察调研生态保护工作，市政协秘书长某某等参加调研考察。")
    assert len(x.initiatives) == 1


def test_a_partys_short_name_after_a_place_is_its_unit_there(pipeline):
    x = run(pipeline, "近日，沙坪坝区民盟开展调研。")
    (work,) = x.initiatives
    assert [m.label for m in x.mentions if m.entity in work.organizers] == ["中国民主同盟重庆市沙坪坝区委员会"]
    assert ("自贡民革", "中国国民党革命委员会自贡市委员会", "Body") in bodies(run(pipeline, "自贡民革组织党员赴泸州交流。"))
    assert ("民盟市委", "中国民主同盟重庆市委员会", "DemocraticParty") in bodies(run(pipeline, "重庆民盟市委开展活动。"))


def test_a_general_branch_named_again_alone_is_the_unit_the_page_is_about(pipeline):
    x = run(pipeline, "1月中旬，区人大和区政协会议召开。民建江北区总支3名政协委员参加会议，会员们围绕营商环境积极建言。"
                      "去年，总支委员提交的《关于优化夜间经济布局的建议》获评优秀提案。")
    branch = {m.entity for m in x.mentions if m.label.endswith("总支")}
    assert len(branch) == 1 and len([m for m in x.mentions if m.entity in branch]) == 2
    proposal = next(i for i in x.initiatives if i.type == "proposal")
    assert set(proposal.organizers) == branch  # the page's unit, not the district committee


def test_a_committees_office_in_a_street_is_named_with_the_committee_and_acts(pipeline):
    x = run(pipeline, "南岸区政协召开会议。区政协弹子石街道联络委开展“渝事好商量”协商。")
    office = next(m for m in x.mentions if m.surface == "区政协弹子石街道联络委")
    assert (office.label, office.cls) == ("南岸区政协弹子石街道联络委", "WorkingOrgan")
    consultation = next(i for i in x.initiatives if i.type == "consultation")
    assert consultation.organizers == (office.entity,)


def test_a_suggestion_a_member_brings_by_its_title_is_a_proposal(pipeline):
    for text in ("会上，委员李某带来了“关于加快老旧管网改造的建议”。", "委员王某此次带来了《关于推进种养循环利用的建议》。"):
        (proposal,) = run(pipeline, text).initiatives
        assert proposal.type == "proposal" and proposal.label.startswith("提案：") and "的建议" not in proposal.label


def test_services_sent_to_the_fields_are_work(pipeline):
    x = run(pipeline, "县政协组织爱心企业送医疗、送文化、送订单到田间地头。")
    (work,) = x.initiatives
    assert work.type == "other" and "送订单" in work.evidence.text


def test_places_counted_before_the_work_are_no_count_of_the_work(pipeline):
    x = run(pipeline, "近日，市政协主席带领调研组，赴宝兴、芦山、天全3个县调研。")
    (three,) = x.metrics
    assert three.value == 3 and three.measure == "other"  # three counties, not three research projects
    assert [i.type for i in x.initiatives] == ["research"]


def test_backing_others_part_in_work_tells_no_work(pipeline):
    assert not run(pipeline, "县委县政府一直高度重视、关心支持政协民主监督工作。").initiatives
    assert not run(pipeline, "市政协支持各民主党派在政协参与重大问题协商。").initiatives
    x = run(pipeline, "市政协支持万州、开州两地政协开展港口物流对口协商。")  # the work those committees did
    assert [i.type for i in x.initiatives] == ["consultation"]


def test_oversight_of_proposals_followed_in_the_clause_before_is_about_them(pipeline):
    x = run(pipeline, "2024年，巫山县政协持续跟踪上届全会提出的脆李产业提案办理情况，组织委员开展专项督办。")
    (oversight,) = x.initiatives
    assert oversight.type == "supervision" and "脆李产业" in oversight.label


def test_a_meeting_is_labelled_by_the_business_it_took_up_next(pipeline):
    x = run(pipeline, "10月，两地政协在万州举行联席会议，审议下一年度协同履职要点。")
    (meeting,) = x.initiatives
    assert meeting.label == "联席会议：下一年度协同履职要点" and "协同履职要点" in meeting.evidence.text


def test_a_session_written_after_its_committees_place_is_that_committees(pipeline):
    x = run(pipeline, "1月20日，出席政协重庆市石柱县十届三次会议的委员们分组讨论了政府工作报告。")
    assert ("政协重庆市石柱县十届三次会议", "石柱县政协全体会议", "PlenarySession") in bodies(x)
    assert all(i.organizers == ("cppcc-shizhu",) for i in x.initiatives) and len(x.initiatives) == 2


def test_the_reports_a_meeting_heard_counted_again_are_no_statistic(pipeline):
    x = run(pipeline, "大家对两个报告表示赞同。有的委员说，两份报告实事求是。调研组形成两份调研报告。")
    assert [m.value for m in x.metrics] == [2]  # only the research reports written


def test_a_provinces_members_attending_its_session_and_sector_groups_tell_both(pipeline):
    x = run(pipeline, "住宜省政协委员出席省政协十三届三次会议，参加各界别小组讨论。", date="2025-01-15")
    session, sitting = x.initiatives
    assert session.organizers == ("sc-cppcc",) and session.label == "四川省政协十三届三次会议"
    assert sitting.type == "meeting" and "小组讨论" in sitting.label
    assert sitting.organizers == ("sc-cppcc",)  # the session's sitting, its committee's; the members take part


def test_a_provinces_two_sessions_named_with_the_year_are_one_collective(pipeline):
    x = run(pipeline, "在1月8日召开的2023年四川省两会新闻发布会上，有关负责人介绍了筹备情况。")
    assert ("四川省两会", "四川省两会", "Collective") in bodies(x)


def test_the_stops_of_a_visit_just_told_add_no_research(pipeline):
    x = run(pipeline, "7月15日，遂宁市政协主席某某率队赴阿坝州考察调研生态保护工作。某某一行先后深入松潘、九寨沟、若尔盖等地，实地了解情况。")
    assert [i.type for i in x.initiatives] == ["research"]
