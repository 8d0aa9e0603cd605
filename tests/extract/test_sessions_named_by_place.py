"""A session written with its committee's place before it, with or without 第 (政协四川省第十三届第三次
会议, 政协四川省十三届二次会议), is that committee's session, and a text that names it is that
committee's text: its work counted with no actor named is the committee's.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_SICHUAN_PAGE = ("本网讯 1月19日，政协四川省第十三届第三次会议在成都开幕，会议听取了提案工作报告。\n"
                 "记者从开幕会上获悉，政协四川省十三届二次会议以来，广大政协委员积极运用提案履职。"
                 "围绕服务国家战略全局，提出提案95件；围绕提升人民群众生活品质，提出提案424件。")


def test_the_session_written_with_its_place_and_two_ordinals(pipeline):
    x = run(pipeline, _SICHUAN_PAGE)
    sessions = [m for m in x.mentions if m.evidence.text.startswith("政协四川省第十三届")]
    assert [m.cls for m in sessions] == ["PlenarySession"], x.mentions
    assert x.initiatives[0].type == "meeting" and x.initiatives[0].organizers == ("sc-cppcc",), x.initiatives


def test_a_page_that_names_the_sessions_so_is_the_committees(pipeline):
    x = run(pipeline, _SICHUAN_PAGE)
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert len(proposals) == 2 and all(i.organizers == ("sc-cppcc",) for i in proposals), x.initiatives


def test_members_groups_sharing_one_name_are_each_a_group(pipeline):
    """住川、住渝全国政协委员: the members based in each province, so the proposal is joint."""
    x = run(pipeline, "2023-07-20 来源：某某刊\n2020年，18位住川、住渝全国政协委员提交了联名提案《关于共建某某走廊的提案》。")
    assert [(set(i.organizers), i.joint_sichuan_chongqing) for i in x.initiatives] == [
        ({"sc-national-members", "cq-national-members"}, True)], x.initiatives
