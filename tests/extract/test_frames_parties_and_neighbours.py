"""Where a reporter learned something at a session's sitting, and the year behind it told there.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_a_sitting_where_a_reporter_learned_the_news_holds_nothing(pipeline):
    x = run(pipeline, "2024-01-15 来源：某县\n记者从县政协十五届三次会议开幕会上获悉，过去一年，县政协围绕乡村振兴开展专题视察。")
    assert [i.type for i in x.initiatives] == ["inspection"], x.initiatives


def test_work_of_the_year_behind_told_at_a_sitting_keeps_the_year_reviewed(pipeline):
    x = run(pipeline, "2024-01-15 来源：某县\n记者从县政协十五届三次会议开幕会上获悉，过去一年，县政协围绕乡村振兴开展专题视察。")
    assert [(i.type, i.period.label() if i.period else None) for i in x.initiatives] == [("inspection", "2023")], x.initiatives
