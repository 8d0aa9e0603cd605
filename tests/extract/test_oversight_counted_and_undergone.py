"""Oversight told in three shapes of proposal news:

* proposals counted, then who oversees them (11件重点提案由区领导牵头督办): a statistic, no
  supervision of its own;
* oversight undergone (区政府把提案办理作为接受民主监督的重要抓手): no oversight done;
* a briefing heard and then consulted on (会议听取了…提案办理情况的通报并进行协商): a
  consultation.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _types(x) -> list[str]:
    return [i.type for i in x.initiatives]


def test_counted_proposals_overseen_are_a_statistic(pipeline):
    x = run(pipeline, "今年，11件重点提案由区领导牵头督办。", publisher="cppcc-jiangbei")
    assert "supervision" not in _types(x)
    assert [m.value for m in x.metrics] == [11]


def test_oversight_undergone_is_no_oversight(pipeline):
    x = run(pipeline, "区政府始终把提案办理作为接受民主监督、改进工作作风的重要抓手。", publisher="cppcc-jiangbei")
    assert "supervision" not in _types(x)


def test_a_briefing_heard_then_consulted_on_is_a_consultation(pipeline):
    x = run(pipeline, "区政协召开常委会议。会议听取了区政府办公室关于提案办理情况的通报并进行协商。",
            publisher="cppcc-jiangbei")
    assert "consultation" in _types(x)
