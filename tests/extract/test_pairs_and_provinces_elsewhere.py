"""Texts about neighbours outside Sichuan and Chongqing: 两地政协 and a bare 省政协, which this
project's texts use of the two provinces together and of Sichuan's committee, are named as
written when the text names places and committees only elsewhere (no false joint work for a
user to find); a committee of a place the reference lacks may head any part of a headline; and
such a committee, named at a clause's head, keeps the text from being a reference committee's.
Where Sichuan or Chongqing is named, the usual readings stay.

The sentences and the places are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_ELSEWHERE = ("协同履职 | 云岭市政协借“跨界联动”推进区域协同\n"
              "云岭市与上海市某区地域相接。近年来，两地政协紧扣一体化发展开展联合调研。"
              "省政协主席一行来到云岭市调研毗邻协商工作。")


def _by_text(x) -> dict[str, str]:
    return {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}


def test_a_pair_and_a_bare_provincial_committee_elsewhere_are_named_as_written(pipeline):
    labels = _by_text(run(pipeline, _ELSEWHERE))
    assert labels["两地政协"] == "两地政协"
    assert labels["省政协"] == "省政协"


def test_no_joint_sichuan_chongqing_work_is_read_elsewhere(pipeline):
    x = run(pipeline, _ELSEWHERE)
    assert x.initiatives
    assert not any(i.joint_sichuan_chongqing for i in x.initiatives)
    assert all("sc-cppcc" not in i.organizers for i in x.initiatives)


def test_a_committee_heading_a_headline_part_is_that_places(pipeline):
    labels = _by_text(run(pipeline, _ELSEWHERE))
    assert labels["云岭市政协"] == "政协云岭市委员会"


def test_where_chongqing_is_named_the_bare_provincial_committee_is_sichuans(pipeline):
    x = run(pipeline, "省政协与重庆市政协联合开展嘉陵江流域生态保护专题调研。")
    assert _by_text(x)["省政协"] == "政协四川省委员会"
    assert x.initiatives[0].joint_sichuan_chongqing
