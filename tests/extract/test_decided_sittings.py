"""A sitting cited as where a decision was taken (经X会议决定：…) is no work of its own: the sitting
counts where the text tells it was held. What it decides be held on a day (…会议于2026年1月10日
召开) is still to come.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_NEWS = ("本报讯 12月20日，区政协主席某某主持召开区政协七届二十九次常委会会议。"
         "经政协重庆市某某区第七届委员会常务委员会第29次会议决定：政协重庆市某某区第八届委员会第一次会议于2026年1月10日至13日召开。"
         "会议还审议了常务委员会工作报告（审议稿）。")


def test_the_sitting_cited_for_its_decision_is_told_once(pipeline):
    x = run(pipeline, _NEWS)
    cited = [i for i in x.initiatives if i.evidence.text.startswith("经")]
    assert not cited, [(i.type, i.evidence.text) for i in x.initiatives]
    assert any("二十九次常委会会议" in i.evidence.text for i in x.initiatives)


def test_the_session_decided_for_a_day_is_planned(pipeline):
    x = run(pipeline, _NEWS)
    session = [i for i in x.initiatives if "第一次会议" in i.evidence.text]
    assert [i.status for i in session] == ["planned"], [(i.evidence.text, i.status) for i in x.initiatives]


def test_a_session_held_on_a_day_without_a_decision_stays_done(pipeline):
    x = run(pipeline, "本报讯 政协重庆市某某区第八届委员会第一次会议于2026年1月10日至13日召开。会议听取了常务委员会工作报告。")
    session = [i for i in x.initiatives if "第一次会议" in i.evidence.text]
    assert session and all(i.status == "done" for i in session), session
