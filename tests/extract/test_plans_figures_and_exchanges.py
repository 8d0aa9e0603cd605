"""Proposal reports counted by author, reviews, plans, law and industry work, and exchanges with
other provinces: the rules of the round after the hundred and thirty-four pages.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _named(x) -> dict[str, str]:
    return {m.entity: m.label for m in x.mentions}


def _labels_of(x, keys) -> list[str]:
    named = _named(x)
    return [named.get(k, k) for k in keys]


def test_proposals_counted_by_their_authors_are_a_proposal_of_those_authors(pipeline):
    # a breakdown by who handed the proposals in: each author's share is their proposal; the
    # members' own share is a kind, a statistic only
    x = run(pipeline, "2022-01-10 来源：某市政协\n本届以来，市政协共收到提案900件。其中，委员个人提案及联名提案800件，"
                      "党派、团体提案60件，专委会提案40件。")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert [i.label for i in proposals] == ["党派、团体提案", "专委会提案"], proposals
    assert "民主党派" in _labels_of(x, proposals[0].organizers)[0]
    assert "专门委员会" in _labels_of(x, proposals[1].organizers)[0]


def test_the_authors_counted_do_not_act_in_the_sentences_after(pipeline):
    x = run(pipeline, "2022-01-10 来源：某市政协\n市政协共收到提案900件。其中，党派、团体提案60件，专委会提案40件。"
                      "经济发展方面最受委员关注，提案数为300件。")
    aspect = next(i for i in x.initiatives if "经济发展" in i.label)
    assert _labels_of(x, aspect.organizers) == ["政协重庆市委员会"], aspect  # (the committee, not 专委会)


def test_a_count_of_collective_proposals_is_labelled_without_its_figure(pipeline):
    x = run(pipeline, "2022-01-10 来源：某区政协\n区政协共收到提案300件，其中民主党派、工商联集体提案12件。")
    proposal = next(i for i in x.initiatives if i.type == "proposal")
    assert proposal.label == "民主党派、工商联集体提案", proposal


def test_parties_and_organisations_counted_together_are_their_collective(pipeline):
    x = run(pipeline, "2022-01-10 来源：重庆市政协\n立案提案中，委员个人提案700件，党派团体集体提案200件。")
    proposal = next(i for i in x.initiatives if i.type == "proposal")
    assert _labels_of(x, proposal.organizers) == ["重庆市各民主党派和人民团体"], proposal


def test_a_review_by_the_proposals_committee_is_work(pipeline):
    # 经提案(审查)委员会审查: the review of the session's proposals; a bare 经审查 only dates the count
    x = run(pipeline, "2023-01-12 来源：某县政协\n县政协十届二次会议期间，委员们共提交提案260件。经提案审查委员会逐件审查，立案230件。")
    review = [i for i in x.initiatives if i.type == "other"]
    assert len(review) == 1 and review[0].label.endswith("提案审查"), x.initiatives
    x = run(pipeline, "2023-01-12 来源：某县政协\n县政协十届二次会议期间，委员们共提交提案260件。经提案委员会审查，立案230件。")
    assert [i.type for i in x.initiatives] == ["other"], x.initiatives
    x = run(pipeline, "2023-01-12 来源：某县政协\n县政协十届二次会议期间，委员们共提交提案260件。经审查，立案230件。")
    assert not [i for i in x.initiatives if i.type == "other"], x.initiatives


def test_a_meeting_of_all_an_organs_members_is_a_meeting(pipeline):
    x = run(pipeline, "2020-07-03 来源：某市政协\n7月2日，市政协社法委召开2020年上半年全体成员会议。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives


def test_a_councils_sitting_that_consults_is_a_consultation(pipeline):
    # 常委(扩大)会议专题协商X: the sitting is the subject that consults, no verb before it
    x = run(pipeline, "2024-09-04 来源：某市政协\n9月3日下午，绵竹市政协常委(扩大)会议专题协商校园安全工作，市政协主席到会讲话。")
    assert [i.type for i in x.initiatives] == ["consultation"], x.initiatives
    assert "校园安全工作" in x.initiatives[0].label


def test_sites_researched_are_no_venue(pipeline):
    # 调研宗教活动场所: the sites are what the research is about; a consultation's 议事场所 is a venue
    x = run(pipeline, "2022-03-03 来源：某县\n3月2日，市政协副主席戴某带队调研营山县宗教活动场所，了解政策落实情况。")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives


def test_a_leaders_stops_during_research_are_no_work_of_their_own(pipeline):
    x = run(pipeline, "2022-03-03 来源：某县\n3月2日，市政协副主席戴某带队调研营山县宗教活动场所。"
                      "调研中，戴某先后走访了佛寺、县佛教协会等宗教场所和团体。")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives


def test_organs_written_bare_do_not_outvote_the_committee_named_in_full(pipeline):
    # a district's text with no metadata: 常委 and 常委会 written bare are its own organ's, not the
    # city's, however often they occur
    x = run(pipeline, "重庆市巴南区政协在贯彻全国两会精神中，推出三项举措。在全体常委集中视察的基础上，"
                      "还拟以“乡村振兴”为主题开展视察；分批次对常委进行培训。")
    named = {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}
    assert named["常委"] == "巴南区政协常务委员", named
    assert {k for i in x.initiatives for k in i.organizers} == {"cppcc-banan"}, x.initiatives


def test_work_named_as_the_ground_of_other_work_is_no_work(pipeline):
    x = run(pipeline, "2024-03-20 来源：某区政协\n在全体常委集中视察的基础上，区政协还拟以“乡村振兴”为主题开展视察。")
    assert [(i.type, i.status) for i in x.initiatives] == [("inspection", "planned")], x.initiatives


def test_a_consultation_meeting_presided_over_is_the_one_just_told(pipeline):
    x = run(pipeline, "2019-11-09 来源：某报\n11月8日上午，省政协举行专题协商会，围绕推动四川建设内陆开放高地建言献策。"
                      "副省长李某某到会。省政协副主席张某某主持协商会。")
    assert [i.type for i in x.initiatives] == ["consultation"], x.initiatives


def test_what_a_government_leader_or_government_tells_the_committee_is_no_work_of_its_own(pipeline):
    # 副省长某某 introduced with a government post: what that person does alone, and what the
    # government will keep telling the committee, is heard, no briefing of the committee's
    x = run(pipeline, "2019-11-09 来源：某报\n11月8日上午，省政协举行专题协商会，围绕推动四川建设内陆开放高地建言献策。"
                      "副省长李某某到会。李某某向与会人员通报了省政府近期的重点安排。"
                      "他说，省政府今后将定期向省政协通报有关进展。")
    assert [i.type for i in x.initiatives] == ["consultation"], x.initiatives
    x = run(pipeline, "2019-11-09 来源：某报\n11月8日上午，省政协举行专题协商会。省政协副主席李某某向大家通报了重点提案办理情况。")
    assert [i.type for i in x.initiatives] == ["consultation", "briefing"], x.initiatives  # (a CPPCC leader's: work)


def test_a_sitting_held_before_the_closing_is_a_meeting_of_its_own(pipeline):
    # 在闭幕会之前举行的选举会上: the election sitting, though the session was just told
    x = run(pipeline, "2025-01-12 来源：某区政协\n区政协七届三次会议于1月12日闭幕。在大会闭幕前召开的选举大会上，邹某当选为区政协主席。")
    assert [(i.type, i.label) for i in x.initiatives][1:] == [("meeting", "选举大会")], x.initiatives
    x = run(pipeline, "2025-01-12 来源：某市政协\n市政协十三届三次会议闭幕。在闭幕会之前举行的选举会上，田某当选。")
    assert [i.type for i in x.initiatives] == ["meeting", "meeting"], x.initiatives


def test_a_proposal_a_member_prepared_or_brought_is_labelled_by_what_it_is_about(pipeline):
    x = run(pipeline, "2024-01-10 来源：某市政协\n市政协委员张某说：“今年我准备了一份关于完善社区养老服务的提案。”")
    assert [i.label for i in x.initiatives] == ["提案：完善社区养老服务"], x.initiatives
    x = run(pipeline, "2024-01-10 来源：某市政协\n“我带来了推动数字乡村建设的建议。”市政协委员李某说。")
    assert [i.label for i in x.initiatives] == ["提案：推动数字乡村建设"], x.initiatives
    x = run(pipeline, "2024-01-10 来源：某市政协\n“带来了一份关于培育技能人才的建议”“今年准备了一份关于完善社区养老服务的提案”，委员们纷纷说。")
    assert [i.label for i in x.initiatives] == ["提案：培育技能人才", "提案：完善社区养老服务"], x.initiatives


def test_proposals_brought_and_listed_item_by_item_are_one_each_labelled_by_their_heads(pipeline):
    x = run(pipeline, "2026-01-20 来源：某县政协\n县政协委员王某介绍，她今年带来了两项建议：一是加强乡村饮水工程管护，通过更新管网、"
                      "落实专人维护等，保障群众喝上放心水；二是改进基层医疗服务，补齐设备短板，方便群众就近看病。")
    assert [i.label for i in x.initiatives] == ["提案：加强乡村饮水工程管护", "提案：改进基层医疗服务"], x.initiatives


def test_a_party_groups_meeting_said_to_be_held_after_its_name_is_a_meeting(pipeline):
    x = run(pipeline, "2024-02-04 来源：某市政协\n2月3日，眉山市政协党组(扩大)会在市政协机关召开，学习贯彻市委全会精神。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives
    assert "党组(扩大)会" in x.initiatives[0].label


def _figures(x) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in x.metrics]


def test_figures_inside_names_and_words_are_no_statistics(pipeline):
    # 二十支部 (a branch's name), 101项目 (a project's name), 零件 (a word), 2020年2期 (an issue),
    # a policy package quoted bare (增长“20条”): none counts the committee's work
    x = run(pipeline, "2022-05-10 来源：某区政协\n民盟江北十二支部在社区设立了法律服务点。考察组来到东方机械202项目建设现场。"
                      "产业发展面临原料零件等方面的制约。市里制定实施稳住经济增长“20条”。区政协开展视察3次，成立5个支部。")
    assert _figures(x) == [(3, "次"), (5, "个")], x.metrics
    x = run(pipeline, "来源：某某杂志 2021年5期\n区政协开展视察3次。")
    assert _figures(x) == [(3, "次")], x.metrics


def test_a_places_own_extent_after_a_lead_is_no_statistic(pipeline):
    x = run(pipeline, "2022-03-03 来源：某县\n市政协副主席带队调研营山县宗教活动场所。\n据了解，营山县现有5种宗教、4个宗教团体，登记宗教场所41处。")
    assert not x.metrics, x.metrics


def test_a_speakers_workplace_before_the_post_does_not_bring_the_proposals(pipeline):
    # 某镇党委宣传委员某某说，她今年带来了两项建议: the member speaks; the township's Party committee
    # is where she works, not who proposes
    x = run(pipeline, "2026-01-20 来源：某县\n报到参加垫江县政协十一届六次会议的委员陆续抵达。\n"
                      "杠家镇党委宣传委员王某说，她今年带来了两项建议：一是加强河道治理；二是优化医保制度。")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    named = {m.entity: m.label for m in x.mentions}
    assert len(proposals) == 2 and all("党委" not in named.get(k, k) for i in proposals for k in i.organizers), proposals


def test_a_places_two_sessions_are_one_collective_named_by_the_place(pipeline):
    # 两会 bare: the sessions of the place the text is about; after a place's name or a level word
    # (重庆两会, 省“两会”): that place's; 全国两会 stays the nation's
    x = run(pipeline, "2025-01-20 来源：某市政协\n泸州市政协召开会议。省“两会”期间，市政协委员积极建言。"
                      "两会期间，委员们积极履职。重庆两会也已召开。全国两会将于3月召开。")
    named = [(m.evidence.text, m.label) for m in x.mentions if "两会" in m.label]
    assert named == [("省“两会”", "四川省两会"), ("两会", "泸州市两会"), ("重庆两会", "重庆市两会"),
                     ("全国两会", "全国两会")], named


def test_work_a_time_is_reckoned_from_is_no_work_told(pipeline):
    # 这是继X之后…: the earlier work dates the new one; it is told, if at all, elsewhere
    x = run(pipeline, "2024-07-10 来源：某县政协\n7月9日，市政协调研组围绕危岩地灾防治开展界别协商实地调研。"
                      "这是继2022年8月，市政协赴忠县、石柱开展民主监督视察后，就此事的又一次跟进。")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives


def test_a_bare_city_committee_in_the_sichuan_provinces_text_is_no_chongqing_committee(pipeline):
    # 省政协常委、市政协主席某某 at Sichuan's session: some Sichuan city's committee, so a speech on
    # 川渝 border areas is not joint work
    x = run(pipeline, "1月18日下午，省政协十二届五次会议召开第二次全体会议。会上，省政协常委、市政协主席陈某就加快川渝毗邻地区融合发展作大会发言。")
    named = {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}
    assert named["市政协"] == "市政协", named
    assert not any(i.joint_sichuan_chongqing for i in x.initiatives), x.initiatives
    x = run(pipeline, "1月18日，省政协十二届五次会议召开第二次全体会议。会上，省政协常委、市政协主席陈某介绍了重庆推进毗邻地区融合发展的经验。")
    named = {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}
    assert named["市政协"] == "政协重庆市委员会", named  # (Chongqing named: its committee)


def test_a_titled_speech_named_with_the_committee_that_heard_it_is_a_speech(pipeline):
    x = run(pipeline, "2025-01-20 来源：农工党某市委\n会上，赵某代表农工党眉山市委会作了题为《补齐短板，推动县域医疗水平提升》的市政协大会发言。")
    assert [(i.type, i.label) for i in x.initiatives] == [("consultation", "大会发言：补齐短板，推动县域医疗水平提升")], x.initiatives
