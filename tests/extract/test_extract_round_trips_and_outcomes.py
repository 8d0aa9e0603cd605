"""Issue 12, the round of field trips, mid-year reviews, outcomes told later, village
consultations across the border and agreements between committees: the forms its blind sets
showed, read as their readers would.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import organizer_labels, run

_SIX = ["政协内江市委员会", "政协自贡市委员会", "政协泸州市委员会",
        "政协重庆市荣昌区委员会", "政协重庆市永川区委员会", "政协重庆市大足区委员会"]


def test_places_listed_before_a_region_and_a_count_are_each_their_committee(pipeline):
    x = run(pipeline, "2025年，内江、自贡、泸州和重庆荣昌、永川、大足等川南渝西6市区政协在泸州联合举办某某论坛。")
    (forum,) = x.initiatives
    assert sorted(organizer_labels(x, forum)) == sorted(_SIX)
    assert forum.joint_sichuan_chongqing


def test_the_count_said_again_is_the_same_committees(pipeline):
    x = run(pipeline, "2025年，内江、自贡、泸州和重庆荣昌、永川、大足等川南渝西6市区政协在泸州联合举办某某论坛，"
                      "六市区政协共同发出协作倡议。")
    call = next(i for i in x.initiatives if "倡议" in i.evidence.text)
    assert sorted(organizer_labels(x, call)) == sorted(_SIX)
