"""The places of a list before one head (A区、B市和C县政协) are mentioned as places as well as read
as their committees: a reader asking which places a text names gets them, and who acted is
unchanged.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_TEXT = ("2022-08-18 来源：某区政协\n8月16日，合川区、广安市、岳池县三地政协在合川区召开协同发展联席会议，"
         "围绕嘉陵江流域生态保护进行协商。")


def _read_at(extraction, word: str) -> set[tuple[str, str]]:
    start = extraction.report.text.index(word)
    return {(m.kind, m.label) for m in extraction.mentions
            if (m.evidence.start, m.evidence.end) == (start, start + len(word))}


def test_each_listed_place_is_a_place_and_its_committee(pipeline):
    x = run(pipeline, _TEXT)
    assert ("place", "广安市") in _read_at(x, "广安市"), x.mentions
    assert any(kind == "body" and "广安" in label for kind, label in _read_at(x, "广安市")), x.mentions
    assert ("place", "岳池县") in _read_at(x, "岳池县"), x.mentions


def test_the_committees_still_hold_the_meeting_and_not_the_places(pipeline):
    x = run(pipeline, _TEXT)
    meeting = x.initiatives[0]
    assert set(meeting.organizers) == {"cppcc-hechuan", "cppcc-guangan-sc", "cppcc-yuechi-sc"}, meeting
    assert "广安市" not in meeting.places and "guangan" not in meeting.places, meeting


def test_a_committee_named_in_full_brings_no_place_mention(pipeline):
    x = run(pipeline, "2022-08-18 来源：某区政协\n8月16日，广安市政协在广安召开协商会。")
    assert ("place", "广安市") not in _read_at(x, "广安市政协"), x.mentions
