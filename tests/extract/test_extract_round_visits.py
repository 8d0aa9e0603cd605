"""Issue 12, the round of visits, verbs and honours: a province a delegation went to, verbs that run
into a committee's name, counts of committees written with digits, townships' organs, honours a
committee gives, and the body named as holding the work taken part in.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import only, run


def test_a_province_gone_to_is_not_where_a_text_without_metadata_sits(pipeline):
    x = run(pipeline, "12月2日，市政协联络委当天召开全体委员会议。今年，联络委组织部分委员赴云南考察边境贸易发展情况。")
    committee = [m for m in x.mentions if m.kind == "body" and m.surface == "市政协联络委"]
    assert [m.cls for m in committee] == ["SpecialCommittee"]
    assert "昭通" not in committee[0].label  # (no city of the province visited)
    assert only(x, "全体委员会议").organizers == (committee[0].entity,)


def test_verbs_running_into_a_committees_name_name_no_place(pipeline):
    # (a text about a whole province: which city's 市政协 is not said, so the words before it are read)
    x = run(pipeline, "四川省各地政协积极履职。会议要求以饱满的热情迎接市政协六届三次会议，牵头承办市政协委员履职培训。")
    labels = [m.label for m in x.mentions if m.kind == "body"]
    assert not [label for label in labels if "承办" in label or "迎接" in label]


def test_a_count_of_committees_after_another_count_keeps_all_its_digits(pipeline):
    x = run(pipeline, "四川省各地政协积极履职。该委组织6个片区27个区县政协和部分委员开展片区活动。")
    assert [m.surface for m in x.mentions if m.kind == "body" and m.surface.endswith("区县政协")] == ["27个区县政协"]


def test_a_townships_organ_begins_after_the_verb_or_preposition_before_it(pipeline):
    x = run(pipeline, "县政协主席参加石门镇政协工委协商会，随后到和平镇党委调研。", publisher="cppcc-dazu")
    labels = {m.label for m in x.mentions if m.kind == "body"}
    assert {"石门镇政协工委", "和平镇党委"} <= labels
    assert not [label for label in labels if label.startswith(("参加", "到", "席"))]


def test_townships_in_general_are_no_townships_organ(pipeline):
    x = run(pipeline, "县政协听取乡镇政协工委工作汇报，并察看各乡镇政协工委阵地建设。", publisher="cppcc-dazu")
    assert not [m for m in x.mentions if m.kind == "body" and "工委" in m.label]


def test_a_proposal_rated_outstanding_is_an_honour_the_committee_gives_beside_the_proposal(pipeline):
    x = run(pipeline, "民盟金堂县总支主委撰写的《关于发展乡村民宿的建议》被评为金堂县政协2026年度优秀提案。")
    assert [i.type for i in x.initiatives] == ["proposal", "other"]
    honour = x.initiatives[1]
    assert honour.evidence.text == "被评为金堂县政协2026年度优秀提案"
    assert honour.label == "2026年度优秀提案表彰"
    assert honour.organizers == ("cppcc-jintang-sc",)  # the committee honours; the party's unit takes part
    assert len(honour.partners) == 1 and honour.partners[0] != "cppcc-jintang-sc"


def test_an_honour_counted_after_preparation_is_done_and_given_by_the_committee_named(pipeline):
    x = run(pipeline, "经过精心筹备，九三学社四川省委会在省政协全会期间提交集体提案30件，其中5件被评为省政协年度好提案。")
    honour = only(x, "好提案")
    assert (honour.status, honour.organizers, honour.partners) == ("done", ("sc-cppcc",), ("jiusan-sc",))
    assert honour.evidence.text.startswith("5件")


def test_a_quoted_honour_and_a_titles_own_words_tell_no_standing_practice(pipeline):
    x = run(pipeline, "会上，《关于定期检测老旧电梯的建议》受到市政协“优秀提案”表扬。", publisher="cq-cppcc")
    assert sorted((i.type, i.label) for i in x.initiatives) == [("other", "优秀提案表彰"), ("proposal", "提案：定期检测老旧电梯")]


def test_the_body_named_as_holding_work_taken_part_in_runs_it(pipeline):
    x = run(pipeline, "区政协主席参加石门镇政协工委在青山村举行的“议产业、促增收”小微协商活动。", publisher="cq-cppcc")
    held = only(x, "小微协商")
    office = [m.entity for m in x.mentions if m.label == "石门镇政协工委"]
    assert held.organizers == tuple(office)


def test_a_partys_member_named_by_the_partys_word_writes_for_the_partys_unit(pipeline):
    x = run(pipeline, "九三学社江阳区基层委员会组织社员出席区政协全会。基层委员会在全会上提交集体提案《关于完善社区食堂建设的建议》，"
                      "社员李某提交的提案《关于优化城区公交线路的建议》受到关注。")
    unit = [m for m in x.mentions if m.kind == "body" and m.surface.endswith("基层委员会")]
    assert len(unit) == 2 and len({m.entity for m in unit}) == 1  # (基层委员会 alone: the unit named before)
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert [i.label for i in proposals] == ["提案：完善社区食堂建设", "提案：优化城区公交线路"]
    assert {i.organizers for i in proposals} == {(unit[0].entity,)}


def test_titles_a_member_brought_are_a_proposal_each(pipeline):
    x = run(pipeline, "此次大会，社员王某带来了《关于保护古镇老街的建议》《关于发展林下经济的建议》等提案。",
            publisher="cq-cppcc")
    assert [i.label for i in x.initiatives] == ["提案：保护古镇老街", "提案：发展林下经济"]


def test_committees_of_places_the_reference_lacks_after_a_province_or_in_a_list(pipeline):
    x = run(pipeline, "由达州市政协、甘肃省天水市政协与陕西省延安市政协共同主办书画联展。")
    labels = [m.label for m in x.mentions if m.kind == "body"]
    assert labels == ["政协达州市委员会", "政协天水市委员会", "政协延安市委员会"]
    assert len(only(x, "书画联展").organizers) == 3
    listed = run(pipeline, "广安市政协、汉中市政协共同举办书画联展。")
    assert [m.label for m in listed.mentions if m.kind == "body"] == ["政协广安市委员会", "政协汉中市委员会"]
    county = run(pipeline, "会议商定下届会议由湖南新化县政协承办。")
    assert [m.label for m in county.mentions if m.kind == "body"] == ["政协新化县委员会"]


def test_a_local_committee_after_other_words_stays_the_texts_own(pipeline):
    x = run(pipeline, "今年市政协召开会议，出席市政协全会的委员们踊跃发言。", publisher="cq-cppcc")
    assert {m.entity for m in x.mentions if m.kind == "body" and m.surface == "市政协"} == {"cq-cppcc"}


def test_advice_on_a_question_is_advice_on_it(pipeline):
    x = run(pipeline, "3月2日，区政协九届二次会议开幕。会后，委员们就“城区如何融入都市圈”建言献策。", publisher="cq-cppcc")
    assert [i.type for i in x.initiatives if "建言献策" in i.evidence.text] == ["consultation"]


def test_the_phrases_of_a_report_are_no_injected_advertising(pipeline):
    x = run(pipeline, "政协会上，委员赵某、钱某分别作了《关于加快三农发展的建议》《关于社区养老的思考》大会发言。\n"
                      "区政协持续用力、久久为功，开展生态环境民主监督。", publisher="cq-cppcc")
    assert sorted(i.label for i in x.initiatives if i.type == "consultation") == [
        "大会发言：加快三农发展", "大会发言：社区养老"]
    assert [i.type for i in x.initiatives if "民主监督" in i.evidence.text] == ["supervision"]


def test_a_sessions_opening_sitting_named_as_where_is_its_committees_meeting(pipeline):
    x = run(pipeline, "3月2日，区政协九届五次会议在区会议中心举行。政协开幕会上，九三学社某区委员会主委代表九三学社界别作了大会发言。",
            publisher="cq-cppcc", title="某区政协九届五次会议举行")
    opening = only(x, "开幕会上")
    assert opening.type == "meeting"
    # (the session told as opening, then its opening sitting named as where: one sitting, told once)
    told = run(pipeline, "3月2日，区政协九届五次会议开幕。政协开幕会上，九三学社某区委员会主委代表九三学社界别作了大会发言。",
               publisher="cq-cppcc")
    assert not [i for i in told.initiatives if "开幕会上" in i.evidence.text]
    speech = run(pipeline, "3月2日，区政协九届五次会议开幕。委员们认真学习区委书记在开幕会上的讲话。", publisher="cq-cppcc")
    assert not [i for i in speech.initiatives if "开幕会上" in i.evidence.text]


def test_a_proposal_listed_as_a_key_one_is_overseen_by_the_committee_that_lists_it(pipeline):
    x = run(pipeline, "其中，《关于加快建设某某协同开放示范区的提案》被列为全国政协重点提案办理。", publisher="cq-cppcc")
    listed = only(x, "重点提案")
    assert (listed.type, listed.organizers) == ("supervision", ("national-cppcc",))
    assert listed.label == "重点提案督办：加快建设某某协同开放示范区"


def test_a_text_that_speaks_of_proposals_throughout_is_about_proposals_whatever_its_opening(pipeline):
    opening = ("（2026年1月15日政协某省第十三届委员会第四次会议通过）\n"
               "全会期间，广大委员和各参加单位、各专委会认真学习领会重要讲话精神，紧扣全省中心工作，"
               "深入调查研究，广泛凝聚共识，积极建言资政，展现了新时代政协委员的责任担当和良好风貌，为全省发展贡献智慧力量。"
               "大家围绕推动高质量发展、保障和改善民生、加强生态环境保护等重大问题，深入思考、认真谋划，"
               "提出了大量务实管用、可操作性强的意见，得到了有关方面的高度重视。\n")
    x = run(pipeline, opening + "截至1月13日，共收到提案1020件。提案委员会认真审查提案，立案946件。"
                                "立案的提案里，委员个人和联名提案820件。立案的提案里，经济建设方面455件；社会建设方面260件。")
    assert sorted(i.label for i in x.initiatives if i.type == "proposal") == ["提案：社会建设方面", "提案：经济建设方面"]


def test_special_committees_listed_after_one_named_with_its_committee_are_that_committees(pipeline):
    x = run(pipeline, "乐山市政协召开会议。市政协经济委、科技委共同组成联合调研组，深入企业开展调研。")
    committees = [m for m in x.mentions if m.cls == "SpecialCommittee"]
    assert [m.label for m in committees] == ["乐山市政协经济委员会", "乐山市政协科技委员会"]
    assert set(only(x, "调研组").organizers) == {m.entity for m in committees}
    other = run(pipeline, "市政协经济委和市发改委联合调研。", publisher="cq-cppcc")
    assert [m.label for m in other.mentions if m.cls == "SpecialCommittee"] == ["政协重庆市委员会经济委员会"]
    long_name = run(pipeline, "綦江区政协社法民宗台侨委带领部分委员走进信访大厅开展接访。")
    assert "綦江区政协社法民宗台侨委员会" in [m.label for m in long_name.mentions if m.cls == "SpecialCommittee"]


def test_a_traditional_repost_quoting_in_corner_brackets_reads_as_quoted(pipeline):
    x = run(pipeline, "委員張某就「加快鄉村民宿發展」在區政協全體會議上作了大會發言。", publisher="cq-cppcc")
    assert [(i.type, i.label) for i in x.initiatives] == [("consultation", "大会发言：加快鄉村民宿發展")]


def test_a_review_of_a_sessions_proposals_is_work_of_its_own_unless_a_review_meeting_holds_it(pipeline):
    x = run(pipeline, "区政协八届五次会议期间，共收到提案400件。区政协提案委按照《政协某区委员会提案工作细则》"
                      "对委员们提交的提案进行严格审查，立案358件。", publisher="cppcc-dazu")
    review = only(x, "审查")
    assert (review.type, review.label) == ("other", "八届五次会议提案审查")
    assert "cppcc-dazu" not in review.organizers  # (the committee named in the document's title does nothing)
    held = run(pipeline, "大足区政协召开提案审查会，对委员提交的提案进行审查。", publisher="cppcc-dazu")
    assert [i.type for i in held.initiatives] == ["meeting"]


def test_declaring_an_event_open_is_no_event_of_its_own(pipeline):
    x = run(pipeline, "9月20日，市政协主席宣布书画联展开幕。", publisher="cq-cppcc")
    assert not x.initiatives


def test_a_proposal_reviewed_by_a_meeting_is_its_business(pipeline):
    x = run(pipeline, "市政协召开主席会议。会议审议了《关于发展林下经济的建议》和年度优秀提案建议名单。",
            publisher="cppcc-leshan-sc", title="乐山市政协召开主席会议：提案工作")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_a_session_that_raises_or_lowers_the_curtain_is_held(pipeline):
    x = run(pipeline, "本报讯 1月8日，中国人民政治协商会议某市第三届委员会第四次会议今天上午在某地拉开帷幕。", publisher="cq-cppcc")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_a_council_of_border_committees_is_a_collective_that_holds_its_numbered_sittings(pipeline):
    x = run(pipeline, "10月18日，湘鄂黔渝边区县(市区)政协工作联系会第32次全体会议在某县圆满落下帷幕。"
                      "会议授权东道主整理会议共识，并以湘鄂黔渝边区县(市区)政协工作联系会名义报送。")
    council = [m for m in x.mentions if m.label.endswith("联系会")]
    assert [m.cls for m in council] == ["Collective", "Collective"]
    assert len({m.entity for m in council}) == 1 and council[1].surface.startswith("湘")
    assert only(x, "第32次全体会议").organizers == (council[0].entity,)


def test_a_session_named_before_a_comma_and_then_dated_is_one_clause(pipeline):
    x = run(pipeline, "政协四川省第十三届委员会第五次会议，将于明年1月下旬在蓉举行。")
    assert [(i.type, i.status) for i in x.initiatives] == [("meeting", "planned")]
    held = run(pipeline, "市政协七届三次会议，自3月18日开幕到20日下午结束，会期三天。", publisher="cq-cppcc")
    assert [(i.type, i.status) for i in held.initiatives] == [("meeting", "done")]


def test_a_special_committee_written_short_is_the_one_written_in_full(pipeline):
    x = run(pipeline, "市政协外事联谊委员会日前举行全体委员会议。会后，自贡市政协外联委组织委员视察企业。",
            publisher="cppcc-zigong-sc")
    committees = [m for m in x.mentions if m.cls == "SpecialCommittee"]
    assert len(committees) == 2 and len({m.entity for m in committees}) == 1
    assert committees[1].label == "自贡市政协外事联谊委员会"
    assert only(x, "视察").organizers == (committees[0].entity,)


def test_a_pages_footer_naming_its_owner_says_whose_committee_the_story_means(pipeline):
    x = run(pipeline, "区政协社法委一行赴九龙坡区政协交流学习\n5月20日，区政协副主席带领社法委一行到九龙坡区政协交流学习。\n"
                      "主办：政协重庆市铜梁区委员会 技术支持：某某融媒体中心")
    assert {m.entity for m in x.mentions if m.surface == "区政协"} == {"cppcc-tongliang"}
    assert [m.label for m in x.mentions if m.cls == "SpecialCommittee"] == ["铜梁区政协社会和法制委员会"] * 2
    assert not [m for m in x.mentions if m.evidence.start > x.report.text.index("主办")]  # (the footer itself names no one)


def test_a_region_named_after_a_city_is_no_place_the_text_is_in(pipeline):
    x = run(pipeline, "眉山市政协召开会议。\n今年以来，围绕建设环成都经济圈重要节点城市的部署，市政协组织委员开展专题调研。")
    assert {m.entity for m in x.mentions if m.surface == "市政协"} == {"cppcc-meishan-sc"}


def test_a_training_meeting_attended_is_study_held(pipeline):
    x = run(pipeline, "县委主要负责同志出席县政协新任委员培训会、民营企业家委员座谈会。", publisher="cq-cppcc")
    assert sorted(i.type for i in x.initiatives) == ["meeting", "study"]


def test_a_paragraph_closed_by_its_photos_credit_is_text_and_the_credit_is_not(pipeline):
    x = run(pipeline, "4月2日上午，市政协召开“基层协商实践”座谈会，交流各区县经验做法。市政协主席出席会议并讲话。"
                      "座谈会现场。某某 摄\n\n座谈会现场。某某 摄\n", publisher="cq-cppcc")
    assert [i.type for i in x.initiatives] == ["meeting"]
    assert "摄" not in x.initiatives[0].evidence.text


_TOUR = ("2022-05-20 来源：某区政协办公室\n5月18日至19日，荣昌区政协主席某某率队赴四川省自贡市荣县和内江市隆昌市考察学习。\n"
         "在荣县，一行人实地了解了陶瓷产业园区建设情况，荣县政协主席某某陪同考察。随后举行的座谈会上，双方围绕陶瓷产业协作交流了意见。\n"
         "19日，一行人来到隆昌市。荣隆两地政协召开联席会议，商定下半年开展联合视察。")


def test_a_city_written_before_its_county_is_not_where_they_went(pipeline):
    """赴自贡市荣县: they went to 荣县, and 双方 there is the visitors and 荣县's committee."""
    x = run(pipeline, _TOUR)
    talk = next(i for i in x.initiatives if "座谈会" in i.evidence.text)
    assert set(talk.organizers) == {"cppcc-rongchang", "cppcc-rongxian-sc"}, talk


def test_a_shared_initial_goes_to_the_texts_own_committee(pipeline):
    """荣隆 on 荣昌's page that also names 荣县: 荣 is 荣昌, the writer, and 隆 is 隆昌."""
    x = run(pipeline, _TOUR)
    council = next(i for i in x.initiatives if "联席会议" in i.evidence.text)
    assert set(council.organizers) == {"cppcc-rongchang", "cppcc-longchang-sc"}, council
    assert council.joint_sichuan_chongqing, council


def test_places_after_a_qualified_one_are_visited_too(pipeline):
    """赴四川省达州市开江县、万源市: 开江县 and 万源市 are where they went, so 双方 is the visitors
    and 开江县's committee, not the two provinces."""
    x = run(pipeline, "2023-04-12 来源：某区政协\n4月10日，开州区政协主席某某率队赴四川省达州市开江县、万源市考察交流。"
                      "在开江县，双方就政协协作进行了座谈交流。")
    talk = next(i for i in x.initiatives if "座谈" in i.evidence.text)
    assert set(talk.organizers) == {"cppcc-kaizhou", "cppcc-kaijiang-sc"}, talk
