"""What a meeting urged goes on through its paragraph: a 要… sentence after the meeting's demand
is still urging even where a sentence of another shape came between (会议要求，要A。在B基础上，
将C。要通过多种形式…开展D。), and 等多种形式 names ways of working, no activities.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_urging_goes_on_through_the_paragraph(pipeline):
    x = run(pipeline, "9月3日，市政协召开主席会议。\n会议要求，要全面把握全会的主要精神。"
                      "会后，把全会精神列入下次常委会议程。"
                      "要组织界别委员下沉到社区，开展宣讲活动。"
                      "要聚焦全会部署的重点工作建言出力。", publisher="cq-cppcc")
    assert not [i for i in x.initiatives if "宣讲" in i.evidence.text or "建言出力" in i.evidence.text]


def test_many_forms_name_ways_of_working(pipeline):
    x = run(pipeline, "通过座谈交流、专题辅导、媒体宣传等多种形式推动全会精神深入人心。", publisher="cq-cppcc")
    assert not x.initiatives


def test_work_told_after_the_paragraph_is_work(pipeline):
    x = run(pipeline, "会议要求，要深刻领会全会的精神实质。\n6月下旬，市政协组织委员开展乡村振兴专题调研。",
            publisher="cq-cppcc")
    assert [i.type for i in x.initiatives] == ["research"]
