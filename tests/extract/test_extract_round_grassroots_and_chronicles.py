"""The round of grassroots groups, chronicles, yearbooks, notices, training courses and news
roundups: the rules it added.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _at(x, words):
    (found,) = [i for i in x.initiatives if words in i.evidence.text]
    return found


def _organizers(found) -> list[str]:
    return sorted(found.organizers)


# --- a township's group named in full, then by a shorter form ---

_TOWN_PAGE = ("朱沱镇政协工作联络组议照明\n2023-05-09　来源：永川区政协\n\n"
              "5月8日，永川区政协朱沱镇政协工作联络组在镇文化站召开协商议事会，围绕沿江步道照明不足问题听取意见。"
              "会前，联络组组织委员走访沿线商户。下一步，联络组将开展跟踪视察。"
              "此前，朱沱镇政协还组织委员视察了沿江护栏安装情况。\n")


def test_the_groups_word_alone_is_the_group_named_before(pipeline):
    x = run(pipeline, _TOWN_PAGE)
    group = _at(x, "召开协商议事会").organizers
    assert len(group) == 1 and group[0] != "cppcc-yongchuan"
    assert list(_at(x, "走访沿线商户").organizers) == list(group)
    assert list(_at(x, "跟踪视察").organizers) == list(group)


def test_the_township_with_its_word_alone_is_its_group(pipeline):
    x = run(pipeline, _TOWN_PAGE)
    group = _at(x, "召开协商议事会").organizers
    assert list(_at(x, "沿江护栏").organizers) == list(group)


def test_a_generic_word_for_every_townships_group_is_no_one_group(pipeline):
    # guard: 各镇街政协工作联络组 are all of them, not the one named
    x = run(pipeline, "2023-05-09　来源：永川区政协\n\n5月8日，永川区政协朱沱镇政协工作联络组召开协商议事会。"
                      "6月，区政协召开各镇街政协工作联络组组长会议。\n")
    assert list(_at(x, "组长会议").organizers) == ["cppcc-yongchuan"]


def test_a_group_listed_after_another_of_its_committee_is_that_committees(pipeline):
    x = run(pipeline, "2024-03-20　来源：大竹县融媒体中心\n\n"
                      "3月19日，大竹县政协石河镇委员活动组、月华镇委员活动组与梁平区政协碧山镇政协工作联络组开展联合视察。\n")
    found = _at(x, "联合视察")
    assert len(found.organizers) == 3 and found.joint_sichuan_chongqing


def test_two_sides_groups_taken_together_are_the_two_named_before(pipeline):
    x = run(pipeline, "2023-09-02　来源：重庆政协报\n\n"
                      "8月底，大足区政协龙水镇委员活动组与安岳县政协龙台镇政协工作联络组召开联席会，商议柠檬收购价格。"
                      "今年以来，两地镇街委员组织已联合开展调研3次。\n")
    met = _at(x, "召开联席会")
    counted = _at(x, "联合开展调研3次")
    assert _organizers(counted) == _organizers(met) and len(counted.organizers) == 2
    assert counted.joint_sichuan_chongqing


# --- a chronicle's and a yearbook's year ---

def test_a_chronicles_title_year_dates_its_entries(pipeline):
    x = run(pipeline, "江津区政协2022年工作大事记\n发布日期：2023-01-09　来源：区政协办公室\n\n"
                      "1月4日，区政协召开主席会议，协商年度工作要点。\n\n"
                      "3月15日，区政协组织委员视察滨江公园建设。\n")
    assert _at(x, "召开主席会议").period.start == 2022
    assert _at(x, "视察滨江公园").period.start == 2022


def test_a_yearbooks_first_head_gives_the_year_it_records(pipeline):
    x = run(pipeline, "永川年鉴（2023）\n发布时间：2023-12-01　来源：区地方志办公室\n\n"
                      "【概况】2022年，区政协有委员230名。全年开展专题协商5项。\n\n"
                      "【民主监督】3月，区政协组织委员视察城区排水管网改造。\n\n"
                      "【川渝合作】区政协与泸县政协商定，2023年第三次联席会议在永川召开。\n")
    assert _at(x, "视察城区排水").period.start == 2022


# --- a training course and its parts ---

_COURSE = ("2024-10-18　来源：重庆政协报\n\n"
           "10月14日至17日，市政协在市委党校举办委员履职能力提升班，120名委员参加。"
           "课程设置三个单元，其中实务单元重点讲解如何起草联名提案、怎样开展跨省联合视察。"
           "学员们共听取专题辅导6场，还赴两江新区实地察看了智能制造企业。培训班举行结业式，学员代表作交流发言。\n")


def test_a_course_is_one_piece_of_work_and_its_parts_add_none(pipeline):
    x = run(pipeline, _COURSE)
    assert [i.type for i in x.initiatives] == ["study"]
    assert "提升班" in x.initiatives[0].evidence.text


def test_what_a_course_teaches_is_no_work(pipeline):
    x = run(pipeline, _COURSE)
    assert not [i for i in x.initiatives if "联名提案" in i.evidence.text or "联合视察" in i.evidence.text]


def test_a_committee_examining_how_others_work_still_studies(pipeline):
    # guard: 就…怎样… before 考察学习 is what the study was about, not what was taught
    x = run(pipeline, "2021-04-20\n\n4月16日，区政协社法委赴南岸区政协，就委员工作室怎样组织院坝协商考察学习。\n")
    assert [i.type for i in x.initiatives] == ["study"]


def test_cadres_seconded_both_ways_and_shadowing_are_work(pipeline):
    x = run(pipeline, "2024-05-10　来源：荣昌区融媒体中心\n\n"
                      "今年3月，区政协与隆昌市政协互派3名机关干部开展为期两个月的跟岗学习。"
                      "去年，两地政协机关还互派干部交流挂职。\n")
    assert _at(x, "跟岗学习").type == "study"
    assert _at(x, "交流挂职").type == "other"


# --- years a sentence or a paragraph opens with ---

_ANNIVERSARY = ("2025-06-18　来源：永川区政协\n\n"
                "6月17日，泸永江三地政协在永川召开第七次联席会议。记者获悉，2021年至2024年，泸永江三地政协联合开展调研视察15次，联名提交提案6件。\n\n"
                "2023年是三地协作提质之年。三地政协共同推进重点工作9项。6月，三地政协在泸县召开第五次联席会议。"
                "9月，三地政协组织委员视察长江岸线修复。\n\n"
                "去年全国两会期间，三地的全国政协委员还联名提交了关于长江上游航运的提案。\n")


def test_a_span_of_years_opening_a_sentence_dates_its_counted_work(pipeline):
    x = run(pipeline, _ANNIVERSARY)
    found = _at(x, "调研视察15次")
    assert (found.period.start, found.period.end) == (2021, 2024)


def test_a_year_opening_a_paragraph_dates_its_months(pipeline):
    x = run(pipeline, _ANNIVERSARY)
    assert _at(x, "第五次联席会议").period.start == 2023
    assert _at(x, "视察长江岸线").period.start == 2023


def test_last_year_opening_a_sentence_is_the_year_before_writing(pipeline):
    x = run(pipeline, _ANNIVERSARY)
    assert _at(x, "长江上游航运").period.start == 2024


def test_a_paragraph_opening_on_a_plans_year_keeps_its_plan_dating(pipeline):
    # guard: 2025年，…将… is a plan's year, not a year told
    x = run(pipeline, "2024-12-20　来源：合川区政协\n\n2025年，区政协将围绕嘉陵江航道整治开展专题调研。明年还将组织委员视察老旧小区改造。\n")
    assert _at(x, "嘉陵江航道").period.start == 2025
    assert _at(x, "老旧小区").period.start == 2025


# --- a member's profile: she or he is the member it is about ---

_PROFILE = ("2024-09-10　来源：重庆政协报\n\n"
            "在铜梁的一处龙灯作坊里，王秀兰正和匠人们商量新灯样。她是铜梁区政协委员、区非遗保护协会副会长。"
            "去年，她联合潼南区政协委员赵明，围绕“龙灯非遗跨区传承”撰写了联名提案。"
            "谈到打算，王秀兰说，她准备围绕龙灯进景区开展专题调研。\n")


def test_she_in_a_members_profile_is_the_members_group(pipeline):
    x = run(pipeline, _PROFILE)
    researched = _at(x, "龙灯进景区")
    assert len(researched.organizers) == 1 and researched.organizers[0] != "cppcc-tongliang"


def test_a_member_joined_by_name_writes_with_her(pipeline):
    x = run(pipeline, _PROFILE)
    proposal = _at(x, "撰写了联名提案")
    assert len(proposal.organizers) == 2 and "cppcc-tongliang" not in proposal.organizers


def test_we_in_a_chairs_words_stay_the_committee(pipeline):
    # guard: 我们 is the committee, not one member
    x = run(pipeline, "2024-09-10　来源：铜梁区政协\n\n区政协委员、区非遗保护协会副会长王秀兰参加座谈。"
                      "区政协主席表示，我们将围绕龙灯进景区开展专题调研。\n")
    assert list(_at(x, "龙灯进景区").organizers) == ["cppcc-tongliang"]


# --- a department's own page calls itself 我局 / 我委 ---

def test_we_the_bureau_in_a_departments_reply_is_that_department(pipeline):
    x = run(pipeline, "广安市交通运输局关于市政协第0088号提案的答复\n发布日期：2024-06-20\n\n"
                      "您提出的《关于加快渠江航道建设的提案》收悉。收到提案后，我局组织专班赴岳池、武胜开展实地调研。\n")
    researched = _at(x, "开展实地调研")
    assert len(researched.organizers) == 1 and researched.organizers[0] != "cppcc-guangan-sc"


def test_a_cppcc_page_keeps_its_own_committee_for_we(pipeline):
    # guard: a committee's page with no department in its title gives 我委 to no department
    x = run(pipeline, "2024-06-20　来源：市政协经济委员会\n\n6月，我委组织委员赴璧山区开展专题调研。\n")
    assert list(_at(x, "专题调研").organizers) == ["cq-cppcc-economic-committee"]


# --- what work serves, and the time around it ---

def test_a_meeting_the_work_prepares_for_is_no_work(pipeline):
    x = run(pipeline, "2021-06-10　来源：四川省政协\n\n6月，省政协组织委员围绕航道建设开展专题调研，"
                      "为全国政协9月召开的专题协商会提供参考。\n")
    assert [i.type for i in x.initiatives] == ["research"]


def test_a_clause_that_is_only_a_time_around_work_is_no_work(pipeline):
    x = run(pipeline, "2024-12-20　来源：重庆市政协\n\n今年，市政协协助全国政协调研组来渝调研4批次。"
                      "每批次调研前，市政协都提前对接有关部门。调研结束后，市政协及时梳理意见建议。\n")
    assert not [i for i in x.initiatives if i.evidence.text.endswith(("调研前", "调研结束后"))]


# --- someone else's text: a park's, a government's, a congress's page ---

def test_a_parks_page_naming_the_cppcc_once_gives_it_no_figures(pipeline):
    x = run(pipeline, "荣昌高新区重点项目集中签约\n发布时间：2025-06-27　来源：荣昌区融媒体中心\n\n"
                      "6月26日，荣昌高新区重点项目集中签约活动举行。现场签约项目15个，协议投资62亿元。"
                      "其中，食品加工项目6个。1—5月，园区新引进项目38个。园区新开工项目21个。"
                      "区政协副主席出席签约活动。园区将组织专题招商活动不少于6场。\n")
    assert not x.metrics


def test_a_short_item_about_members_keeps_its_figures(pipeline):
    # guard: a short story with few names is the committee's still
    x = run(pipeline, "2025-03-03\n\n出发前，委员们已敲定联名提案28件。\n")
    assert [m.value for m in x.metrics] == [28]


# --- speaking for a body at a sitting ---

_SPEECHES = ("2025-01-22　来源：重庆政协报\n\n市政协六届四次会议举行大会发言。\n\n"
             "九三学社市委会：推动西部陆海新通道扩容\n\n王某委员代表九三学社市委会发言。她说，要加快通道建设。\n\n"
             "江津区政协：共建泸永江融合发展示范区\n\n江津区政协副主席刘某代表江津区政协作大会发言。\n")


def test_a_speech_made_for_a_body_is_that_bodys(pipeline):
    x = run(pipeline, _SPEECHES)
    assert list(_at(x, "代表九三学社市委会发言").organizers) == ["jiusan-cq"]
    assert _at(x, "代表九三学社市委会发言").type == "consultation"
    assert list(_at(x, "代表江津区政协作大会发言").organizers) == ["cppcc-jiangjin"]


def test_a_partys_representative_speaking_names_no_body_after_the_word(pipeline):
    # guard: 代表 as a noun (某党派市委代表作大会发言) adds no speech of its own
    x = run(pipeline, "在湘潭市政协十一届四次会议上，民建湘潭市委代表作大会发言。\n")
    assert not [i for i in x.initiatives if i.type == "consultation"]


# --- a group named at a sentence's head, with no work told there ---

def test_a_group_named_in_a_sentence_without_work_is_the_group_counted_next(pipeline):
    x = run(pipeline, "2025-12-22　来源：华龙网\n\n"
                      "今年3月，大足区、资阳市和安岳县政协签署合作备忘录。当天，三地政协就开展了首次联合调研。\n\n"
                      "在川南渝西，泸永江三地政协去年签署的协议正在落地。今年以来，三地政协开展联合巡河4次。\n")
    patrols = _at(x, "联合巡河4次")
    assert sorted(patrols.organizers) == ["cppcc-jiangjin", "cppcc-luzhou-sc", "cppcc-yongchuan"]


def test_this_years_month_opening_a_sentence_is_the_year_of_writing(pipeline):
    x = run(pipeline, "2024-06-18　来源：荣昌区政协\n\n2022年，她提交的提案被评为优秀提案。2022年，她还参加了区政协的调研。"
                      "今年4月，荣隆两地政协组织委员围绕濑溪河治理开展联合视察。\n")
    assert _at(x, "濑溪河治理").period.start == 2024


def test_one_bodys_count_of_reading_sessions_and_unannounced_visits_is_a_tally(pipeline):
    x = run(pipeline, "2024-12-20　来源：铜梁区政协\n\n全年，区政协组织委员读书活动10次，组织委员明察暗访8次。\n")
    assert not x.initiatives
    assert sorted(m.value for m in x.metrics) == [8, 10]


def test_what_a_person_says_at_a_council_meeting_is_no_speech_of_its_own(pipeline):
    x = run(pipeline, "2025-09-10　来源：合川区融媒体中心\n\n9月9日，三地政协在合川召开联合议事会。"
                      "武胜县政协副主席杨某在发言中说，要加强协作。\n")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_members_on_a_sichuan_citys_paper_are_that_citys_members(pipeline):
    x = run(pipeline, "【我的提案】让异地结算更方便\n——访市政协委员、安居区某医院副院长张某\n来源：遂宁日报　2024年06月18日\n\n"
                      "“以前重庆潼南区的病人过来住院，报销要来回跑好几趟，现在一刷卡就结了。”说起这几年的变化，市政协委员、安居区某医院副院长张某很有感触。"
                      "他今年提交了关于潼南、遂宁异地就医结算的提案。\n")
    labels = [m.label for m in x.mentions if m.kind == "body" and m.evidence.text == "市政协委员"]
    assert len(labels) == 2 and all(label.startswith("遂宁") for label in labels)


def test_a_yearbooks_next_bracketed_entry_is_its_committees_again(pipeline):
    x = run(pipeline, "江津年鉴（2024）\n发布时间：2024-10-20　来源：区地方志办公室\n\n"
                      "【概况】2023年，江津区政协有委员260名。区政协各专委会围绕职业教育开展专题调研8项。\n\n"
                      "【民主监督】开展长江大保护和綦河禁渔落实情况专项民主监督，并组织委员明察暗访9次。\n")
    assert list(_at(x, "专项民主监督").organizers) == ["cppcc-jiangjin"]


def test_two_committees_meant_among_congresses_and_committees_named_together(pipeline):
    x = run(pipeline, "2025-12-03　来源：荣昌区融媒体中心\n\n11月30日，荣昌区人大常委会、区政协和四川省隆昌市人大常委会、"
                      "隆昌市政协在隆昌召开联动履职总结会。会议通报，两地政协联名提交提案2件。\n")
    assert sorted(_at(x, "联名提交提案2件").organizers) == ["cppcc-longchang-sc", "cppcc-rongchang"]


# --- results turned into joint proposals ---

def test_results_to_be_turned_into_joint_proposals_are_a_proposal_to_come(pipeline):
    x = run(pipeline, "2024-06-10　来源：江津区政协\n\n6月，泸永江三地政协围绕长江岸线修复开展联合视察。"
                      "视察成果将转化为明年全国两会的联名提案。三地政协还商定，协商成果以联名提案形式分别报送两地政协。\n")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert len(proposals) == 2 and all(p.status == "planned" for p in proposals)


def test_results_said_to_have_become_proposals_in_general_are_no_work(pipeline):
    # guard: 履职成果转化为联名提案 in a digest's line tells what results became
    x = run(pipeline, "2024-01-20\n\n·举办沿线省区市政协联合协商，履职成果转化为全国“两会”联名提案和会议发言\n")
    assert not [i for i in x.initiatives if i.type == "proposal"]


def test_a_call_for_topics_or_works_is_work(pipeline):
    x = run(pipeline, "2024-11-20　来源：江北区政协\n\n区政协决定面向社会各界征集2025年度协商议题建议。"
                      "区政协还将面向委员征集书画摄影作品。\n")
    assert [i.type for i in x.initiatives] == ["other", "other"]


def test_a_special_committees_post_held_by_a_teams_leader_makes_it_that_committees_team(pipeline):
    x = run(pipeline, "2023-09-12　来源：四川政协报\n\n9月10日至12日，全国政协常委、全国政协农业和农村委员会副主任李某率调研组来川，"
                      "就丘陵地区农机推广开展专题调研。11日上午，调研组在南充召开座谈会。\n")
    researched = _at(x, "农机推广")
    assert len(researched.organizers) == 1 and researched.organizers[0] != "national-cppcc"
    assert list(_at(x, "召开座谈会").organizers) == list(researched.organizers)


def test_who_oversees_the_key_proposals_in_turn_is_no_work_of_its_own(pipeline):
    x = run(pipeline, "2025-12-10　来源：四川政协报\n\n今年，省政协共确定重点提案40件，分别由省领导领衔督办、"
                      "主席会议成员牵头督办以及各专委会对口督办。\n")
    assert len([i for i in x.initiatives if i.type == "supervision"]) == 1


def test_a_text_speaking_of_itself_as_what_follows_is_no_work(pipeline):
    x = run(pipeline, "2025-01-24　来源：重庆政协报\n\n市政协六届四次会议期间，委员们踊跃发言。现将部分发言摘要刊登如下。"
                      "为做好文史资料征集，现将征稿事宜公布如下。\n")
    assert not [i for i in x.initiatives if i.type == "publication"]


def test_oversight_received_or_compared_as_a_kind_is_no_work(pipeline):
    x = run(pipeline, "2022-01-10　来源：邻水县人民政府\n\n县政府将自觉接受县人大法律监督和县政协民主监督。"
                      "会上大家认为，人大监督和政协民主监督各有侧重。\n")
    assert not [i for i in x.initiatives if i.type == "supervision"]
