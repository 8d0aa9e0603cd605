"""Key proposals counted by aspect (经济建设方面重点提案7件) are a proposal on that aspect each,
as proposals counted by aspect are; the count itself stays a statistic. The sentences are made
up for this project."""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_key_proposals_counted_by_aspect_are_a_proposal_each(pipeline):
    x = run(pipeline, "2024年1月，省政协确定重点提案18件，其中经济建设方面重点提案7件，文化建设方面重点提案3件。")
    proposals = [i.label for i in x.initiatives if i.type == "proposal"]
    assert proposals == ["提案：经济建设方面", "提案：文化建设方面"], proposals
    assert any(m.value == 7 for m in x.metrics), x.metrics
