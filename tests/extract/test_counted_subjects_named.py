"""The year's subjects counted, then named after 是 or 为: one piece of work each, to come; an agenda
counted is no list of work.

A chair interviewed at the session says how many key subjects the committee will consult on this
year and names them (今年市政协8个重点协商议题分别是：甲、乙、丙). No verb of doing is told: the
list is the year's plan, one consultation (or research…) per subject. Told with a verb of doing,
the work is done.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_the_year_s_subjects_named_after_their_count_are_planned_consultations(pipeline):
    x = run(pipeline, "2025年3月，某某在接受采访时说，今年市政协6个重点协商议题分别是：推进城市更新、发展数字经济、加强养老服务。")
    found = [(i.type, i.status, i.evidence.text) for i in x.initiatives]
    assert found == [("consultation", "planned", "推进城市更新"), ("consultation", "planned", "发展数字经济"),
                     ("consultation", "planned", "加强养老服务")], found


def test_research_subjects_named_after_为_are_one_research_each(pipeline):
    x = run(pipeline, "2025年1月，县政协主席某某介绍，县政协今年3个重点调研课题为：乡村人才振兴、农村饮水安全、集镇污水处理。")
    assert [(i.type, i.status) for i in x.initiatives] == [("research", "planned")] * 3, x.initiatives


def test_subjects_named_after_work_done_stay_done(pipeline):
    x = run(pipeline, "2024年，市政协2个重点协商议题是：推进城市更新、发展数字经济，均已召开专题协商会。")
    assert all(i.status == "done" for i in x.initiatives), x.initiatives


def test_the_items_of_a_sitting_s_agenda_are_no_sittings_of_their_own(pipeline):
    x = run(pipeline, "2027年1月25日，四川省政协十三届五次会议开幕会共有3项议程：一是审议通过本次会议议程；"
                      "二是请省政协主席某某同志代表常务委员会作工作报告；三是请省政协副主席某某同志作提案工作情况的报告。")
    assert [i.type for i in x.initiatives] == ["meeting"], [(i.type, i.evidence.text) for i in x.initiatives]


def test_subjects_told_as_chosen_by_consultation_tell_no_consultation(pipeline):
    x = run(pipeline, "2023年3月，某某说，今年的重点协商议题由各方面推荐，最后协商产生。")
    assert not x.initiatives, x.initiatives


def test_a_campaign_named_as_the_subject_of_a_visit_is_no_campaign(pipeline):
    x = run(pipeline, "2023年5月，遂宁市政协副主席某某率部分委员就深入推进“院坝协商”行动和发展村级集体经济情况赴射洪市调研。")
    assert [i.type for i in x.initiatives] == ["research"], [(i.type, i.evidence.text) for i in x.initiatives]


def test_a_study_group_s_collective_study_is_a_study(pipeline):
    x = run(pipeline, "2024年1月10日，遂宁市政协党组理论学习中心组进行集体学习研讨。")
    assert [i.type for i in x.initiatives] == ["study"], x.initiatives


def test_collective_studies_counted_are_a_tally(pipeline):
    x = run(pipeline, "2024年，遂宁市政协党组理论学习中心组集体学习12次。")
    assert not x.initiatives, x.initiatives


def test_subjects_counted_then_said_to_come_from_somewhere_are_no_list(pipeline):
    x = run(pipeline, "2024年2月，遂宁市政协主席某某介绍，今年6个重点协商议题是从群众建议中遴选出来的。")
    assert not x.initiatives, [(i.type, i.evidence.text) for i in x.initiatives]
