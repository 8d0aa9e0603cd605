"""A sitting's news with a subtitle, its work told again, and fields of work:

* a story opening with its day alone (21日，…) after a subtitle line is no tail of the subtitle:
  the subtitle's work is the story's, told once;
* the work pointed back to and judged (这次常委会围绕X开展专题协商，是…) is the work told;
* fields of work listed (在走访调研、社会管理等方面) are no work.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_SITTING = ("十二届市政协常委会第五次会议召开\n"
            "围绕“推进城市更新”开展专题协商\n"
            "21日，市政协主席某某主持召开十二届市政协常委会第五次会议，围绕“推进城市更新”开展专题协商。\n"
            "某某指出，这次市政协常委会围绕“推进城市更新”开展专题协商，是贯彻全会精神的重要举措。")


def test_the_subtitles_work_is_told_once(pipeline):
    x = run(pipeline, _SITTING, publisher="cq-cppcc")
    consultations = [i for i in x.initiatives if i.type == "consultation"]
    assert len(consultations) == 1


def test_fields_of_work_are_no_work(pipeline):
    x = run(pipeline, "县政协特别是在走访调研、社会管理、参政议政等方面积极建言献策。", publisher="cppcc-jiangbei")
    assert "other" not in [i.type for i in x.initiatives]
