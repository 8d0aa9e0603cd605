"""Shapes of session speeches and their outlines:

* an outline's lines (一是协商民主扎实推进 / 二是民主监督深入有力), each a line of its own, judge
  functions: no work told;
* a speaker reporting in the words the text records (我就县政协全年工作予以简要通报) gives the
  report the text is; no briefing of its own;
* the verbs of a session's business in a row (分组听取、审议、协商计划报告) are its
  business, no consultation;
* members organised to consult on a draft (组织委员对规划纲要(征求意见稿)进行协商讨论) consult.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_outline_lines_judge_functions(pipeline):
    x = run(pipeline, "提纲：\n一是协商民主扎实推进\n二是民主监督深入有力\n三是参政议政成效明显\n", publisher="cppcc-jiangbei")
    assert not x.initiatives


def test_a_speakers_own_report_is_no_briefing(pipeline):
    x = run(pipeline, "下面，我就区政协今年工作情况和明年打算予以简要通报。", publisher="cppcc-jiangbei")
    assert not [i for i in x.initiatives if i.type == "briefing"]


def test_the_verbs_of_a_sessions_business_are_no_consultation(pipeline):
    x = run(pipeline, "会议期间，委员们分组听取、审议、协商计划报告和其他报告。", publisher="cppcc-jiangbei")
    assert not [i for i in x.initiatives if i.type == "consultation"]


def test_members_organised_to_consult_on_a_draft_consult(pipeline):
    x = run(pipeline, "一是组织委员对发展规划纲要(征求意见稿)进行协商讨论，提出意见建议30条。", publisher="cppcc-jiangbei")
    found = [i for i in x.initiatives if i.type == "consultation"]
    assert len(found) == 1 and "规划纲要" in found[0].label and "(" not in found[0].label
