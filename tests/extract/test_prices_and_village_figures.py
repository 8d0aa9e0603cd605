"""Prices, a village's own figures, slogans and offices by their level.

A grower quoted on a research visit (卖2元左右一斤, 每斤3元) gives a price; a village's own
count after 全村有 (全村有86户村民签约入股) describes the place. The members' own tally in the
same story stays a statistic. A village's population (某村人口共N户) describes it too, and a report's
slogans counted in words with their pair (着力抓好三个关键，不断提升…) are headings, no tally. The
Taiwan affairs office written by its level (省台办, 四川省台办) is the government's office.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run
from tests.extract.test_settings_and_sittings import _values


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


def test_a_villages_population_is_no_statistic(pipeline):
    x = run(pipeline, "2022年，县政协委员到某村宣讲。某村人口共812户、2950人。委员们收集意见建议9条。")
    assert _values(x) == [9], x.metrics


def test_a_reports_slogans_counted_in_words_are_no_statistic(pipeline):
    x = run(pipeline, "1月5日，市政协二届三次会议开幕。报告从着力抓好三个关键，不断提升服务大局实效；"
                      "尽力推进三项改革，不断增强履职能力等方面回顾了过去一年的工作。")
    assert not x.metrics, x.metrics


def test_the_taiwan_affairs_office_by_its_level_is_the_governments(pipeline):
    x = run(pipeline, "2024年1月，省政协召开台胞座谈会。四川省台办主任某某出席，省台办有关负责同志参加。")
    labels = {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}
    assert labels["四川省台办"] == labels["省台办"] == "四川省台湾事务办公室", labels
