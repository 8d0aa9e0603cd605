"""Issue 12, a later round: lists of activities, works and gatherings, and tallies, read as a
reader of provincial press items and publishing news would read them.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from cppcckg.model import PLANNED
from tests.extract.test_extract_general import only, run


def of_type(extraction, kind: str) -> list:
    return [i for i in extraction.initiatives if i.type == kind]


def test_a_theme_before_a_list_of_activity_words_labels_each_of_them(pipeline):
    x = run(pipeline, "2024年，省政协聚焦农村饮水安全、养老服务体系建设等问题，组织调研协商、视察监督。")
    (consultation,), (supervision,) = of_type(x, "consultation"), of_type(x, "supervision")
    assert "农村饮水安全" in consultation.label and not consultation.label.startswith("、")
    assert "养老服务体系建设" in supervision.label
    assert "调研协商" not in supervision.label  # the first item of the list is no subject


def test_a_tally_of_kinds_of_work_is_a_statistic_not_an_activity(pipeline):
    x = run(pipeline, "2024年，省政协组织开展协商、视察、调研和民主监督等履职活动80余项。")
    assert not x.initiatives
    assert [m.value for m in x.metrics] == [80]


def test_consultation_named_as_the_means_of_a_cause_is_no_consultation(pipeline):
    x = run(pipeline, "市政协推动政协协商与社区协商协同联动，以政协“微协商”助解群众“急难事”。")
    assert not x.initiatives


def test_gatherings_and_courses_are_events_and_study_each_of_a_list_its_own(pipeline):
    x = run(pipeline, "2024年，省政协举办委员履职能力研修班；举办元宵联谊会、迎春茶话会。")
    course = only(x, "研修班")
    assert course.type == "study"
    gatherings = sorted(i.label for i in x.initiatives if i.type == "event")
    assert gatherings == ["元宵联谊会", "迎春茶话会"]


def test_a_course_listed_before_a_meeting_held_with_it_is_its_own(pipeline):
    x = run(pipeline, "2024年，市政协召开区县政协秘书长研修班、工作座谈会，交流经验。")
    assert sorted(i.type for i in x.initiatives) == ["meeting", "study"]


def test_a_visit_organised_for_young_people_is_an_event(pipeline):
    x = run(pipeline, "2024年，省政协组织台胞青年走进政协机关，了解协商民主。")
    assert only(x, "走进").type == "event"


def test_a_campaign_with_a_quote_inside_its_name_and_one_made_solid(pipeline):
    x = run(pipeline, "2024年，省政协在全省启动“我为‘十五五’规划建一言”活动；做实委员“联系群众”活动。")
    labels = sorted(i.label for i in x.initiatives if i.type == "campaign")
    assert labels == ["我为‘十五五’规划建一言活动", "联系群众活动"]


def test_titles_listed_before_their_publishing_are_a_publication_each(pipeline):
    x = run(pipeline, "今年，省政协将完成《巴山记忆》《蜀道风物》2个系列共6个分卷出版工作。")
    books = [i for i in x.initiatives if i.type == "publication"]
    assert sorted(i.label for i in books) == ["巴山记忆出版", "蜀道风物出版"]
    assert all(i.status == PLANNED for i in books)  # 将 governs 完成, which is no mark of work done


def test_quoted_volumes_counted_before_their_publishing_are_a_publication_each(pipeline):
    x = run(pipeline, "2024年，《巴山记忆》系列“古镇”“古道”“古桥”3卷已正式出版。")
    assert sorted(i.label for i in x.initiatives) == ["古桥出版", "古道出版", "古镇出版"]


def test_a_publishing_plan_and_the_strength_of_editors_are_no_publication(pipeline):
    x = run(pipeline, "省政协将加快推进文史书籍编纂出版总体规划。这些丛书内容丰富，编纂力量强、涉及面广。")
    assert not x.initiatives


def test_a_proposal_quoted_after_who_put_it_forward_is_theirs_and_about_its_title(pipeline):
    # the closing quote of the first telling is lost, as reposts often lose it
    # (its listing as a key proposal is a supervision of its own: tests/extract/test_key_listing.py)
    x = run(pipeline, "民进中央提出的“关于完善川渝两地职业教育协作机制的提案被列为重点提案。")
    assert sorted(i.type for i in x.initiatives) == ["proposal", "supervision"], x.initiatives
    proposal = next(i for i in x.initiatives if i.type == "proposal")
    assert proposal.organizers == ("capd-central",)
    assert proposal.label == "提案：完善川渝两地职业教育协作机制"


def test_a_meeting_after_a_course_is_labelled_alike_in_either_script(pipeline):
    import opencc

    text = "2024年，市政协召开区县政协秘书长研修班、工作座谈会，交流经验。"
    labels = [sorted(opencc.OpenCC("t2s").convert(i.label) for i in run(pipeline, t).initiatives)
              for t in (text, opencc.OpenCC("s2t").convert(text))]
    assert labels[0] == labels[1]


def test_a_committee_that_holds_a_meeting_unnamed_holds_a_meeting(pipeline):
    x = run(pipeline, "江北区政协当天召开会议，学习全会精神。")
    assert only(x, "召开会议").type == "meeting"


def test_an_enlarged_study_meeting_is_a_meeting(pipeline):
    x = run(pipeline, "长寿区政协党组中心组举行专题学习（扩大）会议，学习全会精神。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_what_a_meeting_urges_stays_urged_when_it_names_next_years_work(pipeline):
    x = run(pipeline, "綦江区政协召开会议。会议强调，要深刻领会全会精神。要扎实做好换届相关工作，统筹好明年工作安排。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_training_given_and_members_honoured_or_warned_are_work(pipeline):
    x = run(pipeline, "随后，区政协提案委就社情民意信息撰写进行了培训。该县政协对15名优秀委员进行了表彰，"
                      "对2名履职不力委员开展约谈提醒。")
    assert only(x, "培训").type == "study" and "社情民意信息撰写" in only(x, "培训").label
    assert only(x, "表彰").type == "other" and only(x, "约谈").type == "other"


def test_training_members_are_organised_to_attend_and_a_rating_of_members_are_work(pipeline):
    x = run(pipeline, "一年来，县政协组织委员和机关干部参加相关培训，并首次开展优秀委员评选。", publisher="cppcc-dazu")
    assert only(x, "培训").type == "study" and only(x, "评选").type == "other"


def test_a_campaign_launched_and_a_meeting_to_make_it_solid(pipeline):
    x = run(pipeline, "2024年，江津区政协经济委创新推出“委员点单”活动。为将“委员点单”活动落到实处，"
                      "区政协专委会月底召开今年第二次全体委员会议。")
    assert only(x, "推出").type == "campaign"
    meeting = only(x, "全体委员会议")
    assert meeting.type == "meeting" and meeting.status != PLANNED  # 将…做实 moves an object, no future


def test_a_forms_columns_are_no_work_but_the_campaigns_named_inside_are(pipeline):
    x = run(pipeline, "2024年，考核表列明了委员出席全会、撰写提案、报送社情民意、参与三个“百千行动”"
                      "（县政协开展的百名委员走千村、百名委员访千企、百名委员助千户活动）的分值。")
    assert {i.label for i in x.initiatives} == {"百名委员助千户活动", "百名委员走千村活动", "百名委员访千企活动"}
    assert len(x.initiatives) == 3
    assert {i.type for i in x.initiatives} == {"campaign"}


def test_a_campaign_made_of_a_quoted_list_is_one_per_item_and_a_plan_to_carry_it_out(pipeline):
    x = run(pipeline, "日前，区政协印发实施方案，决定今后三年实施以百名委员“访千企、聚千智、办千事”为主要内容的“三千行动”。")
    assert sorted(i.label for i in x.initiatives) == ["百名委员办千事", "百名委员聚千智", "百名委员访千企"]
    assert {i.status for i in x.initiatives} == {PLANNED}


def test_one_activity_with_a_double_purpose_is_not_split(pipeline):
    x = run(pipeline, "2024年，市政协先后5次组织委员开展以自我教育、自我提高为主旨的视察学习活动。")
    assert len(x.initiatives) <= 1


def test_an_e_paper_row_of_spaced_place_names_and_headlines_gives_nothing(pipeline):
    x = run(pipeline, "政协周刊要闻 万  州 涪  陵 合  川 万州:一次调研 合川区政协组织委员开展专题视察活动 图片新闻\n"
                      "2月3日，合川区政协召开常委会议。")
    assert [i.evidence.text for i in x.initiatives] == ["合川区政协召开常委会议"]


def test_a_meeting_held_to_study_a_plenums_spirit_is_about_it(pipeline):
    x = run(pipeline, "2021年11月，南岸区政协于当日召开会议，认真学习十九届六中全会精神。")
    meeting = only(x, "召开会议")
    assert "十九届六中全会精神" in meeting.label and meeting.topics == ("sixth-plenum-19",)


def test_a_reading_activity_named_in_quotes_is_study_and_those_who_took_part_retell_it(pipeline):
    x = run(pipeline, "4月8日，城口县政协举办“书香政协”经典诵读成果展演活动。次日又组织“墨香书屋”经典诵读活动。"
                      "参加展演活动的某甲、某乙等委员都说受益匪浅。")
    assert sorted(i.type for i in x.initiatives) == ["event", "study"]
    assert "墨香书屋" in only(x, "诵读活动").label


def test_work_prepared_for_or_done_well_is_no_work_told(pipeline):
    x = run(pipeline, "这段日子，市政协农业农村委忙着为“山地农业发展”专题调研作准备。"
                      "为了做好本年度嘉陵江保护民主监督工作，某乙讲了三点意见。")
    assert not x.initiatives


def test_a_leaders_inspection_a_principle_and_a_comment_are_no_committee_work(pipeline):
    x = run(pipeline, "2022年，总书记再次来到四川视察指导。县政协要求做到视察必到现场、调研必进农户。"
                      "“县政协的视察搞得很扎实。”一位干部评价道。")
    assert not x.initiatives


def test_counted_consultations_and_counted_subjects_are_statistics(pipeline):
    x = run(pipeline, "2023年，省政协开展协商议政120余场次，选取12个小切口议题调研协商。")
    assert not x.initiatives
    assert sorted(m.value for m in x.metrics) == [12, 120]


def test_columns_launched_under_quoted_names_are_a_publication_each(pipeline):
    x = run(pipeline, "2023年，市政协推出“委员话履职”“一线见闻”等专题专栏。")
    assert sorted(i.label for i in x.initiatives) == ["一线见闻专题专栏", "委员话履职专题专栏"]


def test_labels_leave_out_the_place_already_named_and_keep_the_object_of_a_modified_verb(pipeline):
    x = run(pipeline, "2019年，邻水县政协围绕该县茶叶产业发展情况开展了专题视察。县政协另组织委员专题调研邻水县居家养老现状。")
    assert only(x, "专题视察").label.startswith("茶叶产业发展")
    assert only(x, "专题调研").label.startswith("邻水县居家养老现状")


def test_a_sentence_about_the_leaders_own_visit_gives_no_committee_work(pipeline):
    x = run(pipeline, "2016年1月，习近平总书记来到重庆考察，并深入某村实地调研产业发展。"
                      "2023年，县政协组织委员视察该乡产业发展。")
    assert [i.evidence.text for i in x.initiatives] == ["县政协组织委员视察该乡产业发展"]


def test_consulting_on_a_matter_is_a_consultation_each_named_by_its_matter(pipeline):
    x = run(pipeline, "2023年，县政协委员工作室协商某村土地流转矛盾纠纷、协商某镇研学基地运营机制提升……"
                      "此次预备会议主要是协商联席会议相关事项。")
    assert sorted(i.label for i in x.initiatives) == ["某村土地流转矛盾纠纷协商", "某镇研学基地运营机制提升协商"]


def test_a_members_studio_named_by_its_township_is_a_body_and_a_studio_alone_is_not(pipeline):
    x = run(pipeline, "在城南街道“连心”委员工作室里，委员某甲分享心得。各区县普遍建立委员工作室。")
    studios = [m for m in x.mentions if m.kind == "body" and m.label.endswith("委员工作室")]
    assert [(m.label, m.cls) for m in studios] == [("城南街道“连心”委员工作室", "WorkingOrgan")]


def test_supplies_bought_and_given_or_donated_are_work_and_so_is_a_gift_received(pipeline):
    x = run(pipeline, "2月，区政协委员从外地购买了2万只护目镜赠送社区。委员某乙向镇卫生院捐赠消毒液。")
    assert [i.type for i in x.initiatives] == ["other", "other"]
    assert [i.type for i in run(pipeline, "卫生院收到某支部捐赠的第一批护目镜。").initiatives] == ["other"]


def test_an_item_with_its_own_verb_after_standing_practices_is_work(pipeline):
    x = run(pipeline, "2023年，市政协坚持会前学习制度、推行新任委员“开班第一课”机制、组织专题学习会。")
    assert [i.type for i in x.initiatives] == ["study"]


def test_study_on_the_spot_named_after_a_leaders_footsteps_follows_his_visit(pipeline):
    x = run(pipeline, "2023年7月，总书记来川考察后，市政协立即召开主席会议进行传达，随后组织“追寻总书记足迹”实地学习等活动。")
    assert sorted(i.type for i in x.initiatives) == ["meeting", "study"]


def test_a_paragraph_headed_by_a_campaigns_name_tells_that_campaign_again(pipeline):
    x = run(pipeline, "日前，区政协决定今后三年实施以百名委员“访千企、聚千智”为主要内容的“双千行动”。\n"
                      "百名委员访千企。组织委员每季度到企业了解困难。\n百名委员聚千智。发挥委员专业优势。")
    told = [(i.label, i.status) for i in x.initiatives]
    assert told == [("百名委员访千企", PLANNED), ("百名委员聚千智", PLANNED),
                    ("百名委员访千企", PLANNED), ("百名委员聚千智", PLANNED)]


def test_a_meeting_another_body_held_that_a_leader_attended_is_that_bodys(pipeline):
    x = run(pipeline, "5月8日，某某率省政协调研组到南充开展调研，并出席民盟四川省委会南充市工作座谈会。")
    meeting = only(x, "工作座谈会")
    assert meeting.type == "meeting" and meeting.label == "民盟四川省委会南充市工作座谈会"
    assert "sc-cppcc" not in meeting.organizers and meeting.organizers  # the party's committee held it
