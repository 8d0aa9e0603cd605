"""The round of special committees' own pages, sector and reading work, river-basin groups,
session openings and council meetings: the rules it added.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _of_type(x, kind):
    return [i for i in x.initiatives if i.type == kind]


def _at(x, words):
    (found,) = [i for i in x.initiatives if words in i.evidence.text]
    return found


# --- a special committee's own page calls itself 委员会 and 本委 ---

_OWN_PAGE = ("经济委员会召开年中工作推进会\n"
             "2024-07-12　来源：经济委员会\n\n"
             "7月10日，市政协经济委员会召开年中工作推进会，梳理上半年履职情况。\n\n"
             "上半年，本委联合市工商联召开小微企业首贷续贷协商座谈会。"
             "委员会组织委员赴璧山区、永川区就工业母机产业链配套开展专题调研。"
             "委员会与四川省政协经济委员会共同开展川渝氢能产业协同联合调研，并在成都召开座谈会。"
             "此外，本委跟踪督办《关于降低中小企业物流成本的提案》等重点提案。\n")


def test_a_committees_own_page_gives_its_clauses_to_that_committee(pipeline):
    # guard: the page's committee acts where a clause opens with 委员会 or 本委
    x = run(pipeline, _OWN_PAGE)
    assert list(_at(x, "工业母机").organizers) == ["cq-cppcc-economic-committee"]
    assert list(_at(x, "跟踪督办").organizers) == ["cq-cppcc-economic-committee"]


def test_the_committee_working_with_a_body_it_names_holds_the_work_with_it(pipeline):
    x = run(pipeline, _OWN_PAGE)
    meeting = _at(x, "首贷续贷")
    assert meeting.organizers[0] == "cq-cppcc-economic-committee" and len(meeting.organizers) == 2
    joint = _at(x, "氢能产业")
    assert sorted(joint.organizers) == ["cq-cppcc-economic-committee", "sc-cppcc-economic-committee"]
    assert joint.joint_sichuan_chongqing
    on_the_way = _at(x, "在成都召开座谈会")  # (the pair's trip goes on: the meeting on the way is theirs)
    assert sorted(on_the_way.organizers) == ["cq-cppcc-economic-committee", "sc-cppcc-economic-committee"]


def test_the_committees_own_people_are_no_actor(pipeline):
    # guard: 委员会主任 presides; the committee's people name no new actor
    x = run(pipeline, "2024-07-12　来源：经济委员会\n\n7月10日，市政协经济委员会召开全体会议，委员会主任主持会议。\n")
    (meeting,) = _of_type(x, "meeting")
    assert list(meeting.organizers) == ["cq-cppcc-economic-committee"]


# --- a bare 市政协 read in the places a text names, their districts counting for them ---

def test_districts_named_count_for_their_city_when_the_bare_form_is_read(pipeline):
    x = run(pipeline, "一年来，市政协组织委员赴璧山区、永川区、沙坪坝区和两江新区开展调研。"
                      "市政协还与四川省政协在绵阳召开座谈会，双方委员走访了绵阳的企业。")
    assert "cq-cppcc" in _at(x, "璧山区").organizers


# --- a news item's 会议… paragraph speaks for the meeting the item opened with ---

def test_a_later_paragraph_opening_with_the_meeting_is_the_opening_meetings(pipeline):
    x = run(pipeline, "2024-01-05　来源：农业和农村委员会\n\n"
                      "1月4日，市政协农业和农村委员会召开全体会议，总结上年工作。\n\n"
                      "去年，委员会赴江津区、綦江区调研，又与四川省政协农业和农村委员会开展联合调研，并在泸州召开座谈会。\n\n"
                      "会议明确了今年的工作重点：一是围绕高标准农田建设开展专题调研。\n")
    assert list(_at(x, "高标准农田").organizers) == ["cq-cppcc-agriculture-committee"]


# --- reading groups opened ---

def test_a_reading_group_opened_on_a_theme_is_study_work(pipeline):
    x = run(pipeline, "2023年，区政协围绕建设职教强区开设专题读书群，组织委员线上共读。")
    (found,) = _of_type(x, "study")
    assert "读书群" in found.evidence.text


def test_reading_groups_one_committee_counts_are_a_tally(pipeline):
    # guard: groups counted with no theme and no partner are a statistic only
    x = run(pipeline, "2023年，区政协先后开设主题读书群6个，委员发帖3000余条。")
    assert not _of_type(x, "study")


def test_reading_groups_a_trio_opened_together_are_their_work(pipeline):
    x = run(pipeline, "2025年，泸永江三地政协联合开设主题读书群3个，推动委员跨区域共学。")
    (found,) = _of_type(x, "study")
    assert len(found.organizers) == 3 and found.joint_sichuan_chongqing


# --- groups of nine and ten, and a group announcing counted work to come ---

_NINE = ("10月9日，嘉陵江流域九地政协第三次联席会议召开。广元市、南充市、广安市、遂宁市、绵阳市政协和"
         "重庆市合川区、北碚区、渝北区、江北区政协负责同志参加会议。\n\n"
         "一年来，九地政协围绕岸线修复联合开展调研视察5次。\n\n"
         "2025年，九地政协拟携手开展两项重点工作。一是围绕支流水质提升开展联合调研；二是联合举办流域保护论坛。\n")


def test_nine_committees_listed_are_the_nine_a_later_count_means(pipeline):
    x = run(pipeline, _NINE)
    found = _at(x, "岸线修复")
    assert len(found.organizers) == 9 and "cppcc-hechuan" in found.organizers


def test_the_items_of_work_a_group_announces_are_its_own_planned_for_that_year(pipeline):
    x = run(pipeline, _NINE)
    item = _at(x, "支流水质")
    assert len(item.organizers) == 9
    assert item.status == "planned" and item.period is not None and item.period.start == 2025


# --- a session's closing announced after its length ---

def test_the_closing_told_after_the_sessions_length_is_a_planned_meeting(pipeline):
    x = run(pipeline, "3月2日上午，政协开江县第十届委员会第三次会议开幕。会期3天，将于4日下午闭幕。")
    closing = [i for i in _of_type(x, "meeting") if "闭幕" in i.evidence.text]
    assert len(closing) == 1 and closing[0].status == "planned"


def test_the_closing_told_after_a_sessions_span_is_a_planned_meeting(pipeline):
    x = run(pipeline, "1月6日上午，政协安岳县第十一届委员会第二次会议开幕。会议为期3天，将于8日上午闭幕。")
    closing = [i for i in _of_type(x, "meeting") if "闭幕" in i.evidence.text]
    assert len(closing) == 1 and closing[0].status == "planned"


# --- the functions' aims in parallel lines tell no work ---

def test_parallel_lines_of_a_places_aims_tell_no_work(pipeline):
    x = run(pipeline, "一年来，市政协服务全市发展大局，聚焦数字强市献计出力，聚焦交通兴市资政建言，聚焦文旅旺市集思广益，推动全市发展。")
    assert not x.initiatives


def test_parallel_lines_of_each_function_tell_no_work(pipeline):
    x = run(pipeline, "一年来，县政协坚持团结和民主两大主题，政治协商聚焦大事，民主监督紧盯难事，参政议政关注实事。")
    assert not x.initiatives


# --- a plan named as the ground of the work done ---

def test_work_done_as_the_joint_plan_said_is_done(pipeline):
    x = run(pipeline, "2023-11-20　来源：人口资源环境委员会\n\n今年，委员会与四川省政协人口资源环境委员会依据川渝政协"
                      "当年联合履职工作计划，合力开展长江支流生态修复联合调研。\n")
    assert _at(x, "生态修复").status == "done"


# --- quoted subjects counted as 重点, then the work ---

def test_quoted_subjects_counted_as_points_are_one_work_each(pipeline):
    x = run(pipeline, "2025年6月，川渝两省市政协围绕“跨界河流断面监测”“入河排污口整治”“岸线生态修复”3个重点，"
                      "共同开展沱江流域联合民主监督。")
    found = _of_type(x, "supervision")
    assert len(found) == 3 and all(i.joint_sichuan_chongqing for i in found)


# --- numbered items each quoting a subject are the items, not a list of subjects ---

def test_numbered_items_quoting_one_subject_each_stay_the_items(pipeline):
    x = run(pipeline, "2023-12-05　来源：达州日报\n\n明年三地政协将重点抓好三项工作：一是围绕“共建港口物流枢纽”开展联合调研；"
                      "二是就“跨省就医结算”组织联合视察；三是联合召开以“秦巴文旅融合”为题的远程协商会。\n")
    assert sorted(i.type for i in x.initiatives) == ["consultation", "inspection", "research"]
    assert all(i.status == "planned" for i in x.initiatives)


# --- a meeting's view of a year's work by the group it names ---

def test_a_meetings_view_of_a_years_work_by_a_group_is_that_work(pipeline):
    x = run(pipeline, "会议认为，2025年两地政协紧扣毗邻地区一体化发展，全年共同开展联合调研4次、联合视察3次。")
    assert {i.type for i in x.initiatives} == {"research", "inspection"}
    assert all(i.status == "done" for i in x.initiatives)


# --- party branches' days and joint study ---

def test_a_branchs_counted_party_days_are_a_tally(pipeline):
    x = run(pipeline, "2024年，机关各党支部共开展主题党日活动31次。")
    assert not x.initiatives


def test_joint_study_of_a_pairs_branches_counted_is_their_work(pipeline):
    x = run(pipeline, "两地政协自2021年结对以来，已联合开展党建联学活动6次。")
    (found,) = x.initiatives
    assert found.type == "study"


# --- items run on after the words that agree them ---

def test_items_after_the_words_that_agree_them_are_each_planned(pipeline):
    x = run(pipeline, "2022-12-20　来源：川观新闻\n\n记者：明年有何打算？\n\n"
                      "某某：我们商定，一是联合开展跨界河流水质监测专题视察；二是由资阳市政协牵头举办石窟保护论坛；三是共同编印文史读本。\n")
    assert len(x.initiatives) == 3 and all(i.status == "planned" for i in x.initiatives)


def test_counted_work_agreed_for_this_year_announces_its_items(pipeline):
    x = run(pipeline, "2024-01-16　来源：重庆政协报\n\n今年两地政协商定联合开展两项工作。"
                      "一是围绕柠檬产业链延伸开展联合调研；二是在潼南共同举办政协论坛。\n")
    assert len(x.initiatives) == 2
    assert all(i.status == "planned" and i.period is not None and i.period.start == 2024 for i in x.initiatives)


# --- a special committee hosting its committee's consultation ---

def test_the_committee_hosted_for_holds_its_consultation(pipeline):
    x = run(pipeline, "2025年，荣昌区政协社会和法制委员会围绕基层矛盾调处深入镇街调研，在此基础上承办区政协专题协商会。")
    (consultation,) = [i for i in x.initiatives if i.type == "consultation"]
    assert consultation.organizers == ("cppcc-rongchang",)


# --- historical materials collected together ---

def test_historical_materials_collected_together_are_work(pipeline):
    x = run(pipeline, "明年三地政协将围绕“古镇老手艺”联合征集文史资料。")
    (found,) = x.initiatives
    assert found.type == "other" and found.status == "planned"


def test_a_named_book_compiled_stays_a_publication(pipeline):
    # guard: 征编了《X》 is the book
    x = run(pipeline, "2015年，市政协文史委征编了《江城旧事》文史资料。")
    assert [i.type for i in x.initiatives] == ["publication"]


# --- kinds of work named as what the year's items cover ---

def test_kinds_named_as_what_items_cover_are_no_work(pipeline):
    x = run(pipeline, "根据年度安排，七区县政协今年合力推进重点任务10项，覆盖联合调研、联合视察、联名提案等方面。")
    assert not x.initiatives


# --- a meeting pointing to the year's work or the work since a year ---

def test_a_meeting_pointing_to_a_years_work_tells_it(pipeline):
    x = run(pipeline, "会议指出，2024年，七区县政协围绕生态共保联合开展调研视察5次，联名提交提案2件。")
    assert {i.type for i in x.initiatives} == {"inspection", "proposal"}


# --- a review's headings praising a kind of work ---

def test_a_heading_praising_a_kind_of_work_tells_none(pipeline):
    x = run(pipeline, "联合视察有力度。秋季，两地政协组织部分委员赴琼江沿岸开展联合视察。")
    assert [i.evidence.text for i in x.initiatives] == ["两地政协组织部分委员赴琼江沿岸开展联合视察"]


# --- committees invited as guests do not write the story ---

def test_committees_invited_to_the_writers_meeting_are_guests_not_the_writer(pipeline):
    x = run(pipeline, "9月7日，市政协召开“推动毗邻地区园区共建”专题协商会。此次会议由市政协经济委员会牵头筹备，"
                      "广安市政协、达州市政协负责人受邀出席。此前，市政协经济委员会组成调研组赴潼南区开展调研。")
    assert x.report.publisher == "cq-cppcc"
    assert _at(x, "专题协商会").organizers[0] == "cq-cppcc"
