"""Prices and a village's own figures met on a visit are no statistic of the committee's.

A grower quoted on a research visit (卖2元左右一斤, 每斤3元) gives a price; a village's own
count after 全村有 (全村有86户村民签约入股) describes the place. The members' own tally in the
same story stays a statistic.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _values(x) -> list[float]:
    return [m.value for m in x.metrics]


def test_a_price_by_the_unit_is_no_statistic(pipeline):
    x = run(pipeline, "2019年，县政协组织委员调研柑橘产业。“脐橙在村口只卖2元左右一斤，运到外地加工后能卖到4元左右一斤。”"
                      "一位果农说。县政协协调筹集产业扶持资金50万元。")
    assert _values(x) == [500000], x.metrics


def test_a_price_written_after_its_unit_is_no_statistic_either(pipeline):
    x = run(pipeline, "2019年，县政协组织委员调研茶叶产业。当地毛尖每斤300元，委员们提出建议8条。")
    assert _values(x) == [8], x.metrics


def test_a_villages_own_count_is_no_statistic(pipeline):
    x = run(pipeline, "2024年，区政协组织委员到某村调研乡村旅游。全村有86户村民签约入股。委员们提出建议12条。")
    assert _values(x) == [12], x.metrics
