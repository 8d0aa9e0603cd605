"""Figures of what a committee looked at, and the other rules of the round of the emergency,
livelihood, business, brand and portal pages.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _values(x) -> list[float]:
    return [m.value for m in x.metrics]


def test_a_government_offices_own_results_are_no_statistic(pipeline):
    # an office of the state as the subject, nothing of the committee's business in the sentence
    x = run(pipeline, "2024-06-03 来源：某县政协\n县政协组织委员视察全县安全生产工作。某县应急管理局狠抓隐患排查，"
                      "实现辖区生产安全事故起数连续6年下降。")
    assert 6 not in _values(x), x.metrics


def test_an_office_handling_the_committees_business_keeps_its_figures(pipeline):
    # the same office with proposals or suggestions in the sentence: the committee's figures
    x = run(pipeline, "2024-06-03 来源：某县政协\n县应急管理局现场认领委员建议15条。")
    assert 15 in _values(x), x.metrics
    x = run(pipeline, "2024-06-03 来源：某县政协\n其中由县委、县政府领导领衔督办的重点提案8件。")
    assert 8 in _values(x), x.metrics


def test_figures_of_a_place_pointed_at_again_describe_what_was_seen(pipeline):
    x = run(pipeline, "2024-06-03 来源：某区政协\n区政协委员走进某小区听取居民意见。据负责人介绍，该小区住户1200户，现有停车位300个。"
                      "委员们收集意见建议20条。")
    values = _values(x)
    assert 1200 not in values and 300 not in values, x.metrics
    assert 20 in values, x.metrics


def test_a_firms_or_works_figures_are_no_statistic(pipeline):
    x = run(pipeline, "2024-06-03 来源：某区政协\n区政协主席率队调研园区建设。某某新材料有限公司今年将投产8条生产线。"
                      "某某河大桥共需浇筑桥墩40个。")
    assert not x.metrics, x.metrics


def test_visiting_firms_counted_stays_a_statistic(pipeline):
    # a count of the firms or cooperatives the committee visited is its work counted
    x = run(pipeline, "2024-06-03 来源：某区政协\n调研组先后走访种养合作社、家庭农场等经营主体15家，发放问卷200余份。")
    assert _values(x) == [15, 200], x.metrics


def test_a_call_to_join_an_effort_is_a_campaign(pipeline):
    # 动员/号召…投身X and a mobilisation order sent out: the committee's campaign; a call given as the
    # purpose of other work (为进一步动员…投身X) is none
    x = run(pipeline, "2020-02-10 来源：某县政协\n疫情发生后，县政协迅速动员全体委员和机关干部积极投身疫情防控一线。")
    assert [i.type for i in x.initiatives] == ["campaign"], x.initiatives
    x = run(pipeline, "2022-08-20 来源：某区政协\n区政协第一时间向全体委员发出防汛救灾动员令。")
    assert [i.type for i in x.initiatives] == ["campaign"], x.initiatives
    x = run(pipeline, "2020-02-10 来源：某县政协\n为进一步动员全县政协委员积极投身乡村振兴，县政协召开专题会议。")
    assert "campaign" not in [i.type for i in x.initiatives], x.initiatives


def test_a_bracketed_photo_caption_tells_no_work(pipeline):
    # (图为…调研): a caption retelling the story's stops, in brackets on a line of its own
    x = run(pipeline, "2020-06-10 来源：某区政协\n区政协主席一行到某镇调研社区便民服务建设。\n（图为区政协主席一行在某社区便民服务站调研）")
    assert len(x.initiatives) == 1, x.initiatives


def test_goods_given_are_counted_in_their_own_units(pipeline):
    # masks by the piece (只), gloves and goggles by the pair (副), disinfectant by the kilo (公斤)
    x = run(pipeline, "2020-03-02 来源：某县政协\n县政协委员向一线医护人员捐赠口罩3万只、手套2000副、消毒液800公斤。")
    assert sorted((m.value, m.unit) for m in x.metrics) == [(800, "公斤"), (2000, "副"), (30000, "只")], x.metrics


def test_livestock_sold_is_the_economys_figure(pipeline):
    x = run(pipeline, "2021-05-02 来源：某县政协\n县政协调研肉牛产业发展。当地肉兔年出栏量达到120万只。")
    assert not x.metrics, x.metrics


def test_a_places_economy_and_what_it_has_built_are_its_own_figures(pipeline):
    x = run(pipeline, "2025-03-02 来源：某市政协\n市政协召开民营经济座谈会。2024年，某市民营经济稳中向好，新增市场主体1.2万户，"
                      "增加值占比达到58%。")
    assert not x.metrics, x.metrics
    x = run(pipeline, "2025-03-02 来源：綦江区政协\n区政协视察森林防火工作。据介绍，綦江区建有防火监控中心2个，视频监控系统36套。")
    assert not x.metrics, x.metrics


def test_a_branded_consultation_meeting_told_by_where_it_went_is_held(pipeline):
    # “X”协商议事会开进某村, “X·Y”协商会议正在召开: the consultation, held where people live
    x = run(pipeline, "2024-07-10 来源：泸州市政协\n7月9日，泸州市政协“有事来协商”协商议事会开进某镇某村。")
    assert [i.type for i in x.initiatives] == ["consultation"], x.initiatives
    x = run(pipeline, "2024-07-10 来源：泸州市政协\n7月9日，某村“有事来协商·院落议事”协商会议正在召开，村民代表围坐一起商量村道维护。")
    assert len(x.initiatives) == 1 and x.initiatives[0].evidence.text.startswith("某村“有事来协商"), x.initiatives


def test_a_ceremony_giving_a_plaque_is_a_meeting(pipeline):
    x = run(pipeline, "2022-06-01 来源：眉山市政协\n5月31日，眉山市政协委员某某工作室授牌仪式在某镇便民服务中心举行。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives


def test_volunteering_joined_is_work(pipeline):
    # 参与/开展…志愿服务: volunteering done; a volunteers' team or a service station is no work
    x = run(pipeline, "2022-09-01 来源：某区政协\n汛期，区政协组织60余名委员深入乡镇参与防汛志愿服务。")
    assert [i.type for i in x.initiatives] == ["other"], x.initiatives
    x = run(pipeline, "2022-09-01 来源：某区政协\n区政协委员志愿服务队成立于2019年。")
    assert not x.initiatives, x.initiatives


def test_titles_listed_under_their_kinds_are_a_proposal_each(pipeline):
    # 集体提案《甲》和个人提案《乙》《丙》: three proposals, each on its title
    x = run(pipeline, "2022-03-01 来源：江北区政协\n区政协委员提交的集体提案《关于加强社区养老服务的建议》和个人提案"
                      "《关于完善农村公路养护机制的建议》《关于助推商圈发展的建议》获评优秀提案。")
    labels = [i.label for i in x.initiatives if i.type == "proposal"]
    assert labels == ["提案：加强社区养老服务", "提案：完善农村公路养护机制", "提案：助推商圈发展"], labels


def test_a_visitors_further_stops_are_the_visit_told(pipeline):
    # 一行还到A、B等地就X进行调研: more stops of the research just told, no research of its own
    x = run(pipeline, "2023-05-10 来源：某县政协\n5月9日，市政协副主席一行来我县调研文旅融合发展。座谈会后，"
                      "张某一行还到县博物馆、某古镇等地就文物保护利用情况进行调研。")
    assert [i.type for i in x.initiatives].count("research") == 1, x.initiatives


def test_a_speakers_urging_goes_on_in_the_paragraphs_later_sentences(pipeline):
    # 某某指出，…。镇政协工作联络组要…。要引导群众…参与基层协商。: what should be done, no work told
    x = run(pipeline, "2023-04-10 来源：某县政协\n县政协主席一行到某镇调研政协工作联络组建设。某某指出，乡镇是基层治理的重要阵地。"
                      "镇街政协工作组要带头履职，积极开展协商活动。要引导群众有序参与基层协商。")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives


def test_a_list_broken_by_a_comma_keeps_its_verb(pipeline):
    # 率队深入A、B,C等3所学校视察调研: the clause of the list's tail takes the verb its head had
    x = run(pipeline, "2020-05-10 来源：某市政协\n5月9日，市政协副主席率部分委员深入甲中学、乙小学,丙职业学校等3所学校视察调研。")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives


def test_a_caption_line_without_a_credit_retells_the_story(pipeline):
    # 市政协委员在某职中视察调研 on a line of its own after the story: a photo's caption, no work again
    x = run(pipeline, "2020-05-10 来源：某市政协\n5月9日,市政协副主席率部分委员深入甲职中、乙职中视察调研职业教育发展情况。\n\n"
                      "市政协委员在甲职中视察调研\n\n市政协委员在乙职中视察调研\n\n每到一所学校,委员们都认真察看实训基地。")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives


def test_a_places_two_sessions_never_act(pipeline):
    # 两会 is when and where, not who: the press conference is the committee's, the proposal a member's
    x = run(pipeline, "2020-01-10 来源：四川省政协\n2022年四川省两会首场新闻发布会在成都举行。")
    assert x.initiatives and all("两会" not in k for i in x.initiatives for k in i.organizers), x.initiatives
    labels = {m.entity: m.label for m in x.mentions}
    assert all(not labels.get(k, "").endswith("两会") for i in x.initiatives for k in i.organizers), x.initiatives


def test_a_leaders_words_on_a_visit_are_studied_not_done(pipeline):
    # 会议传达了某某在调研X时的强调精神: the leader's words, passed on; no research of the committee's
    x = run(pipeline, "2023-06-02 来源：某区政协\n6月1日，区政协召开主席会议，传达了市委书记在调研推动制造业转型升级时的强调精神。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives


def test_a_national_vice_chair_leading_a_team_is_the_national_research_delegation(pipeline):
    # 全国政协副主席某某率调研组: the National Committee's research delegation, as 率全国政协调研组 says;
    # a second post of the leader (某党中央常务副主席) names no second organiser
    x = run(pipeline, "2023-05-10 来源：人民网\n全国政协副主席胡某率调研组到四川调研。"
                      "全国政协副主席、中国致公党中央常务副主席王某率调研组到浙江调研。")
    assert [i.organizers for i in x.initiatives] == [("national-cppcc-research-group",)] * 2, x.initiatives


def test_a_proposal_brought_this_time_is_told_by_what_it_is_about(pipeline):
    # 这次带来了与X(的)相关(的)建议: the member's proposal on X, brought to this session
    x = run(pipeline, "2024-01-20 来源：四川新闻网\n省政协委员张某说，这次带来了与川南康养产业发展的相关建议。")
    assert [i.label for i in x.initiatives] == ["提案：川南康养产业发展"], x.initiatives


def test_a_proposal_written_on_a_theme_is_a_proposal(pipeline):
    # 围绕X撰写了提案: a member's proposal on X; 撰写提案 as what members should do is none
    x = run(pipeline, "2022-03-01 来源：人民政协报\n她围绕推动西部金融中心建设撰写了提案。")
    assert [i.type for i in x.initiatives] == ["proposal"] and "西部金融中心" in x.initiatives[0].label, x.initiatives


def test_a_commendation_meeting_is_a_meeting(pipeline):
    x = run(pipeline, "2021-03-10 来源：绵阳市政协\n3月9日，市政协召开2020年度优秀委员、优秀提案表扬会。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives


def test_a_session_about_to_open_is_planned(pipeline):
    x = run(pipeline, "2024-01-05 来源：合江县政协\n政协第九届合江县委员会第四次会议召开在即，委员们陆续报到。")
    assert [i.status for i in x.initiatives if i.type == "meeting"] == ["planned"], x.initiatives


def test_work_on_a_day_before_the_text_was_written_is_done_whatever_plan_frames_it(pipeline):
    # 根据工作计划，12月14日，…召开: the plan is the frame, the day has passed; a day after it is to come
    x = run(pipeline, "2020-12-15 来源：某市政协\n根据年度工作计划，12月14日，市政协召开课题结题评审会。")
    assert [i.status for i in x.initiatives] == ["done"], x.initiatives
    x = run(pipeline, "2020-12-15 来源：某市政协\n根据年度工作计划，12月24日，市政协召开课题结题评审会。")
    assert [i.status for i in x.initiatives] == ["planned"], x.initiatives
