"""Issue 12, the round of field trips, mid-year reviews, outcomes told later, village
consultations across the border and agreements between committees: the forms its blind sets
showed, read as their readers would.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import only, organizer_labels, run

_SIX = ["政协内江市委员会", "政协自贡市委员会", "政协泸州市委员会",
        "政协重庆市荣昌区委员会", "政协重庆市永川区委员会", "政协重庆市大足区委员会"]


def test_places_listed_before_a_region_and_a_count_are_each_their_committee(pipeline):
    x = run(pipeline, "2025年，内江、自贡、泸州和重庆荣昌、永川、大足等川南渝西6市区政协在泸州联合举办某某论坛。")
    (forum,) = x.initiatives
    assert sorted(organizer_labels(x, forum)) == sorted(_SIX)
    assert forum.joint_sichuan_chongqing


def test_the_count_said_again_is_the_same_committees(pipeline):
    x = run(pipeline, "2025年，内江、自贡、泸州和重庆荣昌、永川、大足等川南渝西6市区政协在泸州联合举办某某论坛，"
                      "六市区政协共同发出协作倡议。")
    call = next(i for i in x.initiatives if "倡议" in i.evidence.text)
    assert sorted(organizer_labels(x, call)) == sorted(_SIX)


def test_a_committee_backing_others_work_takes_part_in_it(pipeline):
    x = run(pipeline, "2024年，省政协支持泸州市、内江市和重庆市荣昌区、永川区政协开展联合视察。")
    (seen,) = x.initiatives
    assert sorted(organizer_labels(x, seen)) == sorted(["政协泸州市委员会", "政协内江市委员会",
                                                         "政协重庆市荣昌区委员会", "政协重庆市永川区委员会"])
    assert list(seen.partners) == ["sc-cppcc"]


def test_those_backed_go_on_in_the_next_clause(pipeline):
    x = run(pipeline, "2021年，市政协支持万达开三地政协围绕示范区建设开展联动履职，联合报送社情民意信息46篇。")
    sent = next(i for i in x.initiatives if i.type == "information")
    assert sorted(sent.organizers) == ["cppcc-dazhou-sc", "cppcc-kaizhou", "cppcc-wanzhou"]


def test_a_committee_that_acts_itself_with_others_still_organises(pipeline):
    x = run(pipeline, "2024年，省政协与重庆市政协开展联合视察。")
    (seen,) = x.initiatives
    assert sorted(organizer_labels(x, seen)) == ["政协四川省委员会", "政协重庆市委员会"]


def test_both_sides_after_the_two_committees_joint_plan_are_those_two(pipeline):
    x = run(pipeline, "2025年1月15日讯 去年，省政协支持泸州市、内江市和重庆市荣昌区、永川区政协开展联合视察。\n\n"
                      "据悉，按照川渝政协年度联合履职工作计划，双方商定，今年将围绕成渝地区中部崛起开展联合调研。")
    planned = next(i for i in x.initiatives if i.type == "research")
    assert sorted(planned.organizers) == ["cq-cppcc", "sc-cppcc"]


def test_hosts_told_in_their_own_clauses_hold_the_event_after_them(pipeline):
    x = run(pipeline, "2024年5月10日讯 由市政协文化文史委员会主办，潼南区政协协办，川渝政协文史工作交流活动在潼南举办。")
    (event,) = x.initiatives
    assert event.label == "川渝政协文史工作交流活动"
    assert sorted(organizer_labels(x, event)) == ["政协重庆市委员会文化文史和学习委员会", "政协重庆市潼南区委员会"]
    assert "sc-cppcc" in event.partners
    assert event.joint_sichuan_chongqing


def test_an_activity_with_no_committee_in_its_name_held_somewhere_is_no_work_of_theirs(pipeline):
    x = run(pipeline, "日前，一场跨江协作交流活动在潼南举行。")
    assert not x.initiatives


_LOOKING_BACK = ("2025年04月16日\n"
                 "4月10日，重庆市政协与四川省政协组成联合回访组，对2022年两地政协联合协商成果的转化情况开展“回头看”。\n\n"
                 "时间拨回到2022年。当年6月，两地政协在成都联合召开某某通道建设专题协商会。\n\n"
                 "据悉，2022年以来，两地政协已围绕某某通道开展联合调研4项，向全国政协联名报送社情民意信息30余篇。")


def test_a_year_inside_what_the_work_looks_at_does_not_date_the_work(pipeline):
    x = run(pipeline, _LOOKING_BACK)
    review = only(x, "回头看")
    assert (review.period.start, review.period.end) == (2025, 2025)


def test_that_year_is_the_year_the_text_named_last(pipeline):
    x = run(pipeline, _LOOKING_BACK)
    sitting = only(x, "专题协商会")
    assert (sitting.period.start, sitting.period.end) == (2022, 2022)


def test_work_counted_since_a_year_spans_the_years_to_the_writing(pipeline):
    x = run(pipeline, _LOOKING_BACK)
    research = only(x, "联合调研")
    assert (research.period.start, research.period.end) == (2022, 2025)
    counted = next(m for m in x.metrics if m.evidence.text.endswith("4项"))
    assert (counted.period.start, counted.period.end) == (2022, 2025)


def test_a_years_work_laid_out_is_the_year_of_the_items_after_it(pipeline):
    x = run(pipeline, "2023年1月10日，县政协召开全会。报告对2023年工作作出安排：县政协将开展系列调研；继续办好“有事来协商”平台。")
    platform = only(x, "有事来协商")
    assert (platform.period.start, platform.period.end) == (2023, 2023)


def test_a_named_team_arriving_is_a_visit(pipeline):
    x = run(pipeline, "2024年5月16日讯 市政协调研组一行来到潼南区，察看琼江治理情况。")
    (visit,) = x.initiatives
    assert visit.type == "research"
    assert "潼南" in visit.label


def test_the_days_of_a_trip_told_after_it_are_its_stops(pipeline):
    x = run(pipeline, "2024年5月16日讯 5月13日至15日，重庆市政协与四川省政协组成联合调研组，围绕嘉陵江航运开展联合调研。"
                      "14日上午，调研组一行来到南充市高坪区，察看船闸运行情况。15日，调研组转赴广安市武胜县，走访航运企业。")
    assert [i.type for i in x.initiatives] == ["research"]


_JOINT_PLAN = ("永川区政协　泸县政协\n\n2026年度毗邻地区协同履职工作要点\n\n"
               "为推进泸永融合发展，经两地政协协商，现就2026年度协同履职工作确定如下要点。\n\n"
               "一、联名报送社情民意信息\n\n两地政协全年联名报送社情民意信息10篇。\n\n"
               "二、召开联席会议\n\n两地政协第四次联席会议于11月在永川区召开。\n")


def test_both_committees_of_a_joint_plan_are_the_two_its_first_line_names(pipeline):
    x = run(pipeline, _JOINT_PLAN)
    sent = only(x, "社情民意信息")
    assert sorted(sent.organizers) == ["cppcc-luxian-sc", "cppcc-yongchuan"]
    assert sent.status == "planned"


def test_the_pairs_numbered_joint_meeting_is_theirs(pipeline):
    x = run(pipeline, _JOINT_PLAN)
    meeting = only(x, "第四次联席会议")
    assert sorted(meeting.organizers) == ["cppcc-luxian-sc", "cppcc-yongchuan"]
    assert not meeting.partners


def test_a_years_priority_work_fixed_before_a_colon_is_to_come(pipeline):
    x = run(pipeline, "2026年1月8日，大竹县政协召开常委会议。会议明确了2026年重点工作：一是年中在大竹承办联席会议，"
                      "重点协商竹产业精深加工；二是与开江县政协组成联合调研组，围绕铜钵河流域生态补偿开展调研。")
    research = only(x, "调研组")
    assert research.status == "planned"
    assert (research.period.start, research.period.end) == (2026, 2026)


def test_a_councils_numbered_sitting_held_is_a_meeting_of_its_members(pipeline):
    x = run(pipeline, "2025年9月8日，梁平区政协与大竹县政协、邻水县政协共同召开明月山毗邻地区政协联席会第三次会议。")
    (meeting,) = x.initiatives
    assert meeting.type == "meeting"
    assert "第三次会议" in meeting.evidence.text
    assert sorted(meeting.organizers) == ["cppcc-dazhu-sc", "cppcc-liangping", "cppcc-linshui-sc"]
    assert meeting.joint_sichuan_chongqing


def test_deliberation_on_a_subject_is_a_consultation(pipeline):
    x = run(pipeline, "2024年7月10日讯 下半年，潼南区政协将筹备好常委会第二次会议，围绕“数字经济赋能传统产业转型”开展专题议政。")
    kinds = {i.type: i for i in x.initiatives}
    assert set(kinds) == {"meeting", "consultation"}
    assert "数字经济" in kinds["consultation"].label
    assert kinds["meeting"].status == kinds["consultation"].status == "planned"


def test_a_sittings_kind_named_for_deliberation_is_no_second_work(pipeline):
    x = run(pipeline, "2024年7月10日讯 潼南区政协召开专题议政性常委会议。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_a_shortcoming_said_to_exist_is_no_work(pipeline):
    x = run(pipeline, "2023年7月10日，潼南区政协召开常委会议。会议指出，个别联合调研存在“联”而不“合”的情况。")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_work_decided_for_a_month_after_a_document_passed_is_to_come(pipeline):
    x = run(pipeline, "2023年7月20日，邻水县政协召开常委会议。会议审议通过了《下半年重点工作安排》，"
                      "决定10月中旬组织部分委员赴渝北区开展“毗邻地区产业协作”专题考察。")
    visit = only(x, "专题考察")
    assert visit.status == "planned"


def test_one_sides_committees_along_the_border_are_a_partner_across_it(pipeline):
    x = run(pipeline, "2025年7月10日讯 上半年，荣昌、大足等区县政协与四川毗邻市县政协开展联合协商。")
    (talks,) = x.initiatives
    assert "四川毗邻市县政协" in organizer_labels(x, talks)
    assert talks.joint_sichuan_chongqing


def test_a_committee_that_also_guides_others_work_takes_part_in_it(pipeline):
    x = run(pipeline, "2025年7月10日讯 上半年，市政协还指导荣昌区政协与隆昌市政协开展联合协商。")
    (talks,) = x.initiatives
    assert sorted(talks.organizers) == ["cppcc-longchang-sc", "cppcc-rongchang"]
    assert list(talks.partners) == ["cq-cppcc"]


def test_a_session_opened_early_in_the_year_after_the_one_its_report_reviews_is_of_that_next_year(pipeline):
    x = run(pipeline, "政协第十四届某市委员会第三次会议，2月26日上午隆重开幕。会议应到委员354名，实到委员332名。"
                      "报告指出，2023年，市政协常委会围绕中心工作深入协商建言。")
    session = x.initiatives[0]
    assert (session.period.start, session.period.end) == (2024, 2024)


def test_committees_backed_in_no_work_do_not_become_the_actors_after(pipeline):
    x = run(pipeline, "2025年1月20日讯 市政协还支持荣昌区政协与内江市东兴区政协共建协商议事厅。\n\n"
                      "民生\n\n围绕托育服务开展协商式监督12次。")
    watch = only(x, "协商式监督")
    assert "cppcc-rongchang" not in watch.organizers


_SESSION_NEWS = ("某县融媒体中心讯 1月19日至23日，政协四川省第十三届委员会第三次会议在成都召开。\n\n"
                 "2024年，安岳县政协与大足区政协联合召开柠檬产业发展协商座谈会。\n\n"
                 "今年，县政协计划重点做好以下工作：一是联合大足区政协，围绕巴蜀文化旅游走廊建设开展专题调研。")


def test_a_text_opening_with_a_session_of_the_year_after_its_own_years_was_written_then(pipeline):
    x = run(pipeline, _SESSION_NEWS)
    planned = only(x, "专题调研")
    assert planned.status == "planned"
    assert (planned.period.start, planned.period.end) == (2025, 2025)
    earlier = only(x, "座谈会")
    assert (earlier.period.start, earlier.period.end) == (2024, 2024)


def test_a_posts_account_line_over_its_date_names_whose_bare_committee_the_post_means(pipeline):
    x = run(pipeline, "广安政协\n2025-01-17 21:05 发表于四川\n\n重庆市政协常委会工作报告里的广安印记\n\n"
                      "1月15日，重庆市政协六届三次会议开幕。重庆市政协常委会工作报告在回顾川渝协作时多次点到广安。\n\n"
                      "2024年，市政协与重庆市合川区政协组织两地委员开展联合巡河。")
    patrol = only(x, "联合巡河")
    assert sorted(patrol.organizers) == ["cppcc-guangan-sc", "cppcc-hechuan"]
    assert patrol.joint_sichuan_chongqing


_THIRTEEN = ("2026年1月20日讯 根据计划，川渝两省市政协今年将联合开展13项重点工作。其中，联合调研3项，"
             "课题分别是“中医药产业协同发展”“嘉陵江航运通道能力提升”“公共服务共建共享”。")


def test_a_kind_counted_then_its_subjects_is_one_work_per_subject(pipeline):
    x = run(pipeline, _THIRTEEN)
    research = [i for i in x.initiatives if i.type == "research"]
    assert len(research) == 3
    assert any("嘉陵江" in i.label for i in research)


def test_the_parts_of_work_announced_to_come_are_to_come_and_the_announcers(pipeline):
    x = run(pipeline, _THIRTEEN)
    for item in x.initiatives:
        assert item.status == "planned"
        assert sorted(item.organizers) == ["cq-cppcc", "sc-cppcc"]


def test_the_parts_of_work_done_to_a_plan_stay_done(pipeline):
    x = run(pipeline, "2026年1月20日讯 会议认为，2025年，两省市政协按照年初商定的计划，共开展联合调研、联合视察和联合协商11项。"
                      "其中，两省市政协围绕川渝共建长江上游航运中心开展联合协商。")
    talks = only(x, "航运中心")
    assert talks.status == "done"


def test_the_outcome_of_work_worked_into_a_proposal_is_labelled_by_what_that_work_was_about(pipeline):
    x = run(pipeline, "2024年6月10日讯 6月8日，两地政协围绕嘉陵江流域水生态保护开展联合视察。两地政协将把此次视察成果整理为联名提案。")
    proposal = next(i for i in x.initiatives if i.type == "proposal")
    assert proposal.label == "联名提案：嘉陵江流域水生态保护"
    assert proposal.status == "planned"


def test_a_time_reckoned_from_the_work_is_no_second_work(pipeline):
    x = run(pipeline, "2024年6月10日讯 6月8日，两地政协组织委员开展联合巡河。巡河前一天，委员们查阅了水质监测资料。")
    assert [i.type for i in x.initiatives] == ["inspection"]


def test_a_celebration_named_as_the_aim_is_no_event_and_collecting_materials_is_work(pipeline):
    x = run(pipeline, "2019年7月10日讯 上半年，万州区政协围绕庆祝中华人民共和国成立70周年，开展文史资料征集工作。")
    (work,) = x.initiatives
    assert work.type == "other"
    assert "文史资料征集" in work.label


def test_a_named_activity_counted_is_that_work(pipeline):
    x = run(pipeline, "2025年7月10日讯 今年以来，广安市政协与重庆市渝北区政协共同举办“渝事好商量·有事来协商”跨区域协商活动2场。")
    (talks,) = x.initiatives
    assert talks.type == "consultation"
    assert talks.joint_sichuan_chongqing


def test_the_two_provinces_committees_meant_by_their_pair_word_with_one_side_named_go_on_past_a_tally(pipeline):
    x = run(pipeline, "2025年1月15日讯 记者从四川省政协十三届三次会议上获悉，过去一年，"
                      "两省市政协联合开展调研视察11项，联合举办巴蜀文化论坛。")
    forum = only(x, "论坛")
    assert sorted(forum.organizers) == ["cq-cppcc", "sc-cppcc"]
    assert not forum.partners
