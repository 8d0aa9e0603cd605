"""Oversight told in three shapes of proposal news:

* proposals counted, then who oversees them (9件重点提案由副区长领衔督办): a statistic, no
  supervision of its own;
* oversight undergone (区政府把提案办理当作接受民主监督的有效途径): no oversight done;
* a briefing heard and then consulted on (会议听取了…重点提案落实进展的通报并进行协商): a
  consultation.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _types(x) -> list[str]:
    return [i.type for i in x.initiatives]


def test_counted_proposals_overseen_are_a_statistic(pipeline):
    x = run(pipeline, "今年，9件重点提案由副区长领衔督办。", publisher="cppcc-jiangbei")
    assert "supervision" not in _types(x)
    assert [m.value for m in x.metrics] == [9]


def test_oversight_undergone_is_no_oversight(pipeline):
    x = run(pipeline, "区政府一直把提案办理当作接受民主监督、转变作风的有效途径。", publisher="cppcc-jiangbei")
    assert "supervision" not in _types(x)


def test_a_briefing_heard_then_consulted_on_is_a_consultation(pipeline):
    x = run(pipeline, "区政协召开常委会议。会议听取了区政府办公室对重点提案落实进展的通报并进行协商。",
            publisher="cppcc-jiangbei")
    assert "consultation" in _types(x)
