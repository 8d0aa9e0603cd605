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
    x = run(pipeline, "新华社呼和浩特1月13日电 中国人民政治协商会议第十三届内蒙古自治区委员会第三次会议，13日在呼和浩特市开幕。")
    assert [(i.type, i.label) for i in x.initiatives] == [("meeting", "内蒙古自治区政协十三届三次会议")], x.initiatives


def test_a_dateline_with_blanked_readings_is_no_part_of_the_session(pipeline):
    x = run(pipeline, "中新網(wǎng)呼和浩特1月13日電 中國人民政治協(xié)商會(huì)議第十三屆內(nèi)蒙古自治區(qū)委員會(huì)第三次會(huì)議,13日在呼和浩特市開幕。")
    assert [i.evidence.text[:4] for i in x.initiatives] == ["中國人民"], x.initiatives

