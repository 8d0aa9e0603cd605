"""A democratic party's page about a session: proposals it hands to the session (向本次大会提交了
《X》等N件集体提案) are work told even after other titled work; the session's opening sitting
named by the session (某市政协N届M次会议开幕会上) and a group sitting named as where (在联组讨论会上)
are the session committee's, whoever spoke there; a person with two posts speaking on behalf
of one body (某党派市委主委、某局局长某某代表某党派市委作发言) speaks for that body only.

The sentences are made up for this project, in the style of parties' session news.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_SESSION = "1月8日，政协遂宁市五届一次会议召开。"


def _by_type(x, kind: str) -> list:
    return [i for i in x.initiatives if i.type == kind]


def test_proposals_handed_to_this_session_after_a_titled_speech_are_told(pipeline):
    x = run(pipeline, "某某代表民盟市委在大会上作《发展智慧农业》发言，民盟市委还提交了书面发言材料《守护古城》。"
                      "\n民盟市委向本次大会提交《园区配套建设提速的建议》等7件集体提案。", publisher="cdl-cq")
    proposals = _by_type(x, "proposal")
    assert [("园区配套建设" in i.label) for i in proposals] == [True]


def test_the_opening_sitting_named_by_the_session_is_the_session_committees(pipeline):
    x = run(pipeline, "市政协八届四次会议开幕会上，民革遂宁市委会某某代表民革遂宁市委会作《守护蓝天》的大会口头发言。",
            publisher="cppcc-suining-sc")
    meetings = _by_type(x, "meeting")
    assert len(meetings) == 1 and list(meetings[0].organizers) == ["cppcc-suining-sc"]
    speeches = _by_type(x, "consultation")
    assert len(speeches) == 1 and "cppcc-suining-sc" not in speeches[0].organizers


def test_a_group_sitting_named_as_where_is_the_session_committees_on_a_partys_page(pipeline):
    x = run(pipeline, "1月8日，政协重庆市六届三次会议召开。在联组讨论会上，民盟市委作了《打响文旅品牌》的发言。",
            publisher="cdl-cq")
    sitting = next(i for i in _by_type(x, "meeting") if "讨论会" in i.evidence.text)
    assert list(sitting.organizers) == ["cq-cppcc"]


def test_a_person_with_two_posts_speaks_for_the_body_named_after_on_behalf_of(pipeline):
    x = run(pipeline, _SESSION + "市政协副主席、民盟遂宁市委主委某某代表民盟遂宁市委作了《发展智慧农业》的发言。")
    speech = next(i for i in x.initiatives if i.type == "consultation")
    labels = {m.entity: m.label for m in x.mentions}
    assert [labels[k] for k in speech.organizers] == ["中国民主同盟遂宁市委员会"]


def test_a_partys_units_in_places_the_reference_lacks_are_bodies_that_speak(pipeline):
    x = run(pipeline, "农工党青禾市委会作题为《关于发展社区托育的建议》的口头发言。农工党石湾区工委、农工党云岭县总支分别提交书面发言。")
    labels = [m.label for m in x.mentions if m.kind == "body"]
    assert {"农工党青禾市委会", "农工党石湾区工委", "农工党云岭县总支"} <= set(labels)
    speech = x.initiatives[0]
    named = {m.entity: m.label for m in x.mentions}
    assert [named[k] for k in speech.organizers] == ["农工党青禾市委会"]
