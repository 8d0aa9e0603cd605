"""What a meeting hears told as an introduction of how work went (听取…情况介绍) is the
meeting's business, as a report or a briefing heard is: the work it tells of was counted
where it was done. The sentences are made up for this project."""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_an_introduction_heard_by_the_meeting_is_its_business(pipeline):
    x = run(pipeline, "2025年1月，川渝政协召开联席会议。会议听取了上年度两地政协联合调研、联动监督和"
                      "委员考察开展情况介绍，审议通过了年度合作要点。")
    assert [i.type for i in x.initiatives] == ["meeting"], [(i.type, i.evidence.text) for i in x.initiatives]


def test_an_introduction_heard_at_the_meeting_is_its_business(pipeline):
    x = run(pipeline, "2025年1月，某市政协召开主席会议。会上，听取了各专委会开展对口协商、专题调研情况介绍。")
    assert [i.type for i in x.initiatives] == ["meeting"], [(i.type, i.evidence.text) for i in x.initiatives]


def test_a_guest_invited_to_brief_the_meeting_gives_no_briefing_of_its_own(pipeline):
    x = run(pipeline, "2024年5月，四川省政协召开专题协商会。会上邀请省生态环境厅负责同志通报全省大气污染防治工作情况。")
    assert [i.type for i in x.initiatives] == ["consultation"], [(i.type, i.evidence.text) for i in x.initiatives]
