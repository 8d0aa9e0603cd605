"""Runs of years, party units' working committees, chairs leading work, older years, training
and members' stories, and the National CPPCC's visits: the rules of the round after the
sixty-one pages.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _body_labels(x) -> dict[str, str]:
    return {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}


def test_a_partys_working_committee_belongs_to_the_partys_committee_of_the_place_above(pipeline):
    # 工委: a working committee the city's (or prefecture's) committee keeps in a district
    x = run(pipeline, "2024-03-02 来源：某区\n九三学社北碚区工委组织社员围绕嘉陵江岸线治理开展调研。")
    assert _body_labels(x)["九三学社北碚区工委"] == "九三学社重庆市委员会北碚区工作委员会"
    x = run(pipeline, "2024-03-02 来源：某县\n农工党邻水县工委组织党员开展义诊。")
    assert _body_labels(x)["农工党邻水县工委"] == "中国农工民主党广安市委员会邻水县工作委员会"
    x = run(pipeline, "2024-03-02 来源：某区\n民盟北碚区委组织盟员开展调研。")
    assert _body_labels(x)["民盟北碚区委"] == "中国民主同盟重庆市北碚区委员会"  # a committee, not a working one


def test_a_bare_district_committee_in_a_text_naming_only_the_city_is_a_committee_of_its_own(pipeline):
    # companies named after 重庆 tell no district: 区政协 is the unnamed district's, not dropped
    x = run(pipeline, "2024-03-01 来源：某报\n2月28日，区政协主席王某来到港口物流园，走访调研委员企业。"
                      "当天，王某一行先后来到重庆某某机械有限公司、重庆市某某建材有限公司。")
    research = [i for i in x.initiatives if i.type == "research"]
    assert [m.label for m in x.mentions if m.kind == "body"] == ["区政协"]
    assert len(research) == 1 and research[0].organizers == (next(m.entity for m in x.mentions if m.kind == "body"),)


def test_a_talk_held_with_people_met_on_the_way_is_a_meeting(pipeline):
    x = run(pipeline, "2024-04-10 来源：某县\n4月9日，县政协调研组实地察看了蔬菜基地，并与镇村干部、种植大户代表面对面座谈交流。")
    assert [i.type for i in x.initiatives] == ["inspection", "meeting"], x.initiatives
    x = run(pipeline, "2024-04-10 来源：重庆政协报\n当天，市政协调研组还与各区县政协负责同志就委员履职管理进行了座谈。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives
    assert "委员履职管理" in x.initiatives[0].label


def test_bodies_visited_before_a_talk_do_not_hold_it(pipeline):
    # 看望了A和B并进行座谈: A and B are whom the leader called on, not the talk's holders
    x = run(pipeline, "2024-04-10 来源：重庆政协报\n市政协主席到某区调研，看望了区政协委员和机关工作人员并进行座谈。")
    meeting = next(i for i in x.initiatives if i.type == "meeting")
    named = {m.entity: m.label for m in x.mentions}
    assert [named.get(k, k) for k in meeting.organizers] == ["政协重庆市委员会"], meeting


def test_members_called_out_to_the_front_of_a_crisis_are_a_campaign(pipeline):
    x = run(pipeline, "2020-02-05 来源：某区政协\n疫情发生后，区政协动员全区政协委员和机关干部，积极投身到社区排查、物资保障等疫情防控一线。")
    assert [i.type for i in x.initiatives] == ["campaign"], x.initiatives
    x = run(pipeline, "2020-02-05 来源：某区政协\n疫情发生后，许多委员积极投身到社区排查等疫情防控一线。")
    assert not x.initiatives, x.initiatives  # (no call: what members did, no campaign)


def test_a_gift_given_through_channels_is_work_and_a_sum_of_gifts_is_a_statistic(pipeline):
    x = run(pipeline, "2020-02-20 来源：某县政协\n县政协系统通过多种渠道捐款26万余元，捐赠口罩1万个。")
    assert [i.type for i in x.initiatives] == ["other", "other"], x.initiatives
    x = run(pipeline, "2020-02-20 来源：某县政协\n在外乡友纷纷为家乡捐赠物资。据统计捐款85万元。")
    assert [i.evidence.text for i in x.initiatives if "85万元" in i.evidence.text] == []


def test_a_verb_after_a_committee_is_no_part_of_its_organs_name(pipeline):
    x = run(pipeline, "2025-03-20 来源：某区\n日前，区政协开展文史委支部及“书香致远”委员工作室联学活动。")
    # (文史委支部: the special committee's branch, named with it in one run)
    assert "区政协" in _body_labels(x) and "文史委支部" in _body_labels(x), _body_labels(x)


def test_a_studio_named_after_a_conjunction_is_a_studio_and_verbs_name_none(pipeline):
    x = run(pipeline, "2025-03-20 来源：某区\n区政协文史委支部与同心聚力委员工作室开展联学。会议要求，要借助委员工作室平台，"
                      "交流讨论委员工作室年度计划，增强委员工作室凝聚力。")
    studios = [m.surface for m in x.mentions if m.kind == "body" and m.surface.endswith("委员工作室")]
    assert studios == ["同心聚力委员工作室"], studios


def test_places_listed_before_one_committees_organ_each_have_that_organ(pipeline):
    # 甲市、乙县政协农业委: the two committees' agriculture committees, not the city's committee
    x = run(pipeline, "2022-06-02 来源：某市\n广安市、邻水县政协农业农村委组织农业界委员到某村开展送科技下乡活动。")
    labels = _body_labels(x)
    assert labels["广安市"] == "广安市政协农业和农村委员会", labels
    assert labels["邻水县政协农业农村委"] == "邻水县政协农业和农村委员会", labels
    work = x.initiatives[0]
    named = {m.entity: m.label for m in x.mentions}
    assert sorted(named[k] for k in work.organizers) == ["广安市政协农业和农村委员会", "邻水县政协农业和农村委员会"]


def test_a_chair_researching_at_a_place_does_the_research(pipeline):
    x = run(pipeline, "2024-05-15 来源：四川在线\n5月14日，省政协主席王某某在宜宾调研。他强调，要扎实推动各项部署落地见效。")
    assert [(i.type, i.organizers) for i in x.initiatives] == [("research", ("sc-cppcc",))], x.initiatives


def test_an_organs_numbered_sitting_being_prepared_is_a_planned_meeting(pipeline):
    x = run(pipeline, "2021-04-02 来源：某市政协\n会议强调，要积极筹备市政协第十二次常委会议，确保会议取得实效。")
    assert [(i.type, i.status) for i in x.initiatives] == [("meeting", "planned")], x.initiatives
    assert "第十二次常委会议" in x.initiatives[0].label


def test_receiving_petitioners_on_a_visit_is_work_of_its_own(pipeline):
    x = run(pipeline, "2024-05-20 来源：重庆政协报\n市政协副主席某某参加调研，随后接访群众，还指导县政协工作。")
    assert [i.type for i in x.initiatives] == ["other", "other"], x.initiatives


def test_a_quoted_studio_right_after_its_committee_is_named_with_it_and_again_without(pipeline):
    x = run(pipeline, "2025-02-18 来源：某区\n南川区政协“金佛议事”委员工作室召开年度工作部署会。会上，“金佛议事”委员工作室召集人通报了全年计划。")
    studios = [(m.surface, m.label) for m in x.mentions if m.kind == "body" and m.label.endswith("委员工作室")]
    assert studios == [("南川区政协“金佛议事”委员工作室", "南川区政协“金佛议事”委员工作室"),
                       ("“金佛议事”委员工作室", "南川区政协“金佛议事”委员工作室")], studios
    named = {m.entity: m.label for m in x.mentions}
    assert [named[k] for k in x.initiatives[0].organizers] == ["南川区政协“金佛议事”委员工作室"]


def test_the_sittings_a_sessions_schedule_counts_are_meetings_of_that_session(pipeline):
    x = run(pipeline, "2025-01-08 来源：某市政协\n市政协六届三次会议将于1月12日开幕，会期4天。会议期间，安排了3次全体会议，"
                      "4次小组会议，1次提案审查会，列席市人大会议开幕会。")
    sittings = [(i.label, i.status, i.period.label()) for i in x.initiatives if "scheduled-sitting" in i.rules]
    assert sittings == [("市政协六届三次会议全体会议", "planned", "2025"), ("市政协六届三次会议小组会议", "planned", "2025"),
                        ("市政协六届三次会议提案审查会", "planned", "2025")], x.initiatives


def test_a_quoted_concentrated_campaign_is_a_campaign(pipeline):
    x = run(pipeline, "2022-05-10 来源：某市政协\n市县政协系统开展“送医送技”集中活动月，组织委员深入乡村。")
    assert [i.type for i in x.initiatives] == ["campaign"], x.initiatives


def test_a_zones_office_and_a_committees_academy_are_working_organs(pipeline):
    x = run(pipeline, "2022-10-12 来源：某市\n近日，某某高新区、临港经济区政协工作站揭牌成立。县政协书画院与县书协联合举办书画展。")
    labels = _body_labels(x)
    assert labels.get("临港经济区政协工作站") == "临港经济区政协工作站", labels
    assert labels.get("县政协书画院") == "县政协书画院", labels
    assert not [m for m in x.mentions if m.kind == "body" and m.label.startswith("政协临港")], labels


def test_a_verb_of_carrying_out_is_no_part_of_a_places_name(pipeline):
    x = run(pipeline, "2026-01-10 来源：某区\n区政协工委认真落实区委和区政协党组的部署，围绕中心建言献策。")
    assert not [m for m in x.mentions if m.kind == "body" and "落实" in m.label], _body_labels(x)


def test_the_words_of_a_meeting_whose_spirit_is_conveyed_tell_no_work(pipeline):
    x = run(pipeline, "2024-05-06 来源：某区政协\n会上，区政协文史委负责人传达了全市文史资料编撰工作座谈会精神。")
    assert not [i for i in x.initiatives if i.type == "publication"], x.initiatives
