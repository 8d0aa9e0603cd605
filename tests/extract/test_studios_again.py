"""A members' studio named in full (重庆市政协香港委员工作室) and by its own name alone (香港委员工作室)
is one studio, not a place and some words.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_FEATURE = ("2024-05-10 来源：某报\n5月8日，市政协副主席某某到渝中区调研“重庆市政协香港委员工作室”运行情况。\n"
            "香港委员工作室设在解放碑街道，已开展活动12场。")


def test_the_studio_named_by_its_own_name_is_the_studio(pipeline):
    x = run(pipeline, _FEATURE)
    start = x.report.text.index("香港委员工作室设在")
    read = [m for m in x.mentions if m.kind == "body" and m.evidence.start == start]
    assert read and read[0].label == "重庆市政协香港委员工作室", x.mentions
    assert not any(m.kind == "place" and m.evidence.start == start for m in x.mentions), x.mentions


def test_a_studio_named_once_leaves_other_words_alone(pipeline):
    x = run(pipeline, "2024-05-10 来源：某报\n5月8日，委员们到香港考察交流。")
    assert not any(m.label.endswith("委员工作室") for m in x.mentions), x.mentions


def test_a_townships_liaison_station_is_a_body_that_runs_its_work(pipeline):
    x = run(pipeline, "2019-12-20 来源：某区政协\n屏锦镇联络站围绕柚子产业提质增效开展专题协商。")
    assert [m.label for m in x.mentions if m.cls == "WorkingOrgan"] == ["屏锦镇联络站"], x.mentions
    assert [i.organizers for i in x.initiatives] == [(x.mentions[0].entity,)], x.initiatives
