"""Issue 12, the round of sessions' closing and group sittings, river-basin alliances, year
reviews, lecture series, visiting delegations and thematic research: the forms its blind sets
showed, read as their readers would.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import body_labels, organizer_labels, run


def test_a_session_written_short_after_a_city_the_reference_lacks_is_that_citys(pipeline):
    x = run(pipeline, "宣城市政协五届二次会议今天下午闭幕。")
    (session,) = x.initiatives
    assert organizer_labels(x, session) == ["政协宣城市委员会"]
    assert "政协宣城市委员会" in body_labels(x).values()
    assert not any("重庆" in label for label in body_labels(x).values())


def test_a_session_of_a_term_the_reference_lacks_after_a_city_is_that_citys_plenary(pipeline):
    x = run(pipeline, "宣城市政协十届一次会议今天下午举行选举大会。")
    (session,) = x.initiatives
    assert organizer_labels(x, session) == ["政协宣城市委员会"]


def test_a_short_session_of_the_reference_keeps_its_committee(pipeline):
    x = run(pipeline, "重庆市政协五届二次会议今天下午闭幕。")
    assert [i.organizers for i in x.initiatives] == [("cq-cppcc",)]


def test_a_sector_groups_discussion_that_guests_attend_is_a_sitting(pipeline):
    x = run(pipeline, "1月10日，青岚县政协九届四次会议开幕。县委书记王某参加经济界一组讨论，"
                      "县长李某参加农林水界、民族宗教界委员分组讨论。副县长张某参加教育界别组讨论。")
    sittings = [i for i in x.initiatives if "讨论" in i.label]
    assert sorted(i.label for i in sittings) == ["农林水界、民族宗教界委员分组讨论", "教育界别组讨论", "经济界一组讨论"]
    assert all(organizer_labels(x, i) == ["政协青岚县委员会"] for i in sittings)


def test_groups_counted_before_their_discussion_stay_one_sitting(pipeline):
    x = run(pipeline, "会议期间，委员们分6个组讨论了区政协常委会工作报告。")
    assert len(x.initiatives) == 1


def test_a_discussion_of_a_draft_or_topic_is_no_sitting(pipeline):
    x = run(pipeline, "工作组讨论稿已印发各委员。")
    assert not x.initiatives


def test_a_sitting_is_named_without_the_time_or_the_scene_it_was_told_in(pipeline):
    x = run(pipeline, "1月10日，青岚县政协九届四次会议开幕。下午举行联组讨论。在农业界三组讨论会现场，委员们踊跃发言。")
    labels = [i.label for i in x.initiatives]
    assert "联组讨论" in labels and "农业界三组讨论会" in labels


def test_a_city_outlet_after_the_time_stamp_names_the_city_of_a_bare_committee(pipeline):
    x = run(pipeline, "委员们开展分组讨论\n\n12-26 20:56   云岭市融媒体中心   某某\n\n"
                      "今天下午，出席市政协九届四次会议的委员们分组讨论政府工作报告。")
    assert x.initiatives
    for work in x.initiatives:
        assert "重庆" not in " ".join([*body_labels(x).values(), *organizer_labels(x, work)])
        assert work.organizers and all(k.startswith("unknown") for k in work.organizers)


def test_presidium_meetings_a_session_holds_are_one_meeting_each(pipeline):
    x = run(pipeline, "政协青岚县第九届委员会第四次会议闭幕。会议期间，大会相继举行了主席团常务主席会议第二次会议、"
                      "主席团第二次会议。随后举行大会主席团第三次会议。")
    labels = [i.label for i in x.initiatives]
    assert labels == ["青岚县政协九届四次会议", "主席团常务主席会议第二次会议", "主席团第二次会议", "主席团第三次会议"]
    assert all(organizer_labels(x, i) == ["政协青岚县委员会"] for i in x.initiatives)


def test_the_session_that_holds_them_is_not_told_again(pipeline):
    x = run(pipeline, "会议期间，大会先后召开主席团第一次会议、主席团第二次会议。")
    assert [i.label for i in x.initiatives] == ["主席团第一次会议", "主席团第二次会议"]


def test_honours_praised_or_chosen_at_a_session_are_work(pipeline):
    x = run(pipeline, "政协青岚县第九届委员会第四次会议闭幕。会议表扬了优秀提案及先进承办单位。"
                      "大会评选2023年度县政协工作先进集体。")
    honours = [i for i in x.initiatives if i.type == "other"]
    assert [i.evidence.text for i in honours] == ["会议表扬了优秀提案及先进承办单位", "大会评选2023年度县政协工作先进集体"]


def test_a_choice_that_names_no_honour_is_no_work(pipeline):
    x = run(pipeline, "县政协评选工作方案已印发。")
    assert not x.initiatives


def test_a_city_sites_wire_dateline_names_the_city_when_the_text_names_it_again(pipeline):
    x = run(pipeline, "云岭网讯(记者 某某)5月30日，市政协党组召开理论学习中心组学习会，党组书记某某主持。"
                      "会议强调，要为云岭高质量发展贡献力量。")
    labels = body_labels(x).values()
    assert not any("重庆" in label for label in labels)
    assert any(label.startswith("中共云岭市") for label in labels)


def test_a_wire_whose_name_is_never_written_again_changes_nothing(pipeline):
    x = run(pipeline, "某讯网讯(记者 某某)5月30日，市政协召开主席会议。")
    assert "政协重庆市委员会主席会议" in body_labels(x).values()


def test_a_traditional_reposts_organ_of_an_unlisted_city_is_named_in_simplified_script(pipeline):
    x = run(pipeline, "云岭網訊(記者 某某)5月30日，市政協黨組召開會議。會議強調，要為云岭發展貢獻力量。")
    labels = list(body_labels(x).values())
    assert any(label.endswith("政协党组") for label in labels), labels
    assert not any(ch in "".join(labels) for ch in "協黨會")


def test_a_regions_committees_said_again_by_their_count_are_the_same_committees(pipeline):
    x = run(pipeline, "5月20日，沪苏浙皖三省一市政协在杭州联合召开长三角生态保护协商会。三省一市政协今年又一次组织专题民主监督。")
    first, again = x.initiatives
    assert again.type == "supervision"
    assert set(again.organizers) == set(first.organizers) and len(first.organizers) == 4


def test_a_count_alone_with_no_group_named_before_stays_as_written(pipeline):
    x = run(pipeline, "三省一市政协今年又一次组织专题民主监督。")
    assert [organizer_labels(x, i) for i in x.initiatives] == [["三省一市政协"]]


def test_work_a_meeting_arranges_for_the_year_is_its_business(pipeline):
    x = run(pipeline, "2月20日，青岚县政协召开工作会议，安排部署2024年度专项民主监督工作。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_work_told_as_done_is_still_work(pipeline):
    x = run(pipeline, "2月20日，青岚县政协开展2024年度专项民主监督工作。")
    assert [i.type for i in x.initiatives] == ["supervision"]


def test_titles_listed_after_their_publishing_are_a_publication_each(pipeline):
    x = run(pipeline, "五年来，县政协共出版《甲乡记忆》、《乙镇往事》、《丙村史料汇编》等文史书籍。")
    assert [(i.type, i.evidence.text) for i in x.initiatives] == [
        ("publication", "甲乡记忆"), ("publication", "乙镇往事"), ("publication", "丙村史料汇编")]


def test_one_title_after_its_publishing_stays_one_publication(pipeline):
    x = run(pipeline, "县政协编印了《甲乡记忆》一书。")
    assert [i.type for i in x.initiatives] == ["publication"]


def test_a_plan_named_as_the_ground_of_work_on_a_day_leaves_it_done(pipeline):
    x = run(pipeline, "按照年度视察计划，11月27日至28日，青岚县政协主席率队视察乡村公路建设。")
    assert [i.status for i in x.initiatives] == ["done"]


def test_work_to_come_under_a_plan_is_still_planned(pipeline):
    x = run(pipeline, "按照年度协商计划，青岚县政协将于下月召开专题协商会。")
    assert [i.status for i in x.initiatives] == ["planned"]


def test_a_clause_of_only_a_manner_and_a_kind_of_work_is_no_work(pipeline):
    x = run(pipeline, "委员们纷纷表示，将发挥自身专业优势，深入调查研究，广泛收集意见，积极建言献策。")
    assert not x.initiatives


def test_research_with_its_subject_is_still_work(pipeline):
    x = run(pipeline, "青岚县政协围绕乡村振兴深入调查研究。")
    assert [i.type for i in x.initiatives] == ["research"]


def test_the_headline_repeated_under_each_photo_with_its_number_is_furniture(pipeline):
    x = run(pipeline, "云溪县政协委员一行到我县考察交流\n\n4月19日，云溪县政协主席某某率队到青岚县学习考察委员工作室建设。\n\n"
                      "云溪县政协委员一行到我县考察交流 0\n\n考察组一行先后来到锦江镇、塔下乡。\n\n云溪县政协委员一行到我县考察交流 1\n")
    assert len(x.initiatives) == 1


def test_a_line_that_only_ends_in_a_number_is_still_read(pipeline):
    x = run(pipeline, "青岚县政协召开主席会议 研究全年工作 2\n\n青岚县政协召开主席会议 研究全年工作\n")
    assert x.initiatives


def test_a_tag_on_a_line_of_its_own_lends_no_character_to_the_next_lines_name(pipeline):
    x = run(pipeline, "南宁\n\n南宁市青秀区政协召开座谈会。")
    assert "宁南县" not in body_labels(x).values() and not any(m.label == "宁南县" for m in x.mentions)


def test_a_word_broken_by_the_layout_across_lines_of_a_paragraph_is_still_read(pipeline):
    x = run(pipeline, "会议期间，委员们围绕推动成渝地区双城经济圈建设开展联合协\n\n商，形成了一批成果。")
    assert [i.type for i in x.initiatives] == ["consultation"]


def test_a_district_named_with_its_city_both_lacking_in_the_reference_is_one_committee(pipeline):
    x = run(pipeline, "近日，南宁市青秀区政协召开座谈会。区政协各专委会参加。区政协组织委员开展调研。")
    assert [organizer_labels(x, i) for i in x.initiatives] == [["政协南宁市青秀区委员会"]] * 2


def test_a_district_alias_inside_a_communitys_name_places_nothing(pipeline):
    x = run(pipeline, "近日，南宁市青秀区政协组织委员走进甲山社区、金牛桥社区等地开展调研。区政协组织委员开展视察。")
    labels = [label for i in x.initiatives for label in organizer_labels(x, i)]
    assert labels and all(label == "政协南宁市青秀区委员会" for label in labels)


def test_a_session_named_as_where_after_a_city_the_reference_lacks_is_that_citys(pipeline):
    x = run(pipeline, "在湘潭市政协十一届四次会议上，民建湘潭市委代表作大会发言。民建市委共提交集体提案5件。")
    assert all(label.startswith(("政协湘潭市", "中国民主建国会湘潭市")) for i in x.initiatives
               for label in organizer_labels(x, i))
    assert not any("重庆" in label for label in body_labels(x).values())


def test_subjects_listed_after_research_and_closed_by_their_work_are_what_it_looked_into(pipeline):
    x = run(pipeline, "6月18日，河南省政协办公厅主任王某一行到青岚县调研考察机关党建、委员联络体系建设等工作。")
    assert [i.type for i in x.initiatives] == ["research"]


def test_ways_of_working_listed_before_their_work_are_still_none(pipeline):
    x = run(pipeline, "县政协组织委员开展调研、视察等工作。")
    assert not x.initiatives


def test_a_bare_city_committee_visiting_a_district_the_reference_lacks_is_no_chongqing_body(pipeline):
    x = run(pipeline, "8月19日，市政协副主席某某带队赴青溪区开展社会治理专项民主监督。青溪区政协副主席某某参加活动。")
    work = [i for i in x.initiatives if i.type == "supervision"]
    assert work and organizer_labels(x, work[0]) == ["市政协"]
    assert "政协重庆市委员会" not in body_labels(x).values()


def test_a_bare_city_committee_in_a_text_that_names_chongqing_stays_chongqings(pipeline):
    x = run(pipeline, "8月19日，重庆市政协副主席某某带队赴青溪区开展社会治理专项民主监督。市政协委员参加活动。")
    assert "政协重庆市委员会" in body_labels(x).values()


def test_a_list_of_ways_of_working_before_their_work_stays_none(pipeline):
    x = run(pipeline, "委员们踊跃投身视察监督、专题研究、学术研讨等工作。")
    assert not x.initiatives


def test_the_government_and_the_committee_named_together_are_no_place(pipeline):
    x = run(pipeline, "当前版:01版\n市政府市政协举行联席会议\n本报讯 11月20日上午，2025年市政府市政协联席会议召开。")
    assert not any("市政府市" in label for label in body_labels(x).values())


def test_a_given_name_after_a_post_is_no_place(pipeline):
    x = run(pipeline, "市政协主席某某主持会议，市政协副主席周青海、张某某等参加会议。")
    assert not any(m.kind == "place" for m in x.mentions)


def test_a_place_after_a_post_and_its_level_is_still_a_place(pipeline):
    x = run(pipeline, "市政协主席某某带队赴青海省调研。")
    assert any(m.kind == "place" for m in x.mentions)


def test_consultation_told_after_work_on_its_subject_is_still_work(pipeline):
    x = run(pipeline, "市政协围绕编好“十五五”规划组织专题调研，召开常委会会议，积极开展协商建言。")
    assert "consultation" in [i.type for i in x.initiatives]


def test_a_home_for_members_hung_with_its_plaque_is_its_ceremony(pipeline):
    x = run(pipeline, "近日，由云岭市政协社会和法制委员会牵头的“委员之家”在滨江小区挂牌成立。")
    (ceremony,) = x.initiatives
    assert ceremony.type == "meeting"
    assert organizer_labels(x, ceremony) == ["云岭市政协社会和法制委员会"]


def test_plaques_hung_counted_are_a_tally(pipeline):
    x = run(pipeline, "该县已挂牌成立委员工作室12个。")
    assert not x.initiatives


def test_a_sitting_that_hears_a_briefing_is_one_meeting(pipeline):
    x = run(pipeline, "11月5日，市政协组织委员视察城区交通治理，并座谈听取全市交通管理工作情况通报。")
    assert [i.type for i in x.initiatives] == ["inspection", "meeting"]


def test_a_briefing_session_the_committee_holds_is_still_a_briefing(pipeline):
    x = run(pipeline, "11月5日，市政协召开情况通报会，听取全市交通管理工作情况通报。")
    assert [i.type for i in x.initiatives] == ["briefing"]


def test_kinds_of_study_each_counted_are_a_tally(pipeline):
    x = run(pipeline, "一年来，青岚县政协开展机关理论学习中心组专题学习14场次、专题党课9场次、读书班5场次。")
    assert not x.initiatives
    assert sorted(m.value for m in x.metrics) == [5, 9, 14]


def test_one_kind_of_study_told_with_its_subject_is_still_work(pipeline):
    x = run(pipeline, "青岚县政协组织委员围绕乡村振兴开展专题学习。")
    assert [i.type for i in x.initiatives] == ["study"]


def test_a_papers_masthead_with_its_registration_number_is_furniture(pipeline):
    x = run(pipeline, "CN51-0099 云岭日报社出版党报热线\n市政协召开新闻发布会，介绍会议筹备情况。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_parts_told_after_their_total_that_add_up_count_what_it_counts(pipeline):
    x = run(pipeline, "今年共立案提案100件。其中，涉及经济建设方面60件，社会建设方面40件。")
    assert sorted((m.value, m.measure) for m in x.metrics) == [
        (40, "proposals_registered"), (60, "proposals_registered"), (100, "proposals_registered")]


def test_parts_that_do_not_add_up_keep_their_own_measure(pipeline):
    x = run(pipeline, "今年共立案提案100件。其中，涉及经济建设方面60件。")
    assert [m.measure for m in x.metrics if m.value == 60] == ["other"]


def test_the_place_a_papers_masthead_names_still_places_the_text(pipeline):
    x = run(pipeline, "国内统一刊号:CN64-0001 宁夏日报报业集团出版\n自治区政协组织委员开展专题民主监督。")
    assert "政协宁夏回族自治区委员会" in [m.label for m in x.mentions]
    assert not any(i.type == "publication" for i in x.initiatives)


def test_the_youth_leagues_bare_city_unit_in_a_text_about_an_unlisted_city_is_that_citys(pipeline):
    x = run(pipeline, "近日，云岭市政协、团市委在青溪区联合组织专题调研活动。")
    assert "共青团云岭市委员会" in body_labels(x).values()
    assert "共青团重庆市委员会" not in body_labels(x).values()


def test_the_youth_leagues_bare_city_unit_in_a_chongqing_text_stays_chongqings(pipeline):
    x = run(pipeline, "近日，市政协、团市委联合组织专题调研活动。")
    assert "共青团重庆市委员会" in body_labels(x).values()


def test_a_star_rating_a_studio_receives_is_an_honour(pipeline):
    x = run(pipeline, "青岚县政协青年委员工作室荣获县政协2024年度五星级委员工作室。")
    assert [i.type for i in x.initiatives] == ["other"]


def test_star_rated_studios_counted_are_a_tally(pipeline):
    x = run(pipeline, "全县已建成五星级委员工作室3个。")
    assert not x.initiatives
