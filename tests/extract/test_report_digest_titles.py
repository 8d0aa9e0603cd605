"""A text whose title gives a committee's work report (…常委会工作报告（摘要）, 图解…常委会工作报告)
speaks for that committee as the report does: an actor-less item under a later heading is the
committee's, not the pair named under an earlier one. A title that says someone delivered or
reviewed the report (某某作常委会工作报告) is a news item's, whose subject carries on.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_DIGEST_BODY = ("\n\n■协商\n全年开展重点协商20项。\n\n■调研\n"
                "市政协农业农村委员会与四川省政协农业和农村委员会联合调研川渝粮食产业协作。\n\n"
                "■2025\n将围绕城市更新开展系列协商。")


def _told(x) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.type, i.organizers) for i in x.initiatives]


def test_a_digests_later_heading_is_the_committees_work(pipeline):
    x = run(pipeline, "图解丨三分钟读懂市政协常委会工作报告" + _DIGEST_BODY)
    assert _told(x)[-1] == ("consultation", ("cq-cppcc",)), _told(x)


def test_a_report_digest_titled_in_full(pipeline):
    x = run(pipeline, "政协重庆市委员会常务委员会工作报告（摘要）" + _DIGEST_BODY)
    assert _told(x)[-1] == ("consultation", ("cq-cppcc",)), _told(x)


def test_a_news_item_on_the_report_being_delivered_carries_its_subject(pipeline):
    x = run(pipeline, "大足区政协主席张某某作常委会工作报告\n\n7月，大足区政协与资阳市政协开展石刻保护联合视察。\n\n"
                      "8月，又围绕文旅融合开展联合调研。")
    assert set(_told(x)[-1][1]) == {"cppcc-dazu", "cppcc-ziyang-sc"}, _told(x)


def test_a_headlines_reading_words_are_no_place(pipeline):
    x = run(pipeline, "一图读懂区政协常委会工作报告\n\n一年来，区政协与四川省广安市政协联合开展川渝合作示范区建设调研。")
    assert not [m.evidence.text for m in x.mentions if m.kind == "body" and "读懂" in m.evidence.text + m.label]
