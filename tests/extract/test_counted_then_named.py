"""Counted work whose subjects the next clause names (开展专题视察3次，主题分别为“甲”“乙”“丙”;
…5项联合协商，其中远程协商2项，主题分别为“甲”和“乙”): a reader counts one piece of work per subject,
each about its own subject, beside the statistic. A count alone (开展专题视察3次) stays a
statistic: the kind of work has no subject of its own.

The sentences are written for this project in the style of yearly plans and reviews.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _of(x, kind: str) -> list:
    return [i for i in x.initiatives if i.type == kind]


def test_counted_inspections_named_one_by_one_are_one_inspection_each(pipeline):
    x = run(pipeline, "去年，县政协开展专题视察3次，分别是“提升农村供水保障”“推进老旧小区改造”和“规范校外培训”。",
            publisher="cppcc-dazu")
    labels = [i.label for i in _of(x, "inspection")]
    assert len(labels) == 3
    assert any("农村供水" in label for label in labels) and any("校外培训" in label for label in labels)
    assert all(i.status == "done" for i in _of(x, "inspection"))
    assert [m.value for m in x.metrics] == [3]


def test_the_counted_part_of_planned_work_names_its_subjects_after_the_count(pipeline):
    x = run(pipeline, "今年，市政协将开展6项重点协商，其中网络议政2项，主题分别为“发展智慧养老”和“促进夜间消费”。")
    consultations = _of(x, "consultation")
    assert len(consultations) == 2
    assert any("智慧养老" in i.label for i in consultations) and any("夜间消费" in i.label for i in consultations)
    assert all(i.status == "planned" for i in consultations)
    assert sorted(m.value for m in x.metrics) == [2, 6]


def test_a_count_of_work_without_its_subjects_stays_a_statistic(pipeline):
    x = run(pipeline, "去年，县政协开展专题视察3次，其中2次由主席会议成员带队。", publisher="cppcc-dazu")
    assert not _of(x, "inspection")
    assert sorted(m.value for m in x.metrics) == [2, 3]
