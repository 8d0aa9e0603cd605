"""Remote consultations told as news: their audience counted online is no injected advertising,
members counted as they speak are speeches, and online messages are suggestions.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_STORY = ("2023-05-10 来源：某区政协\n5月9日，江津区政协召开远程协商会。会议围绕“城乡公交一体化”开展专题协商。"
          "会上，6位委员在主会场发言，另有2位委员通过视频连线发言。会议同步网络直播，在线观看4.6万人次，网友留言2300余条。")


def _measures(x) -> dict[int, str]:
    return {m.value: m.measure for m in x.metrics}


def test_an_audience_counted_online_keeps_its_paragraph(pipeline):
    x = run(pipeline, _STORY)
    assert any(i.type == "consultation" and "城乡公交一体化" in i.label for i in x.initiatives), x.initiatives
    assert _measures(x)[46000] == "participants", x.metrics


def test_members_counted_as_they_speak_are_speeches_and_messages_are_suggestions(pipeline):
    measures = _measures(run(pipeline, _STORY))
    assert (measures[6], measures[2], measures[2300]) == ("speeches", "speeches", "suggestions_made"), measures


def test_an_adult_sites_line_is_still_noise(pipeline):
    x = run(pipeline, "某某影院 在线观看高清视频\n2023年，区政协开展视察12次。")
    assert [m.value for m in x.metrics] == [12], x.metrics
