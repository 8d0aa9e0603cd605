"""A council of border committees meets: the committees a sentence lists as the ones who came
(A区、B县和四川省C市D县…四区县政协主要负责同志参加会议) hold the meeting just told and the work of
its day (与会人员实地视察…, 会议以X为主题协商议事), and the work is joint when they sit on both sides.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_COUNCIL = ("2024-05-21 来源：某区融媒体中心\n5月20日，某山协同发展示范带政协联合议事会第二次会议在梁平区召开。"
            "重庆市梁平区、垫江县和四川省达州市大竹县、开江县四区县政协主要负责同志参加会议。\n"
            "会前，与会人员实地视察了梁平区竹产业园区。\n会议以“推动竹产业绿色发展”为主题进行协商议事。")
_FOUR = {"cppcc-liangping", "cppcc-dianjiang", "cppcc-dazhu-sc", "cppcc-kaijiang-sc"}


def test_the_committees_who_came_hold_the_councils_meeting(pipeline):
    x = run(pipeline, _COUNCIL)
    meeting = x.initiatives[0]
    assert (meeting.type, set(meeting.organizers), meeting.joint_sichuan_chongqing) == ("meeting", _FOUR, True), x.initiatives


def test_the_work_of_the_councils_day_is_theirs_too(pipeline):
    x = run(pipeline, _COUNCIL)
    assert [(i.type, set(i.organizers)) for i in x.initiatives[1:]] == [("inspection", _FOUR), ("consultation", _FOUR)], x.initiatives


def test_a_committee_named_with_its_own_meeting_keeps_it(pipeline):
    """区政协召开座谈会。A、B两县政协负责同志参加会议: the host named holds it, the guests take part."""
    x = run(pipeline, "2024-05-21 来源：某区政协\n5月20日，梁平区政协召开协同发展座谈会。垫江县、大竹县政协负责同志参加会议。")
    assert x.initiatives[0].organizers == ("cppcc-liangping",), x.initiatives


def test_work_done_together_after_a_semicolon_is_the_pairs(pipeline):
    """A two-committee plan: …；适时联合召开远程协商会 is still the pair's, not the first one's alone."""
    x = run(pipeline, "江津区政协　泸州市政协\n2026年度协同履职工作要点\n\n二、联合开展协商议事。在毗邻镇街联合举办协商议事会不少于3场；"
                      "适时联合召开远程协商会，协商议题另行商定。")
    assert [set(i.organizers) for i in x.initiatives] == [{"cppcc-jiangjin", "cppcc-luzhou-sc"}] * 2, x.initiatives


_REPORT_ITEMS = ("本报讯 1月6日上午，政协广安市第六届委员会第五次会议开幕。报告指出，一年来，市政协把服务双城经济圈建设作为履职主线。"
                 "一是深化与重庆市渝北区政协的协作。双方围绕高竹新区规划建设开展联合调研。"
                 "二是与重庆市合川区、长寿区政协就流域水环境治理开展联合视察。")


def test_the_partner_named_in_a_partnership_and_the_writer_are_the_pair(pipeline):
    """一是深化与重庆市渝北区政协的协作。双方…: the writer and the committee it works with."""
    x = run(pipeline, _REPORT_ITEMS)
    research = next(i for i in x.initiatives if i.type == "research")
    assert set(research.organizers) == {"cppcc-guangan-sc", "cppcc-yubei"}, x.initiatives


def test_the_next_item_is_the_writers_again(pipeline):
    """二是与合川区、长寿区政协…联合视察: the writer and those two, not the pair of the item before."""
    x = run(pipeline, _REPORT_ITEMS)
    inspection = next(i for i in x.initiatives if i.type == "inspection")
    assert set(inspection.organizers) == {"cppcc-guangan-sc", "cppcc-hechuan", "cppcc-changshou"}, x.initiatives


def test_a_meeting_named_by_the_group_that_holds_it_is_that_groups(pipeline):
    """…三地政协围绕X开展联合调研。…县政协与某县政协共同举办交流会。…将轮值承办三地政协第五次联席会议:
    the three committees named together, not the pair named last."""
    x = run(pipeline, "报告指出，2023年，达州市政协与重庆市万州区政协、开州区政协共同召开联席会议。三地政协围绕航运开展联合调研。"
                      "宣汉县政协与城口县政协共同举办毗邻县政协工作交流会。报告提出，2024年市政协将轮值承办三地政协第五次联席会议。",
            publisher="cppcc-dazhou-sc")
    last = x.initiatives[-1]
    assert set(last.organizers) == {"cppcc-dazhou-sc", "cppcc-wanzhou", "cppcc-kaizhou"}, x.initiatives


def test_two_committees_that_sign_an_agreement_are_the_pair_after_it(pipeline):
    """报告回顾，区政协…与隆昌市政协签订协同履职协议。此后，两地政协…: those two, not the provinces."""
    x = run(pipeline, "2021-01-20 来源：某区政协\n报告回顾，区政协围绕双城经济圈建设，与隆昌市政协签订协同履职协议。"
                      "此后，两地政协围绕流域生态保护开展联合视察。", publisher="cppcc-rongchang")
    assert [set(i.organizers) for i in x.initiatives] == [{"cppcc-rongchang", "cppcc-longchang-sc"}], x.initiatives


def test_a_later_paragraphs_pair_word_is_the_pair_named_before(pipeline):
    """A district's session news: 区政协与岳池县政协…召开联合协商会 in one paragraph; a later one with
    no pair of its own says 两地政协计划…: the same two committees, not the two provinces."""
    x = run(pipeline, "2024-01-10 来源：某区融媒体中心\n报告指出，去年区政协与广安市岳池县政协在合川召开渠江流域联合协商会。\n\n"
                      "当天下午，会议举行第二次全体会议。\n\n据了解，今年两地政协计划围绕渠江航运开展联合调研。", publisher="cppcc-hechuan")
    research = [i for i in x.initiatives if i.type == "research"]
    assert [set(i.organizers) for i in research] == [{"cppcc-hechuan", "cppcc-yuechi-sc"}], x.initiatives


_FOUR_ISSUERS = ("城口县政协　万源市政协　宣汉县政协　镇巴县政协\n2025年度毗邻地区政协协同履职工作要点\n\n"
                 "一、联合开展专题协商。围绕大巴山生态保护开展跨区域联合协商，于三季度在万源市召开联合协商会。")


def test_a_plans_row_of_issuers_is_text_not_a_menu(pipeline):
    """Four committees on one line, spaced apart, head a joint plan: they are bodies, not a site's
    menu, and the plan's work is theirs."""
    x = run(pipeline, _FOUR_ISSUERS)
    heads = {m.entity for m in x.mentions if m.kind == "body" and m.evidence.end <= 23}
    assert {"cppcc-chengkou", "cppcc-wanyuan-sc", "cppcc-xuanhan-sc", "cppcc-zhenba-sn"} <= heads, x.mentions
    assert set(x.initiatives[0].organizers) == heads, x.initiatives


def test_a_row_of_headlines_is_still_furniture(pipeline):
    x = run(pipeline, "首页　政协新闻　履职动态　委员风采　图片新闻\n5月20日，梁平区政协召开协商座谈会。")
    assert not any(m.evidence.start < 20 for m in x.mentions if m.kind == "body"), x.mentions
