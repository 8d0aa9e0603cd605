"""A session written with its committee's place before it, with or without 第 (政协某省第十二届第四次
会议, 政协某省十二届三次会议), is that committee's session, and a text that names it is that
committee's text: its work counted with no actor named is the committee's.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_SICHUAN_PAGE = ("本网讯 1月16日，政协四川省第十二届第四次会议在省城开幕，大会听取了提案工作情况报告。\n"
                 "据了解，政协四川省十二届三次会议以来，委员们履职热情高涨。"
                 "聚焦乡村全面振兴，提出提案61件；聚焦基层社会治理，提出提案37件。")


def test_the_session_written_with_its_place_and_two_ordinals(pipeline):
    x = run(pipeline, _SICHUAN_PAGE)
    sessions = [m for m in x.mentions if m.evidence.text.startswith("政协四川省第十二届")]
    assert [m.cls for m in sessions] == ["PlenarySession"], x.mentions
    assert x.initiatives[0].type == "meeting" and x.initiatives[0].organizers == ("sc-cppcc",), x.initiatives


def test_a_page_that_names_the_sessions_so_is_the_committees(pipeline):
    x = run(pipeline, _SICHUAN_PAGE)
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert len(proposals) == 2 and all(i.organizers == ("sc-cppcc",) for i in proposals), x.initiatives


def test_members_groups_sharing_one_name_are_each_a_group(pipeline):
    """住川、住渝全国政协委员: the members based in each province, so the proposal is joint."""
    x = run(pipeline, "2023-07-20 来源：某某刊\n2021年全国两会，18名住川、住渝全国政协委员共同提交联名提案《关于共建某某走廊的提案》。")
    assert [(set(i.organizers), i.joint_sichuan_chongqing) for i in x.initiatives] == [
        ({"sc-national-members", "cq-national-members"}, True)], x.initiatives


def test_a_committee_the_writer_guides_does_not_write_the_text(pipeline):
    """图解：2023年市政协工作这样干 … 指导荣昌区政协与内江市政协开展联合协商: the municipal committee's
    digest, not the district's it guided."""
    x = run(pipeline, "图解：2023年市政协工作这样干\n\n一年来，市政协常委会共开展各类履职活动52项。\n"
                      "●召开川渝政协联席会议，围绕科技创新协商议政。\n●指导荣昌区政协与内江市政协开展毗邻地区联合协商。")
    assert x.report.publisher == "cq-cppcc", x.report.assumptions


def test_a_venue_across_the_border_does_not_say_whose_bare_committee_it_is(pipeline):
    """A municipal digest: 两地政协在成都召开座谈会 … 新的一年，市政协将…: still Chongqing's 市政协."""
    x = run(pipeline, "●协作\n市政协与四川省政协就推动成渝地区协同发展互访考察，两地政协在成都召开座谈会。\n\n"
                      "●新年\n新的一年，市政协将围绕编制“十四五”规划开展协商议政。", publisher="cq-cppcc")
    assert x.initiatives[-1].organizers == ("cq-cppcc",), x.initiatives
