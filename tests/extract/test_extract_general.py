"""Issue 12: the extractor reads the language of CPPCC texts in general, not the seeds' genre.

Each test feeds a short text written for this project in the style of a genre (news item,
district page, joint-work feature, cooperation plan) and checks one behaviour a user relies on.
"""

from __future__ import annotations

import pytest

from cppcckg.ingest.reports import report_from_bytes
from cppcckg.model import PLANNED, Period


def run(pipeline, text: str, **meta):
    meta.setdefault("id", "t")
    return pipeline.run(report_from_bytes(text.encode("utf-8"), "t", "t", meta))


def body_labels(extraction) -> dict[str, str]:
    """Each body's words in the text → the label it was read as."""
    return {m.evidence.text: m.label for m in extraction.mentions if m.kind == "body"}


def organizer_labels(extraction, initiative) -> list[str]:
    """The labels of an initiative's organisers, as the mentions name them (the key where none does)."""
    labels = {m.entity: m.label for m in extraction.mentions}
    return [labels.get(k, k) for k in initiative.organizers]


def only(extraction, word: str):
    found = [i for i in extraction.initiatives if word in i.evidence.text]
    assert len(found) == 1, [(i.type, i.evidence.text) for i in extraction.initiatives]
    return found[0]


# ---------------------------------------------------------------------------------------------
# Who acts
# ---------------------------------------------------------------------------------------------


def test_local_forms_follow_the_place_the_text_is_about(pipeline):
    x = run(pipeline, "8月5日，宜宾市政协组织委员视察三江口生态修复。随后，市政协召开座谈会听取意见。")
    assert only(x, "座谈会").organizers == ("cppcc-yibin-sc",)


def test_a_districts_city_committee_is_chongqings(pipeline):
    x = run(pipeline, "永川区政协近日接待调研组。市政协调研组来到永川，就职业教育开展专题调研。")
    assert "cq-cppcc" in only(x, "专题调研").organizers


def test_provincial_form_without_publisher_is_the_province_named(pipeline):
    x = run(pipeline, "记者从四川省政协获悉，省政协近日在乐山开展文旅融合专题调研。")
    assert only(x, "专题调研").organizers == ("sc-cppcc",)


def test_a_news_item_carries_its_subject_from_sentence_to_sentence(pipeline):
    x = run(pipeline, "3月2日，江北区政协组织委员视察滨江步道建设。委员们实地察看了三个节点。随后召开座谈会。")
    assert only(x, "座谈会").organizers == ("cppcc-jiangbei",)


def test_an_activity_told_without_its_actor_is_done_by_those_of_the_last_one(pipeline):
    # the pair is found through 两地政协 after their chairs; the meeting that follows has no actor
    x = run(pipeline, "此事引起綦江区政协主席王某、习水县政协主席陈某的重视。两位主席随即带领两地政协委员就"
                      "赤水河支流治理开展调研。6月3日，一场以“支流截污”为题的协商会随后召开，达成多项共识。")
    research, meeting = only(x, "开展调研"), only(x, "协商会")
    assert "cppcc-qijiang" in research.organizers and len(research.organizers) == 2
    assert meeting.organizers == research.organizers


def test_a_township_party_committee_quoted_does_not_become_the_items_actor(pipeline):
    x = run(pipeline, "铜梁区政协助推镇村供水难题化解\n“水管通了，心里踏实了。”铜梁区某镇党委书记李某对记者说。"
                      "5月8日，一场以“镇村供水”为题的协商会随后召开，部门负责人和群众代表参加。")
    assert only(x, "协商会").organizers == ("cppcc-tongliang",)


def test_bylines_and_outlets_are_never_actors(pipeline):
    x = run(pipeline, "来源：重庆政协报  编辑：张三\n（记者 李四）5月8日，南川区政协组织委员视察金佛山保护。")
    assert only(x, "视察").organizers == ("cppcc-nanchuan",)
    assert not [m for m in x.mentions if "政协报" in m.evidence.text]


# ---------------------------------------------------------------------------------------------
# Collectives and the joint flag
# ---------------------------------------------------------------------------------------------


def test_both_parties_stand_for_the_pair_named_before(pipeline):
    x = run(pipeline, "6月3日，大足区政协与资阳市政协开展联动履职。双方在石刻景区开展联合调研。")
    research = only(x, "联合调研")
    assert set(research.organizers) == {"cppcc-dazu", "cppcc-ziyang-sc"}
    assert research.joint_sichuan_chongqing


def test_a_list_sharing_one_head_is_one_body_each(pipeline):
    x = run(pipeline, "铜梁区、潼南区和遂宁市政协在潼南召开琼江流域治理协商会。")
    meeting = only(x, "协商会")
    assert set(meeting.organizers) == {"cppcc-tongliang", "cppcc-tongnan", "cppcc-suining-sc"}
    assert meeting.joint_sichuan_chongqing


def test_provinces_abbreviated_name_their_provincial_committees(pipeline):
    x = run(pipeline, "川黔渝三省市政协在綦江联合开展赤水河流域生态保护视察。")
    inspection = only(x, "视察")
    assert set(inspection.organizers) >= {"cq-cppcc", "sc-cppcc", "guizhou-cppcc"}


def test_a_chengyu_topic_alone_is_not_joint(pipeline):
    x = run(pipeline, "渝北区政协围绕成渝地区双城经济圈建设开展专题协商。")
    assert not only(x, "专题协商").joint_sichuan_chongqing


# ---------------------------------------------------------------------------------------------
# Planned or done, enumerations, subjects, one fact per thing said
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, word", [
    ("下一步，两地政协将共同举办乡村振兴研讨会。", "研讨会"),
    ("江津区政协与合江县政协约定下半年开展联合视察。", "联合视察"),
    ("北碚区政协拟于9月就嘉陵江岸线利用开展专题调研。", "专题调研"),
])
def test_future_cues_make_an_activity_planned(pipeline, text, word):
    assert only(run(pipeline, text), word).status == PLANNED


def test_a_cooperation_plan_is_planned_throughout(pipeline):
    x = run(pipeline, "一、联合开展跨界河流治理专题调研。\n二、共同举办书画联展。", title="两地政协2025年合作要点")
    assert x.initiatives and all(i.status == PLANNED for i in x.initiatives)


def test_announced_subjects_give_one_initiative_each(pipeline):
    x = run(pipeline, "綦江区政协与习水县政协确定了3个联合调研课题：一是赤水河保护；二是红色旅游线路；三是边界市场管理。")
    labels = sorted(i.label for i in x.initiatives)
    assert len(labels) == 3 and any("赤水河保护" in label for label in labels)
    assert all(i.status == PLANNED and i.type == "research" for i in x.initiatives)


def test_quoted_subjects_give_one_initiative_each(pipeline):
    x = run(pipeline, "两地政协就“森林防火联防”“跨界道路养护”开展联合视察。")
    assert sorted(i.label for i in x.initiatives) == ["森林防火联防联合视察", "跨界道路养护联合视察"]


@pytest.mark.parametrize("text, subject", [
    ("巫山县政协围绕脆李产业提质增效开展专题协商。", "脆李产业"),
    ("武隆区政协组织委员视察仙女山镇污水管网建设情况。", "污水管网"),
    ("资阳市政协与大足区政协组成联合调研组，从推动石刻文创产业集聚等方面提出建议。", "石刻文创"),
])
def test_labels_say_what_the_activity_is_about(pipeline, subject, text):
    x = run(pipeline, text)
    assert x.initiatives and subject in x.initiatives[0].label


def test_traditional_text_keeps_its_script_in_labels(pipeline):
    x = run(pipeline, "長壽區政協圍繞化工園區安全生產開展專題協商。")
    assert "化工園區" in only(x, "專題協商").label


def test_a_describing_second_mention_is_the_same_initiative(pipeline):
    x = run(pipeline, "两地政协组成联合调研组，围绕成渝中线高铁沿线产业布局开展联合调研。")
    assert len(x.initiatives) == 1 and "产业布局" in x.initiatives[0].label


# ---------------------------------------------------------------------------------------------
# Noise and dating
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", [
    "首页 > 区县政协 > 正文\n上一篇：荣昌区政协开展视察\n【打印】【关闭】\n版权所有：政协荣昌区委员会",
    "您好，欢迎光临南充政协网！\n您现在的位置：首页 - 政协要闻 - 市政协召开主席会议",
    "主办：中共重庆市璧山区委 重庆市璧山区人民政府 承办：区融媒体中心 技术支持：某网络公司",
])
def test_page_furniture_gives_no_facts(pipeline, page):
    x = run(pipeline, page)
    assert not x.initiatives and not [m for m in x.mentions if m.kind == "body"]


@pytest.mark.parametrize("text, meta, period", [
    ("一年来，区政协围绕茶产业开展专题调研。", {"delivered": "2024-01-20"}, Period(2023, 2023)),
    ("今年以来，县政协组织委员视察农村公路。", {"delivered": "2022-09-01"}, Period(2022, 2022)),
    ("2021年，区政协跟踪2018年、2019年两次全会提案，与2018年相比成效明显。", {}, Period(2021, 2021)),
    ("二〇二四年工作成效显著\n围绕养老服务开展专题协商。", {}, Period(2024, 2024)),
    ("五年来，市政协与四川省政协联合开展调研。", {"delivered": "2023-01-10"}, Period(2018, 2022)),
    ("区政协组织委员开展视察。", {"delivered": "2020-01-10", "title": "区政协常委会2019年工作摘要"},
     Period(2019, 2019)),  # the year a digest's title says it reviews
    ("发布时间：2025-06-12\n委员某甲2015年返乡创业。5月，县政协组织委员视察其企业。", {}, Period(2025, 2025)),
    # (a year long before the text was written is a biography's, not the year reported)
    ("日期：2024-01-22\n会议期间，民盟某市委会提交集体提案8件，其《关于X的建议》被评为2023年度优秀提案，"
     "某某获评2022—2023年度优秀政协委员。", {}, Period(2024, 2024)),
    # (a dated story that says no year it reviews tells of its own year: the years it names are awards')
    ("发布时间：2022-09-23\n市政协召开主席会议，传达学习《某流域发展规划（2022-2030年）》，"
     "听取2030年前重点工作安排汇报。", {}, Period(2022, 2022)),  # (a year after the writing is a target)
    ("报告指出，2023年，是某县委员履职平台上线之年。一年来，县政协组织委员开展视察。报告强调，2024年是全面推进的关键之年。",
     {}, Period(2023, 2023)),  # (a year said to be one, then 一年来: the year reviewed)
    ("某市政协主席某某说，2026年是开局之年。回顾2025年工作时，某某说，市政协组织委员开展了专题调研。",
     {}, Period(2025, 2025)),
    ("发布时间：2020-09-10\n9月7日，两市政协召开联席会议，共商区域协同发展。去年5月，两市政协建立了联席会议机制。",
     {}, Period(2020, 2020)),  # (去年 in a story of September: background)
])
def test_the_year_comes_from_the_texts_own_dating(pipeline, text, meta, period):
    assert run(pipeline, text, **meta).report.period == period


def test_text_without_sentence_punctuation_is_cut_into_bounded_sentences(pipeline):
    """Issue 18 item 4: tables, lists and OCR output have no 。，； — they must not become one
    sentence whose clause work grows with the square of its length."""
    from cppcckg.extract.segment import MAX_SENTENCE

    lines = [f"区政协组织委员视察第{i}个乡镇污水处理设施建设情况" for i in range(4000)]
    x = run(pipeline, "\n".join(lines), publisher="cppcc-rongchang")
    assert max(s.end - s.start for s in x.sentences) <= MAX_SENTENCE
    assert len(x.initiatives) >= 3000  # the lines are still read, not dropped
    assert all(x.report.text[i.evidence.start:i.evidence.end] == i.evidence.text for i in x.initiatives)


# ---------------------------------------------------------------------------------------------
# Who else takes part: hosts, speakers, bodies heard, bodies joined to the work
# ---------------------------------------------------------------------------------------------


def test_a_host_that_accompanies_is_a_partner_not_a_second_activity(pipeline):
    x = run(pipeline, "8月3日，市政协调研组赴黔江区，围绕康养产业发展开展专题调研，区政协主要负责同志陪同调研。")
    item = only(x, "专题调研")
    assert item.organizers == ("cq-cppcc",)
    assert item.partners == ("cppcc-qianjiang",)
    assert len(x.initiatives) == 1  # 陪同调研 is the same research


def test_an_accompanying_body_in_the_next_sentence_joins_the_work_and_the_border(pipeline):
    x = run(pipeline, "7月，广安市政协主席率队到合川区，就嘉陵江航道建设考察交流。合川区政协主席陪同考察。")
    item = only(x, "考察交流")
    assert item.organizers == ("cppcc-guangan-sc",)
    assert item.partners == ("cppcc-hechuan",)
    assert item.joint_sichuan_chongqing  # a Sichuan body working with a Chongqing host
    assert len(x.initiatives) == 1


def test_bodies_heard_and_speakers_are_partners(pipeline):
    heard = run(pipeline, "市政协视察组召开座谈会，听取涪陵区政协的情况汇报。")
    assert only(heard, "座谈会").partners == ("cppcc-fuling",)
    spoke = run(pipeline, "5月，四川省政协召开重点提案督办协商会。内江市政协负责同志在会上作交流发言。")
    assert only(spoke, "协商会").partners == ("cppcc-neijiang-sc",)


def test_bodies_joined_in_an_earlier_clause_are_partners(pipeline):
    facing = run(pipeline, "市政协面向区县政协举办履职能力培训班。")
    assert only(facing, "培训班").partners == ("cq-district-county-cppccs",)
    linked = run(pipeline, "11月，市政协联动12个区县政协，就托育服务同步开展远程协商。")
    item = only(linked, "远程协商")
    assert item.organizers == ("cq-cppcc",)
    assert item.partners == ("cq-district-county-cppccs",)


def test_a_team_named_again_is_the_team_of_the_work_just_told(pipeline):
    x = run(pipeline, "5月，市政协组织调研组到綦江区开展调研。调研组还召开座谈会，交流意见。")
    assert only(x, "座谈会").organizers == ("cq-cppcc",)


def test_a_programme_name_before_a_team_word_names_the_bodies(pipeline):
    x = run(pipeline, "川渝政协联合调研组赴宜宾、泸州，围绕长江岸线保护开展调研。")
    item = only(x, "开展调研")
    assert set(item.organizers) == {"cq-cppcc", "sc-cppcc"}
    assert item.joint_sichuan_chongqing


def test_lists_of_places_qualified_by_province_are_one_committee_each(pipeline):
    x = run(pipeline, "9月，重庆开州、城口，四川宣汉等县区政协在开州区召开协同发展联席会议。")
    item = only(x, "联席会议")
    assert set(item.organizers) == {"cppcc-kaizhou", "cppcc-chengkou", "cppcc-xuanhan-sc"}
    assert item.joint_sichuan_chongqing


def test_places_closed_by_a_counted_neighbours_head_are_committees(pipeline):
    x = run(pipeline, "大足区、安岳县、内江市三个相邻地区政协共同举办文旅融合发展协商会。")
    item = only(x, "协商会")
    assert set(item.organizers) == {"cppcc-dazu", "cppcc-anyue-sc", "cppcc-neijiang-sc"}
    assert item.joint_sichuan_chongqing


def test_a_guessed_publisher_does_not_stop_the_subject_from_carrying(pipeline):
    x = run(pipeline, "3月，万州区政协召开常委会议。4月，万州区政协召开主席会议。"
                      "5月，达州市政协组织委员开展专题视察。6月，召开专题协商会，形成协商报告。")
    assert only(x, "专题协商会").organizers == ("cppcc-dazhou-sc",)


# ---------------------------------------------------------------------------------------------
# What about, and one fact per thing said
# ---------------------------------------------------------------------------------------------


def test_a_meeting_and_the_consultation_it_holds_are_one_initiative(pipeline):
    x = run(pipeline, "4月，巫山县政协召开协商会，就柑橘产业数字化升级进行专题协商。")
    item = only(x, "协商")
    assert "柑橘产业" in item.label
    assert len(x.initiatives) == 1


def test_the_object_after_dui_is_the_subject(pipeline):
    x = run(pipeline, "9月，合川区政协与广安市政协组成联合视察组，对渠江航道整治进展开展视察。")
    item = only(x, "视察")
    assert "渠江航道整治进展" in item.label


def test_a_specific_destination_names_the_subject_a_generic_one_does_not(pipeline):
    site = run(pipeline, "彭水县政协组织委员深入苗绣非遗工坊开展调研，从品牌培育等方面提出建议8条。")
    assert "苗绣非遗工坊" in only(site, "调研").label
    generic = run(pipeline, "围绕生猪稳产保供，彭水县政协组织委员深入12个乡镇开展专题调研。")
    label = only(generic, "专题调研").label
    assert "生猪" in label and "乡镇" not in label


# ---------------------------------------------------------------------------------------------
# Activity words of district and news texts
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, word, kind", [
    ("长寿区政协举办“委员讲堂”，请专家讲解数字经济。", "委员讲堂", "study"),
    ("垫江县政协围绕县域商贸物流召开专题议政性常委会议。", "常委会议", "meeting"),
    ("忠县政协联合梁平区政协举办书画摄影联展。", "摄影联展", "event"),
    ("广安市政协主席带队赴合川区开展对口学习交流。", "学习交流", "study"),
])
def test_district_and_news_activity_words(pipeline, text, word, kind):
    assert only(run(pipeline, text), word).type == kind


def test_a_body_joined_by_lianhe_before_the_verb_organises_too(pipeline):
    x = run(pipeline, "忠县政协联合梁平区政协举办书画摄影联展。")
    item = only(x, "联展")
    assert set(item.organizers) == {"cppcc-zhongxian", "cppcc-liangping"}


def test_members_submitting_a_proposal_is_a_proposal(pipeline):
    x = run(pipeline, "住川全国政协委员提交提案，建议支持川南城市群高铁建设。")
    assert only(x, "提交提案").type == "proposal"


def test_a_quoted_programme_in_the_activity_word_is_named_once(pipeline):
    x = run(pipeline, "大足区政协组织委员开展“法律服务进村”活动。")
    assert only(x, "活动").label == "法律服务进村活动"


# ---------------------------------------------------------------------------------------------
# Across the border
# ---------------------------------------------------------------------------------------------


def test_joint_work_in_a_district_across_the_border_has_its_cppcc_as_partner(pipeline):
    x = run(pipeline, "泸州市政协组织委员赴重庆市江津区，就长江岸线修复开展联合视察。")
    item = only(x, "联合视察")
    assert item.organizers == ("cppcc-luzhou-sc",)
    assert item.partners == ("cppcc-jiangjin",)
    assert item.joint_sichuan_chongqing


def test_a_visit_alone_is_not_joint_work(pipeline):
    x = run(pipeline, "江津区政协组织委员赴泸州市考察白酒产业发展。")
    item = only(x, "考察")
    assert item.partners == () and not item.joint_sichuan_chongqing


def test_after_a_hosted_visit_shuangfang_are_the_visitors_and_the_hosts(pipeline):
    x = run(pipeline, "达州市政协主席率队到开州区考察，双方就共建万达开示范区进行座谈交流。")
    assert set(only(x, "座谈交流").organizers) == {"cppcc-dazhou-sc", "cppcc-kaizhou"}


def test_an_organ_named_after_another_committee_is_that_committees_not_chongqings(pipeline):
    x = run(pipeline, "省政协常委会围绕川南经济区发展开展专题协商。")
    assert only(x, "专题协商").organizers == ("sc-cppcc",)


def test_work_done_under_both_sides_push_is_not_an_activity(pipeline):
    x = run(pipeline, "在双方的共同推动下，两地委员联名提交提案3件。")
    assert not [i for i in x.initiatives if i.type == "other"]


# ---------------------------------------------------------------------------------------------
# Sessions and retellings
# ---------------------------------------------------------------------------------------------


def test_a_session_held_is_a_meeting_of_the_committee_named_with_its_term(pipeline):
    x = run(pipeline, "2022年1月8日至11日，政协重庆市梁平区第十六届委员会第一次会议召开。"
                      "会议审议通过的常委会工作报告显示，一年来，区政协围绕柚子产业开展专题调研。")
    session = only(x, "第一次会议")
    assert session.type == "meeting" and session.organizers == ("cppcc-liangping",)
    assert session.period == Period(2022, 2022)  # the item says its own year
    first = x.mentions[0]  # the session's whole name, not the places 重庆市 and 梁平区
    assert first.surface == "政协重庆市梁平区第十六届委员会第一次会议" and first.members == ("cppcc-liangping",)


def test_a_session_dated_after_its_number_is_found(pipeline):
    x = run(pipeline, "政协重庆市丰都县第十五届委员会第三次会议于1月9日至12日召开。")
    assert only(x, "第三次会议").organizers == ("cppcc-fengdu",)


def test_a_retold_activity_with_an_ordinal_is_not_a_new_one(pipeline):
    x = run(pipeline, "此次协商是市政协今年开展的第4次远程协商。")
    assert x.initiatives == ()


def test_bodies_that_host_a_branch_venue_are_partners_of_the_remote_consultation(pipeline):
    x = run(pipeline, "5月，市政协举行远程协商会，围绕养老托育协商建言。会议在市政协设主会场，在15个区县政协设分会场。")
    item = only(x, "远程协商")
    assert item.organizers == ("cq-cppcc",)
    assert item.partners == ("cq-district-county-cppccs",)


def test_after_a_delegation_visits_a_place_liangdi_are_the_two_committees(pipeline):
    x = run(pipeline, "6月，内江市政协主席率考察团到荣昌区，两地政协就共建夏布产业园召开座谈会。")
    assert set(only(x, "座谈会").organizers) == {"cppcc-neijiang-sc", "cppcc-rongchang"}


def test_how_often_joint_work_was_done_is_a_count_and_this_years_forum_a_retelling(pipeline):
    counted = run(pipeline, "两年来，毗邻地区政协共开展联动履职活动30余次。")
    assert counted.initiatives == ()
    retold = run(pipeline, "渝西川南六区市政协轮流举办协同发展论坛，今年的论坛在永川区举行。")
    assert len(retold.initiatives) == 1


# ---------------------------------------------------------------------------------------------
# News items: headlines, quoted titles, datelines, listed member groups
# ---------------------------------------------------------------------------------------------


def test_a_headline_over_its_story_is_not_a_second_activity(pipeline):
    x = run(pipeline, "开州区政协与宣汉县政协召开联席会议\n\n本报讯 9月2日，开州区政协与宣汉县政协召开联席会议，商定下半年协作事项。")
    meetings = [i for i in x.initiatives if i.type == "meeting"]
    assert len(meetings) == 1 and meetings[0].evidence.start > 20


def test_a_headline_the_story_never_retells_is_kept(pipeline):
    x = run(pipeline, "区政协视察城乡供水一体化\n\n记者获悉，委员们先后察看了三座水厂，并提出了改进意见。")
    assert [i.type for i in x.initiatives] == ["inspection"]


def test_a_review_features_title_gives_no_activity(pipeline):
    x = run(pipeline, "——区政协推进协商议事室建设综述\n近年来，区政协在全区镇街建起协商议事室。")
    assert x.initiatives == ()


def test_a_question_mark_inside_a_quoted_title_does_not_end_the_sentence(pipeline):
    x = run(pipeline, "两地政协计划联合举办“同心向党?巴蜀书画展”，并召开书画创作研讨会。")
    assert {i.type: i.status for i in x.initiatives} == {"event": PLANNED, "meeting": PLANNED}


def test_at_the_meeting_refers_to_the_meeting_told_before(pipeline):
    x = run(pipeline, "5月9日，区政协召开民营经济座谈会。座谈会上，委员们围绕融资难题交流发言。")
    assert len([i for i in x.initiatives if i.type == "meeting"]) == 1


def test_a_session_the_work_is_sent_to_is_not_a_meeting_of_the_actor(pipeline):
    x = run(pipeline, "住渝全国政协委员向全国政协十四届三次会议提交了关于长江航运的提案。")
    assert [i.type for i in x.initiatives] == ["proposal"]


def test_member_groups_listed_by_residence_are_each_a_body(pipeline):
    x = run(pipeline, "住川、住渝全国政协委员联名提交关于共建西部陆海新通道的提案。")
    item = only(x, "联名提交")
    assert set(item.organizers) == {"sc-national-members", "cq-national-members"}
    assert item.joint_sichuan_chongqing


def test_parties_listed_before_one_shared_head_are_the_local_committees(pipeline):
    x = run(pipeline, "民革、民盟市委联合开展养老服务专题调研。")
    assert set(only(x, "专题调研").organizers) == {"rcck-cq", "cdl-cq"}


def test_two_places_of_a_pair_outside_sichuan_are_no_joint_sichuan_chongqing_work(pipeline):
    x = run(pipeline, "綦江区政协与习水县政协召开座谈会。两地政协商定围绕红色旅游开展联合调研。")
    assert not only(x, "联合调研").joint_sichuan_chongqing


def test_a_purpose_after_working_together_is_not_an_activity(pipeline):
    x = run(pipeline, "两地政协联合召开文旅协作座谈会，携手推动文旅产业协同发展。")
    assert [i.type for i in x.initiatives] == ["meeting"]


@pytest.mark.parametrize("dateline", ["15.09.2024  10:20", "2024-09-15 10:20", "2024/09/15"])
def test_a_numeric_dateline_dates_a_story_told_by_month_and_day(pipeline, dateline):
    x = run(pipeline, f"区政协开展消防安全视察\n{dateline}\n9月上旬，区政协组织委员视察消防安全工作。")
    assert x.report.period == Period(2024, 2024)


def test_pinyin_readings_after_characters_do_not_break_names(pipeline):
    x = run(pipeline, "9月，宣漢縣政協(xié)組織委員開展鄉(xiāng)村旅游專題調(diào)研。")
    assert only(x, "調(diào)研").organizers == ("cppcc-xuanhan-sc",)


def test_labels_leave_out_the_pinyin_readings_of_a_repost(pipeline):
    x = run(pipeline, "9月，宣漢縣政協(xié)組織委員開展鄉(xiāng)村旅遊專題調(diào)研。")
    assert "(" not in only(x, "調(diào)研").label and "鄉村旅遊" in only(x, "調(diào)研").label


def test_a_source_line_broken_by_pinyin_is_still_furniture(pipeline):
    x = run(pipeline, "區(qū)縣政協(xié)委員積極提交提案\n2025-01-20 15:13 來(lái)源: 某某網(wǎng)\n"
                      "1月18日，區政協(xié)組織委員開展鄉(xiāng)村旅遊專題調(diào)研。")
    assert all("來" not in i.evidence.text for i in x.initiatives)


def test_proposals_named_by_their_titles_after_submitted_are_one_each(pipeline):
    x = run(pipeline, "会议期间，市政协委员某某提交的《关于加快建设城际铁路的建议》和《关于完善物流通道的建议》两个提案，"
                      "受到广泛关注。", date="2025-01-20")
    assert [(i.type, i.label) for i in x.initiatives] == [("proposal", "提案：加快建设城际铁路"),
                                                          ("proposal", "提案：完善物流通道")]


def test_places_run_together_before_a_counted_head_are_each_a_committee(pipeline):
    x = run(pipeline, "万州达州开州三地政协召开联席会议，商议年度协作事项。")
    assert set(only(x, "联席会议").organizers) == {"cppcc-wanzhou", "cppcc-dazhou-sc", "cppcc-kaizhou"}


def test_what_a_meeting_urges_is_no_activity_but_its_dated_plan_is(pipeline):
    urged = run(pipeline, "会上，区政协召开座谈会。会议强调，要聚焦乡村振兴深入调研、务实建言。要加强协作，高质量完成专题协商。")
    assert [i.type for i in urged.initiatives] == ["meeting"]
    dated = run(pipeline, "会议强调，今年要聚焦城市更新开展专题调研。")
    assert [(i.type, i.status) for i in dated.initiatives] == [("research", PLANNED)]


def test_work_told_as_finished_is_an_activity(pipeline):
    x = run(pipeline, "区政协围绕托育服务开展的网络议政已于日前结束，共收到建言300余条。")
    assert [i.type for i in x.initiatives] == ["consultation"]


def test_a_count_of_work_on_one_subject_keeps_the_initiative_but_a_tally_does_not(pipeline):
    one = run(pipeline, "今年以来，区政协围绕河道保洁开展专项视察4次。")
    assert [i.type for i in one.initiatives] == ["inspection"]
    tally = run(pipeline, "全年开展专项视察4次、专题协商6次。")
    assert tally.initiatives == ()
    named = run(pipeline, "今年以来，县政协已联合开展长江岸线违建整治视察3次。")
    assert [i.type for i in named.initiatives] == ["inspection"]  # the subject is in the name
    assert [m.value for m in named.metrics] == [3]
    kinds = run(pipeline, "区政协开展重点调研视察20余项。")
    assert kinds.initiatives == ()  # activity words and modifiers only: a tally
    together = run(pipeline, "两地政协共同开展联合调研视察20余项。")
    assert [i.type for i in together.initiatives] == ["inspection"]  # done together: their work too


def test_party_organs_named_with_their_place_are_bodies_on_their_side_of_the_border(pipeline):
    x = run(pipeline, "5月9日，綦江区委统战部、民进綦江区委，泸州市委统战部、民进泸州市委，携手来到合江，"
                      "联合调研赤水河沿岸产业发展。")
    item = only(x, "联合调研")
    assert len(item.organizers) == 4 and all(k.startswith("unknown-") for k in item.organizers)
    assert item.joint_sichuan_chongqing


def test_a_meeting_named_again_as_where_things_happened_is_the_same_meeting(pipeline):
    x = run(pipeline, "区政协组织委员调研老旧小区改造并召开座谈会。\n\n在随后召开的座谈会上，委员们提出了建议。")
    assert len([i for i in x.initiatives if i.type == "meeting"]) == 1
    first = run(pipeline, "区政协组织委员视察河道治理。\n\n在随后召开的座谈会上，委员们提出了建议。")
    assert len([i for i in first.initiatives if i.type == "meeting"]) == 1


def test_hosts_named_with_their_leaders_names_take_part_in_all_the_activities(pipeline):
    x = run(pipeline, "6月3日，铜梁区政协主席一行来遂宁学习考察。\n\n随后召开座谈会，交流协商平台建设经验。\n\n"
                      "遂宁市政协副主席张某某、李某参加有关活动。")
    assert all("cppcc-suining-sc" in i.partners for i in x.initiatives)


def test_an_activity_word_inside_what_other_work_is_about_is_no_activity_of_its_own(pipeline):
    x = run(pipeline, "区政协围绕农业园区建设以及承办跨省联合协商会议等开展调研交流。")
    assert [i.type for i in x.initiatives] == ["research"]


def test_a_session_of_an_organ_held_is_a_meeting(pipeline):
    x = run(pipeline, "3月2日，区政协召开五届五十六次主席会议，审议年度协商计划。", publisher="cppcc-tongliang")
    item = only(x, "主席会议")
    assert item.type == "meeting" and item.organizers == ("cppcc-tongliang",)


def test_bodies_named_each_with_its_leader_are_the_pair_that_liangdi_means(pipeline):
    x = run(pipeline, "12月3日，重庆市江津区政协主席王某与四川省合江县政协主席李某签署合作协议。"
                      "两地政协将轮流牵头召开联合协商会。")
    assert set(only(x, "联合协商会").organizers) == {"cppcc-jiangjin", "cppcc-hejiang-sc"}


def test_work_a_leader_takes_part_in_is_an_activity_with_the_committee_taking_part(pipeline):
    x = run(pipeline, "12月9日，区政协主席王某参加社区委员工作室“渝事好商量”活动，围绕加装电梯建言献策。",
            publisher="cppcc-tongliang")
    item = only(x, "渝事好商量")
    assert "cppcc-tongliang" in item.organizers + item.partners


def test_results_sent_on_are_no_research_of_their_own(pipeline):
    x = run(pipeline, "两地政协将向两地党委政府报送联合调研和协商议政成果。")
    assert x.initiatives == ()


def test_a_second_title_of_the_leader_is_no_second_actor(pipeline):
    x = run(pipeline, "6月4日，内江市政协副主席、民进内江市委主委王某带队赴荣昌区开展委员视察活动。")
    assert only(x, "视察").organizers == ("cppcc-neijiang-sc",)


def test_a_subtitle_over_the_story_is_headline_too(pipeline):
    x = run(pipeline, "共话低空经济——\n两地政协拟于下月开展联合调研\n本报讯 两地政协近日商定，下月围绕低空经济开展联合调研。")
    assert len([i for i in x.initiatives if i.type == "research"]) == 1


def test_a_session_the_reference_knows_is_its_committees_meeting(pipeline):
    x = run(pipeline, "本报讯 在1月11日开幕的市政协五届三次会议上，市政协主席作工作报告。")
    assert only(x, "五届三次会议").organizers == ("cq-cppcc",)


def test_views_and_wishes_of_those_who_met_are_no_work(pipeline):
    x = run(pipeline, "双方一致认为，两地要相互学习，持续深入开展共同调研，携手推动产业协作。")
    assert x.initiatives == ()


def test_a_long_named_meeting_first_told_as_where_things_happened_is_a_meeting(pipeline):
    x = run(pipeline, "在随后召开的重庆市合川区政协·四川省广安市岳池县政协联合协商机制建设研讨会上，两地政协分别介绍了经验。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_the_pair_whose_meeting_was_held_does_the_joint_work_after_it(pipeline):
    x = run(pipeline, "围绕成渝地区双城经济圈建设，召开川渝政协联席会议。赴长三角等地联合调研，形成多条建议。",
            publisher="cq-cppcc")
    assert only(x, "联合调研").joint_sichuan_chongqing


def test_figures_of_the_economy_are_no_statistics_of_the_committee(pipeline):
    x = run(pipeline, "园区规划3.6万亩，当年实现销售收入近3000万元，区政协组织委员视察12次。")
    assert [(m.value, m.unit) for m in x.metrics] == [(12, "次")]


def test_bureaus_township_organs_and_leading_groups_are_bodies(pipeline):
    x = run(pipeline, "荣昌区水务局、隆昌市石燕桥镇党委负责人参加座谈。市政协召开“智慧政协”建设领导小组会议，服务发展大局。")
    names = {m.surface for m in x.mentions if m.kind == "body" and not m.in_reference}
    assert {"荣昌区水务局", "隆昌市石燕桥镇党委", "“智慧政协”建设领导小组"} <= names
    assert not any("大局" in n for n in names)


def test_a_leading_groups_meeting_is_a_meeting_of_the_body_that_holds_it(pipeline):
    x = run(pipeline, "4月2日，市政协召开“智慧履职”平台建设领导小组会议，听取平台建设进展汇报。", publisher="cq-cppcc")
    meeting = only(x, "领导小组会议")
    assert (meeting.type, meeting.organizers) == ("meeting", ("cq-cppcc",))


def test_an_e_paper_page_gives_its_story_once(pipeline):
    # page furniture, a line listing the page's headlines, then headline, subtitle and story
    page = ("政协周报电子版\n2025年03月11日\n2025年3月11日 星期二\n按日期检索\n"
            "政协周报要闻 市政协召开“智慧履职”平台建设领导小组会议 春耕时节备耕忙 科技赋能乡村振兴 城乡融合再提速\n"
            "版面导读\n市政协召开“智慧履职”平台建设领导小组会议\n王某主持并讲话\n"
            "本报讯 3月10日，市政协召开“智慧履职”平台建设领导小组会议，研究部署年度重点工作。")
    x = run(pipeline, page)
    assert [(i.type, i.organizers) for i in x.initiatives] == [("meeting", ("cq-cppcc",))]
    assert x.initiatives[0].evidence.start > page.index("本报讯")
    assert not [m for m in x.mentions if "春耕" in m.evidence.text or "城乡融合" in m.evidence.text]


def test_a_proposal_named_by_its_title_after_submitted_is_that_proposal(pipeline):
    # the title holds 为重点, which elsewhere names a way of working; 列为重点提案 is a choice
    x = run(pipeline, "去年，住川渝全国政协委员联合提交的《关于以毗邻地区为重点共建产业园区的建议》被列为重点提案。",
            publisher="cq-cppcc")
    proposal = only(x, "联合提交")
    assert (proposal.type, proposal.organizers, proposal.joint_sichuan_chongqing) == (
        "proposal", ("chuanyu-national-members",), True)
    assert "共建产业园区" in proposal.label and proposal.label.endswith("联名提案")


@pytest.mark.parametrize(("words", "kind"), [("视察调研", "research"), ("调研视察", "inspection"),
                                             ("考察学习", "study"), ("调研协商", "consultation")])
def test_the_activity_word_nearest_the_end_decides_the_kind(pipeline, words, kind):
    x = run(pipeline, f"6月，区政协组织委员围绕农村供水开展{words}。", publisher="cppcc-dazu")
    assert only(x, words).type == kind


def test_a_session_told_again_in_either_form_is_one_meeting_but_its_sittings_are_their_own(pipeline):
    x = run(pipeline, "3月2日上午，中国人民政治协商会议重庆市大足区第十届委员会第3次会议开幕。"
                      "大足区政协十届三次会议应出席委员210人，实到196人。"
                      "在开幕会前举行的区政协十届三次会议第一次大会上，增选了常务委员。", publisher="cppcc-dazu")
    meetings = [i.evidence.text for i in x.initiatives if i.type == "meeting"]
    assert len(meetings) == 2 and "开幕" in meetings[0] and "应出席" not in meetings[1]
    assert {(m.measure, m.value) for m in x.metrics} >= {("members", 210), ("participants", 196)}


def test_a_repost_gives_its_story_once(pipeline):
    # a repost's original headline, a section-labelled headline and a photo caption retell the story
    page = ("区政协十届三次会议闭幕\n区融媒体中心 2025-01-10 09:12\n原标题：区政协十届三次会议闭幕 某某出席\n"
            "【要闻 速览】区政协十届三次会议闭幕\n1月9日，区政协十届三次会议在会议中心闭幕。 记者 赵某 摄\n"
            "1月9日下午，政协重庆市大足区第十届委员会第三次会议胜利闭幕。")
    x = run(pipeline, page, publisher="cppcc-dazu")
    assert [i.evidence.start for i in x.initiatives] == [page.index("政协重庆市大足区")]


def test_a_standing_committee_session_by_number_and_a_signing_ceremony_are_meetings(pipeline):
    x = run(pipeline, "3月6日，区政协九届十二次常委会召开。5月9日，两地政协在开州举行签约仪式。", publisher="cppcc-kaizhou")
    assert [i.type for i in x.initiatives] == ["meeting", "meeting"]


def test_what_the_work_was_for_is_no_activity(pipeline):
    x = run(pipeline, "委员们积极建言献策，为推动“山水之城”建设贡献智慧力量。", publisher="cppcc-dazu")
    assert not [i for i in x.initiatives if "山水之城" in i.label]


@pytest.mark.parametrize("text", [
    "各参加单位、各专门委员会充分发挥政治协商、民主监督和参政议政的职能作用。",  # the functions, named
    "委员们通过专题调研、现场察看、座谈交流等方式履职。",  # ways of working
    "双方就如何更好开展调研视察交换了意见。",  # what was discussed
    "区政协推出提案督办新方式。",  # a new way of doing it
    "两地将合力推动议定事项转化落地。",  # an aim
    "与会同志围绕市委书记调研铜梁讲话精神作了交流发言。",  # a speech named by a visit
    "区政协十届二次会议以来，委员们积极履职。",  # a time
])
def test_words_of_activity_that_name_no_activity(pipeline, text):
    x = run(pipeline, text, publisher="cppcc-tongliang")
    assert not x.initiatives, [(i.type, i.evidence.text) for i in x.initiatives]


def test_what_a_consultation_was_about_holds_no_campaign_of_its_own(pipeline):
    x = run(pipeline, "委员们围绕推动全区融入“一带一路”、加快“陆海新通道”建设等建言献策。", publisher="cppcc-tongliang")
    assert [i.type for i in x.initiatives] == ["consultation"]


def test_a_session_first_named_with_its_proposals_is_the_session_and_the_count_a_statistic(pipeline):
    x = run(pipeline, "截至1月9日，县政协十一届四次会议共收到提案260件。", publisher="cppcc-dianjiang")
    assert [i.type for i in x.initiatives] == ["meeting"]
    assert [m.value for m in x.metrics] == [260]


def test_doubled_punctuation_of_reposts_does_not_cut_a_list(pipeline):
    x = run(pipeline, "政协委员,、各参加单位充分发挥政治协商,、民主监督和参政议政的职能作用。", publisher="cppcc-dianjiang")
    assert not x.initiatives


def test_a_dated_story_after_an_empty_line_is_not_its_titles_tail(pipeline):
    page = "今天是：2025年3月1日\n某市投资促进网\n区政协十届四次会议开幕\n  \n\n2月4日上午，政协重庆市大足区第十届委员会第四次会议开幕。"
    x = run(pipeline, page, publisher="cppcc-dazu")
    assert [i.evidence.start for i in x.initiatives] == [page.index("政协重庆市大足区")]


def test_summary_lines_each_with_its_own_subject_are_each_work(pipeline):
    x = run(pipeline, "一年来，市政协聚焦乡村振兴建言献策，聚焦城市更新献计出力。", publisher="cppcc-suining-sc")
    assert len(x.initiatives) == 2


def test_the_committee_a_delegation_visits_is_a_partner_not_an_organiser(pipeline):
    x = run(pipeline, "3月5日，岳池县政协副主席某某一行来华蓥市政协考察交流。", publisher="cppcc-yuechi-sc")
    visit = x.initiatives[0]
    assert visit.organizers == ("cppcc-yuechi-sc",) and len(visit.partners) == 1


def test_a_practice_carried_somewhere_is_no_activity(pipeline):
    x = run(pipeline, "区政协积极将委员协商延伸到田间院坝。", publisher="cppcc-rongchang")
    assert not x.initiatives


def test_photo_captions_are_furniture(pipeline):
    page = ("1月20日，区政协十届三次会议开幕。会议现场。\n图为委员们在分组讨论中发言\n"
            "1月20日上午，政协重庆市大足区第十届委员会第三次会议开幕。委员们还视察了会场外的成就展现场。")
    x = run(pipeline, page, publisher="cppcc-dazu")
    assert [i.evidence.start for i in x.initiatives][0] == page.index("政协重庆市大足区")
    assert any(i.type == "inspection" for i in x.initiatives)  # a sentence ending in 现场 is no caption


def test_documents_a_meeting_deliberates_are_its_agenda(pipeline):
    x = run(pipeline, "2月3日，区政协主席某某主持召开区政协九届委员会第二十次主席会。会议学习了有关文件精神。"
                      "协商审议《区政协年度工作要点》《专委会工作计划》等。会议还对《视察报告》等内容进行了协商。",
            publisher="cppcc-wulong")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_numbered_slogans_are_no_building_work(pipeline):
    x = run(pipeline, "报告提出，要纵深推进“三区一中心”建设。", publisher="cq-cppcc")
    assert not x.initiatives


def test_campaigns_listed_in_quotes_are_one_each(pipeline):
    x = run(pipeline, "区政协开展“委员走进乡村”“委员牵手企业”“委员情系百姓”系列活动。", publisher="cppcc-dazu")
    assert [(i.type, i.label) for i in x.initiatives] == [
        ("campaign", "委员走进乡村活动"), ("campaign", "委员牵手企业活动"), ("campaign", "委员情系百姓活动")]


def test_campaigns_listed_after_a_counted_name_are_one_each(pipeline):
    x = run(pipeline, "县政协开展三个“千人行动”：千名委员护清溪、千名委员联村社、千名委员助企业。", publisher="cppcc-fengjie")
    assert [i.label for i in x.initiatives] == ["千名委员护清溪行动", "千名委员联村社行动", "千名委员助企业行动"]


def test_what_a_meeting_says_the_committee_will_do_is_its_plan(pipeline):
    x = run(pipeline, "会议提出，区政协将开展“委员进社区”“委员进企业”系列活动。", publisher="cppcc-dazu")
    assert [(i.type, i.status) for i in x.initiatives] == [("campaign", PLANNED), ("campaign", PLANNED)]


def test_a_leaders_speech_urges_and_does_not_tell_work(pipeline):
    x = run(pipeline, "某某在联组会上指出，要聚焦全区中心任务积极建言。", publisher="cppcc-suining-sc")
    assert not x.initiatives


@pytest.mark.parametrize("text", [
    "会议通报了两地党派组织上次联席会议以来的工作情况。",  # what a meeting heard
    "会议审议通过了《年度联合调研课题方案》。",  # what it passed
    "委员们累计走访企业186家、农户900余户。",  # how many were visited
])
def test_a_meetings_business_and_counts_of_visits_are_no_initiatives(pipeline, text):
    x = run(pipeline, "6月3日，两地政协召开联席会议。" + text, publisher="cppcc-rongchang")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_e_paper_page_numbers_and_long_headline_lists_are_furniture(pipeline):
    nav = "  ".join(["聚力履职开新局", "共商共建谱华章——专题报道", "当好联系群众桥梁", "让协商成果落到实处",
                     "市政协召开专题协商会议", "委员热议城市更新", "代表委员共商发展大计", "凝聚奋进力量"] * 2)
    page = f"01版\n区政协十四届三十次常委会会议召开\n{nav}\n本报讯 3月2日，区政协十四届三十次常委会会议召开。"
    x = run(pipeline, page, publisher="cppcc-kaizhou")
    assert len(x.initiatives) == 1 and x.initiatives[0].evidence.start > page.index("本报讯")


def test_campaigns_listed_before_their_counted_name_are_one_each(pipeline):
    x = run(pipeline, "自2023年县政协启动百名委员护百溪、百名委员联百社、百名委员帮百户三个“百百行动”以来，成效明显。",
            publisher="cppcc-fengjie")
    assert [i.label for i in x.initiatives] == ["百名委员护百溪行动", "百名委员联百社行动", "百名委员帮百户行动"]


def test_a_quoted_consultation_meeting_held_in_the_fields_is_told(pipeline):
    x = run(pipeline, "近日，县政协委员来到柑橘基地，与果农展开了一场“田间协商会”。", publisher="cppcc-fengjie")
    assert [i.type for i in x.initiatives] == ["consultation"]


def test_photo_credits_are_furniture(pipeline):
    x = run(pipeline, "县政协组织委员视察柑橘基地 县政协供图\n5月6日，县政协组织委员视察柑橘基地。", publisher="cppcc-fengjie")
    assert len(x.initiatives) == 1


def test_those_at_the_meeting_go_on_with_its_organisers_work(pipeline):
    x = run(pipeline, "川渝民进组织联席会议在合川召开。会后，与会人员前往钓鱼城考察调研。")
    visit = only(x, "考察调研")
    assert (visit.organizers, visit.joint_sichuan_chongqing) == (("capd-sc", "capd-cq"), True)


def test_a_stop_made_with_hosts_is_part_of_the_visit(pipeline):
    x = run(pipeline, "10月，两地课题组赴合川开展联合调研。课题组成员在合川区政协副主席某某陪同下到钓鱼城参观考察。",
            publisher="cppcc-hechuan")
    assert [i.type for i in x.initiatives] == ["research"]


def test_a_series_of_work_is_work_in_general(pipeline):
    x = run(pipeline, "一年来，市政协开展了一系列专题调研和协商议政活动。", publisher="cq-cppcc")
    assert not x.initiatives


def test_ordinals_running_on_before_a_plenum_are_no_counts(pipeline):
    x = run(pipeline, "委员们贯彻落实区委十三届三次四次五次全会精神，全年开展协商12次。", publisher="cppcc-dazu", period=2023)
    assert [m.value for m in x.metrics] == [12]


def test_a_visit_told_by_its_party_arriving_is_research_and_its_next_stops_are_not_new(pipeline):
    x = run(pipeline, "6月4日，市政协副主席某某一行来到綦江区扶欢镇水库工程建设现场。某某一行随后来到东溪古镇。",
            publisher="cq-cppcc")
    assert [(i.type, i.label) for i in x.initiatives] == [("research", "綦江区扶欢镇水库工程建设现场调研")]


def test_what_the_economy_made_or_gained_is_no_statistic_of_the_committee(pipeline):
    x = run(pipeline, "在委员推动下，当地开发出20余种深加工产品，打通6条村级道路，带动500户农户增收。"
                      "全年县政协提出建议35条。", publisher="cppcc-fengjie", period=2024)
    assert [m.value for m in x.metrics] == [35]


def test_one_of_a_set_is_no_count(pipeline):
    x = run(pipeline, "这个基地是两地共建的5个合作示范基地之一。", publisher="cppcc-rongchang", period=2023)
    assert not x.metrics


def test_a_standing_committee_meeting_is_run_by_the_standing_committee_the_reference_holds(pipeline):
    x = run(pipeline, "市政协五届十二次常委会会议对重点履职活动进行安排部署。区政协九届七次常委会召开。",
            publisher="cq-cppcc")
    assert x.initiatives[0].organizers == ("cq-cppcc-standing-committee",)


def test_on_site_visits_after_work_that_went_out_are_its_stops(pipeline):
    x = run(pipeline, "近日，区政协组织委员赴璧山区开展界别活动，实地调研智能制造发展情况。"
                      "调研组随后来到工业园区，对企业用工情况进行调研，并召开座谈会。", date="2025-03-02")
    assert [i.type for i in x.initiatives] == ["campaign", "meeting"]


def test_a_dated_sentence_after_a_visit_tells_new_work(pipeline):
    x = run(pipeline, "区政协组织委员赴璧山区开展调研。5月8日，区政协实地调研城市更新推进情况。",
            publisher="cppcc-jiangjin")
    assert [i.type for i in x.initiatives] == ["research", "research"]


def test_a_link_between_two_bodies_without_travel_keeps_its_site_visit(pipeline):
    x = run(pipeline, "潼南区政协与遂宁市政协开展联动履职。双方实地察看琼江流域治理情况，随后举行座谈会。",
            date="2025-06-01")
    assert [i.type for i in x.initiatives] == ["other", "inspection", "meeting"]


def test_the_work_a_meeting_talked_about_is_no_activity(pipeline):
    x = run(pipeline, "市政协召开座谈会，就基层协商工作进行深入交流。", publisher="cq-cppcc")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_a_leader_taking_part_in_work_told_adds_no_work(pipeline):
    x = run(pipeline, "近日，省政协农业和农村委员会组织委员赴广元市开展界别活动。"
                      "省政协农业和农村委员会主任某某参加界别活动。", date="2025-04-02")
    assert [i.type for i in x.initiatives] == ["campaign"]


def test_counted_districts_and_counties_stand_for_the_committees_the_text_names(pipeline):
    x = run(pipeline, "12月1日，川渝三区县琼江流域保护联合协商座谈会在潼南区举行。潼南区政协主席某某、"
                      "安居区政协主席某某、铜梁区政协主席某某出席。会前，三区县政协委员到琼江沿岸小微协商现场观摩。",
            date="2024-12-02")
    item = only(x, "座谈会")
    assert item.organizers == ("cppcc-tongnan", "cppcc-anju-sc", "cppcc-tongliang")
    assert item.joint_sichuan_chongqing
    assert {m.label for m in x.mentions if m.surface.endswith("三区县")} == {"潼南安居铜梁三区县政协"}
    assert [i.type for i in x.initiatives] == ["meeting"]  # a consultation's site, visited, is no consultation


def test_committees_of_a_river_basin_on_both_sides_are_one_joint_body_and_those_who_came_hold_the_meeting(pipeline):
    x = run(pipeline, "在5月9日召开的嘉陵江流域川渝七地生态保护座谈会上，来自嘉陵江流域川渝七地政协的委员，"
                      "以及部门负责人齐聚一堂，共商保护大计。", date="2024-05-10")
    names = [m.label for m in x.mentions if m.kind == "body"]
    assert names == ["嘉陵江流域川渝七地政协"]
    item = only(x, "座谈会")
    assert item.joint_sichuan_chongqing and len(item.organizers) == 1
    assert not item.label.startswith("的")


def test_as_many_places_as_provinces_are_the_provinces_own_committees(pipeline):
    x = run(pipeline, "川黔渝三地政协召开联席会议。", date="2024-05-10")
    assert set(only(x, "联席会议").organizers) == {"sc-cppcc", "guizhou-cppcc", "cq-cppcc"}


def test_a_theme_named_by_its_work_is_no_work(pipeline):
    x = run(pipeline, "区政协召开座谈会，委员们围绕调研主题积极建言。", publisher="cppcc-pengshui")
    assert [i.type for i in x.initiatives] == ["meeting"]
    themed = run(pipeline, "9月，区政协召开专题协商会，协商主题为“加快发展乡村旅游”。", publisher="cppcc-pengshui")
    assert "乡村旅游" in only(themed, "协商会").label


def test_an_e_paper_line_of_district_digest_headlines_is_furniture(pipeline):
    x = run(pipeline, "重庆政协报综合 凝聚共识促发展 江津:召开协商推进会 璧山:调研提案办理情况 永川:举行科普活动 "
                      "荣昌:推进委员联系群众 大足:督导河长制落实\n\n"
                      "本报讯 9月10日，江津区政协召开“渝事好商量”协商推进会。", date="2024-09-12")
    assert [i.evidence.text[:4] for i in x.initiatives] == ["江津区政"]


def test_a_brand_ending_in_consultation_is_no_consultation_of_its_own(pipeline):
    x = run(pipeline, "与会人员对该区探索开展“有事来协商”工作给予肯定，要求聚焦协商主责主业。", publisher="cppcc-ziyang-sc")
    assert not x.initiatives  # what those who met thought of the work, not work


def test_the_handling_of_information_is_what_work_is_about_not_information_sent(pipeline):
    x = run(pipeline, "6月3日，市政协组织部分委员对社情民意信息办理情况进行视察。", publisher="cppcc-zigong-sc")
    assert [i.type for i in x.initiatives] == ["inspection"]


def test_two_names_of_one_event_joined_by_ji_are_one_meeting_and_its_team_stops_are_not_new(pipeline):
    x = run(pipeline, "1月8日，市政协组织委员开展民生实事办理情况视察暨专题协商座谈会。"
                      "当天，视察组一行实地察看了职业技术学校。", publisher="cppcc-zigong-sc")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_a_time_and_an_outlet_on_one_line_are_furniture(pipeline):
    x = run(pipeline, "市政协开展视察\n2025年01月08日 21:10 某某文化\n\n1月8日，市政协组织委员视察职业教育。",
            publisher="cppcc-zigong-sc")
    assert all("某某文化" not in i.evidence.text for i in x.initiatives)


def test_two_committee_heads_taking_part_in_the_work_told_add_no_work(pipeline):
    x = run(pipeline, "9月1日，省政协文化文史和学习委员会与重庆市政协文化文史和学习委员会开展联合视察。"
                      "视察组还到红岩革命纪念馆开展了革命传统教育。"
                      "重庆市政协文化文史和学习委员会主任某某、省政协文化文史和学习委员会主任某某参加联合视察。",
            date="2023-09-02")
    assert [i.type for i in x.initiatives] == ["inspection", "study"]


def test_a_site_welcome_line_is_furniture(pipeline):
    x = run(pipeline, "欢迎来到某某网!\n区政协开展联合视察活动\n\n9月1日，区政协组织委员开展联合视察。",
            publisher="cppcc-yubei")
    assert len(x.initiatives) == 1


def test_what_a_meeting_urges_in_a_repost_with_pinyin_is_no_activity(pipeline):
    x = run(pipeline, "3月27日，市政協(xié)召開常委會(huì)會(huì)議。會(huì)議指出，要積極開展學(xué)習(xí)宣講。"
                      "要扎實開展委員履職實踐活動(dòng)。", publisher="cq-cppcc")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_a_dated_story_after_title_lines_starts_its_own_sentence_and_a_team_visiting_bodies_goes_on(pipeline):
    x = run(pipeline, "省政协领导到达州调研\n让基层政协工作更有活力\n某某等参加调研 某某陪同调研\n"
                      "4月9日，省政协副主席某某率队来到达州，开展重点课题调研。\n"
                      "在达期间，调研组一行前往了高新区、市政协机关等地。", date="2025-04-12")
    assert [i.evidence.text[:6] for i in x.initiatives] == ["开展重点课题"]
    assert all(not m.label.startswith("让") for m in x.mentions)


def test_a_meeting_named_with_its_attendees_was_held_and_slogans_and_should_sentences_are_no_work(pipeline):
    x = run(pipeline, "5月9日，市政协基层协商推进会与会人员到安岳县调研议事平台运行情况。"
                      "该县政协以场所真落地、群众真参与、协商真落实，培育协商品牌。"
                      "各区县政协要互相借鉴经验。要把议事工作与正在开展的主题教育统筹起来。",
            publisher="cppcc-ziyang-sc")
    assert [i.type for i in x.initiatives] == ["meeting", "research"]


def test_work_a_leader_urged_or_a_frame_of_working_is_no_work(pipeline):
    x = run(pipeline, "12月8日，市政协副主席某某率队来渝中调研委员工作室建设。某某勉励大家充分发挥委员作用，深入调查研究。"
                      "委员们在深入调查研究、精准协商建言中助力全区发展。", publisher="cq-cppcc")
    assert [i.type for i in x.initiatives] == ["research"]


def test_a_named_thematic_consultation_is_work_and_research_naming_a_meeting_held_is_not(pipeline):
    x = run(pipeline, "会议听取了工作情况通报；专题协商《城市有机更新路径研究》。", publisher="cppcc-jiulongpo")
    assert [i.type for i in x.initiatives] == ["consultation"]  # (a report the meeting heard is its business)
    held = run(pipeline, "5月，区政协召开专题调研片区座谈会。", publisher="cppcc-pengshui")
    assert [i.type for i in held.initiatives] == ["meeting"]


def test_work_told_without_its_subject_takes_the_one_its_headline_marks(pipeline):
    x = run(pipeline, "目前，区政协已完成专题调研，正准备召开专题协商会。", date="2024-07-03",
            title="南岸区政协聚焦城市内涝治理")
    assert all("城市内涝" in i.label for i in x.initiatives)


def test_when_work_ended_is_not_what_it_was_about(pipeline):
    x = run(pipeline, "两省市政协联合开展的油茶产业发展调研日前结束。", date="2024-05-24")
    assert "油茶产业" in only(x, "调研").label


def test_chairpersons_and_party_group_meetings_in_their_longer_forms_are_meetings(pipeline):
    x = run(pipeline, "2月10日，区政协主席某某主持召开区政协第九届二十六次主席会议。"
                      "3月4日，市政协主席某某主持召开市政协五届第31次主席(扩大)会议。"
                      "4月8日，区政协召开党组理论学习中心组(扩大)会议。"
                      "5月9日，市政协农业和农村委先后召开分党组会议、主任会议。", publisher="cppcc-yuzhong")
    assert [i.type for i in x.initiatives] == ["meeting"] * 5


def test_a_session_told_by_a_caption_then_in_full_is_one_meeting_at_its_full_name(pipeline):
    x = run(pipeline, "区政协十届三次会议开幕\n\n1月8日，区文化中心，区政协十届三次会议开幕。\n\n"
                      "1月8日上午，中国人民政治协商会议重庆市大足区第十届委员会第三次会议在区文化中心开幕。",
            publisher="cppcc-dazu")
    assert [i.evidence.text[:6] for i in x.initiatives] == ["中国人民政治"]


def test_rooms_frames_and_a_plan_named_as_an_object_give_no_work(pipeline):
    x = run(pipeline, "委员们来到“有事好商量”协商厅，以委员活动的形式集中收看大会直播。"
                      "在参与协商议事活动的过程中，她提出不少建议。谈到如何更好推动政协协商与基层协商衔接。"
                      "会议强调，要学懂弄通。要围绕本年度协商计划，做好协商议政前期调研。",
            publisher="cppcc-jiulongpo")
    assert [i.type for i in x.initiatives] == ["study"]


def test_a_campaign_looked_into_is_no_campaign_and_an_unknown_place_committee_is_named_in_full(pipeline):
    x = run(pipeline, "8月9日，省政协调研组来宜调研“我为群众办实事”活动推进情况。4月17日，甘洛县政协主席某某带队到石棉县考察交流。",
            date="2024-04-20")
    assert [i.type for i in x.initiatives] == ["research", "research"]  # (考察 is research, docs/annotation.md 4.4)
    assert "政协甘洛县委员会" in {m.label for m in x.mentions}


def test_the_session_told_as_dahui_is_that_session_and_a_full_name_with_the_place_is_preferred(pipeline):
    opened = run(pipeline, "“两会”特别报道 江北区政协九届二次会议开幕\n\n【正文】会场内气氛热烈。大会在国歌声中正式开幕。",
                 publisher="cppcc-jiangbei")
    assert [i.evidence.text for i in opened.initiatives] == ["大会在国歌声中正式开幕"]
    again = run(pipeline, "3月2日，区政协九届二次会议在区会议中心开幕。\n区政协九届二次会议开幕\n"
                          "3月2日，中国人民政治协商会议第九届重庆市江北区委员会第二次会议在区会议中心开幕。"
                          "主持人宣布大会开幕。", publisher="cppcc-jiangbei")
    assert [i.evidence.text[:6] for i in again.initiatives] == ["中国人民政治"]


def test_the_items_of_a_plan_announced_before_a_list_are_planned(pipeline):
    x = run(pipeline, "2026年，县政协将重点抓好思想政治引领；深耕民生实事，深化“四个双百行动”；加强自身建设。",
            publisher="cppcc-fengjie")
    assert {i.status for i in x.initiatives} == {PLANNED}


def test_meetings_named_by_term_and_number_press_conferences_and_sittings(pipeline):
    x = run(pipeline, "11月5日，在成都召开的十三届省政协党组第22次会议，研究有关事项。6月12日，市政协八届第三十七次主席会议召开。"
                      "1月20日，“委员谈营商环境”专题记者会举行。1月23日上午，市政协四届三次会议举行第三次大会。",
            publisher="sc-cppcc")
    assert [i.type for i in x.initiatives] == ["meeting"] * 5  # (the session and its sitting are two)


def test_titles_side_by_side_and_quoted_campaigns_before_a_series_are_one_each(pipeline):
    x = run(pipeline, "其中，联名提交的《关于支持甲的提案》《关于加强乙》《关于支持丙的提案》备受关注。"
                      "区政协还将开展“学讲话 聚共识”“看成就 提信心”等系列主题活动。", date="2022-09-30")
    assert [i.type for i in x.initiatives] == ["proposal"] * 3 + ["campaign"] * 2


def test_party_and_chairs_meetings_joined_by_he_are_two_and_a_session_submitted_to_and_a_publisher_name_are_no_work(pipeline):
    x = run(pipeline, "11月30日，省政协先后召开党组会议和主席会议，决定提请省政协十三届第六次常委会议审议。"
                      "重庆出版集团负责人来到市政协赠书。", publisher="sc-cppcc")
    assert [i.type for i in x.initiatives] == ["meeting", "meeting"]


def test_an_e_paper_byline_line_is_furniture(pipeline):
    x = run(pipeline, "市政协会议举行大会发言\n\n□ 特约记者 某某/文 本报记者 某某/图\n\n"
                      "1月23日上午，市政协四届三次会议举行第三次大会。", publisher="cq-cppcc")
    assert all("记者" not in i.evidence.text for i in x.initiatives)
    assert len(x.initiatives) == 2  # the session and its sitting, the headline told again


def test_a_text_about_proposals_cites_each_by_its_title(pipeline):
    x = run(pipeline, "住川全国政协委员今年带去的联名提案中，《关于加快川南城市群轨道交通建设的建议》最受关注。"
                      "委员们调研后形成的《关于优化县域医共体建设的建议》已报送有关部门。",
            title="住川全国政协委员带着联名提案赴京", date="2025-03-02")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert len(proposals) == 1 and "川南城市群轨道交通" in proposals[0].label
    assert proposals[0].organizers == ("sc-national-members",)
    plain = run(pipeline, "《关于加快川南城市群轨道交通建设的建议》最受关注。", title="住川全国政协委员赴京", date="2025-03-02")
    assert not [i for i in plain.initiatives if i.type == "proposal"]  # a title alone, in a text not about proposals


def test_the_place_members_went_to_does_not_take_the_publishers_own_name(pipeline):
    x = run(pipeline, "市政协组织委员赴重庆市江津区考察。返程后，市政协召开座谈会。区政协主席陪同考察。",
            publisher="cppcc-luzhou-sc", date="2024-05-10")
    assert only(x, "座谈会").organizers == ("cppcc-luzhou-sc",)


def test_many_committees_counted_without_names_are_one_actor(pipeline):
    x = run(pipeline, "2024年，九县(市)政协围绕古城保护开展联合调研。", date="2024-06-01")
    item = only(x, "联合调研")
    assert len(item.organizers) == 1 and item.organizers[0].startswith("unknown-")
    assert [m.label for m in x.mentions if m.kind == "body"] == ["九县(市)政协"]


def test_a_surname_after_a_title_is_no_recipient(pipeline):
    x = run(pipeline, "6月3日，州政协主席、党组书记向某主持召开州政协党组第9次会议。", publisher="cppcc-ganzi-sc")
    assert only(x, "党组第9次会议").organizers == ("cppcc-ganzi-sc",)
    sent = run(pipeline, "县政协向十四届二次会议提交了调研报告。", publisher="cppcc-zhongxian")
    assert not [i for i in sent.initiatives if i.type == "meeting"]


def test_a_briefing_meeting_named_as_where_is_no_second_briefing(pipeline):
    x = run(pipeline, "区政协召开重点提案办理情况通报会。通报会上，委员们踊跃发言。", publisher="cppcc-rongchang",
            date="2021-09-10")
    assert len(x.initiatives) == 1


def test_a_proposal_numbered_in_a_session_and_two_names_of_one_meeting(pipeline):
    x = run(pipeline, "5月26日，泸州市政协召开九届二次会议第88号重点提案《关于加快赤水河流域生态保护的建议》"
                      "办理协商会暨“护好一江清水、建设美丽赤水河”工作推进会。", date="2023-05-27")
    assert len(x.initiatives) == 1  # not the session, and one event of two names


def test_a_meeting_first_named_as_where_things_happened_is_a_meeting(pipeline):
    x = run(pipeline, "6月2日，县政协组织委员赴园区察看项目进展。\n\n在座谈会上，委员们就园区配套提出建议。",
            publisher="cppcc-zhongxian", date="2024-06-03")
    assert len([i for i in x.initiatives if i.type == "meeting"]) == 1
    told = run(pipeline, "县政协召开座谈会，听取意见。在座谈会上，委员们踊跃发言。", publisher="cppcc-zhongxian",
               date="2024-06-03")
    assert len([i for i in told.initiatives if i.type == "meeting"]) == 1  # the meeting just told


def test_work_told_in_someones_quoted_words_is_work(pipeline):
    x = run(pipeline, "大足区政协召开常委会会议。“下一步，我们将围绕石刻文化保护开展专题调研。”区政协主席王某说。")
    item = only(x, "专题调研")
    assert item.organizers == ("cppcc-dazu",) and item.status == PLANNED
    assert "石刻文化保护" in item.label
    named = run(pipeline, "大足区政协开展“有事来商量”活动。")  # a quoted name stays a name
    assert [i.type for i in named.initiatives] == ["campaign"]


def test_a_preparatory_meeting_is_a_meeting_and_a_wish_is_no_work(pipeline):
    x = run(pipeline, "6月2日，渝川黔20市州区县政协在秀山召开联席协作会议预备会。"
                      "秀山县政协主席说，希望各方以务实合作推动跨区域协商再上台阶。")
    assert [i.type for i in x.initiatives] == ["meeting"]
    assert x.initiatives[0].joint_sichuan_chongqing


def test_the_items_of_a_schedule_announced_are_planned_meetings(pipeline):
    x = run(pipeline, "区政协十届五次会议将于2月3日上午开幕、5日下午闭幕。其中：3日上午举行开幕会，下午组织分组讨论；"
                      "4日上午举行大会发言，随后举行闭幕会。会议秘书处宣传组组长介绍了有关情况。", date="2026-01-28")
    items = x.initiatives
    assert [i.type for i in items] == ["meeting"] * 5
    assert all(i.status == PLANNED for i in items)


def test_a_row_of_photo_captions_is_one_activity_each(pipeline):
    para = "过去一年，区政协紧扣中心大局，组织委员深入一线察看民生项目，围绕乡村振兴开展专题调研，形成调研报告。"
    x = run(pipeline, "区政协主席甲某视察“智慧社区”建设\n\n区政协副主席乙某视察老旧小区改造\n\n"
                      f"区政协副主席丙某视察梯田保护项目\n{para}\n区政协组织委员视察老旧小区改造工作，提出建议。")
    labels = sorted(i.label for i in x.initiatives if i.type == "inspection")
    # the caption the body tells again is told once; the quote marks of a name stay balanced
    assert labels == ["智慧社区建设视察", "梯田保护项目视察", "老旧小区改造视察"]
    retold = [i for i in x.initiatives if "老旧小区" in i.label]
    assert len(retold) == 1 and "工作" in retold[0].evidence.text  # the body's telling


def test_a_session_announced_and_its_press_conference_are_meetings(pipeline):
    x = run(pipeline, "1月8日上午，某市政协三届二次会议新闻发布会举行。记者从发布会上了解到，本次会议将于1月12日开幕、"
                      "15日闭幕，会期3天半。", date="2026-01-08")
    press, session = x.initiatives
    assert "新闻发布会" in press.label and press.status != PLANNED
    assert session.label == "市政协三届二次会议" and session.status == PLANNED


def test_advice_and_oversight_for_a_cause_are_work_on_that_cause(pipeline):
    x = run(pipeline, "一年来，巫溪县政协为发展生态旅游建真言，为农村饮水安全真监督，为山区产业振兴献良策、谋思路。")
    assert [(i.type, i.label) for i in x.initiatives] == [
        ("consultation", "发展生态旅游建真言"), ("supervision", "农村饮水安全真监督"), ("consultation", "山区产业振兴献良策")]
    assert all(i.organizers == ("cppcc-wuxi",) for i in x.initiatives)
    assert not run(pipeline, "委员们积极出主意、想办法。").initiatives  # no cause named: a manner of speaking


def test_proposals_counted_under_a_theme_are_work_on_that_theme(pipeline):
    x = run(pipeline, "会议期间，委员们履职热情高涨。围绕产业转型升级，提出提案120件；围绕养老服务，提出提案86件。"
                      "大会共收到提案206件。", date="2025-01-20")
    assert [(i.type, i.label) for i in x.initiatives] == [("proposal", "提案：产业转型升级"), ("proposal", "提案：养老服务")]
    assert sorted(m.value for m in x.metrics) == [86, 120, 206]
    assert not run(pipeline, "五年来，委员共提交提案3200件。").initiatives  # a tally without a theme


def test_a_township_named_like_a_district_is_no_district(pipeline):
    x = run(pipeline, "座谈会上，南坪、龙门、江北、铜元等街道负责人先后发言。江北街道介绍了经验。")
    assert not [m for m in x.mentions if m.entity == "jiangbei"]
    assert [m.entity for m in run(pipeline, "江北区政协在江北召开座谈会。").mentions if m.kind == "place"] == ["jiangbei"]


def test_members_by_residence_are_a_group_and_author_the_proposals_listed(pipeline):
    x = run(pipeline, "1月10日上午，十三届省政协一次会议隆重开幕。12名住遂省政协委员积极履职，共提交提案15件。\n"
                      "其中，王某提交了提案《关于加快甲地水网建设的建议》《关于支持乙地职业教育发展的建议》；"
                      "李某提交了提案《关于推动丙地康养产业发展的建议》。", date="2023-01-11")
    group = [m for m in x.mentions if m.label == "住遂省政协委员"]
    assert len(group) == 1 and group[0].cls == "MemberGroup"
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert [i.label for i in proposals] == ["提案：加快甲地水网建设", "提案：支持乙地职业教育发展", "提案：推动丙地康养产业发展"]
    assert all(i.organizers == (group[0].entity,) for i in proposals)


def test_a_proposal_a_member_brings_is_a_proposal_on_its_subject(pipeline):
    x = run(pipeline, "省政协委员赵某此次参会带来了关于山区学校营养餐保障的专项提案。", date="2025-01-20")
    assert [(i.type, i.label) for i in x.initiatives] == [("proposal", "提案：山区学校营养餐保障")]
    insights = run(pipeline, "报到现场，委员们或交流调研心得，或把调研中发现的问题写进提案。", date="2025-01-20")
    assert not [i for i in insights.initiatives if i.type == "research"]  # what research gave, not research


def test_both_sides_national_members_are_the_joint_group(pipeline):
    x = run(pipeline, "这两件建议都是川渝两省市全国政协委员共同联名提出的。", date="2022-03-12")
    assert [m.entity for m in x.mentions if m.kind == "body"] == ["chuanyu-national-members"]


def test_a_topical_meeting_held_and_a_recital_are_work_and_a_progress_report_heard_is_its_business(pipeline):
    x = run(pipeline, "3月5日，县政协召开专题会议，听取建县60周年纪念活动筹备进展情况汇报。"
                      "县政协组织的经典诵读朗诵会在县文化馆举行。", publisher="cppcc-wulong", date="2025-03-06")
    assert [i.type for i in x.initiatives] == ["meeting", "event"]


def test_where_the_work_went_names_it_and_a_full_time_vice_chair_only_attends(pipeline):
    x = run(pipeline, "6月，荣昌区政协与内江市政协组成联合视察组，到内荣协同发展先行区开展视察。")
    assert [i.label for i in x.initiatives] == ["内荣协同发展先行区视察"]
    told = run(pipeline, "农工党中央副主席某某到遂宁调研。农工党四川省委会专职副主委某某参加调研。", date="2024-05-06")
    assert [i.type for i in told.initiatives] == ["research"]


def test_a_meetings_agenda_announced_and_events_held_during_it(pipeline):
    x = run(pipeline, "据悉，川黔渝20区县政协第三届联席会议将于9月2日在秀山召开，本次会议以生态旅游为主题，"
                      "将围绕线路共建、客源互送等方面进行协商交流。", date="2024-08-20")
    assert [(i.type, i.status) for i in x.initiatives] == [("meeting", PLANNED)]  # the agenda is its business
    held = run(pipeline, "8日，为期两天的乌江沿线重要节点城市政协“护好一江碧水”协商议政会在彭水举行。"
                         "会议期间还举行了鱼苗放流活动。", date="2024-09-09")
    assert [i.type for i in held.initiatives] == ["consultation", "event"]
    assert [m.surface for m in held.mentions if m.kind == "body"] == ["乌江沿线重要节点城市政协"]
    assert not run(pipeline, "区文旅委举办各类展演、节庆等活动。").initiatives


def test_a_group_discussion_set_for_a_half_day_is_a_sitting_of_its_own(pipeline):
    x = run(pipeline, "县政协十一届四次会议将于1月9日开幕。其中：9日上午举行开幕大会，下午分组讨论；10日上午分组讨论，"
                      "下午举行闭幕会。", date="2026-01-05")
    assert [i.type for i in x.initiatives].count("meeting") == 5
    assert len([i for i in x.initiatives if "分组讨论" in i.evidence.text]) == 2


def test_a_partner_joined_with_tong_acts_in_its_clause_only(pipeline):
    x = run(pipeline, "一年来，省政协举行议政性常委会会议，还同重庆市政协联合举办“共建巴蜀文化旅游走廊”远程协商会。"
                      "以乡村振兴为履职重点，组织开展“乡村振兴我建言”网络议政活动。", date="2021-01-20")
    remote, online = [i for i in x.initiatives if i.type == "consultation"]
    assert set(remote.organizers) == {"sc-cppcc", "cq-cppcc"} and remote.joint_sichuan_chongqing
    assert online.organizers == ("sc-cppcc",) and not online.joint_sichuan_chongqing


def test_what_attendees_say_and_consultation_as_a_means_are_no_work_of_their_own(pipeline):
    x = run(pipeline, "区政协召开协商座谈会。与会委员围绕停车难、管护难等问题建言献策。"
                      "前期的充分准备为协商会议的召开打下了基础。区政协主席某某就以协商助推基层治理提出要求。"
                      "某某认为此次协商选题准、调研实。随后召开了意见交换会。", publisher="cppcc-fuling", date="2023-04-07")
    assert [i.type for i in x.initiatives] == ["meeting", "meeting"]


def test_a_partner_written_after_its_city_is_still_a_partner(pipeline):
    x = run(pipeline, "今年以来，九龙坡区政协积极融入双城经济圈建设，与成都市武侯区政协开展联合调研。", delivered="2024-11-20")
    assert set(x.initiatives[0].organizers) == {"cppcc-jiulongpo", "cppcc-wuhou-sc"}
    assert x.initiatives[0].joint_sichuan_chongqing


@pytest.mark.parametrize("date, year", [("2024-12-20", 2024), ("2024-01-20", 2023)])
def test_a_year_end_review_looks_back_over_its_own_year(pipeline, date, year):
    x = run(pipeline, "一年来，区政协紧扣中心工作，组织委员开展专题调研。", delivered=date)
    assert x.report.period == Period(year, year)


def test_a_meeting_named_after_the_work_it_marks_is_the_meeting_alone(pipeline):
    x = run(pipeline, "《綦江抗战史料选编》出版发行座谈会召开\n\n3月2日，綦江区政协召开《綦江抗战史料选编》出版发行座谈会。"
                      "该书的出版将为研究地方历史提供参考。", delivered="2022-03-03")
    assert [(i.type, i.organizers) for i in x.initiatives] == [("meeting", ("cppcc-qijiang",))]


def test_sichuan_session_and_standing_committee_pages(pipeline):
    x = run(pipeline, "四川省政协十二届第十二次常务委员会议7月2日在蓉举行。副省长某某应邀出席，并向大会通报全省生态环境保护情况。"
                      "会议深入学习贯彻省委十一届七次全会精神，围绕“建设长江上游生态屏障”协商议政。", delivered="2020-07-03")
    assert [i.type for i in x.initiatives] == ["meeting", "consultation"]  # the report to it is its business
    decided = run(pipeline, "政协绵阳市第十五届委员会常务委员会第三十次会议决定：政协绵阳市第十六届委员会"
                            "第一次会议于2023年2月20日至23日在绵阳举行。", delivered="2023-02-10")
    meeting, session = decided.initiatives
    assert meeting.status != PLANNED and session.status == PLANNED  # dated after the text was written
    report = run(pipeline, "关于提案工作情况的报告\n——在市政协十六届二次会议上\n各位委员：\n八届二次会议及闭会后收到提案362件。")
    assert [i.label for i in report.initiatives] == ["市政协十六届二次会议"]  # where the report was given; no time frame
    group = run(pipeline, "1月9日下午，县政协七届三次会议接着举行小组讨论。", delivered="2026-01-23")
    assert [i.type for i in group.initiatives] == ["meeting", "meeting"]  # the session and its sitting
    campaign = run(pipeline, "市政协扎实推进“同心建设美丽四川”绵阳行动。", delivered="2025-12-20")
    assert [i.type for i in campaign.initiatives] == ["campaign"]


def test_named_work_listed_as_the_means_of_results_is_one_item_each(pipeline):
    x = run(pipeline, "一年来，县政协通过“院坝协商”化解邻里纠纷、“双联”活动助力产业发展，持续拓展履职载体。")
    assert [(i.type, i.label, i.evidence.text) for i in x.initiatives] == [
        ("consultation", "院坝协商", "通过“院坝协商”化解邻里纠纷"), ("campaign", "双联活动", "“双联”活动助力产业发展")]


def test_three_committees_that_reached_out_and_met_across_the_border(pipeline):
    x = run(pipeline, "開江縣政協得知此事後，隨即組織委員實地察看、入戶走訪、交流座談。同時主動與重慶開州區、梁平區政協溝通，"
                      "多次電話聯系。8月3日上午，三地政協聯動協商正式開始。有委員呼籲，三地攜手，共同推進道路改造。")
    visit, talks = x.initiatives  # the forms of one visit; what members called for is no work
    assert visit.type == "research" and visit.organizers == ("cppcc-kaijiang-sc",)
    assert set(talks.organizers) == {"cppcc-kaijiang-sc", "cppcc-kaizhou", "cppcc-liangping"}
    assert talks.joint_sichuan_chongqing


def test_slogans_of_lines_of_work_information_sent_up_and_an_election_sitting(pipeline):
    slogans = run(pipeline, "二是坚持围绕中心履职，聚焦营商环境参政议政，聚焦乡村建设调研协商，聚焦基层治理民主监督，"
                            "持续提升履职质效。", publisher="cppcc-tongnan")
    assert not slogans.initiatives  # a run of parallel lines of work
    assert [i.type for i in run(pipeline, "区政协聚焦乡村建设调研协商。").initiatives] == ["consultation"]
    info = run(pipeline, "县政协掌握情况后，立即以社情民意信息的形式向县政府反映。", publisher="cppcc-wuxi")
    assert [(i.type, i.label) for i in info.initiatives] == [("information", "社情民意信息")]
    assert not run(pipeline, "坚持重大事项请示报告，年初向县委请示报告全年协商计划、重点调研课题。").initiatives
    assert [i.type for i in run(pipeline, "大会闭幕前，举行了选举会议。").initiatives] == ["meeting"]
    assert not run(pipeline, "委员们从协商议事桌走进田间地头。").initiatives


def test_more_forms_of_session_news_and_interviews(pipeline):
    x = run(pipeline, "报告指出，2027年，省政协常委会要坚持团结和民主两大主题，深入推进共建美丽四川专项行动。", delivered="2027-01-20")
    assert [(i.type, i.status) for i in x.initiatives] == [("campaign", PLANNED)]
    sitting = run(pipeline, "在闭幕会前召开的第二次全体会议上，会议选举了新增补的常务委员。", publisher="sc-cppcc")
    assert [i.type for i in sitting.initiatives] == ["meeting"]
    assert not run(pipeline, "川渝党政联席会议第五次会议提出，共建特色产业集群。").initiatives  # not the CPPCC's
    aid = run(pipeline, "一年来，省政协围绕稳就业积极建言出力，集中帮扶甘孜某县。", publisher="sc-cppcc")
    assert [i.type for i in aid.initiatives] == ["consultation", "other"]


def test_a_proposal_is_its_authors_and_who_takes_it_up_is_a_partner(pipeline):
    x = run(pipeline, "区妇联主动吸纳九三学社綦江区委会等提交的有关提案。", publisher="cppcc-qijiang")
    women, party = [m.entity for m in x.mentions if m.kind == "body"]
    assert x.initiatives[0].organizers == (party,) and x.initiatives[0].partners == (women,)


def test_a_subject_declared_for_the_year_and_a_format_word_are_read_right(pipeline):
    x = run(pipeline, "今年，区政协将老旧小区适老化改造作为年度重点协商议题，组织委员走访12个社区，并召开专题协商会提出建议。",
            publisher="cppcc-nanan")
    assert all("适老化改造" in i.label for i in x.initiatives)
    joint = run(pipeline, "会议期间，住川渝全国政协委员召开联组座谈会，共同商议川渝文旅融合发展联名提案选题。")
    assert "联名提案选题" in joint.initiatives[0].label  # 联组 says how they met, not what about


def test_where_the_work_went_and_what_it_was_both_name_it(pipeline):
    x = run(pipeline, "6月3日，区政协组织委员赴仙女山景区开展品质提升专题调研。", publisher="cppcc-wulong")
    assert x.initiatives[0].label == "仙女山景区品质提升专题调研"
    township = run(pipeline, "县政协组织委员到清水乡村民家中走访。", publisher="cppcc-pengshui")
    assert [m.surface for m in township.mentions if m.kind == "place"] == ["清水乡"]  # a township by its own name
