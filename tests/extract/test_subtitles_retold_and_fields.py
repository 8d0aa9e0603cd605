"""A sitting's news with a subtitle, its work told again, and fields of work:

* a story opening with its day alone (21日，…) after a subtitle line is no tail of the subtitle:
  the subtitle's work is the story's, told once;
* the work pointed back to and judged (这次常委会围绕X开展专题协商，是…) is the work told;
* fields of work listed (在走访调研、社会管理等方面) are no work.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_SITTING = ("市政协常委会第三次会议举行\n"
            "聚焦“推进城市更新”开展专题协商\n"
            "12日，市政协主席某某主持召开市政协常委会第三次会议，聚焦“推进城市更新”开展专题协商。\n"
            "某某表示，这次市政协常委会聚焦“推进城市更新”开展专题协商，是落实全会部署的务实举措。")


def test_the_subtitles_work_is_told_once(pipeline):
    x = run(pipeline, _SITTING, publisher="cq-cppcc")
    consultations = [i for i in x.initiatives if i.type == "consultation"]
    assert len(consultations) == 1


def test_fields_of_work_are_no_work(pipeline):
    x = run(pipeline, "县政协尤其在走访调研、基层治理、建言资政等方面积极建言献策。", publisher="cppcc-jiangbei")
    assert "other" not in [i.type for i in x.initiatives]


def test_the_state_of_a_kind_of_work_exchanged_is_no_work(pipeline):
    # (…协商议政情况，交流经验: how each committee's consultation went, told and compared)
    x = run(pipeline, "座谈会上，各区县政协负责人围绕乡村振兴、城市更新等中心任务协商议政情况，交流了经验做法。",
            publisher="cq-cppcc-standing-committee")
    assert not [i for i in x.initiatives if i.type == "consultation"], [(i.type, i.evidence.text) for i in x.initiatives]


def test_a_rule_an_aim_or_any_case_is_no_work_told(pipeline):
    x = run(pipeline, "无论是开展专题协商还是民主监督，都离不开深入调研。为确保视察不走过场，每次视察都形成报告。"
                      "今年，区政协组织委员开展专题视察。", publisher="cppcc-dazu")
    assert [(i.type, i.evidence.text) for i in x.initiatives] == [("inspection", "区政协组织委员开展专题视察")]
