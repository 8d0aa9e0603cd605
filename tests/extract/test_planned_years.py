"""Work still to come in a text that reviews the years before it was written is of the year of
writing (下一步, 拟于下半年), or of the year after it when the sentence says 明年; a plan that
names its own year keeps it, and a report part with its own period is left alone.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_SESSION_NEWS = ("某市政协五届三次会议开幕\n发布时间：2025-02-10 09:00 来源：某某网\n\n"
                 "2月9日，某市政协五届三次会议开幕。市政协主席刘某某作常委会工作报告。"
                 "报告显示，一年来，市政协与重庆市某区政协联合开展跨界河流治理调研。")


def _years(x, kind: str) -> list[str | None]:
    return [i.period.label() if i.period else None for i in x.initiatives if i.type == kind]


def test_plans_told_in_a_review_are_of_the_year_of_writing(pipeline):
    x = run(pipeline, _SESSION_NEWS + "下一步，市政协拟于下半年举办两地政协主席联席会议。")
    assert _years(x, "research") == ["2024"], _years(x, "research")
    assert _years(x, "meeting")[-1] == "2025", _years(x, "meeting")


def test_next_year_is_the_year_after_writing(pipeline):
    x = run(pipeline, "2023-11-08 来源：某某报\n11月7日，三地政协召开联席会议，商定明年联合开展乡村旅游专题调研。")
    assert _years(x, "research") == ["2024"], _years(x, "research")


def test_a_plan_that_names_its_year_keeps_it(pipeline):
    x = run(pipeline, _SESSION_NEWS + "市政协将于2026年联合开展专题视察。")
    assert _years(x, "inspection") == ["2026"], _years(x, "inspection")


def test_work_done_this_year_is_not_moved(pipeline):
    x = run(pipeline, "2024-06-12 来源：某某网\n6月11日，区政协组织委员开展养老服务专题视察。")
    assert _years(x, "inspection") == ["2024"], _years(x, "inspection")
