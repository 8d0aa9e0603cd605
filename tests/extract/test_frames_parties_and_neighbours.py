"""Frames a reporter writes in, honours and their givers, parties and national members at the
sessions, captions and related links, tallies and bills, urging and its frames, campaigns,
councils and platforms, and the sittings of a session told apart.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_a_sitting_where_a_reporter_learned_the_news_holds_nothing(pipeline):
    x = run(pipeline, "2024-01-15 来源：某县\n记者从县政协十五届三次会议开幕会上获悉，过去一年，县政协围绕乡村振兴开展专题视察。")
    assert [i.type for i in x.initiatives] == ["inspection"], x.initiatives


def test_work_of_the_year_behind_told_at_a_sitting_keeps_the_year_reviewed(pipeline):
    x = run(pipeline, "2024-01-15 来源：某县\n记者从县政协十五届三次会议开幕会上获悉，过去一年，县政协围绕乡村振兴开展专题视察。")
    assert [(i.type, i.period.label() if i.period else None) for i in x.initiatives] == [("inspection", "2023")], x.initiatives


def test_a_community_council_of_a_quarter_under_a_consultation_brand_is_a_consultation(pipeline):
    x = run(pipeline, "2024-06-07 来源：某市\n6月6日，某镇某社区召开“有事来协商·楼栋议事”第三季度议事会，市政协委员、村民代表共商排水沟改造。")
    assert [i.type for i in x.initiatives] == ["consultation"], x.initiatives


def test_words_inside_a_proposal_title_tell_no_other_work(pipeline):
    x = run(pipeline, "2020-05-28 来源：某报\n住渝全国政协委员在全会期间共提交提案98件，其中联名提交的《关于支持某区“智慧港口”打造国家物流枢纽试点示范区的提案》备受关注。")
    assert [(i.type, i.organizers) for i in x.initiatives] == [("proposal", ("cq-national-members",))], x.initiatives


def test_members_who_bring_a_joint_proposal_without_a_particle_propose_it(pipeline):
    x = run(pipeline, "2021-03-04 来源：某报\n今年，住川全国政协委员带来联名提案《关于建设某某生态走廊的提案》。")
    assert [i.type for i in x.initiatives] == ["proposal"], x.initiatives


def test_an_honour_given_by_a_committee_named_between_bei_and_its_verb_is_that_committees(pipeline):
    x = run(pipeline, "2023-04-26 来源：九三学社某区委\n此外，社区委被区政协评为提案工作先进集体。")
    honours = [i for i in x.initiatives if i.type == "other"]
    assert len(honours) == 1 and honours[0].label == "提案工作先进集体表彰", x.initiatives
    giver = next(m.entity for m in x.mentions if m.label == "区政协")
    assert honours[0].organizers == (giver,), honours


def test_a_member_who_gets_an_award_named_by_its_giver_is_honoured(pipeline):
    x = run(pipeline, "2023-04-26 来源：九三学社某区委\n社员刘某获区政协优秀政协委员。")
    assert [(i.type, i.label) for i in x.initiatives] == [("other", "优秀政协委员表彰")], x.initiatives
    assert not any(m.label.startswith("政协刘某") for m in x.mentions), x.mentions  # (no body named 刘某获区)


def test_awards_won_in_a_row_are_honours_and_an_award_title_tells_no_information_work(pipeline):
    x = run(pipeline, "2020-12-20 来源：某党派\n某市委会荣获参政议政先进集体特等奖；王某、曾某获社情民意信息报送先进个人称号。")
    assert [(i.type, i.label) for i in x.initiatives] == [
        ("other", "参政议政先进集体特等奖表彰"), ("other", "社情民意信息报送先进个人称号表彰")], x.initiatives


def test_a_photo_caption_that_a_paragraph_retells_is_not_told_twice(pipeline):
    x = run(pipeline, "2024-06-05 来源：某区\n当天，某某一行还前往区融媒体中心，对某区媒体委员工作室建设运行情况进行了调研。\n"
                      "▲市政协副主席某某一行调研某区媒体委员工作室。记者 王某 摄\n")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives
    assert "▲" not in x.initiatives[0].evidence.text, x.initiatives


def test_a_photo_caption_nothing_retells_is_kept(pipeline):
    x = run(pipeline, "2024-06-05 来源：某区\n▲市政协副主席某某一行考察某水库工程。记者 王某 摄\n某某一行来到水库管理营地，听取工作汇报。")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives


def test_proposals_counted_inside_their_words_are_a_tally(pipeline):
    x = run(pipeline, "2013-03-01 来源：某报\n5年中，本届委员共提交了2865件提案；其中在渝委员5年里共提交418份个人提案。")
    assert x.initiatives == (), x.initiatives


def test_counted_proposals_with_a_theme_or_each_subject_named_are_proposals(pipeline):
    x = run(pipeline, "2024-03-01 来源：某报\n围绕乡村振兴，委员们提交了12件提案。她今年提交了2件提案，分别关注社区养老和校园安全。")
    assert [i.type for i in x.initiatives] == ["proposal", "proposal", "proposal"], x.initiatives


def test_proposals_praised_by_a_committee_are_proposals_and_an_honour(pipeline):
    x = run(pipeline, "2013-03-01 来源：某报\n在渝全国政协委员联名提交的《关于加快某某规划的提案》等6件提案获全国政协表彰。")
    assert [i.type for i in x.initiatives] == ["proposal", "other"], x.initiatives
    national = next(m.entity for m in x.mentions if m.label == "中国人民政治协商会议全国委员会")
    assert x.initiatives[1].organizers == (national,), x.initiatives


def test_reports_a_sitting_heard_running_on_after_a_comma_tell_no_work(pipeline):
    x = run(pipeline, "2023-01-17 来源：某区政协\n1月16日，区政协召开常委会议。会议通报了区委办理提案情况，"
                      "全区重点项目推进情况、民主评议区交通局工作情况、区政协年度社情民意信息报送情况。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives


def test_the_third_of_a_speakers_numbered_exhortations_tells_no_work(pipeline):
    x = run(pipeline, "2025-10-24 来源：某区政协\n区政协主席某某强调，一要提高站位。二要凝聚共识。"
                      "三要围绕发展大局，紧扣区委重点任务，认真开展协商议政。")
    assert x.initiatives == (), x.initiatives


def test_the_days_work_named_as_the_means_of_a_result_is_not_told_again(pipeline):
    x = run(pipeline, "2021-07-09 来源：某区政协\n某某表示，通过今天的走访和现场协商，帮助居民理清了责任。")
    assert x.initiatives == (), x.initiatives


def test_a_study_programmes_quoted_campaign_is_one_campaign(pipeline):
    x = run(pipeline, "2021-07-09 来源：某区政协\n眼下，县政协正深入开展党史学习教育“我为委员办实事”活动。")
    assert [(i.type, i.label) for i in x.initiatives] == [("campaign", "党史学习教育“我为委员办实事”活动")], x.initiatives


def test_a_platform_named_as_a_model_is_honoured_and_its_consultation_settles_a_matter(pipeline):
    x = run(pipeline, "2022-12-05 来源：某区政协\n居民通过县政协“有事来协商”平台协商解决了小区改造问题。"
                      "该平台被省政协评为“有事来协商”先进协商平台。")
    assert [(i.type, i.label) for i in x.initiatives] == [
        ("consultation", "小区改造问题协商"), ("other", "“有事来协商”先进协商平台表彰")], x.initiatives


def test_what_sectors_and_participating_units_should_do_tells_no_work(pipeline):
    x = run(pipeline, "2024-12-20 来源：某区政协\n某某指出，大会发言是全会的重头戏。各界别、各参加单位要精心组织，围绕全区发展大局深入调研、积极建言。")
    assert x.initiatives == (), x.initiatives


def test_a_quoted_campaign_name_holding_an_activity_word_is_the_campaign(pipeline):
    x = run(pipeline, "2021-10-12 来源：某市政协\n今年，县政协于9月集中开展“提案督办协商月”活动。")
    assert [(i.type, i.label) for i in x.initiatives] == [("campaign", "提案督办协商月活动")], x.initiatives


def test_a_speech_prepared_and_a_suggestion_written_by_their_titles_are_work(pipeline):
    x = run(pipeline, "2022-01-20 来源：某市政协\n会前，委员王某准备了一份《推动职业教育提质》的发言材料，委员张某写出了《加快数字经济发展》的建议。")
    assert [(i.type, i.label) for i in x.initiatives] == [
        ("consultation", "大会发言：推动职业教育提质"), ("proposal", "提案：加快数字经济发展")], x.initiatives


def test_special_committees_named_alone_in_a_placeless_county_text_are_the_countys(pipeline):
    x = run(pipeline, "11月22日，县政协召开党组会议暨主席会议。会议要求，各专委会要抓好落实。")
    labels = {m.evidence.text: m.label for m in x.mentions}
    assert labels.get("各专委会") == "县政协专门委员会", labels


def test_a_campaign_to_be_summed_up_is_no_campaign_planned(pipeline):
    x = run(pipeline, "2021-10-12 来源：某市政协\n下一步，市政协将对“提案督办协商月”活动进行总结评估。")
    assert x.initiatives == (), x.initiatives


def test_quoted_voices_trailing_off_before_the_story_are_a_sentence_of_their_own(pipeline):
    x = run(pipeline, "2024-11-20 来源：某区政协\n“看到建议落实了，很有成就感”“接下来还得把调研做扎实”……近日，某区政协委员组开展“看变化、谋发展”活动，多位委员参与调研后深有感触。")
    assert [(i.type, i.status) for i in x.initiatives] == [("campaign", "done")], x.initiatives


def test_voices_listed_then_trailing_off_before_deng_stay_one_sentence(pipeline):
    from cppcckg.extract.segment import split_sentences
    from cppcckg.ingest.reports import report_from_bytes

    report = report_from_bytes("委员们围绕“甲”“乙”……等主题开展调研。".encode(), "t", "t", {})
    assert len([s for s in split_sentences(report) if not s.is_heading]) == 1


def test_a_bill_put_to_the_peoples_congress_is_no_cppcc_proposal(pipeline):
    x = run(pipeline, "2021-02-01 来源：九三学社某市委\n社员刘某提出了《关于完善个人所得税扣除的建议》的议案。")
    assert x.initiatives == (), x.initiatives


def test_what_the_work_found_in_its_course_tells_no_work_again(pipeline):
    x = run(pipeline, "2019-06-01 来源：某县政协\n县政协对调研视察过程中发现的问题提出整改要求，并将视察中收集的12条意见建议梳理汇总。")
    assert not [i for i in x.initiatives if i.type in ("research", "inspection")], x.initiatives


def test_a_sessions_closing_and_its_opening_told_later_are_two_sittings(pipeline):
    x = run(pipeline, "2018-01-30 来源：某报\n1月28日下午，县政协十届一次会议顺利完成议程，随后在礼堂举行闭幕大会。\n"
                      "大会选举产生了新一届领导班子。\n1月24日，县政协十届一次会议开幕。")
    assert [i.type for i in x.initiatives] == ["meeting", "meeting"], x.initiatives


def test_a_session_told_again_beside_another_bodys_opening_is_one_session(pipeline):
    x = run(pipeline, "2024-01-20 来源：某县政协\n1月19日，出席县政协十一届五次会议的委员列席县人大五次会议开幕会。\n"
                      "据了解，县政协十一届五次会议将于21日上午闭幕。")
    assert len([i for i in x.initiatives if i.type == "meeting" and "十一届五次" in i.label]) == 1, x.initiatives


def test_related_links_at_a_pages_end_are_furniture(pipeline):
    x = run(pipeline, "2026-01-17 来源：某报\n1月16日，市政协九届五次会议闭幕。\n\n相关链接：\n区政协召开九届三十次主席会议\n")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives
    assert all(i.evidence.start < x.report.norm.find("相关链接") for i in x.initiatives)


def test_proposals_rated_good_by_a_committee_are_proposals_and_an_honour(pipeline):
    x = run(pipeline, "2025-01-20 来源：某报\n住渝全国政协委员提交的5件提案获评全国政协年度好提案。")
    assert [i.type for i in x.initiatives] == ["proposal", "other"], x.initiatives
    assert x.initiatives[1].label == "年度好提案表彰", x.initiatives


def test_information_counted_as_the_committees_tally_is_a_statistic(pipeline):
    x = run(pipeline, "2024-01-20 来源：某区政协\n一年来，区政协组织视察调研21项，全年报送社情民意信息356篇。")
    assert not [i for i in x.initiatives if i.type == "information"], x.initiatives
    assert any(m.value == 356 for m in x.metrics), x.metrics


def test_information_sent_by_a_named_body_jointly_or_on_a_subject_stays_work(pipeline):
    x = run(pipeline, "2024-01-20 来源：某区政协\n去年，民盟某市委向市政协上报社情民意信息90余条。两地政协联名提交社情民意信息12篇。"
                      "委员们报送疫情防控相关社情民意信息42条。")
    assert [i.type for i in x.initiatives] == ["information", "information", "information"], x.initiatives


def test_work_as_the_time_of_what_followed_tells_none(pipeline):
    x = run(pipeline, "2024-01-20 来源：某区政协\n委员们带着走访企业调研后写出的一件件提案走进会场。相比去年第一次巡河时的景象，如今河岸整洁了。")
    assert not [i for i in x.initiatives if i.type in ("research", "inspection")], x.initiatives


def test_what_members_do_every_year_as_a_habit_is_no_one_activity(pipeline):
    x = run(pipeline, "2021-03-02 来源：某报\n每逢全国两会，住渝、住川全国政协委员都会携手提交联名提案。")
    assert x.initiatives == (), x.initiatives


def test_a_proposal_submitted_together_by_its_title_is_told(pipeline):
    x = run(pipeline, "2023-03-01 来源：某市政协\n市政协还与某县政协联合提交《关于共建某某能源基地的提案》。")
    assert [i.type for i in x.initiatives] == ["proposal"], x.initiatives


def test_consultation_councils_and_supervisory_inspections_counted_are_tallies(pipeline):
    x = run(pipeline, "2024-01-20 来源：某区政协\n全年开展重点协商7项、视察监督11项、民主监督性视察6次，各工作室开展协商议事活动260余场。")
    assert x.initiatives == (), x.initiatives
    assert sorted(m.value for m in x.metrics) == [6, 7, 11, 260], x.metrics


def test_leaders_named_to_oversee_the_key_proposals_are_no_work_of_their_own(pipeline):
    x = run(pipeline, "2024-01-20 来源：某区政协\n全年收到提案300件，其中9件被确定为重点提案，由区政府领导领衔督办。")
    assert not [i for i in x.initiatives if i.evidence.text.startswith("由")], x.initiatives


def test_a_reports_dateline_is_the_session_it_was_given_at_of_its_own_year(pipeline):
    x = run(pipeline, "某县政协常委会工作报告\n——2025年1月8日在县政协十届四次会议上\n\n各位委员：\n"
                      "一、2024年工作回顾\n过去一年，县政协围绕乡村振兴召开座谈会。")
    meetings = [i for i in x.initiatives if i.type == "meeting"]
    assert meetings and meetings[0].label.endswith("十届四次会议"), x.initiatives
    assert meetings[0].period is not None and meetings[0].period.label() == "2025", meetings


def test_a_meeting_to_hand_proposals_over_is_a_meeting(pipeline):
    x = run(pipeline, "2024-02-20 来源：某区政协\n2月19日，区政协召开提案交办会，将立案提案交区级有关部门办理。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives
