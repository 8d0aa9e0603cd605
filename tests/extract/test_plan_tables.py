"""A plan's table copied as lines: one planned piece of work per subject line, of the head's kind.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_PLAN = """遂宁市政协2025年度协商计划
（二）议政性常委会会议（2项）
1. 推动新能源汽车配套产业发展
时间安排：6月
承办部门：市政协经济委
协商部门：市经信局、市商务局
2. 加强城市内涝治理
时间安排：9月
承办部门：市政协城建委
（三）在基层协商（2项）
1. 改善农村饮水条件
时间安排：5月
2. 规范小区物业管理
时间安排：8月"""


def test_each_subject_line_is_planned_work_of_the_head_s_kind(pipeline):
    x = run(pipeline, _PLAN)
    found = [(i.type, i.status, i.evidence.text) for i in x.initiatives]
    assert found == [("meeting", "planned", "推动新能源汽车配套产业发展"), ("meeting", "planned", "加强城市内涝治理"),
                     ("consultation", "planned", "改善农村饮水条件"), ("consultation", "planned", "规范小区物业管理")], found


def test_the_rows_are_the_plan_s_committee_s_with_the_bodies_its_details_name(pipeline):
    x = run(pipeline, _PLAN)
    first = x.initiatives[0]
    assert first.organizers == ("cppcc-suining-sc",), first
    labels = {m.entity: m.label for m in x.mentions}
    assert {labels.get(k, k) for k in first.partners} >= {"遂宁市经济和信息化局", "遂宁市商务局"}, first.partners
    assert first.label == "议政性常委会会议：推动新能源汽车配套产业发展", first.label
    assert first.period is not None and first.period.start == 2025, first.period


def test_a_numbered_list_with_no_row_details_is_no_table(pipeline):
    x = run(pipeline, "遂宁市政协2025年工作回顾\n（一）专题协商\n1. 新能源汽车配套产业\n2. 城市内涝治理")
    assert not any(i.evidence.text in ("新能源汽车配套产业", "城市内涝治理") for i in x.initiatives), x.initiatives


def test_rows_that_tell_their_own_work_are_read_as_such(pipeline):
    x = run(pipeline, "遂宁市政协2025年度协商计划\n（一）重点工作（1项）\n1. 开展城市内涝治理专题调研\n时间安排：6月")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives
