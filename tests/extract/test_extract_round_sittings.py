"""Issue 12, the round of sittings and preparations: a standing committee's numbered meeting
written after the organ, a coming session prepared, members split into groups to discuss the
reports, sectors meeting at their committee's session, and groups of members by number.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

import pytest

from tests.extract.test_extract_general import only, run


def test_a_standing_committees_meeting_numbered_after_the_organ_is_a_meeting_of_its_committee(pipeline):
    x = run(pipeline, "4月8日，市政协召开五届常委会第十二次会议，听取全市生态环境保护情况通报。",
            publisher="cq-cppcc")
    meeting = only(x, "常委会第十二次会议")
    # (held by the committee whose standing committee sits, as the real pages' annotators read it)
    assert (meeting.type, meeting.organizers) == ("meeting", ("cq-cppcc",))
    assert meeting.label.endswith("常委会第十二次会议")


def test_a_coming_session_prepared_is_a_planned_meeting_even_where_a_meeting_urges_it(pipeline):
    x = run(pipeline, "12月3日，县政协召开党组会议。会议要求，要认真做好县政协九届四次会议各项筹备工作。",
            publisher="cppcc-dazu")
    prepared = only(x, "筹备工作")
    assert (prepared.type, prepared.status) == ("meeting", "planned")
    assert prepared.label == "县政协九届四次会议筹备"
    # the verbs of the task are no committee's name
    assert not [m for m in x.mentions if m.kind == "body" and "做好" in m.label]


def test_a_preparation_is_not_told_again_where_the_session_itself_is_scheduled(pipeline):
    x = run(pipeline, "会议建议市政协六届二次会议于2027年1月10日召开。会议强调，要精心筹备好市政协六届二次会议。",
            title="绵阳市政协召开主席会议")
    assert [i.label for i in x.initiatives if i.label.endswith("筹备")] == []
    assert [i.status for i in x.initiatives if "1月10日" in i.evidence.text] == ["planned"]


def test_members_split_into_groups_to_discuss_the_reports_is_a_sitting_on_them(pipeline):
    x = run(pipeline, "区政协十一届二次会议开幕\n午后，参会的委员们分成8个小组，联系发展实际，逐段讨论常委会一年来的履职报告。",
            publisher="cppcc-dazu")
    sitting = only(x, "8个小组")
    assert sitting.type == "meeting"
    assert sitting.label == "分组讨论：常委会一年来的履职报告"
    # the session the headline names is a meeting of its own, not told again by its sitting
    assert [i.type for i in x.initiatives if "开幕" in i.evidence.text] == ["meeting"]


def test_a_team_split_into_groups_for_field_work_is_no_sitting(pipeline):
    x = run(pipeline, "调研组分为3个小组，分别深入乡镇开展调研。", publisher="cppcc-dazu")
    assert [i.type for i in x.initiatives] == ["research"]


def test_groups_by_sector_that_study_and_review_are_the_sessions_sitting(pipeline):
    x = run(pipeline, "各界别的委员按界别分组学习开幕式讲话要点，审议常委会年度履职报告。", publisher="cppcc-dazu")
    sitting = only(x, "按界别分组")
    assert (sitting.type, sitting.label) == ("meeting", "分组审议：常委会年度履职报告")
    assert not [m for m in x.mentions if m.cls == "Sector"]  # (按界别: by sector, no sector named)


def test_a_sectors_joint_sitting_during_which_members_spoke_was_held_by_the_committee(pipeline):
    x = run(pipeline, "区政协十一届二次会议期间，农工党界别联组讨论中，委员们踊跃发言。", publisher="cppcc-dazu")
    sitting = only(x, "联组讨论")
    assert (sitting.type, sitting.organizers) == ("meeting", ("cppcc-dazu",))


def test_a_group_of_members_by_number_led_to_an_inspection_runs_it(pipeline):
    x = run(pipeline, "市政协副主席某某率第五委员小组的委员们去视察城区停车设施建设。",
            title="宜宾市政协委员视察停车设施建设")
    group = [m for m in x.mentions if m.surface == "第五委员小组"]
    assert [(m.label, m.cls) for m in group] == [("宜宾市政协第五委员小组", "MemberGroup")]
    visit = only(x, "视察城区")
    assert (visit.type, visit.organizers) == ("inspection", (group[0].entity,))


def bodies(extraction) -> list[tuple[str, str, str]]:
    return [(m.surface, m.label, m.cls) for m in extraction.mentions if m.kind == "body"]


def test_a_session_named_in_full_with_a_reposts_pinyin_inside_is_the_plenary(pipeline):
    x = run(pipeline, "1月9日，中國(guó)人民政治協(xié)商會(huì)議四川省第十二屆委員會(huì)第三次會(huì)議在成都開幕。")
    assert [(label, cls) for _s, label, cls in bodies(x)] == [("四川省政协全体会议", "PlenarySession")]


def test_a_committee_newer_than_the_reference_named_with_its_term_is_a_body_of_its_own(pipeline):
    x = run(pipeline, "元月初，政协第一届重庆市明月新区委员会第一次会议在新区会堂开幕。")
    committee = [m for m in x.mentions if m.label == "政协重庆市明月新区委员会"]
    assert [m.cls for m in committee] == ["Body"]
    assert only(x, "开幕").organizers == (committee[0].entity,)


def test_special_committees_written_alone_on_a_citys_page_are_that_committees(pipeline):
    x = run(pipeline, "遂宁市政协召开主席会议，听取专委会上半年工作情况汇报。")
    assert ("专委会", "遂宁市政协专门委员会", "SpecialCommittee") in bodies(x)


def test_all_the_committees_of_a_city_together_are_named_by_that_city(pipeline):
    x = run(pipeline, "绵阳市政协召开常委会议。会议要求，全市政协系统要聚焦中心工作。")
    assert ("全市政协系统", "绵阳市各级政协", "Collective") in bodies(x)


@pytest.mark.parametrize(("text", "written", "label", "cls"), [
    ("四川省政协召开会议，指导市县政协开展协商。", "市县政协", "四川省市县政协", "Collective"),
    ("内江市政协召开会议，各县(市、区)政协主席列席。", "各县(市、区)政协", "内江市各县(市、区)政协", "Collective"),
    ("达州市政协召开会议，市、县两级政协委员踊跃建言。", "市、县两级政协委员", "达州市、县两级政协委员", "MemberGroup"),
    ("内江市、区两级政协联动开展调研。", "内江市、区两级政协", "内江市、区两级政协", "Collective"),
])
def test_committees_of_a_level_or_two_together_are_one_collective(pipeline, text, written, label, cls):
    assert (written, label, cls) in bodies(run(pipeline, text))


def test_two_counties_counted_are_those_two_not_a_level(pipeline):
    x = run(pipeline, "屏山县与水富市政协开展联合调研。两县(市)政协分别到两地实地调研。")
    assert not [b for b in bodies(x) if b[0].startswith("县(市)")]


def test_a_spokesman_speaking_at_a_press_conference_tells_no_meeting(pipeline):
    x = run(pipeline, "会议发言人某某在发布会现场介绍说，截至目前已收到提案900余件。")
    assert [i.type for i in x.initiatives if i.type == "meeting"] == []


def test_a_session_named_as_the_time_of_something_else_is_not_held_there(pipeline):
    x = run(pipeline, "在政协第十五届某县委员会第四次会议召开之际，记者采访了几位委员。")
    assert [i.type for i in x.initiatives] == []


@pytest.mark.parametrize("text", [
    "这14件重点提案由市政府领导领衔督办。",  # the figure told before, pointed at again
    "工业产值迈上两千亿台阶。",  # a step, not machines
    "该村7组组长笑得合不拢嘴。",  # a village group's number
])
def test_figures_that_count_nothing_new_are_no_statistics(pipeline, text):
    assert run(pipeline, text, publisher="cppcc-dazu").metrics == ()


def test_members_speaking_on_titles_listed_give_a_speech_on_each(pipeline):
    x = run(pipeline, "会上，部分市政协委员就《做强县域特色农业》、《推进职业教育产教融合》等作了大会发言。",
            title="乐山市政协七届四次会议开幕")
    speeches = [(i.type, i.label, i.organizers) for i in x.initiatives]
    members = [m.entity for m in x.mentions if m.cls == "MemberGroup"]
    assert speeches == [("consultation", "大会发言：做强县域特色农业", tuple(members)),
                        ("consultation", "大会发言：推进职业教育产教融合", tuple(members))]


def test_a_caption_that_tells_work_of_its_own_is_read_without_its_credit(pipeline):
    x = run(pipeline, "——某区政协一年履职小记\n某区政协开展“优化营商环境”常委会监督性视察 某区政协供图\n长江大桥 王某 摄\n"
                      "这一年，区政协深耕主责主业，以精彩履职服务全区发展。", publisher="cppcc-dazu")
    visit = only(x, "监督性视察")
    assert visit.type == "inspection"
    assert "供图" not in visit.evidence.text
    assert not [i for i in x.initiatives if "大桥" in i.evidence.text]


def test_a_later_clause_with_its_own_verb_and_subject_is_new_work_of_the_same_kind(pipeline):
    x = run(pipeline, "组织乡村振兴监督性常委视察，从产业帮扶等3方面提出建议，开展民族地区教育发展视察。",
            publisher="cq-cppcc")
    assert [i.type for i in x.initiatives] == ["inspection", "inspection"]


def test_a_townships_cppcc_working_committee_runs_its_own_consultation(pipeline):
    x = run(pipeline, "青石镇政协工委组织政协委员、群众代表围绕集镇停车难题开展协商。", publisher="cppcc-dazu")
    office = [(m.label, m.cls) for m in x.mentions if m.kind == "body"]
    assert office == [("青石镇政协工委", "WorkingOrgan")]
    assert only(x, "开展协商").organizers == (x.mentions[0].entity,)


def test_a_suggestion_a_member_writes_by_its_title_is_a_proposal(pipeline):
    x = run(pipeline, "某某委员撰写《关于完善灵活用工保障的建议》，被市政府采纳。", publisher="cppcc-yubei")
    assert (only(x, "撰写").type, only(x, "撰写").label) == ("proposal", "提案：完善灵活用工保障")


def test_proposals_a_member_writes_are_the_members_groups(pipeline):
    x = run(pipeline, "区政协十届三次会议期间，某某委员提交提案《关于规范夜市摊点管理的建议》。", publisher="cppcc-yuzhong")
    members = [m for m in x.mentions if m.cls == "MemberGroup"]
    assert [(m.surface, m.label) for m in members] == [("委员", "渝中区政协委员")]
    assert only(x, "提交提案").organizers == (members[0].entity,)


def test_proposals_the_committee_organises_stay_its_own(pipeline):
    x = run(pipeline, "区政协组织委员围绕城市更新提交提案12件。", publisher="cppcc-yuzhong")
    assert only(x, "提交提案").organizers == ("cppcc-yuzhong",)


def test_a_member_named_giving_counted_things_is_the_members_groups_gift(pipeline):
    x = run(pipeline, "疫情期间，某某委员为园区商户免除了10万元租金，还免费提供2千个口罩。", publisher="cppcc-yubei")
    gifts = [(i.type, i.organizers) for i in x.initiatives]
    members = [m.entity for m in x.mentions if m.cls == "MemberGroup"]
    assert gifts[0] == ("other", tuple(members)) and len(gifts) == 2


@pytest.mark.parametrize("text", [
    "会议期间，委员们列席了区六届人大四次会议。",
    "重庆市涪陵区第六届人民代表大会第四次会议开幕。",
])
def test_a_people_s_congress_session_names_that_places_congress(pipeline, text):
    x = run(pipeline, text, publisher="cppcc-fuling")
    assert [m.label for m in x.mentions if m.kind == "body"] == ["涪陵区人民代表大会"]


def test_a_congress_session_told_beside_the_committees_is_not_its_actor(pipeline):
    x = run(pipeline, "重庆市涪陵区第六届人民代表大会第四次会议、政协重庆市涪陵区第六届委员会第三次会议顺利召开。"
                      "某某委员提出的《关于加快老旧小区改造的建议》被评为优秀提案。", publisher="cppcc-fuling")
    assert all("人民代表大会" not in " ".join(i.organizers) for i in x.initiatives)
    assert only(x, "顺利召开").organizers == ("cppcc-fuling",)


def test_a_sectors_members_studio_is_a_working_organ_named_with_its_committee(pipeline):
    x = run(pipeline, "市政协经济界别委员工作室组织委员走进企业开展调研。", publisher="cppcc-chengdu-sc")
    assert [(m.label, m.cls) for m in x.mentions if m.kind == "body"] == [("成都市政协经济界别委员工作室", "WorkingOrgan")]
    assert only(x, "调研").organizers == (x.mentions[0].entity,)


def test_a_standing_committees_numbered_sitting_after_its_committee_names_the_organ(pipeline):
    x = run(pipeline, "南充市政协六届九次常委会议召开，审议有关事项。")
    found = [(m.surface, m.label, m.cls) for m in x.mentions if m.kind == "body"]
    assert found == [("南充市政协", "政协南充市委员会", "MunicipalCommittee"),
                     ("六届九次常委会议", "南充市政协常务委员会", "StandingCommittee")]
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_a_session_named_in_its_agenda_is_not_held_there(pipeline):
    x = run(pipeline, "上午，市政协六届二次会议在会堂召开开幕会。开幕会议程三项：宣布开幕、"
                      "审议通过政协重庆市第六届委员会第二次会议议程、听取常委会工作报告。", publisher="cq-cppcc")
    assert [i.evidence.text for i in x.initiatives if i.type == "meeting"] == ["市政协六届二次会议在会堂召开开幕会"]


def test_a_session_that_moves_on_to_its_group_discussion_is_that_sitting(pipeline):
    x = run(pipeline, "市政协六届二次会议进入分组讨论环节，委员们逐项审议两个报告。", publisher="cq-cppcc")
    assert [(i.type, i.label) for i in x.initiatives] == [("meeting", "市政协六届二次会议分组讨论")]


@pytest.mark.parametrize(("text", "honoured"), [
    ("会议期间还将表彰优秀提案。", True),
    ("12名优秀政协委员被表彰为“履职之星”。", True),
    ("会议审议通过了《关于表彰优秀提案的决定》。", False),  # a document's title, no honours given here
    ("会上，委员某某获评2023年度优秀区政协委员。", True),  # (the level before 政协)
    ("会上，委员某某荣获年度优秀政协委员。", True),
])
def test_honours_given_to_members_and_proposals_are_work(pipeline, text, honoured):
    x = run(pipeline, text, publisher="cppcc-dazu")
    assert bool([i for i in x.initiatives if i.type == "other"]) == honoured


def test_proposals_counted_by_aspect_are_the_members_where_the_text_names_them(pipeline):
    x = run(pipeline, "大会提案组共收到提案300件，提出提案的委员520人次。经审查，立案280件，其中：乡村振兴方面的"
                      "96件，兴办公共服务与增进群众福祉方面的102件。", title="广元市政协召开提案审查会议")
    members = [m.entity for m in x.mentions if m.cls == "MemberGroup"]
    aspects = [i for i in x.initiatives if i.label.endswith("方面")]
    assert [i.label for i in aspects] == ["提案：乡村振兴方面", "提案：兴办公共服务与增进群众福祉方面"]
    assert {i.organizers for i in aspects} == {tuple(members)}


def test_a_proposal_handled_on_the_spot_is_its_supervision(pipeline):
    x = run(pipeline, "会议期间，县政协还将组织有关部门现场办理提案。", publisher="cppcc-dazu")
    assert [(i.type, i.status) for i in x.initiatives] == [("supervision", "planned")]


def test_a_council_sitting_written_as_a_meeting_without_its_last_word_is_held(pipeline):
    # (二十次主席(扩大)会 for …会议; 召开的 before the name is no part of the label)
    x = run(pipeline, "近日召开的荣昌区政协十五届二十次主席(扩大)会，审议了委员履职实施意见。")
    meeting = only(x, "主席(扩大)会")
    assert meeting.type == "meeting" and meeting.organizers == ("cppcc-rongchang",)
    assert meeting.label.startswith("荣昌区政协")
