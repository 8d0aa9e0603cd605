"""Someone's words and a story's dateline. A quotation whose clauses counsel (应…, 要…, 必须…)
and whose speaker the next sentence names is someone's words, not work told, however the
quotation opens; the sittings and calls told after it still are. A dateline and byline that open
a sentence are left out of it and do not drop a short story after them.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _types(pipeline, text: str) -> list[str]:
    x = run(pipeline, "2021-02-09 来源：某某报\n" + text)
    return [i.type for i in x.initiatives]


def test_counsel_quoted_before_its_speaker_is_no_work(pipeline):
    got = _types(pipeline, "本报讯（记者 某某）“两地合作迎来了新的机遇，应以更开阔的视野主动对接，共同推动甲乙两地协同发展。”"
                           "近日召开的四川省遂宁市政协第八届第二次会议上，委员某某代表民盟遂宁市委，就加快两地协同发展再次呼吁。")
    assert got == ["meeting", "consultation"], got


def test_work_quoted_before_its_speaker_stays(pipeline):
    """A quotation that tells work done, with no counsel in it, is still work."""
    got = _types(pipeline, "“去年，我们与潼南区政协共同开展了联合调研。”遂宁市政协主席某某表示。")
    assert got == ["research"], got



def test_a_short_story_after_a_long_dateline_is_read(pipeline):
    """The dateline and byline that open a sentence are left out of it, not the reason to drop it."""
    x = run(pipeline, "2025-01-20 来源：某某网\n中新网重庆1月18日电（记者 某某某）重庆市政协六届三次会议18日开幕。")
    assert [(i.type, i.organizers) for i in x.initiatives] == [("meeting", ("cq-cppcc",))], x.initiatives


def test_a_line_of_bylines_alone_is_still_dropped(pipeline):
    x = run(pipeline, "2025-01-20 来源：某某网\n中新网重庆1月18日电（记者 某某某）\n市政协组织委员开展视察。")
    assert [i.type for i in x.initiatives] == ["inspection"], x.initiatives


def test_the_opening_sitting_guests_attend_after_the_opening_is_the_session(pipeline):
    """X会议开幕。某某出席开幕会并讲话: the session and its opening sitting told together are one."""
    x = run(pipeline, "2025-01-10 来源：某某网\n1月9日上午，四川省政协第十二届第四次会议隆重开幕。省委领导某某出席开幕会并致辞。")
    assert [(i.type, i.organizers) for i in x.initiatives] == [("meeting", ("sc-cppcc",))], x.initiatives


def test_the_host_across_the_border_that_speaks_at_the_meeting_holds_it(pipeline):
    """A visit across the border, then 在随后召开的座谈会上，市政协负责人介绍了…: the host speaks
    there, so it holds the meeting with its visitors and the meeting is joint."""
    x = run(pipeline, "2024-05-16 来源：广安市政协\n5月15日，重庆市荣昌区政协主席某某一行来广安学习考察。"
                      "在随后召开的座谈会上，市政协相关负责人介绍了承办联合协商会议的做法。")
    met = [i for i in x.initiatives if i.type == "meeting"]
    assert [(set(i.organizers), i.joint_sichuan_chongqing) for i in met] == [
        ({"cppcc-rongchang", "cppcc-guangan-sc"}, True)], x.initiatives


def test_a_department_that_speaks_at_the_meeting_does_not_hold_it(pipeline):
    x = run(pipeline, "2024-05-16 来源：广安市政协\n5月15日，重庆市荣昌区政协主席某某一行来广安学习考察。"
                      "在随后召开的座谈会上，市经济和信息化局介绍了产业发展的情况。")
    met = [i for i in x.initiatives if i.type == "meeting"]
    assert [i.organizers for i in met] == [("cppcc-rongchang",)], x.initiatives


def test_a_lead_paragraph_labelled_as_such_is_read(pipeline):
    """【导语】 labels the story's lead, as 【正文】 labels its body: the label is left out, the lead read."""
    x = run(pipeline, "【导语】凝心聚力启新程。1月12日，政协重庆市璧山区第九届委员会第四次会议在区会议中心开幕。\n"
                      "【正文】上午9时，区政协九届四次会议开幕，全体起立。")
    assert [i.evidence.text[:12] for i in x.initiatives] == ["政协重庆市璧山区第九届委"], x.initiatives


def test_a_pages_links_to_the_items_before_and_after_are_furniture(pipeline):
    """上一条：X / 下一条：Y at a page's foot name other stories: no work from them."""
    x = run(pipeline, "2020-12-21 来源：某区政协\n区政协组织委员开展专题视察。\n\n上一条：区政协召开十六届四十八次主席会议\n"
                      "下一条：区政协委员积极参与义务献血")
    assert [i.type for i in x.initiatives] == ["inspection"], x.initiatives
