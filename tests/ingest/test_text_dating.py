"""The years a text without metadata covers, from its own dating: the year a plan is drawn up
for is not the year the text tells of, unless it is the only year the text names.

The sentences are made up for this project.
"""

from __future__ import annotations

from cppcckg.ingest.reports import report_from_bytes


def _period(text: str) -> str | None:
    report = report_from_bytes(text.encode("utf-8"), "t", "t", {"id": "t"})
    return report.period.label() if report.period else None


def test_a_meeting_on_next_years_plan_tells_of_this_year():
    text = ("12月3日，区政协召开主席会议，研究部署明年工作。会议听取了2025年度重点提案办理情况的汇报，"
            "审议通过了《区政协2026年协商工作计划（草案）》。")
    assert _period(text) == "2025"


def test_a_plan_that_names_only_its_own_year_is_that_years():
    assert _period("区政协2026年工作要点。全年安排专题协商6次，开展视察调研10次。") == "2026"


def test_a_year_named_most_still_counts_beside_no_plan():
    assert _period("2024年，区政协开展专题协商8次。2024年11月，区政协召开常委会议。") == "2024"


def test_the_year_a_span_of_work_began_is_not_the_year_told():
    text = ("自2021年签订合作协议以来，两地政协已累计开展联合调研16次。2021年的协议明确了合作机制。"
            "两地政协于2024年联合开展专题协商。")
    assert _period(text) == "2024"


def test_a_news_story_is_of_the_year_it_was_written():
    text = ("某县政协与某区政协召开协作座谈会\n2022-05-19 10:20 来源：某某网\n\n"
            "5月18日，某县政协与某区政协在某镇召开协作座谈会。2020年，两地政协签订了合作协议，"
            "此后每年轮流举办座谈。")
    assert _period(text) == "2022"


def test_work_since_an_earlier_year_is_background_to_the_story():
    text = ("2023年03月10日 09:00 来源：某某报\n本报讯 3月9日，两区政协委员联合视察跨界河流治理。"
            "2021年以来，双方已开展联合巡河多次。")
    assert _period(text) == "2023"


def test_a_feature_opening_on_a_quote_is_of_the_day_its_lead_gives():
    text = ("2024年09月12日 星期四\n\n“以前河里全是垃圾，现在能看见鱼了。”8月28日清晨，站在堤岸上的村民对记者说。"
            "2020年以来，两地政协每年联合巡河。当天，两地政协委员沿河察看了三个排污口。")
    assert _period(text) == "2024"


def test_a_lead_after_the_reporters_names_in_brackets_is_the_story_lead():
    text = ("2021年06月18日 08:52 来源：某某报\n\n本报讯（记者 某甲 通讯员 某乙）6月13日至17日，两省市政协组成"
            "联合调研组开展专题调研。2020年，两地政协曾联合视察某江。")
    assert _period(text) == "2021"


def test_a_bulletin_of_a_years_duty_told_the_january_after_is_of_that_year():
    text = ("2022年01月14日 第A3版\n\n区政协通报2021年度委员履职情况\n\n本报讯 1月13日，区政协印发委员履职情况通报。"
            "全年委员人均参加履职活动11次。")
    assert _period(text) == "2021"


def test_a_lead_dated_after_the_month_of_writing_is_of_the_year_before():
    text = "2024-01-03 08:00 来源：某某网\n12月28日，区政协召开专题协商会，围绕社区养老服务建言。"
    assert _period(text) == "2023"


def test_a_session_story_that_reviews_the_past_year_still_reviews_it():
    text = ("2024-01-20 来源：某某网\n1月19日，区政协十届三次会议开幕。过去一年，区政协围绕中心工作"
            "开展专题协商6次。")
    assert _period(text) == "2023"


def test_a_target_year_is_no_time_the_text_tells_of():
    # 2035年远景目标 and 到2030年 are aims: the text names no other year, so it is not dated by them
    text = ("县政协召开常委会议，围绕实现2035年远景目标开展协商讨论。"
            "会议提出，到2030年要基本建成区域物流枢纽。")
    assert _period(text) is None


def test_a_target_year_leaves_the_years_a_text_tells_of():
    text = "区政协围绕2035年远景目标开展专题调研。调研组认为，2035年远景目标的实现要靠产业。区政协在2023年开展协商8次。"
    assert _period(text) == "2023"


def test_a_years_honours_given_without_a_day_of_writing_date_the_year_after():
    # 表彰2020年度优秀提案 is done in 2021: the text tells of 2021, not of 2020
    text = "市政协召开新闻发布会，介绍五届四次会议筹备情况。会后将通报表彰2020年度优秀提案和2020年度优秀委员。"
    assert _period(text) == "2021"


def test_months_of_the_year_of_writing_told_first_date_the_story_before_a_year_of_data():
    text = ("发布时间：2024-07-16 09:32\n\n今年4月至6月，川渝两省市政协组成联合调研组开展联合调研。\n\n"
            "2023年，两省市电子信息制造业营业收入约1.6万亿元。")
    assert _period(text) == "2024"


def test_a_year_opening_the_story_before_any_month_of_this_year_still_dates_it():
    text = ("发布时间：2024-01-16 09:32\n\n2023年，区政协围绕乡村振兴开展专题调研。"
            "今年3月，区政协还将召开全会。")
    assert _period(text) == "2023"


def test_a_review_that_opens_with_a_span_of_years_covers_that_span():
    text = ("2025-03-05　来源：某日报\n\n编者按：本报对五年来的协作成果作一梳理。\n\n"
            "2023年以来，市政协指导各县政协共建跨省协商平台。")
    assert _period(text) == "2020-2024"


def test_a_span_of_years_late_in_a_year_ends_in_that_year():
    assert _period("2025-11-05　来源：某日报\n\n三年来，两地政协共开展联合调研12次。") == "2023-2025"


def test_a_span_a_meeting_sums_up_is_no_span_of_the_text():
    text = ("2025年12月15日\n\n11月下旬，甲市政协与乙区政协联合召开文史协作会议，总结两年来合作征编史料的情况。")
    assert _period(text) == "2025"
