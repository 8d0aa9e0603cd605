"""Committees named by their places' first characters and a count (遂潼两地政协, 泸永江三地政协):
one collective of the committees of the places the text names, each of which organises the
work, joint when both sides are among them.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _bodies(x) -> list[tuple[str, str]]:
    return [(m.evidence.text, m.label) for m in x.mentions if m.kind == "body"]


def test_three_initials_are_the_three_committees(pipeline):
    x = run(pipeline, "10月，泸永江三地政协第三次联席会议在江津举行，泸州市政协、永川区政协主要负责同志出席。")
    item = x.initiatives[0]
    assert set(item.organizers) == {"cppcc-luzhou-sc", "cppcc-yongchuan", "cppcc-jiangjin"}, item.organizers
    assert item.joint_sichuan_chongqing
    assert ("泸永江三地政协", "泸永江三地政协") in _bodies(x), _bodies(x)


def test_two_initials_after_the_pair_is_named(pipeline):
    x = run(pipeline, "3月，内江市政协与荣昌区政协签署协同履职协议。下半年，内荣两地政协将联合开展濑溪河治理调研。")
    assert set(x.initiatives[-1].organizers) == {"cppcc-neijiang-sc", "cppcc-rongchang"}, x.initiatives[-1].organizers
    assert ("内荣两地政协", "内荣两地政协") in _bodies(x), _bodies(x)


def test_a_name_read_whole_stays_as_it_is(pipeline):
    x = run(pipeline, "川渝两地政协联合开展长江生态保护调研。")
    assert ("川渝两地政协", "川渝政协") in _bodies(x), _bodies(x)


def test_initials_that_start_no_named_place_are_left(pipeline):
    # 双方 is no pair of places: the count is read as before
    x = run(pipeline, "会议商定，今后双方两地政协每年轮流举办一次联席会议。")
    assert not [b for b in _bodies(x) if b[0].startswith("双方")], _bodies(x)


def test_a_place_only_visited_does_not_hide_a_committees_initial(pipeline):
    """泸 starts 泸州 and 泸县; the text names 泸州市政协 as a committee and 泸县 only as a place
    visited, so 泸永江 is still 泸州's, 永川's and 江津's."""
    x = run(pipeline, "2024-06-14 来源：某市政协\n6月12日，泸永江三地政协第三次联席会议在泸州召开，本次会议由泸州市政协承办。"
                      "重庆市永川区政协、江津区政协负责同志出席。会前，与会人员到泸县实地视察了跨省合作园区建设情况。")
    meeting = x.initiatives[0]
    assert set(meeting.organizers) == {"cppcc-luzhou-sc", "cppcc-yongchuan", "cppcc-jiangjin"}, meeting
    assert meeting.joint_sichuan_chongqing, meeting
