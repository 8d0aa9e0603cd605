"""Proposals counted by the field they are in (在X方面提出提案N件): a proposal on X each; advice
given in a counted number of fields (提出甲、乙等9个方面意见建议): a consultation.

A provincial session's digest sorts the proposals received by field, one clause a field; each is
the proposals on that field, a piece of work and a statistic, as 围绕X提出提案N件 is.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_each_field_counted_is_a_proposal_on_it(pipeline):
    x = run(pipeline, "2024年，四川省政协委员在推进乡村振兴方面提出提案175件，在优化营商环境方面提出提案163件。")
    found = [(i.type, i.label) for i in x.initiatives]
    assert found == [("proposal", "提案：推进乡村振兴"), ("proposal", "提案：优化营商环境")], found
    assert sorted(m.value for m in x.metrics) == [163, 175], x.metrics


def test_a_field_with_no_count_is_no_tally(pipeline):
    x = run(pipeline, "2024年，四川省政协在推进乡村振兴方面做了大量工作。")
    assert not any(i.type == "proposal" for i in x.initiatives), x.initiatives


def test_advice_in_counted_fields_listing_them_is_a_consultation(pipeline):
    x = run(pipeline, "2021年，遂宁市政协组织委员提出盘活闲置厂房、培育夜间经济等9个方面意见建议。")
    assert [i.type for i in x.initiatives] == ["consultation"], x.initiatives


def test_advice_in_counted_fields_after_the_work_that_gave_it_is_no_second_piece(pipeline):
    x = run(pipeline, "2021年，遂宁市政协围绕夜间经济开展专题协商，提出9个方面建议。")
    assert [i.type for i in x.initiatives] == ["consultation"], x.initiatives


def test_a_bare_count_of_advice_stays_a_tally(pipeline):
    x = run(pipeline, "2021年，遂宁市政协委员提出建议600余条。")
    assert not x.initiatives, x.initiatives


def test_advice_on_a_pilot_is_advice_not_a_campaign(pipeline):
    x = run(pipeline, "2023年，遂宁市政协就农村宅基地改革试点提出5方面18条建议。")
    assert [i.type for i in x.initiatives] == ["consultation"], x.initiatives
