"""Issue 12, the round of plan lines, year plans of other provinces, week-in-review posts,
township work and feature stories: the forms its blind sets showed, read as their readers would.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_numbered_lines_after_a_lead_line_of_work_to_come_are_planned(pipeline):
    x = run(pipeline, "2026年1月9日，某某政协联席会议第二次会议在梁平区召开。会议回顾了2025年工作。\n"
                      "会议审议通过了年度协作要点。根据要点，今年六地政协将重点抓好以下几项工作：\n"
                      "（一）联合开展“竹产业链协同发展”专题调研。牵头单位：梁平区政协。\n"
                      "（二）开展跨界河流水质联合视察。牵头单位：大竹县政协。\n")
    planned = [i for i in x.initiatives if i.type in ("research", "inspection")]
    assert [i.status for i in planned] == ["planned", "planned"]
    assert all(i.period is not None and i.period.start == 2026 for i in planned)


def test_numbered_lines_stop_being_planned_at_the_first_line_without_a_number(pipeline):
    x = run(pipeline, "2026年1月9日，某某政协联席会议第二次会议在梁平区召开。今年六地政协将重点抓好以下工作：\n"
                      "（一）开展跨界河流水质联合视察。牵头单位：大竹县政协。\n"
                      "会后，与会人员考察了梁平区竹博园。\n")
    visit = next(i for i in x.initiatives if "竹博园" in i.evidence.text)
    assert visit.status == "done"


def test_numbered_lines_after_a_lead_of_work_done_are_done(pipeline):
    x = run(pipeline, "2025年12月20日，梁平区政协召开常委会议。会议通报，今年区政协已完成以下工作：\n"
                      "（一）开展了跨界河流水质联合视察。\n（二）召开了竹产业发展专题协商会。\n")
    assert {i.status for i in x.initiatives if i.type in ("inspection", "consultation")} == {"done"}


def test_a_sitting_fixed_for_a_month_after_the_text_is_planned_in_that_year(pipeline):
    x = run(pipeline, "2026年1月9日，某某政协联席会议第二次会议在梁平区召开。"
                      "会议还确定，联席会议第三次会议于2027年1月在达州市召开。")
    (next_sitting,) = [i for i in x.initiatives if "第三次" in i.evidence.text]
    assert next_sitting.status == "planned"
    assert (next_sitting.period.start, next_sitting.period.end) == (2027, 2027)
    assert next_sitting.label == "联席会议第三次会议"


def test_a_sitting_held_in_a_month_before_the_text_stays_done(pipeline):
    x = run(pipeline, "2026年3月9日讯，万达开政协联席会议第四次会议于2026年1月在开州区召开。")
    (sitting,) = [i for i in x.initiatives if i.type == "meeting"]
    assert sitting.status == "done"
    assert sitting.label == "万达开政协联席会议第四次会议"


def test_the_last_numbered_item_of_a_plan_is_kept_when_news_follows_it(pipeline):
    x = run(pipeline, "2026年1月9日，某某政协联席会议召开。今年三地政协将重点做好以下工作：\n"
                      "（一）开展跨界河流水质联合视察。牵头单位：大竹县政协。\n"
                      "（二）举办第三届明月山政协委员文旅论坛。牵头单位：梁平区政协。\n\n"
                      "会议还确定，联席会议下次会议于2027年1月在达州市召开。\n")
    assert any("文旅论坛" in i.label for i in x.initiatives)


def test_a_mechanism_founded_is_no_sitting(pipeline):
    x = run(pipeline, "2026年1月9日，据了解，某某政协联席会议于2022年在梁平区发起成立，实行轮值主办。")
    assert [i for i in x.initiatives if i.type == "meeting"] == []


def test_a_sitting_marking_a_mechanisms_anniversary_is_a_sitting(pipeline):
    x = run(pipeline, "2026年1月9日，某某政协联席会议成立5周年座谈会在梁平区召开。")
    assert [i.type for i in x.initiatives] == ["meeting"]
