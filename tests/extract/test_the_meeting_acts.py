"""A news item's sentence whose subject is the meeting just told (会议围绕X开展专题协商, 会议决定，
组织…) tells the work of whoever held that meeting: a standing committee's sitting consults as the
standing committee (docs/annotation.md: a consultation at its own meeting).

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_SITTING = ("2021-06-25 来源：某某报\n本报讯 6月24日，政协重庆市第五届委员会常务委员会第十次会议召开。"
            "会议围绕“推进城市更新”开展专题协商。市政协主席某某某主持会议。\n"
            "为开好此次会议，市政协主席会议成员5月带队赴渝中、南岸等区调研。\n")


def _orgs(x, kind: str) -> list[tuple[str, ...]]:
    return [i.organizers for i in x.initiatives if i.type == kind]


def test_the_meeting_consulting_is_its_holders_consultation(pipeline):
    x = run(pipeline, _SITTING)
    assert _orgs(x, "consultation") == [("cq-cppcc-standing-committee",)], _orgs(x, "consultation")


def test_what_the_meeting_decides_is_its_holders_work_not_the_last_actors(pipeline):
    x = run(pipeline, _SITTING + "会议决定，7月组织委员围绕“老旧小区改造”开展专题视察。")
    assert _orgs(x, "inspection") == [("cq-cppcc-standing-committee",)], _orgs(x, "inspection")
