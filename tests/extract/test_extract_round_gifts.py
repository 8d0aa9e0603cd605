"""Issue 12, the round after the lists: gifts received, party branches, and the other forms the
round's blind sets showed, read as a reader of district news would read them.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def bodies_named(extraction) -> dict[str, str]:
    return {m.surface: m.label for m in extraction.mentions if m.kind == "body"}


def test_a_gift_received_is_the_work_of_its_giver(pipeline):
    x = run(pipeline, "2月5日，区人民医院收到农工党綦江区委会捐赠的一批防护服和口罩。")
    (gift,) = x.initiatives
    assert gift.type == "other"
    assert [bodies_named(x)[s] for s in ("农工党綦江区委会",)] == ["中国农工民主党重庆市綦江区委员会"]
    giver = next(m.entity for m in x.mentions if m.surface == "农工党綦江区委会")
    assert list(gift.organizers) == [giver]


def test_what_was_given_told_again_is_no_new_gift(pipeline):
    x = run(pipeline, "区政协向社区捐赠的消毒物资已全部发放到位。")
    assert not x.initiatives


def test_a_party_branch_named_with_its_place_is_a_body_of_its_own(pipeline):
    x = run(pipeline, "民盟荣昌支部、九三学社渝北支社和农工党南岸区总支联合开展调研。")
    named = bodies_named(x)
    assert named["民盟荣昌支部"] == "中国民主同盟重庆市荣昌区支部"
    assert named["九三学社渝北支社"] == "九三学社重庆市渝北区支社"
    assert named["农工党南岸区总支"] == "中国农工民主党重庆市南岸区总支"
    (research,) = x.initiatives
    assert len(set(research.organizers)) == 3


def test_a_series_of_commemorations_is_an_event(pipeline):
    x = run(pipeline, "为纪念县政协成立40周年，县政协举办系列庆祝活动。")
    assert [i.type for i in x.initiatives] == ["event"]


def test_an_event_a_body_staged_is_held_where_it_is_told_to_take_place(pipeline):
    x = run(pipeline, "区政协精心策划的经典朗诵会在大剧院与观众见面。")
    assert [i.type for i in x.initiatives] == ["event"]


def test_a_stage_where_something_played_out_is_no_event(pipeline):
    x = run(pipeline, "两地协同发展的舞台上又上演了精彩一幕。")
    assert not x.initiatives
