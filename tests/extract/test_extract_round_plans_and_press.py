"""Issue 12, the round of consultation plans, news conferences, township liaison work and
democratic parties at sessions: the forms its blind sets showed, read as their readers would.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from cppcckg.extract.segment import split_sentences
from cppcckg.ingest.reports import report_from_bytes
from cppcckg.ingest.textnorm import normalise
from cppcckg.model import PLANNED
from tests.extract.test_extract_general import body_labels, only, run


def test_a_team_opening_a_paragraph_after_an_empty_line_starts_a_sentence():
    text = "11月5日，市政协组织委员开展专题视察\n\n视察组一行先后来到城东停车场、河畔社区等地。"
    report = report_from_bytes(text.encode("utf-8"), "t", "t", {"id": "t"})
    starts = [text[s.start:s.end] for s in split_sentences(report)]
    assert any(s.startswith("视察组一行") for s in starts), starts


def test_the_stops_of_an_inspection_told_after_an_unfinished_lead_are_no_research(pipeline):
    x = run(pipeline, "11月5日，市政协组织委员围绕“城区停车难问题”开展专题视察\n\n"
                      "视察组一行先后来到城东停车场、河畔社区、中山路口等地，听取情况介绍。")
    assert [i.type for i in x.initiatives] == ["inspection"]


def test_a_lead_that_opens_with_its_day_is_no_headline(pipeline):
    x = run(pipeline, "市政协开展停车难问题专题视察\n\n发布时间：2024-11-06\n\n"
                      "11月5日，市政协组织委员围绕“城区停车难问题”开展专题视察\n\n视察组一行先后来到城东停车场等地。")
    (inspection,) = x.initiatives
    assert inspection.evidence.text.startswith("市政协组织委员")


def test_topics_counted_by_kind_of_work_are_a_tally_not_work(pipeline):
    x = run(pipeline, "2024年，青岚县政协全年共安排重点协商议题16个，其中专题议政性常委会议议题2个，委员集中视察议题5个。")
    assert not x.initiatives
    assert sorted(m.value for m in x.metrics) == [2, 5, 16]


def test_topics_counted_then_announced_after_a_colon_are_still_one_each(pipeline):
    x = run(pipeline, "本年度专题协商议题共有2个：提升应急能力；保护长江生态。")
    assert sorted(i.label for i in x.initiatives) == ["保护长江生态专题协商", "提升应急能力专题协商"]


def test_a_count_of_subjects_then_as_many_listed_is_one_piece_of_work_each(pipeline):
    x = run(pipeline, "会议确定专题协商议题3个，重点围绕县域商贸物流、山地特色农业、城乡供水一体化开展专题调研。")
    research = [i for i in x.initiatives if i.type == "research"]
    assert sorted(i.evidence.text for i in research) == ["县域商贸物流", "城乡供水一体化", "山地特色农业"]
    assert all(i.status == PLANNED for i in research)
    assert len(x.initiatives) == 3


def test_a_list_longer_than_its_count_stays_one_piece_of_work(pipeline):
    x = run(pipeline, "区政协确定议题2个，重点围绕县域商贸物流、山地特色农业、城乡供水一体化开展专题调研。")
    assert len([i for i in x.initiatives if i.type == "research"]) == 1


def test_a_session_opening_tomorrow_is_to_come(pipeline):
    x = run(pipeline, "本报讯 市政协十四届五次会议明天（15日）上午开幕，会期四天半。")
    assert only(x, "十四届五次会议").status == PLANNED


def test_a_better_tomorrow_is_no_future_work(pipeline):
    x = run(pipeline, "2024年5月，市政协召开专题协商会，为乡村更加美好的明天献计出力。")
    assert only(x, "专题协商会").status != PLANNED


def test_a_bare_committee_in_a_text_set_in_beijing_is_beijings(pipeline):
    x = run(pipeline, "市政协全会明天开幕\n\n本报快讯（记者某某）市政协九届四次会议明天（10日）下午开幕，会期五天。\n\n"
                      "1月9日，北京国际会议中心，工作人员布置会场。\n\n"
                      "本次会议有两项议程：审议常委会的工作报告；列席市人代会开幕会。"
                      "大会期间，委员们将围绕北京中轴线保护和城市更新建言献策。")
    assert only(x, "九届四次会议").organizers == ("beijing-cppcc",)


def test_a_wires_dateline_alone_does_not_set_a_text_in_beijing(pipeline):
    x = run(pipeline, "人民政协网北京5月25日电（记者 某某）江淮八市政协建立都市圈城市政协联动机制。5月20日，联动机制签约仪式"
                      "在安徽滁州举行，出席会议的南京市政协主席某某作交流发言。会后，市政协负责同志进行了座谈。")
    assert "政协北京市委员会" not in body_labels(x).values()


def test_a_party_committee_written_bare_in_a_text_about_a_city_the_reference_lacks(pipeline):
    x = run(pipeline, "1月10日，政协云岭市第九届三次会议开幕。民进市委提交集体提案5件。")
    labels = body_labels(x)
    assert labels["民进市委"] == "中国民主促进会云岭市委员会"
    assert labels["政协云岭市"] == "政协云岭市委员会"
    assert only(x, "第九届三次会议").type == "meeting"


def test_a_variant_form_the_script_tables_leave_is_read_simplified():
    assert normalise("寧陜縣政協") == "宁陕县政协"


def test_a_township_group_written_after_its_committee_is_a_body_that_acts(pipeline):
    x = run(pipeline, "7月3日，青岚县政协白沙镇委员活动组组织委员视察场镇污水管网改造。")
    assert body_labels(x)["青岚县政协白沙镇委员活动组"] == "青岚县政协白沙镇委员活动组"
    group = next(m for m in x.mentions if m.surface == "青岚县政协白沙镇委员活动组")
    assert group.cls == "MemberGroup"
    assert only(x, "视察").organizers == (group.entity,)


def test_a_district_committee_of_the_reference_names_its_street_group_by_its_short_name(pipeline):
    x = run(pipeline, "区政协井口镇委员活动组组织委员视察场镇改造。", publisher="cppcc-shapingba")
    labels = body_labels(x)
    assert labels.get("区政协井口镇委员活动组") == "沙坪坝区政协井口镇委员活动组", labels


def test_a_township_liaison_office_is_a_working_organ(pipeline):
    x = run(pipeline, "云岭市政协白沙镇联络室主任某某主持会议。")
    office = next(m for m in x.mentions if m.surface == "云岭市政协白沙镇联络室")
    assert office.cls == "WorkingOrgan" and office.label == "云岭市政协白沙镇联络室"


def test_members_reaching_out_to_their_sectors_is_a_campaign(pipeline):
    x = run(pipeline, "6月12日，区政协组织教育界别委员到实验学校开展委员联系服务群众活动。")
    assert only(x, "委员联系服务群众活动").type == "campaign"


def test_a_standing_practice_of_outreach_is_no_campaign_told(pipeline):
    x = run(pipeline, "区政协将持续开展委员联系服务群众活动。")
    assert not x.initiatives


def test_a_hosts_leader_taking_part_in_the_work_just_told_adds_no_research(pipeline):
    x = run(pipeline, "湖南省政协副主席某某带领考察组到我市，就县域医共体建设开展学习考察。"
                      "三江市政协党组书记、主席某某参加有关调研活动。")
    assert len(x.initiatives) == 1


def test_a_studio_unveiled_is_a_ceremony_told_without_a_verb_of_holding(pipeline):
    x = run(pipeline, "9月27日，九龙坡区政协委员工作室正式揭牌成立。")
    assert only(x, "揭牌成立").type == "meeting"


def test_a_session_holding_its_press_conference_is_not_itself_told_held(pipeline):
    x = run(pipeline, "1月13日下午，市政协六届三次会议举行新闻发布会。")
    assert [i.label for i in x.initiatives] == ["市政协六届三次会议新闻发布会"]


def test_a_session_holding_a_sitting_is_told_held_with_it(pipeline):
    x = run(pipeline, "1月16日上午，市政协六届三次会议召开第三次全体会议。")
    assert len(x.initiatives) == 2


def test_a_theme_party_day_and_a_joint_study_session_are_study(pipeline):
    x = run(pipeline, "6月5日，区政协党组与区委统战部理论学习中心组开展联组学习。7月1日，区政协机关党支部开展主题党日活动。")
    assert [i.type for i in x.initiatives] == ["study", "study"]


def test_a_special_committees_branch_named_in_one_run_is_a_members_branch(pipeline):
    x = run(pipeline, "6月5日，九龙坡区政协经济委同心党支部组织部分委员开展主题党日活动。")
    branch = next(m for m in x.mentions if m.surface == "九龙坡区政协经济委同心党支部")
    assert branch.cls == "MembersPartyBranch"
    assert only(x, "主题党日").organizers == (branch.entity,)


def test_a_party_units_sub_branch_is_named_with_the_unit(pipeline):
    x = run(pipeline, "近日，市政协机关第二党支部与民盟市委文教总支部开展主题党日活动。")
    assert body_labels(x)["民盟市委文教总支部"] == "中国民主同盟重庆市委员会文教总支部"


def test_words_of_a_clause_before_a_branch_are_no_branch_name(pipeline):
    x = run(pipeline, "市政协推动党员委员担任党支部书记。")
    assert not any(m.cls == "MembersPartyBranch" for m in x.mentions)


def test_work_arranged_at_a_meeting_is_its_business(pipeline):
    x = run(pipeline, "7月5日，县政协召开民主评议工作动员会。县政协副主席某某对民主评议县自然资源局工作作了具体安排。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_a_course_told_then_its_opening_and_agenda_is_one_course(pipeline):
    x = run(pipeline, "5月10日，四川省政协举办新任委员履职能力培训班。省政协副主席某某主持培训班开班式。"
                      "学员们如期完成了研修班各项议程。")
    assert len(x.initiatives) == 1


def test_a_short_place_name_never_takes_the_last_character_of_a_verb(pipeline):
    x = run(pipeline, "市委政协工作会议召开\n\n江某讲话 某某主持")
    assert not any(m.kind == "place" for m in x.mentions), [(m.surface, m.label) for m in x.mentions]


def test_a_party_conference_on_cppcc_work_told_held_is_the_party_committees_meeting(pipeline):
    x = run(pipeline, "12月2日下午，市委政协工作会议隆重召开。市委书记某某出席会议并讲话。")
    assert only(x, "政协工作会议").organizers == ("cq-party-committee",)


def test_the_spirit_of_a_party_conference_stays_a_theme(pipeline):
    x = run(pipeline, "市政协对照市委政协工作会议的部署，召开主席会议研究落实举措。")
    assert any(m.kind == "topic" and "政协工作会议" in m.surface for m in x.mentions)


def test_a_committee_the_reference_lacks_named_in_an_occasion_is_its_own(pipeline):
    x = run(pipeline, "9月20日，纪念云岭市政协成立六十周年座谈会举行。")
    assert body_labels(x)["云岭市政协"] == "政协云岭市委员会"
    assert only(x, "座谈会").organizers == (next(m.entity for m in x.mentions if m.surface == "云岭市政协"),)


def test_speech_subjects_listed_after_jiu_are_one_speech_and_no_campaigns(pipeline):
    x = run(pipeline, "会上，8位委员就推动山地农业提质增效、促进县域商贸流通、深入推进城区养老服务提升行动、"
                      "传承工匠精神、建设城郊休闲旅游带等作了大会发言。")
    assert [i.type for i in x.initiatives] == ["consultation"]


def test_the_work_members_report_at_a_meeting_is_its_business(pipeline):
    x = run(pipeline, "2月13日，区政协召开委员年度履职交流会。会上，委员们逐一汇报了参与调研视察、报送民意信息、"
                      "撰写提案等履职情况。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_an_appraisal_naming_the_rally_that_launches_it_is_one_meeting(pipeline):
    x = run(pipeline, "10月28日下午，市政协召开民主评议市医保局工作动员大会，对评议工作进行部署。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_a_hearing_of_members_duty_reports_is_a_meeting(pipeline):
    x = run(pipeline, "县政协两个专委会共同召开委员履职述职听评会。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_the_field_of_information_work_is_no_report(pipeline):
    x = run(pipeline, "与会人员就抓实反映社情民意信息工作交流了经验。全年报送社情民意信息120篇。")
    assert not x.initiatives and [m.value for m in x.metrics] == [120]


def test_an_evaluation_of_proposal_handling_is_oversight(pipeline):
    x = run(pipeline, "近日，省政协提案委员会牵头开展年度提案办理质量评价。")
    assert only(x, "质量评价").type == "supervision"


def test_no_organ_is_named_across_a_time_and_a_verb(pipeline):
    x = run(pipeline, "3月2日，四川省政协昨天上午召开专门委员会主任会议。")
    assert not any("召开" in m.label for m in x.mentions if m.kind == "body")


def test_a_standing_committees_sitting_told_held_is_its_committees_meeting(pipeline):
    x = run(pipeline, "4月15日，市政协召开六届十一次常委会议。4月20日，市政协六届十二次常委会议在渝召开。")
    assert [i.organizers for i in x.initiatives] == [("cq-cppcc",), ("cq-cppcc",)]


def test_a_standing_committees_sitting_that_acts_stays_the_standing_committees(pipeline):
    x = run(pipeline, "市政协五届十二次常委会会议对重点履职活动进行安排部署。")
    assert x.initiatives[0].organizers == ("cq-cppcc-standing-committee",)


def test_committees_named_after_the_verb_in_the_name_of_a_sitting_do_not_hold_it(pipeline):
    x = run(pipeline, "5月10日，四川省政协举办全省市县政协新任主席培训班。")
    assert only(x, "培训班").organizers == ("sc-cppcc",)


def test_a_sitting_decided_on_for_its_days_is_to_come(pipeline):
    x = run(pipeline, "8月20日，省政协召开主席会议。会议决定，省政协十三届十二次常委会议11月5日至6日在成都召开。")
    assert only(x, "常委会议").status == PLANNED


def test_bureaus_every_place_has_are_that_places_after_its_level(pipeline):
    x = run(pipeline, "5月8日，区政协组织委员视察养老服务，区民政局、区财政局负责同志陪同。", publisher="cppcc-shapingba")
    labels = body_labels(x)
    assert (labels["区民政局"], labels["区财政局"]) == ("沙坪坝区民政局", "沙坪坝区财政局")


def test_a_party_secretary_attending_the_committees_session_makes_the_party_committee_a_partner(pipeline):
    x = run(pipeline, "1月5日，市委书记某某出席市政协六届三次会议开幕会并讲话。")
    session = only(x, "六届三次会议")
    assert session.organizers == ("cq-cppcc",) and session.partners == ("cq-party-committee",)


def test_a_sitting_of_any_name_told_as_held_is_a_meeting(pipeline):
    x = run(pipeline, "3月2日，区政协农业委、社会委召开主任办公会。2月28日，省政协提案委员会于机关会议室召开2025年第二次全体委员会议。")
    assert [i.type for i in x.initiatives] == ["meeting", "meeting"]
    assert not run(pipeline, "全年召开十八次党组会议。").initiatives  # (counted: a statistic)
