"""An organ written by its word alone (常委会, 党组) is the organ of the committee its paragraph
named last: in a digest of several counties, each item's 常委会 is that county's, not the first
county's; in a district's report headlined with its partner, the district's own.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_DIGEST = ("区县政协动态\n\n城口县：3月2日，县政协召开主席会议，研究年度协商计划。\n\n"
           "巫溪县：3月5日，县政协召开常委会会议，听取县政府关于乡村振兴工作情况的通报。\n\n"
           "彭水县：3月8日，县政协党组召开会议，传达学习全国两会精神。")


def _read_at(extraction, word: str):
    start = extraction.report.text.index(word)
    return next(m for m in extraction.mentions if m.kind == "body" and m.evidence.start == start)


def test_each_items_standing_committee_is_that_countys(pipeline):
    x = run(pipeline, _DIGEST)
    organ = _read_at(x, "常委会")
    assert organ.members == ("cppcc-wuxi",), organ


def test_each_items_committee_and_party_group_are_that_countys(pipeline):
    x = run(pipeline, _DIGEST)
    organ = _read_at(x, "县政协党组")
    assert "彭水" in organ.label, organ


def test_the_items_meeting_is_held_by_its_own_county(pipeline):
    x = run(pipeline, _DIGEST)
    held = [(i.type, i.organizers) for i in x.initiatives if i.type == "meeting"]
    assert ("meeting", ("cppcc-wuxi",)) in held, x.initiatives
