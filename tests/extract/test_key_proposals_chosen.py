"""Choosing the key proposals is a supervision, with their count after the words too (确定重点提案
42件); the leaders then named to oversee them (由市领导领衔督办, 副区长领衔督办重点提案9件) say how
they are handled and give a statistic, no work of their own (docs/annotation.md: columns, agendas
and key proposals; proposals counted, then who oversees them). One proposal a leader oversees by
its title is still overseen.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _told(x) -> list[tuple[str, str]]:
    return [(i.type, i.evidence.text) for i in x.initiatives]


def test_key_proposals_chosen_with_their_count_after(pipeline):
    x = run(pipeline, "2025-01-20 来源：某某网\n全年区政协确定重点提案18件，由区领导领衔督办。")
    assert _told(x) == [("supervision", "全年区政协确定重点提案18件")], _told(x)


def test_some_of_them_overseen_by_leaders_is_no_second_piece_of_work(pipeline):
    x = run(pipeline, "2025-01-20 来源：某某网\n主席会议遴选重点提案30件，其中9件由区领导牵头督办。")
    assert _told(x) == [("supervision", "主席会议遴选重点提案30件")], _told(x)


def test_leaders_counted_overseeing_are_a_statistic(pipeline):
    x = run(pipeline, "2025-01-20 来源：某某网\n区委书记、区长各领衔督办重点提案3件，副区长领衔督办重点提案7件。")
    assert _told(x) == [], _told(x)
    assert sorted(m.value for m in x.metrics) == [3, 7]


def test_a_proposal_overseen_by_its_title_is_still_overseen(pipeline):
    x = run(pipeline, "2025-01-20 来源：某某网\n区政协主席刘某某领衔督办《关于加快某某公园建设的提案》。")
    assert [t for t, _e in _told(x)] == ["supervision"], _told(x)
