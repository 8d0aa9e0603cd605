"""Oversight by consultation (协商式监督) is supervision work, and a line of work a committee
keeps to (坚持民主监督定位) or the strength it draws on (发挥民主监督优势) is no work told.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_oversight_by_consultation_is_supervision_on_its_subjects(pipeline):
    x = run(pipeline, "2024-06-02 来源：某区政协\n今年以来，区政协聚焦河道污染治理、老旧小区改造等开展协商式监督。")
    found = [i for i in x.initiatives if i.type == "supervision"]
    assert len(found) == 1 and "河道污染治理" in found[0].label, x.initiatives


def test_a_line_kept_to_or_a_strength_drawn_on_is_no_work(pipeline):
    for text in ("2024-06-02 来源：某区政协\n区政协坚持协商式监督定位，不断完善工作机制。",
                 "2024-06-02 来源：某区政协\n区政协坚持民主监督定位，不断完善工作机制。",
                 "2024-06-02 来源：某区政协\n我们充分发挥政协民主监督优势，为推进乡村振兴汇聚力量。"):
        assert not run(pipeline, text).initiatives, text


def test_proposals_put_forward_by_members_themselves_are_a_kind_not_authors(pipeline):
    x = run(pipeline, "2023-03-08 来源：四川省政协\n今年确定的12件重点提案中，由省政协专门委员会提出的提案2件，由委员个人提出的提案3件。")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert len(proposals) == 1 and "专门委员会" in proposals[0].evidence.text, x.initiatives
    assert sorted(m.value for m in x.metrics if m.measure == "proposals_received") == [2, 3], x.metrics


def _bodies(x) -> set[str]:
    return {m.label for m in x.mentions if m.kind == "body"}


def test_a_studio_named_by_words_of_its_own_is_a_body(pipeline):
    x = run(pipeline, "2023-06-02 来源：某区政协\n区政协主席某某调研了金桂湖政协委员工作室，并到同心委员工作室看望委员。"
                      "会上，教育界委员工作室牵头人作了发言。")
    assert {"金桂湖政协委员工作室", "同心委员工作室", "教育界委员工作室"} <= _bodies(x), x.mentions


def test_studios_spoken_of_in_general_name_none(pipeline):
    x = run(pipeline, "2023-06-02 来源：某区政协\n全区建成委员工作室12个，打造了示范委员工作室3个，"
                      "还调研了首批委员工作室，了解委员工作室运行情况。")
    assert not [b for b in _bodies(x) if b.endswith("工作室")], x.mentions


def test_a_bare_committee_with_its_term_is_the_pages_own_city(pipeline):
    text = ("2月6日，政协眉山市第五届委员会第四次会议闭幕。市委、市政府领导出席。"
            "部分驻市省政协委员列席会议。五届市政协委员和市政协机关干部参加会议。")
    labels = {m.evidence.text: m.label for m in run(pipeline, text).mentions if m.kind == "body"}
    assert labels["市委"] == "中共眉山市委" and labels["五届市政协委员"] == "眉山市政协委员", labels
    assert labels["驻市省政协委员"] == "驻市省政协委员", labels  # (provincial members living there, a group)


def test_a_regions_council_of_chairs_holds_its_numbered_meeting_once(pipeline):
    text = "9月10日，乌蒙山片区政协主席联席会第二次会议在某县开幕。联席会旨在推动片区协同发展。"
    x = run(pipeline, text)
    assert "乌蒙山片区政协主席联席会" in _bodies(x), x.mentions
    assert [i.evidence.text for i in x.initiatives] == ["乌蒙山片区政协主席联席会第二次会议在某县开幕"], x.initiatives


def test_a_reposts_readings_between_two_words_of_one_meetings_name_make_no_second_meeting(pipeline):
    text = "9月10日,烏蒙山片區(qū)政協(xié)主席聯(lián)席會(huì)第二次會(huì)議在某縣開(kāi)幕。"
    x = run(pipeline, text)
    assert len([i for i in x.initiatives if i.type == "meeting"]) == 1, x.initiatives


def test_a_plenum_whose_decisions_work_follows_and_study_at_a_meeting_are_no_work_of_their_own(pipeline):
    x = run(pipeline, "2024-01-20 来源：某区政协\n一年来，区政协紧紧围绕区委五届八次全会决策部署，扎实履职。")
    assert not x.initiatives, x.initiatives
    x = run(pipeline, "2024-11-08 来源：某县政协\n11月7日，县政协召开十五届四十次主席会议。会议专题学习中央有关会议精神。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives


def test_proposals_broken_down_by_bare_aspects_are_one_proposal_each_counting_what_the_total_counts(pipeline):
    x = run(pipeline, "2025-01-09 来源：某县政协\n县政协提案委已收到提案120件，其中，乡村振兴40件，城市管理50件，教育卫生30件。"
                      "截至目前，已办结100件，留作参考20件。")
    assert [i.label for i in x.initiatives if i.type == "proposal"] == ["提案：乡村振兴", "提案：城市管理", "提案：教育卫生"], x.initiatives
    parts = {m.value: m for m in x.metrics if m.part_of is not None}
    assert {parts[v].measure for v in (40, 50, 30)} == {"proposals_received"}, x.metrics


def test_a_second_chair_listed_after_a_named_committees_chair_is_the_other_sides(pipeline):
    text = ("甲乙两地政协联合书画展开幕\n9月28日，铜梁、合川两地政协联合举办的书画作品展在我区开幕。"
            "合川区政协主席张某、区政协主席李某共同启幕。合川区政协副主席王某，区政协副主席赵某陪同。")
    labels = [(m.evidence.text, m.label) for m in run(pipeline, text).mentions if m.evidence.text == "区政协"]
    assert labels[0][1] == "政协重庆市铜梁区委员会", labels  # (a committee has one chair: the second is the other side's)
    assert labels[1][1] == "政协重庆市合川区委员会", labels  # (vice-chairs are many: one committee's two)


def test_collective_proposals_of_bodies_listed_with_etc_are_theirs(pipeline):
    x = run(pipeline, "2022-12-27 来源：乐山市政协\n经审查立案200件。其中，委员个人和联名提案180件，市级民主党派、工商联和政协专门委员会等集体提案20件。")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert len(proposals) == 1 and len(proposals[0].organizers) == 3, x.initiatives


def test_a_title_after_what_it_addresses_and_的_is_the_proposal_cited(pipeline):
    x = run(pipeline, "2023-03-02 来源：某报\n住渝全国政协委员准备了多件联名提案。无论是涉及多省的《关于共建长江上游湿地保护网络的建议》，"
                      "还是针对城乡供水的《关于加快建设渝西水资源配置工程的建议》，都呼吁国家加大支持力度。")
    labels = [i.label for i in x.initiatives if i.type == "proposal"]
    assert any("渝西水资源配置工程" in label for label in labels), x.initiatives


def test_the_investment_of_works_inspected_is_no_statistic_of_the_committees(pipeline):
    x = run(pipeline, "2022-09-20 来源：某区政协\n区政协组织委员视察重点项目建设情况。今年重点项目年度计划总投资150亿元；截至目前，完成投资96.5亿元，"
                      "年度计划投资完成率64.3%。区政协推动项目投资300万元。")
    assert [m.value for m in x.metrics] == [3000000], x.metrics


def test_work_referred_to_by_what_came_of_it_or_described_by_its_frame_is_no_work_told(pipeline):
    x = run(pipeline, "2024-11-08 来源：某县政协\n会议学习了县长对县政协“柑橘产业发展”专题协商建议函所作批示。")
    assert not [i for i in x.initiatives if i.type == "consultation"], x.initiatives
    x = run(pipeline, "2023-01-10 来源：某区政协\n区政协文史资料的编撰以“一书一馆”为总体框架。")
    assert not x.initiatives, x.initiatives


def test_a_sessions_number_one_proposal_told_by_what_it_will_focus_on(pipeline):
    x = run(pipeline, "2026-01-20 来源：某区政协\n据悉，本次会议的“1号提案”将聚焦加快乡村产业提质增效。")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert len(proposals) == 1 and "乡村产业提质增效" in proposals[0].label and proposals[0].status == "planned", x.initiatives


def test_proposals_counted_in_pian_on_a_theme_are_a_proposal_on_it(pipeline):
    x = run(pipeline, "2022-01-10 来源：江津区政协\n农工党界别委员活动小组围绕城乡医疗服务均衡发展，共提交集体提案12篇。")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert len(proposals) == 1 and "城乡医疗服务均衡发展" in proposals[0].label, x.initiatives


def test_a_digests_bullet_headed_by_a_proposals_title_is_that_proposal(pipeline):
    x = run(pipeline, "2021-01-20 来源：某市政协提案委\n一年来，委员们的不少建议转化为政策措施。\n●加强农村饮水安全保障的提案：市水利局吸纳了提案建议。\n"
                      "●关于完善社区养老服务，缓解照护压力的提案：市民政局予以采纳。")
    labels = [i.label for i in x.initiatives if i.type == "proposal"]
    assert any("农村饮水安全保障" in label for label in labels) and any("缓解照护压力" in label for label in labels), x.initiatives


def test_the_local_committees_of_provinces_abbreviated_are_a_collective(pipeline):
    x = run(pipeline, "2023-11-03 来源：某县政协\n11月2日，川陕渝地方政协推进红色资源保护利用联合协商会在某县召开。")
    assert "川陕渝地方政协" in _bodies(x), x.mentions
    consultation = [i for i in x.initiatives if i.type == "consultation"]
    assert consultation and consultation[0].joint_sichuan_chongqing, x.initiatives


def test_suggestions_listed_item_by_item_after_their_head_are_one_proposal_each(pipeline):
    x = run(pipeline, "2026-01-10 来源：某区政协提案委\n本次会议共收到提案150件。\n主要建议有：发展低空经济，培育新增长点；"
                      "完善社区托育服务，减轻家庭负担；推进老旧管网改造，保障供水安全。")
    labels = [i.label for i in x.initiatives if i.type == "proposal"]
    assert labels == ["提案：发展低空经济", "提案：完善社区托育服务", "提案：推进老旧管网改造"], x.initiatives


def test_an_exhibition_named_then_held_in_the_clause_after_and_then_going_on_is_one_event(pipeline):
    x = run(pipeline, "2018-12-25 来源：某报\n12月24日，以喜迎新春为主题的市政协书画作品展，在某某美术馆拉开帷幕。"
                      "此次展览共展出作品120幅。展览将持续到本月30日结束。")
    assert [i.type for i in x.initiatives] == ["event"] and "书画作品展" in x.initiatives[0].evidence.text, x.initiatives


def test_a_study_session_told_then_joined_and_named_by_its_bare_word_is_told_once(pipeline):
    x = run(pipeline, "2018-04-28 来源：某报\n4月27日，市政协党组召开理论学习中心组学习会，专题学习新修订的政协章程。"
                      "市政协秘书长某某参加学习会。学习会邀请某大学教授作专题辅导。")
    assert len(x.initiatives) == 1 and x.initiatives[0].type == "study", x.initiatives


def test_a_proposal_listed_as_the_sessions_first_is_a_proposal_and_its_listing(pipeline):
    x = run(pipeline, "2026-01-10 来源：通川区政协\n本次会议共收到提案179件。《关于加快老旧小区改造提升城市品质的建议》列为大会“一号提案”。")
    assert sorted(i.type for i in x.initiatives) == ["proposal", "supervision"], x.initiatives


def test_a_bracketed_caption_closing_in_its_credit_after_a_slash_is_furniture(pipeline):
    from cppcckg.extract.noise import noise_spans

    text = "区政协十届三次会议开幕\n（1月7日上午，区政协十届三次会议在区会议中心隆重开幕。张某某/摄）\n会议听取了常委会工作报告。"
    caption = text.index("（")
    assert any(a <= caption < b for a, b in noise_spans(text)), noise_spans(text)


def test_a_labelled_first_line_is_the_pages_own_headline(pipeline):
    from cppcckg.extract.noise import noise_spans

    text = "【聚焦两会】政协某县第十五届委员会第七次会议新闻发布会召开\n\n1月18日，县政协召开新闻发布会。\n【聚焦两会】某县两会特刊\n"
    spans = noise_spans(text)
    assert not any(a <= 0 < b for a, b in spans), spans  # (the page's headline is text)
    later = text.rindex("【")
    assert any(a <= later < b for a, b in spans), spans  # (a labelled line further down is the headline again)


def test_the_committee_a_meetings_view_is_about_runs_the_work_told_next(pipeline):
    x = run(pipeline, "本报讯（记者 某某）11月3日，市政协文化文史和学习委召开主任会议，听取2021年工作汇报。市政协副主席某某出席会议。\n"
                      "与会者认为，过去一年，市政协文化文史和学习委坚持守正创新，持续提升履职水平。"
                      "尤其在挖掘地方文化资源上，认真组织编写《巴渝文史丛书》。")
    books = [i for i in x.initiatives if i.type == "publication"]
    assert books and books[0].organizers == ("cq-cppcc-culture-history-committee",), x.initiatives


def test_extents_earlier_meetings_slogan_counts_and_a_farms_figures_are_no_statistics(pipeline):
    x = run(pipeline, "2023-06-10 来源：某县政协\n这条河流域涉及两地9个镇。前两次联席会议已见成效。县政协提出五个“实”的举措。"
                      "“新模式让每只鸡成本降低3元，出栏率提高12%。”县政协组织委员视察12次，覆盖全县18个乡镇。")
    assert sorted(m.value for m in x.metrics) == [12, 18], x.metrics


def test_proposals_by_field_when_members_and_units_submitted_are_the_committees(pipeline):
    x = run(pipeline, "2025-01-09 来源：忠县政协\n会议召开以来，广大政协委员、各参加单位、政协各专门委员会积极提交提案。"
                      "县政协已收到提案120件，其中，乡村振兴40件，城市管理50件，教育卫生30件。县政协将对委员提交的提案进行认真审查立案。")
    fields = [i for i in x.initiatives if i.type == "proposal" and i.label in ("提案：乡村振兴", "提案：城市管理", "提案：教育卫生")]
    assert len(fields) == 3 and {i.organizers for i in fields} == {("cppcc-zhongxian",)}, x.initiatives


def test_a_consultation_brand_held_with_its_kind_before_it_is_a_consultation(pipeline):
    x = run(pipeline, "2024-04-18 来源：石棉县政协\n县政协积极开展跨部门、跨领域的“有事来协商”，推动问题解决。")
    assert [i.type for i in x.initiatives] == ["consultation"], x.initiatives


def test_the_words_of_a_document_a_meeting_handles_tell_no_work(pipeline):
    x = run(pipeline, "2021-01-08 来源：某省政协\n1月7日，省政协党组召开会议。会议研究了《省政协党组班子“学党史、强担当”主题教育专题民主生活会"
                      "整改措施落实情况通报(审议稿)》。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives


def test_what_a_speaker_urges_after_a_clause_of_praise_is_no_work_told(pipeline):
    x = run(pipeline, "2021-12-09 来源：某市政协\n某某肯定了两县“双帮”工作成效，他强调，要深入基层开展调研协商、视察监督，推动解决实际问题。")
    assert not x.initiatives, x.initiatives


def test_two_places_committees_in_a_text_of_one_province_are_no_joint_pair(pipeline):
    x = run(pipeline, "2021-12-09 来源：达州市政协\n12月8日，市政协副主席某某带队深入渠县、开江等地调研。两地政协系统要联合开展视察。")
    assert not any(i.joint_sichuan_chongqing for i in x.initiatives), x.initiatives
    assert "川渝政协" not in _bodies(x), x.mentions
