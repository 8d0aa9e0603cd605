"""The Sichuan provincial committee's special committees are in the reference: named in full or
by their short forms, and on a Sichuan page by their bare names, each is that committee's organ.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_a_sichuan_special_committee_named_in_full_is_the_reference_body(pipeline):
    x = run(pipeline, "9月，重庆市政协提案委员会和四川省政协提案委员会赴广安联合督办跨区域重点提案。")
    (item,) = x.initiatives
    assert sorted(item.organizers) == ["cq-cppcc-proposals-committee", "sc-cppcc-proposals-committee"]
    assert item.joint_sichuan_chongqing


def test_the_bare_name_on_a_sichuan_page_is_sichuans_committee(pipeline):
    text = ("省政协经济委员会召开全体会议\n来源：四川政协报　2025-12-19\n"
            "12月18日，省政协经济委员会召开全体会议。一年来，经济委员会与重庆市政协经济委员会"
            "围绕成渝地区算力设施共建开展联合调研。")
    x = run(pipeline, text)
    research = next(i for i in x.initiatives if i.type == "research")
    assert sorted(research.organizers) == ["cq-cppcc-economic-committee", "sc-cppcc-economic-committee"]


def test_the_bare_name_on_a_chongqing_page_stays_chongqings(pipeline):
    # guard: the same bare name where Chongqing's committee writes is Chongqing's
    text = ("市政协经济委员会召开全体会议\n来源：重庆政协报　2025-12-19\n"
            "12月18日，市政协经济委员会召开全体会议。一年来，经济委员会组织委员围绕西部陆海新通道建设开展专题调研。")
    x = run(pipeline, text)
    research = next(i for i in x.initiatives if i.type == "research")
    assert list(research.organizers) == ["cq-cppcc-economic-committee"]


def test_the_pair_of_special_committees_holds_the_meeting_right_after(pipeline):
    x = run(pipeline, "5月，重庆市政协人口资源环境委员会与四川省政协人口资源环境委员会联合视察嘉陵江岸线修复。"
                      "在合川召开的座谈会上，委员们提出建议9条。")
    meeting = next(i for i in x.initiatives if i.type == "meeting")
    assert sorted(meeting.organizers) == ["cq-cppcc-population-environment-committee",
                                          "sc-cppcc-population-environment-committee"]
