"""District features: a reporting tour named with its media (媒体采访报道活动) is an event of the
office that organises it; the way a body keeps to in its work (注重以开放的手段开展协商) tells no
work.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_a_reporting_tour_named_with_its_media_is_an_event(pipeline):
    x = run(pipeline, "2025-09-11 来源：某某网\n日前，市政协办公厅组织的“同心走基层”媒体采访报道活动来到綦江区。")
    assert [(i.type, i.organizers) for i in x.initiatives] == [("event", ("cq-cppcc-general-office",))], x.initiatives


def test_the_way_of_working_kept_to_is_no_consultation(pipeline):
    x = run(pipeline, "2025-09-11 来源：某某网\n此外，区政协注重以灵活的方式开展协商，协商地点因事而定。")
    assert x.initiatives == (), x.initiatives


def test_consultation_kept_to_a_place_is_still_work(pipeline):
    """A dated consultation told with where it was held is work told, not a way kept to."""
    x = run(pipeline, "2025-09-11 来源：某某网\n8月5日，区政协注重在社区院坝开展协商，围绕老旧小区改造听取群众意见。")
    assert [i.type for i in x.initiatives] == ["consultation"], x.initiatives


def test_a_place_at_the_head_of_its_committees_brand_of_consultation_stands_for_the_committee(pipeline):
    """某区已累计组织“渝事好商量”协商活动N场: a feature that writes the district for its committee."""
    x = run(pipeline, "2025-09-11 来源：某某网\n今年以来，璧山区已累计组织“渝事好商量”协商活动45场。")
    assert [(i.type, i.organizers) for i in x.initiatives] == [("consultation", ("cppcc-bishan",))], x.initiatives


def test_a_place_at_the_head_of_other_work_does_not(pipeline):
    x = run(pipeline, "2025-09-11 来源：某某网\n今年以来，璧山区开展安全生产大检查。")
    assert all("cppcc-bishan" not in i.organizers for i in x.initiatives), x.initiatives


def test_proposals_the_members_wrote_during_the_session_are_theirs(pipeline):
    """全会期间，委员们…，还积极撰写了相关提案N件: the members at the sentence's head write them."""
    x = run(pipeline, "2020-05-20 来源：某某报\n1月12日，市政协五届三次会议开幕。全会期间，委员们踊跃建言，还积极撰写了相关提案120余件。",
            publisher="cq-cppcc")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert [i.organizers for i in proposals] == [("cq-cppcc-members",)], x.initiatives


def test_proposals_the_committee_organised_stay_the_committees(pipeline):
    x = run(pipeline, "2020-05-20 来源：某某报\n市政协组织委员撰写提案120余件。", publisher="cq-cppcc")
    assert [i.organizers for i in x.initiatives if i.type == "proposal"] == [("cq-cppcc",)], x.initiatives


def test_a_press_conference_named_as_where_during_a_session_is_a_sitting_of_its_own(pipeline):
    x = run(pipeline, "2020-05-20 来源：某某报\n1月12日，市政协五届三次会议开幕。会议期间，委员们在专题记者会上回答了记者提问。",
            publisher="cq-cppcc")
    assert [i.type for i in x.initiatives] == ["meeting", "meeting"], x.initiatives


def test_an_inspection_teams_name_is_no_supervision(pipeline):
    """市委第六巡回督查组成员某某到会指导: a team named, not a supervision told."""
    x = run(pipeline, "发布时间：2022-01-20\n区政协十二届三次会议开幕。市委第三督查组成员某某到会。", publisher="cppcc-hechuan")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives


_LECTURE = ("2019-09-26 来源：某县政协\n9月24日，县政协“委员讲堂”第十二期在某镇白柚基地开讲。本期讲堂以“白柚提质增效”为题，"
            "由县政协委员孙某某主讲。县政协主席陈某某参加活动。她表示，“委员讲堂”走进田间地头，是政协委员服务乡村振兴的一种新尝试。"
            "下一步，县政协将把收集到的意见建议梳理成提案，交有关部门办理。")


def test_this_issue_of_the_lecture_is_the_one_just_told(pipeline):
    x = run(pipeline, _LECTURE)
    assert [i.type for i in x.initiatives if i.type == "study"] == ["study"], x.initiatives


def test_a_speaker_judging_the_work_tells_no_work(pipeline):
    x = run(pipeline, _LECTURE)
    assert not [i for i in x.initiatives if "新尝试" in i.evidence.text or "走进田间" in i.evidence.text], x.initiatives


def test_advice_to_be_turned_into_proposals_is_a_planned_proposal(pipeline):
    x = run(pipeline, _LECTURE)
    assert [(i.type, i.status) for i in x.initiatives if i.type == "proposal"] == [("proposal", "planned")], x.initiatives


def test_the_visitors_next_stop_named_by_the_visitor_is_a_stop(pipeline):
    """…市政协主席某某在甲、乙调研…。在乙，某某来到X公司…。某某还调研了Y建设: a stop of that research."""
    x = run(pipeline, "2023-06-27 来源：某区政协\n6月19日至21日，市政协主席唐某某在潼南、大足调研毗邻地区协同发展情况。"
                      "在大足，唐某某来到某科技公司，询问产品应用情况。唐某某还调研了某公园政协委员工作室建设。")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives


def test_those_at_a_meeting_who_also_visit_do_new_work(pipeline):
    x = run(pipeline, "2021-05-20 来源：某某网\n5月18日，两地政协在潼南召开协同发展论坛。当天下午，与会人员还考察了某国家湿地公园。")
    assert [i.type for i in x.initiatives] == ["meeting", "research"], x.initiatives


def test_a_district_special_committee_for_proposals_and_members_named_in_full(pipeline):
    """九龙坡区政协提案和委员联络委员会组织委员开展专题视察: that special committee acts, not its committee."""
    x = run(pipeline, "2024-05-10 来源：某区政协\n九龙坡区政协提案和委员联络委员会组织委员开展专题视察。")
    assert [m.cls for m in x.mentions if m.kind == "body"] == ["SpecialCommittee"], x.mentions
    assert x.initiatives[0].organizers != ("cppcc-jiulongpo",), x.initiatives


def test_counted_kinds_of_work_with_no_subject_are_a_statistic_only(pipeline):
    """开展专题协商4项、视察9次, 召开专题议政性常委会2次: counted kinds of work; no initiative."""
    x = run(pipeline, "报告显示，一年来，市政协召开专题议政性常委会2次，开展专题协商4项。", publisher="cppcc-dazhou-sc")
    assert x.initiatives == (), x.initiatives
    assert sorted(m.value for m in x.metrics) == [2, 4], x.metrics


def test_counted_work_on_a_subject_stays_work(pipeline):
    x = run(pipeline, "报告显示，一年来，市政协围绕乡村振兴开展专题调研3次。", publisher="cppcc-dazhou-sc")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives


def test_the_work_built_on_and_a_meetings_time_agreed_tell_no_work(pipeline):
    """在成功召开X会议的基础上，与相关区县协商…会议召开时间及地点: a ground and an arrangement."""
    x = run(pipeline, "2024-01-20 来源：某某网\n区政协在成功召开“某某公园建设区县政协首届联席会议”的基础上，"
                      "同有关区县协商下一届联席会议筹备会的召开时间及地点。", publisher="cppcc-qijiang")
    assert x.initiatives == (), x.initiatives


def test_a_guidance_teams_name_tells_no_study(pipeline):
    x = run(pipeline, "2024-01-20 来源：某某网\n主题学习教育中央第三指导组组长某某对此表示肯定。区政协开展党史学习教育。",
            publisher="cppcc-qijiang")
    assert [i.type for i in x.initiatives] == ["study"], x.initiatives


def test_the_nth_event_of_the_year_retold_is_the_one_just_told(pipeline):
    x = run(pipeline, "2020-06-10 来源：重庆市政协\n市政协举行网络议政远程协商会。这是市政协今年举办的第二场网络议政远程协商活动。")
    assert [i.type for i in x.initiatives] == ["consultation"], x.initiatives
