"""Issue 12, the round of emergency work, exhibitions, elderly care, system conferences,
legislative consultation, religious and Taiwan work, farming and urban renewal: the forms its
blind sets showed, read as their readers would.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import body_labels, organizer_labels, run


def test_a_whole_citys_system_meeting_is_held_by_the_citys_committee_the_reference_lacks(pipeline):
    x = run(pipeline, "云岭日报讯 12月3日，全市政协工作座谈会召开。云岭市政协主席王某出席并讲话。")
    (meeting,) = [i for i in x.initiatives if "座谈会" in i.label]
    assert organizer_labels(x, meeting) == ["政协云岭市委员会"]


def test_a_whole_regions_system_meeting_is_held_by_the_regions_committee(pipeline):
    x = run(pipeline, "广西召开全区政协“产业赋能 委员在行动”经验交流会\n5月9日，会议在南宁召开，自治区政协主席出席。")
    meeting = next(i for i in x.initiatives if "交流会" in i.label)
    assert organizer_labels(x, meeting) == ["政协广西壮族自治区委员会"]


def test_a_meeting_of_secretaries_general_and_office_heads_is_one_meeting(pipeline):
    x = run(pipeline, "9月2日，全市政协第三次秘书长和办公室主任会议在青溪区召开。")
    labels = [i.label for i in x.initiatives]
    assert labels == ["全市政协第三次秘书长和办公室主任会议"]


def test_a_city_papers_copyright_footer_names_the_city_of_a_bare_committee(pipeline):
    x = run(pipeline, "市政协委员视察全市安全生产\n本报讯 6月3日，市政协组织委员就全市安全生产工作开展专项视察。\n"
                      "地址：云岭市新华路8号\n云岭日报社版权所有，未经授权禁止转载。")
    (visit,) = x.initiatives
    assert organizer_labels(x, visit) == ["政协云岭市委员会"]
    assert not any("重庆" in label for label in body_labels(x).values())


def test_a_countys_news_site_dateline_names_the_county_of_a_bare_committee(pipeline):
    x = run(pipeline, "青岚热线\n青岚新闻网讯（记者 张某）8月3日，县政协召开老旧小区改造专项民主监督动员会。")
    (meeting,) = x.initiatives
    assert organizer_labels(x, meeting) == ["政协青岚县委员会"]


def test_a_news_site_dateline_of_a_place_named_once_names_nothing(pipeline):
    x = run(pipeline, "青岚新闻网讯（记者 张某）8月3日，县政协召开老旧小区改造专项民主监督动员会。")
    (meeting,) = x.initiatives
    assert organizer_labels(x, meeting) == ["县政协"]


def test_a_listed_districts_news_site_dateline_names_its_committee(pipeline):
    x = run(pipeline, "潼南新闻网讯（记者 张某）8月3日，区政协召开老旧小区改造专项民主监督动员会。")
    (meeting,) = x.initiatives
    assert meeting.organizers == ("cppcc-tongnan",)


def test_a_quoted_brand_ending_in_a_work_word_leaves_the_work_after_it(pipeline):
    x = run(pipeline, "6月9日，泸县政协联合永川区政协在两地交界的某村开展“渝事好商量·有事来协商”跨界院坝协商活动。")
    (consultation,) = x.initiatives
    assert consultation.type == "consultation"
    assert set(consultation.organizers) == {"cppcc-luxian-sc", "cppcc-yongchuan"}
    assert consultation.joint_sichuan_chongqing


def test_a_list_by_provinces_with_a_city_before_its_last_county_is_each_countys_committee(pipeline):
    x = run(pipeline, "重庆市城口县、巫溪县，陕西省安康市镇坪县、汉中市镇巴县政协负责同志参加会议。")
    labels = sorted(set(body_labels(x).values()))
    assert labels == ["政协重庆市城口县委员会", "政协重庆市巫溪县委员会", "政协镇坪县委员会", "政协镇巴县委员会"]


def test_a_count_said_after_a_list_with_one_head_is_the_listed_committees(pipeline):
    x = run(pipeline, "重庆市城口县、巫溪县，四川省万源市、宣汉县政协负责同志参加会议。"
                      "今年以来，四县市政协围绕大巴山交通互联互通开展联合调研。")
    (research,) = x.initiatives
    assert set(research.organizers) == {"cppcc-chengkou", "cppcc-wuxi", "cppcc-wanyuan-sc", "cppcc-xuanhan-sc"}
    assert research.joint_sichuan_chongqing


def test_a_count_that_is_not_the_lists_length_stays_unread(pipeline):
    x = run(pipeline, "城口县、巫溪县政协负责同志参加会议。今年以来，六县市政协围绕大巴山交通互联互通开展联合调研。")
    (research,) = x.initiatives
    assert not set(research.organizers) & {"cppcc-chengkou", "cppcc-wuxi"}


def test_a_border_regions_committees_are_the_group_listed_at_their_meeting(pipeline):
    x = run(pipeline, "2月6日，某山毗邻地区政协联席会议第三次会议在梁平区召开。重庆市梁平区、垫江县和四川省达州市达川区、"
                      "大竹县四区县政协主要负责同志参加会议。")
    meeting = next(i for i in x.initiatives if "联席会议" in i.label)
    assert set(meeting.organizers) == {"cppcc-liangping", "cppcc-dianjiang", "cppcc-dachuan-sc", "cppcc-dazhu-sc"}
    assert meeting.joint_sichuan_chongqing


def test_a_border_mechanism_of_three_provinces_is_the_group_listed_at_its_meeting(pipeline):
    x = run(pipeline, "9月5日，川陕渝毗邻县市政协联席会第二次会议在万源市举行。重庆市城口县，四川省万源市、宣汉县，"
                      "陕西省镇坪县政协负责同志出席会议。会后，四县市政协围绕红色资源保护开展联合调研。")
    meeting = next(i for i in x.initiatives if "联席会" in i.label)
    assert set(meeting.organizers) == {"cppcc-chengkou", "cppcc-wanyuan-sc", "cppcc-xuanhan-sc", "cppcc-zhenping-sn"}


def test_a_border_region_with_no_group_listed_stays_one_body(pipeline):
    x = run(pipeline, "2月6日，某山毗邻地区政协联席会议第三次会议在梁平区召开。")
    (meeting,) = x.initiatives
    assert len(meeting.organizers) == 1


def test_members_from_hong_kong_and_macao_of_both_sides_act_as_their_groups(pipeline):
    x = run(pipeline, "四川省政协港澳委员和重庆市政协港澳委员在万州首次联合开展考察。")
    (visit,) = x.initiatives
    assert sorted(organizer_labels(x, visit)) == ["四川省政协港澳委员", "重庆市政协港澳委员"]
    assert visit.joint_sichuan_chongqing


def test_the_two_provinces_special_committees_named_together_are_both(pipeline):
    x = run(pipeline, "今年，重庆市政协与四川省政协继续深化协同履职。两省市政协农业和农村委员会5月联合开展油菜产业发展视察。")
    visit = next(i for i in x.initiatives if i.type == "inspection")
    assert sorted(visit.organizers) == ["cq-cppcc-agriculture-committee", "sc-cppcc-agriculture-committee"]
    assert visit.joint_sichuan_chongqing


def test_a_bare_committee_in_a_named_committees_spokesmans_words_is_that_committee(pipeline):
    x = run(pipeline, "1月12日，重庆市政协全体会议开幕。遂宁市政协有关负责人表示，下一步，市政协将与潼南区政协围绕涪江复航开展联合调研。")
    research = next(i for i in x.initiatives if i.type == "research")
    assert set(research.organizers) == {"cppcc-suining-sc", "cppcc-tongnan"}
    assert research.joint_sichuan_chongqing and research.status == "planned"


def test_a_bare_committee_after_the_sentence_of_the_spokesman_stays_the_texts(pipeline):
    x = run(pipeline, "重庆市政协召开主席会议。遂宁市政协有关负责人表示赞同。市政协将开展专题调研。")
    research = next(i for i in x.initiatives if i.type == "research")
    assert research.organizers == ("cq-cppcc",)


def test_a_bare_committee_is_the_one_its_paragraph_named_in_a_digest_of_cities(pipeline):
    x = run(pipeline, "甲阳市政协主席王某深入乙县督导抗旱工作。\n\n丙阳市政协主要领导带队深入一线调研。市政协主席刘某赴丁县调研督导抗旱工作。")
    last = x.initiatives[-1]
    assert organizer_labels(x, last) == ["政协丙阳市委员会"]


def test_a_citys_committees_of_all_levels_are_a_collective_and_name_the_city(pipeline):
    x = run(pipeline, "甲阳市政协主席王某深入乙县督导抗旱工作。\n\n丙阳市各级政协领导班子成员分头深入一线调研督导抗旱工作。"
                      "市政协主席刘某赴丁县调研督导抗旱工作。")
    second, third = x.initiatives[1:]
    assert organizer_labels(x, second) == ["丙阳市各级政协"]
    assert organizer_labels(x, third) == ["政协丙阳市委员会"]



def test_a_city_visited_and_named_again_is_not_where_the_writer_sits(pipeline):
    x = run(pipeline, "重庆日报　2021年06月26日　第002版：要闻\n\n本报讯 6月22日至24日，市政协副主席某某率市政协调研组赴四川省乐山市、宜宾市，"
                      "围绕巴蜀文化旅游走廊建设开展专题调研。\n\n调研组先后来到宜宾市叙州区李庄古镇、宜宾市博物院等地。在宜宾召开的座谈会上，"
                      "宜宾市政府有关负责同志介绍了情况。")
    research = next(i for i in x.initiatives if i.type == "research")
    assert research.organizers == ("cq-cppcc",)


def test_the_priorities_a_meeting_fixes_for_a_year_are_planned_work(pipeline):
    x = run(pipeline, "2022年11月20日\n11月17日，三地政协第三次联席会议在开州区召开。会议明确了2023年三地政协联合履职重点："
                      "一是围绕天然气综合利用开展联合调研；二是就优质医疗资源共享开展联合视察。")
    items = [i for i in x.initiatives if i.type in ("research", "inspection")]
    assert [(i.status, i.period.start) for i in items] == [("planned", 2023), ("planned", 2023)]


def test_the_next_sitting_given_to_its_host_is_planned(pipeline):
    x = run(pipeline, "2023年11月20日\n会议确定，2024年第七次联席会议由达州市政协承办。")
    (sitting,) = x.initiatives
    assert sitting.status == "planned"


def test_a_sitting_its_host_held_is_done(pipeline):
    x = run(pipeline, "2023年11月20日\n由达州市政协承办的第六次联席会议11月17日在达州召开。")
    (sitting,) = x.initiatives
    assert sitting.status == "done"


def test_a_proposal_chosen_as_the_years_first_is_oversight(pipeline):
    x = run(pipeline, "该提案经主席会议研究，被县政协确定为本年度的“一号提案”。")
    (chosen,) = x.initiatives
    assert chosen.type == "supervision"


def test_a_proposal_a_member_brings_told_without_the_particle_is_hers(pipeline):
    x = run(pipeline, "今年两会，她带来一份关于“规范校外托管机构”的提案。")
    (proposal,) = x.initiatives
    assert proposal.type == "proposal" and "规范校外托管机构" in proposal.label


def test_a_members_proposal_told_by_what_it_will_focus_on_is_a_proposal(pipeline):
    x = run(pipeline, "今年，她的提案将聚焦完善普惠托育服务体系。")
    (proposal,) = x.initiatives
    assert proposal.type == "proposal" and "普惠托育" in proposal.label


def test_information_sent_as_the_peoples_opinion_digest_is_information(pipeline):
    x = run(pipeline, "县政协围绕防汛救灾向县委县政府报送社情民意专报2期。")
    (sent,) = x.initiatives
    assert sent.type == "information"


def test_a_bare_provincial_committee_is_the_province_of_the_cities_named(pipeline):
    x = run(pipeline, "9月28日，省政协民宗委派出调研组，先后赴宝鸡、渭南了解农村宗教事务管理。西安市民宗局负责同志参加。")
    (research,) = x.initiatives
    assert organizer_labels(x, research) == ["政协陕西省委员会民族和宗教委员会"]
    assert not any("四川" in label for label in body_labels(x).values())


def test_a_city_papers_source_line_names_the_province_of_a_bare_provincial_committee(pipeline):
    x = run(pipeline, "来源:岳阳日报 2023-01-14\n1月13日，省政协印发表彰优秀提案的决定。省交通运输厅相关负责人出席会议。")
    assert "政协湖南省委员会" in body_labels(x).values()
    assert not any("四川" in label for label in body_labels(x).values())


def test_cities_of_two_provinces_leave_the_bare_provincial_committee_as_before(pipeline):
    x = run(pipeline, "省政协组织委员赴宝鸡、岳阳考察学习。")
    assert "政协四川省委员会" in body_labels(x).values()


def test_an_idiom_naming_a_county_places_nothing(pipeline):
    x = run(pipeline, "来源:岳阳日报\n委员提出《关于彰显某地通江达海优势的提案》，获评省政协优秀提案。")
    assert "通江县" not in body_labels(x).values()
    assert "政协湖南省委员会" in body_labels(x).values()


def test_a_proposal_overseen_by_a_committees_chair_is_the_parties_and_the_oversight_the_committees(pipeline):
    x = run(pipeline, "2022年，民建四川省委提出的《关于推进开放示范区建设的提案》由省政协主席某某领衔督办。")
    proposal = next(i for i in x.initiatives if i.type == "proposal")
    oversight = next(i for i in x.initiatives if i.type == "supervision")
    assert organizer_labels(x, proposal) == ["中国民主建国会四川省委员会"]
    assert oversight.organizers == ("sc-cppcc",)


def test_a_count_said_after_a_committee_joined_to_a_list_takes_it_in(pipeline):
    x = run(pipeline, "来源：广安日报\n年初，市政协与重庆市合川区、长寿区和渝北区政协共同签订协作协议。"
                      "5月18日，四地政协首次联席会议在合川召开。")
    meeting = next(i for i in x.initiatives if "联席会议" in i.label)
    assert set(meeting.organizers) == {"cppcc-guangan-sc", "cppcc-hechuan", "cppcc-changshou", "cppcc-yubei"}
    assert meeting.joint_sichuan_chongqing


def test_the_bodies_a_digest_is_sent_to_are_no_actors(pipeline):
    x = run(pipeline, "县政协向县委县政府报送社情民意专报2期。")
    (sent,) = x.initiatives
    assert organizer_labels(x, sent) == ["县政协"]


def test_a_cross_border_council_held_under_a_brand_is_a_consultation(pipeline):
    x = run(pipeline, "6月5日，开州区政协与四川省达州市开江县政协在某镇联合召开“渝事好商量·有事来协商”跨省议事会。")
    (council,) = x.initiatives
    assert council.type == "consultation" and council.joint_sichuan_chongqing


def test_those_at_a_meeting_looking_on_site_make_an_inspection(pipeline):
    x = run(pipeline, "会前，与会人员察看了两镇之间新贯通的道路。")
    (look,) = x.initiatives
    assert look.type == "inspection" and "察看了" not in look.label


def test_a_look_during_field_work_is_its_stop(pipeline):
    x = run(pipeline, "调研组先后来到某镇，步行察看了老街。")
    assert not x.initiatives


def test_a_count_that_heads_its_own_list_is_not_the_list_before(pipeline):
    x = run(pipeline, "荣昌区、泸县和隆昌市政协建立联合巡河机制。2022年6月，泸州、内江、荣昌三地政协在荣昌召开联合协商会。")
    meeting = next(i for i in x.initiatives if "协商会" in i.label)
    assert "cppcc-luxian-sc" not in meeting.organizers


def test_a_count_said_after_an_actor_and_the_committees_it_joined_is_all_of_them(pipeline):
    x = run(pipeline, "今年以来，大足区政协主动对接四川省资阳市政协、安岳县政协。7月，三地政协组织委员对石刻保护开展联合视察。")
    visit = next(i for i in x.initiatives if i.type == "inspection")
    assert set(visit.organizers) == {"cppcc-dazu", "cppcc-ziyang-sc", "cppcc-anyue-sc"}
    assert visit.joint_sichuan_chongqing
