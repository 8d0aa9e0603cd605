"""The pair or trio of committees a news item is about stays the group that 双方 and 三地政协
stand for when departments report side by side at their meeting, or when two of the three are
named again by their leaders; 三地政协 after a time word (明年三地政协将…) is that group; an item
after a semicolon that opens with 同时 keeps the sentence's actor; a city written as a meeting's
venue (在某市举行) does not make the text's 市政协 that city's.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _told(x) -> list[tuple[str, tuple[str, ...], bool]]:
    return [(i.type, i.organizers, i.joint_sichuan_chongqing) for i in x.initiatives]


def test_departments_reporting_at_the_pairs_meeting_are_no_new_pair(pipeline):
    x = run(pipeline, "5月8日，重庆市大足区政协与四川省资阳市政协在大足举行联动协商会。"
                      "会上，大足区文化旅游委、资阳市文广旅局分别介绍了石刻保护情况。"
                      "双方商定，下半年将联合开展石刻文物安全视察。")
    assert _told(x)[-1] == ("inspection", ("cppcc-dazu", "cppcc-ziyang-sc"), True), _told(x)


def test_two_of_three_named_by_their_leaders_leave_the_three(pipeline):
    x = run(pipeline, "9月3日，万州区政协、达州市政协、开州区政协联席会议在万州召开。"
                      "万州区政协主席某某主持会议，达州市政协主席某某、开州区政协主席某某出席。"
                      "会议明确，明年由三地政协联合开展交通互联互通视察。")
    assert set(_told(x)[-1][1]) == {"cppcc-wanzhou", "cppcc-dazhou-sc", "cppcc-kaizhou"}, _told(x)


def test_the_three_after_a_time_word_are_the_group(pipeline):
    x = run(pipeline, "万州区政协、达州市政协、开州区政协在达州召开联席会议。明年三地政协将联合开展医疗资源共享调研。")
    assert set(_told(x)[-1][1]) == {"cppcc-wanzhou", "cppcc-dazhou-sc", "cppcc-kaizhou"}, _told(x)


def test_an_item_opening_with_meanwhile_keeps_the_sentences_actor(pipeline):
    x = run(pipeline, "万州区政协、达州市政协、开州区政协在达州召开联席会议。"
                      "会议商定，三地政协将开展联合调研；同时，将在开州举办第四次联席会议。",
            publisher="cppcc-dazhou-sc")
    assert set(_told(x)[-1][1]) == {"cppcc-wanzhou", "cppcc-dazhou-sc", "cppcc-kaizhou"}, _told(x)


def test_a_city_as_a_meetings_venue_is_not_the_texts_city(pipeline):
    x = run(pipeline, "过去一年，政协重庆市委员会与四川省政协在南充举行川渝政协联席会议。"
                      "市政协还围绕优化营商环境开展专题协商。")
    assert _told(x)[-1][:2] == ("consultation", ("cq-cppcc",)), _told(x)


def test_a_city_named_otherwise_still_says_whose_committee(pipeline):
    x = run(pipeline, "南充市政协召开常委会议。会上，市政协主席某某作了讲话。市政协还围绕嘉陵江保护开展专题协商。")
    assert _told(x)[-1][1] == ("cppcc-nanchong-sc",), _told(x)


def test_partners_named_in_full_do_not_make_the_writer(pipeline):
    x = run(pipeline, "三张图看懂市政协常委会工作报告\n\n全年开展重点协商20项；首次与贵州省政协开展赤水河保护联合协商。\n\n"
                      "明年将联合四川省政协举办川渝政协履职经验交流会。")
    # the partner joins the one piece of work it is named with, and does not write the text
    assert [(i.type, set(i.organizers)) for i in x.initiatives] == [
        ("consultation", {"cq-cppcc", "guizhou-cppcc"}), ("meeting", {"cq-cppcc", "sc-cppcc"})], _told(x)


def test_a_headlines_words_before_a_committee_are_no_place(pipeline):
    x = run(pipeline, "图说｜关键词看懂区政协工作报告")
    assert not any("看懂" in m.label for m in x.mentions), [m.label for m in x.mentions]
