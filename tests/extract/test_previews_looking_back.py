"""A session's press preview that turns to the year behind it (在回顾过去一年工作时，某某说，…) tells
work done, not the session's coming business; and a venue across the border named there (在成都
联合召开) does not make the text's bare 市政协 that city's. What a new term's chair says it will do
(将主动融入…，联合开展…) is to come. A session whose news says which year its report reviews sat
the year after it, and a full date written before a session's name dates it.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_PREVIEW = ("市政协六届四次会议新闻发布会举行\n会议将于1月16日开幕　会期3天半\n\n"
            "本报讯（记者 某某）1月12日上午，市政协六届四次会议新闻发布会在市政协机关举行。新闻发言人某某介绍会议筹备情况，"
            "并回答记者提问。\n\n"
            "某某介绍，经市政协六届十五次常委会会议研究，政协重庆市第六届委员会第四次会议将于1月16日下午开幕，19日上午闭幕。"
            "会议期间，委员们将听取和审议市政协常委会工作报告，列席市六届人大四次会议开幕会。大会将安排12名委员作大会口头发言，"
            "并组织委员围绕“推动数字经济发展”“建设巴蜀文化旅游走廊”两个议题开展联组讨论。\n\n"
            "在回顾过去一年工作时，某某说，市政协与四川省政协在成都联合召开协商座谈会，围绕成渝中线科创走廊建设协商议政。"
            "市政协还在渝举办长江经济带省市政协协商研讨会。\n\n"
            "据悉，截至1月11日，大会已收到委员提案812件。")


def _item(extraction, words: str):
    return next(i for i in extraction.initiatives if words in i.evidence.text)


def test_the_year_behind_told_in_a_preview_is_done(pipeline):
    x = run(pipeline, _PREVIEW)
    seminar = _item(x, "协商研讨会")
    assert seminar.status == "done", seminar
    assert _item(x, "第四次会议").status == "planned"


def test_a_venue_across_the_border_is_not_whose_committee_it_is(pipeline):
    x = run(pipeline, _PREVIEW)
    assert _item(x, "协商研讨会").organizers == ("cq-cppcc",), x.initiatives


def test_jiang_with_a_manner_word_is_the_future_of_the_sentence(pipeline):
    # 将主动融入… is what the new term will do, and the joint inspection after it is to come
    x = run(pipeline, "2021-12-30 来源：某县融媒体中心\n新当选的县政协主席在闭幕会上讲话。他表示，新一届邻水县政协将主动融入成渝地区"
                      "双城经济圈建设，深化与重庆市渝北区政协的交流合作，联合开展生态环境保护联合视察。")
    inspection = next(i for i in x.initiatives if i.type == "inspection")
    assert inspection.status == "planned", inspection
    # (深化与X政协的交流合作，联合开展…: the committee it works with runs it too)
    assert "cppcc-yubei" in inspection.organizers and inspection.joint_sichuan_chongqing, inspection


def test_a_session_that_says_which_year_it_reviews_sits_the_year_after(pipeline):
    # no year of writing: the session opened in February of the year after the one its report reviews
    x = run(pipeline, "某市政协全会开幕\n\n2月6日，政协某市第七届委员会第六次会议在市会议中心开幕。"
                      "会议应到委员300人，实到280人。会上，市政协主席所作的工作报告说，2020年是很不寻常的一年。"
                      "这一年，市政协开展专题协商6次。")
    session = next(i for i in x.initiatives if i.type == "meeting")
    assert session.period is not None and session.period.label() == "2021", session


def test_a_full_date_before_a_session_dates_it(pipeline):
    x = run(pipeline, "政协某市第五届委员会常务委员会工作报告\n——2019年1月5日在政协某市第五届委员会第三次会议上\n\n"
                      "2018年工作回顾\n2018年，市政协开展专题协商6次。")
    session = next(i for i in x.initiatives if i.type == "meeting")
    assert session.period is not None and session.period.label() == "2019", session
