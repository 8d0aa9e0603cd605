"""A session's formal name as a clause of its own, told opened in the next (wire-story leads).

Wire stories open with the session's formal name, a comma, then when and where it opened
(中国人民政治协商会议四川省第十三届委员会第三次会议，20日上午在成都开幕; the national form puts the
term first: …第十三届某自治区委员会第三次会议，13日在某地开幕): the session is held, a meeting of
its committee. The outlet's dateline before it, even with a repost's readings blanked inside
its words, is no part of it.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_a_provincial_session_s_formal_name_told_opened_next_is_held(pipeline):
    x = run(pipeline, "本报讯 中国人民政治协商会议四川省第十三届委员会第三次会议，1月20日上午在成都开幕。")
    assert [(i.type, i.organizers, i.label) for i in x.initiatives] == [
        ("meeting", ("sc-cppcc",), "四川省政协十三届三次会议")], x.initiatives


def test_the_term_first_form_told_opened_next_is_held(pipeline):
    x = run(pipeline, "新华社银川1月18日电 中国人民政治协商会议第九届宁夏回族自治区委员会第二次会议，18日在银川开幕。")
    assert [(i.type, i.label) for i in x.initiatives] == [("meeting", "宁夏回族自治区政协九届二次会议")], x.initiatives


def test_a_dateline_with_blanked_readings_is_no_part_of_the_session(pipeline):
    x = run(pipeline, "中新網(wǎng)銀川1月18日電 中國人民政治協商會議第九屆寧(níng)夏回族自治區委(wěi)員會第二次會(huì)議,18日在銀川開幕。")
    assert [i.evidence.text[:4] for i in x.initiatives] == ["中國人民"], x.initiatives

