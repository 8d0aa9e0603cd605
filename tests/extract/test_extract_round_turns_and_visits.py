"""The round of main-city district reports, Sichuan papers' stories, plans led in turn, exchange
visits, prefecture sessions, consultation posts, chairs' tours and Sichuan's special committees:
the smaller rules it added.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _proposals(x):
    return [i for i in x.initiatives if i.type == "proposal"]


# --- proposals a group put forward together, counted ---

def test_a_groups_joint_proposals_counted_over_the_year_are_its_work(pipeline):
    x = run(pipeline, "2025年，泸永江三地政协全年联名提交提案4件，推动跨界河流治理。")
    (found,) = _proposals(x)
    assert len(found.organizers) == 3 and found.joint_sichuan_chongqing


def test_joint_proposals_after_work_the_listed_committees_did_together(pipeline):
    x = run(pipeline, "2023年，梁平区政协、大竹县政协、垫江县政协联合开展视察4次，联名提交提案3件。")
    (found,) = _proposals(x)
    assert sorted(found.organizers) == ["cppcc-dazhu-sc", "cppcc-dianjiang", "cppcc-liangping"]


def test_one_committees_proposals_counted_stay_a_tally(pipeline):
    # guard: a committee's own count of proposals is a statistic, not a proposal
    x = run(pipeline, "2024年，区政协全年提交提案86件，立案72件。")
    assert not _proposals(x)


# --- members' groups named together write the proposals cited after them ---

def test_proposals_cited_after_two_members_groups_named_together_are_both_groups(pipeline):
    x = run(pipeline, "今年两会，住川、住渝全国政协委员共联名提交提案3件。其中包括《关于共建成渝氢走廊的提案》。")
    (titled,) = [i for i in _proposals(x) if "氢走廊" in i.evidence.text]
    assert sorted(titled.organizers) == ["cq-national-members", "sc-national-members"]
    assert titled.joint_sichuan_chongqing


def test_a_members_group_named_alone_writes_alone(pipeline):
    # guard: one group named, the cited proposal is that group's
    x = run(pipeline, "全国两会期间，住渝全国政协委员共提交提案26件。其中包括《关于共建西部陆海新通道物流枢纽的提案》。")
    (titled,) = [i for i in _proposals(x) if "物流枢纽" in i.evidence.text]
    assert list(titled.organizers) == ["cq-national-members"]


# --- the outcome of work just told, to be worked into a proposal or a report ---

def test_the_outcome_of_the_work_told_to_be_worked_into_a_joint_proposal(pipeline):
    x = run(pipeline, "6月，重庆市政协与四川省政协围绕长江上游航运协同开展联合调研。"
                      "此次调研成果将整合形成联名提案，年内报送两省市党委、政府。")
    (found,) = _proposals(x)
    assert found.status == "planned" and found.joint_sichuan_chongqing
    assert "长江上游航运协同" in found.label


def test_the_outcome_to_be_written_up_as_a_report(pipeline):
    x = run(pipeline, "6月，重庆市政协与四川省政协围绕长江上游航运协同开展联合调研。"
                      "此次调研成果将形成《调研专报》，报送两省市党委、政府参阅。")
    assert [(i.type, i.status) for i in x.initiatives if i.type == "publication"] == [("publication", "planned")]


def test_a_meeting_told_again_by_this_is_no_new_work(pipeline):
    # guard: 此次 before a meeting word still points back to the meeting told
    x = run(pipeline, "6月，两地政协在合川召开联席会议。此次会议议程紧凑。")
    assert [i.type for i in x.initiatives] == ["meeting"]


# --- subjects fixed for work to come are dated as that work ---

def test_subjects_fixed_in_a_spring_plan_news_are_of_the_plans_year(pipeline):
    text = ("川渝政协今年将联合开展10项重点工作\n2026-03-05 10:00　来源：某某网\n"
            "记者从重庆市政协获悉，两省市政协近日印发今年联合履职工作计划。\n"
            "联合调研方面，双方确定了2个课题，分别是：“成渝地区低空物流网络建设”“川渝共建国家级种业基地”。\n"
            "回顾2025年，两省市政协共同开展联合调研5项、联合视察2次。")
    x = run(pipeline, text)
    found = [i for i in x.initiatives if "低空物流" in i.evidence.text or "种业基地" in i.evidence.text]
    assert [(i.status, i.period.label()) for i in found] == [("planned", "2026"), ("planned", "2026")]


# --- a trip's stops and remarks about work ---

def test_places_a_team_calls_at_on_its_trip_are_no_new_work(pipeline):
    x = run(pipeline, "5月，重庆市政协和四川省政协联合开展嘉陵江生态保护民主监督性视察。"
                      "视察组沿嘉陵江一路走访了广元市、南充市和合川区。")
    assert [i.type for i in x.initiatives] == ["inspection"]


def test_a_visit_told_first_is_work(pipeline):
    # guard: 走访 that opens the story, with no trip told before it, is work of its own
    x = run(pipeline, "5月，区政协组织委员走访辖区困难群众。")
    assert [i.type for i in x.initiatives] == ["other"]


def test_what_the_work_is_not_is_a_remark(pipeline):
    x = run(pipeline, "他说，民主监督不是“挑刺找茬”，而是帮助政府改进工作。")
    assert not x.initiatives


# --- kinds counted by a pair named at the clause's head, and public reception together ---

def test_kinds_marked_joint_and_counted_by_a_named_pair_are_its_work(pipeline):
    x = run(pipeline, "2024年，铜梁区政协与遂宁市安居区政协开展联合协商3项、联合视察5次。")
    assert sorted(i.type for i in x.initiatives) == ["consultation", "inspection"]
    assert all(i.joint_sichuan_chongqing for i in x.initiatives)


def test_kinds_counted_without_a_mark_of_doing_together_stay_a_tally(pipeline):
    # guard: 与 names who took part in a year's tally; no kind is marked as done together
    x = run(pipeline, "2024年，区政协与区级部门开展协商6项、调研12项。")
    assert not x.initiatives


def test_a_pair_receiving_the_public_together_and_counted_is_its_work(pipeline):
    x = run(pipeline, "2024年，荣昌区政协与隆昌市政协联合接待群众9次，推动解决灌溉用水纠纷。")
    (found,) = x.initiatives
    assert found.type == "other" and found.joint_sichuan_chongqing


def test_a_sessions_closing_announced_is_a_planned_meeting(pipeline):
    x = run(pipeline, "1月12日，政协重庆市大足区第十届委员会第四次会议开幕。会议将于14日上午闭幕。")
    closing = [i for i in x.initiatives if "闭幕" in i.evidence.text]
    assert [(i.type, i.status) for i in closing] == [("meeting", "planned")]


# --- a digest's marked heading of a year's work to come ---

def test_work_under_a_marked_heading_of_next_years_work_is_planned_for_that_year(pipeline):
    text = ("省政协常委会工作报告摘登\n2026-01-22　来源：某某报\n"
            "■2025年工作回顾\n一年来，省政协围绕县域经济开展专题协商。\n"
            "■2026年重点工作\n报告提出，省政协常委会将重点抓好以下工作。一是就“推动低空经济发展”开展专题调研。")
    x = run(pipeline, text)
    (research,) = [i for i in x.initiatives if i.type == "research"]
    assert (research.status, research.period.label()) == ("planned", "2026")


def test_work_under_a_marked_heading_of_the_year_reviewed_stays_done(pipeline):
    # guard: ■2025年工作回顾 is a review's heading, not a plan's
    text = ("省政协常委会工作报告摘登\n2026-01-22　来源：某某报\n"
            "■2025年工作回顾\n一年来，省政协围绕县域经济开展专题协商。")
    x = run(pipeline, text)
    assert [i.status for i in x.initiatives] == ["done"]


def test_items_after_a_years_work_laid_out_are_planned_for_that_year(pipeline):
    text = ("来源：某某报　2025-12-19\n12月18日，市政协经济委员会召开全体会议。"
            "会议对2026年的重点工作作出了安排：一是就算力产业开展专题调研；二是与四川省政协经济委员会联合开展视察。")
    x = run(pipeline, text)
    later = [i for i in x.initiatives if i.type in ("research", "inspection")]
    assert [(i.status, i.period.label()) for i in later] == [("planned", "2026"), ("planned", "2026")]


def test_how_work_should_be_done_is_urged_not_told(pipeline):
    x = run(pipeline, "他说，联合视察要真查真督，不能走过场。")
    assert not x.initiatives


def test_work_with_its_main_points_is_still_work(pipeline):
    # guard: 要点 after the work's word names the work's points, the work is told
    x = run(pipeline, "5月，区政协围绕养老服务开展专题调研，调研要点包括机构运营和人才队伍。")
    assert [i.type for i in x.initiatives] == ["research"]


def test_kinds_marked_joint_by_members_of_both_sides_are_the_groups_work(pipeline):
    x = run(pipeline, "今年以来，两省市政协农业和农村委员会围绕柑橘产业提质，组织两地委员开展联合视察4次、联合调研1次。")
    assert sorted(i.type for i in x.initiatives) == ["inspection", "research"]
    assert all(i.joint_sichuan_chongqing for i in x.initiatives)


# --- the year behind, said outright in a spring story about this year's plan ---

def test_the_year_behind_said_outright_dates_its_clause_in_a_story_about_this_year(pipeline):
    text = ("两省市政协今年将联合开展12项工作\n2026-03-05 10:00　来源：某某网\n"
            "记者从重庆市政协获悉，两省市政协近日印发今年联合履职工作计划。过去一年，两省市政协携手开展联合视察3次。")
    x = run(pipeline, text)
    (visit,) = [i for i in x.initiatives if i.type == "inspection"]
    assert (visit.status, visit.period.label()) == ("done", "2025")


def test_a_year_end_review_looking_back_is_of_its_own_year(pipeline):
    # guard: 一年来 written in December is the year of writing
    text = ("两省市政协年度协作综述\n2025-12-20 10:00　来源：某某网\n"
            "一年来，两省市政协携手开展联合视察3次。")
    x = run(pipeline, text)
    (visit,) = x.initiatives
    assert visit.period.label() == "2025"


# --- a trip's next stage, and a sitting named as where results go ---

def test_a_teams_next_stage_still_to_come_is_work_of_its_own(pipeline):
    x = run(pipeline, "4月，两省市政协联合视察组赴泸州开展视察。视察组将于9月赴宜宾市、江津区开展第二阶段视察。")
    assert [(i.type, i.status) for i in x.initiatives] == [("inspection", "done"), ("inspection", "planned")]


def test_a_sitting_named_as_where_results_are_handed_in_is_no_meeting(pipeline):
    x = run(pipeline, "4月，两省市政协联合调研组赴潼南开展调研。调研成果将报送年底在重庆召开的川渝政协联席会议。")
    assert [i.type for i in x.initiatives] == ["research"]


def test_a_groups_proposals_counted_then_said_what_they_touch_are_a_proposal_on_those_subjects(pipeline):
    x = run(pipeline, "2025年，住渝全国政协委员在全国两会期间提交提案88件，涉及数字经济、城市更新等领域。")
    (found,) = _proposals(x)
    assert "数字经济" in found.label and list(found.organizers) == ["cq-national-members"]


def test_proposals_counted_then_another_count_on_another_field_stay_tallies(pipeline):
    # guard: 围绕 after a count opens the next tally, it does not say what the first touches
    x = run(pipeline, "从内容看，围绕经济发展方面提出提案96件，围绕社会民生方面提出提案121件。")
    assert not [i for i in _proposals(x) if "，" in i.evidence.text]


def test_a_speech_given_together_is_a_speech(pipeline):
    x = run(pipeline, "全国两会期间，住川、住渝全国政协委员还围绕“共建成渝氢走廊”联合作了大会书面发言。")
    (speech,) = x.initiatives
    assert speech.type == "consultation" and speech.joint_sichuan_chongqing


def test_a_joint_written_speech_handed_in_by_its_title_is_a_speech(pipeline):
    x = run(pipeline, "2024年，住川渝全国政协委员向大会提交了题为《共建成渝地区低空经济走廊》的联合书面发言。")
    assert [i.type for i in x.initiatives] == ["consultation"]


# --- a meeting's view of a year named outright reviews that year's work ---

def test_a_meetings_view_of_a_named_year_tells_that_years_work(pipeline):
    x = run(pipeline, "1月10日，遂宁市政协八届四次会议闭幕。会议认为，2024年，市政协与潼南区政协联合开展琼江流域生态保护视察。")
    visit = [i for i in x.initiatives if i.type == "inspection"]
    assert [(i.status, i.period.label()) for i in visit] == [("done", "2024")]


def test_a_meetings_view_without_a_time_stays_a_statement(pipeline):
    # guard: 会议认为 with no time is the meeting's view, no work told
    x = run(pipeline, "会议认为，市政协要与潼南区政协深化联合视察。")
    assert not x.initiatives


# --- work hosted for others ---

def test_work_a_committee_hosts_for_others_is_theirs_the_host_a_partner(pipeline):
    x = run(pipeline, "江津区政协常委会工作报告摘要\n2026-01-08 10:00　来源：重庆政协报\n"
                      "6月，区政协与泸州市合江县政协联合举办协商论坛。10月，区政协还承办了川渝政协“长江岸线生态修复”"
                      "联合视察江津段活动。")
    (visit,) = [i for i in x.initiatives if "承办" in i.evidence.text]
    assert sorted(visit.organizers) == ["cq-cppcc", "sc-cppcc"] and list(visit.partners) == ["cppcc-jiangjin"]


def test_a_body_inside_the_hosted_events_name_is_not_its_owner(pipeline):
    # guard: 承办西部地区政协提案工作座谈会: the group's words name the meeting the committee hosts
    x = run(pipeline, "2022年，市政协承办西部地区政协提案工作座谈会。")
    (meeting,) = x.initiatives
    assert list(meeting.organizers) == ["cq-cppcc"]
