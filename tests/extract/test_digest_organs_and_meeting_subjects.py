"""A Chongqing digest that names its committee only by its organs (市政协常委会…) is that
committee's text, also when it names Sichuan's committee in full; and a meeting's subject told in
the next sentence (…召开座谈会。会议围绕X进行深入交流。) labels the meeting.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import only, run

_DIGEST = ("市政协常委会年度工作回顾\n"
           "一年来，市政协常委会共召开常委会议6次，围绕“推进新重庆建设”组织专题协商4次。"
           "与四川省政协共同召开川渝政协第六次联席会议，联合开展“共建西部陆海新通道”专题调研。")


def test_a_digest_naming_its_committee_by_its_organs_is_that_committees(pipeline):
    x = run(pipeline, _DIGEST)
    assert only(x, "专题协商").organizers == ("cq-cppcc-standing-committee",)  # (its sentence's subject)
    assert set(only(x, "联席会议").organizers) == {"cq-cppcc", "sc-cppcc"}


def test_a_meetings_subject_told_in_the_next_sentence_labels_it(pipeline):
    x = run(pipeline, "近日，巫溪县政协、城口县政协在巫溪召开座谈会。三县政协负责同志出席会议。"
                      "会议围绕大巴山生态保护进行深入交流。")
    assert only(x, "座谈会").label == "座谈会：大巴山生态保护"
