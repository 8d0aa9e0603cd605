"""Key proposals counted by aspect (生态文明方面重点提案5件) are a proposal on that aspect each,
as proposals counted by aspect are; the count itself stays a statistic. The sentences are made
up for this project."""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_key_proposals_counted_by_aspect_are_a_proposal_each(pipeline):
    x = run(pipeline, "2024年1月，省政协确定重点提案16件，其中生态文明方面重点提案5件，社会民生方面重点提案4件。")
    proposals = [i.label for i in x.initiatives if i.type == "proposal"]
    assert proposals == ["提案：生态文明方面", "提案：社会民生方面"], proposals
    assert any(m.value == 5 for m in x.metrics), x.metrics
