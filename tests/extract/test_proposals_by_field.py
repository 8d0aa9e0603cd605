"""Proposals counted by the field they are in (在X方面提出提案N件): a proposal on X each.

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
