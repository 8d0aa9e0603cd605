"""A breakdown opened by the proposals it divides (立案提案中，委员提案N件，集体提案M件) gives
members' and collective proposals, as one opened by 其中 does. The sentences are made up
for this project."""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_a_breakdown_of_registered_proposals_names_its_parts(pipeline):
    x = run(pipeline, "2025年1月，区政协十届五次会议共收到提案412件，立案385件。立案提案中，委员提案350件，"
                      "各民主党派、工商联等集体提案35件。")
    measures = {m.value: m.measure for m in x.metrics}
    assert measures.get(350) == "member_proposals", measures
    assert measures.get(35) == "collective_proposals", measures


def test_members_proposals_counted_alone_are_proposals_received(pipeline):
    x = run(pipeline, "2025年1月，区政协十届五次会议期间，委员提案共350件。")
    assert {m.value: m.measure for m in x.metrics}.get(350) == "proposals_received", x.metrics
