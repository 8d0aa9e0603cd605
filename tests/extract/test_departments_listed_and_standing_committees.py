"""Bodies local texts name in passing: departments listed after one that names its place (区发改委、
财政局、住建委), the standing committee of a Party committee (省委常委会, 某市委常委会), a people's
congress or its standing committee written with its term (某市五届人大常委会), and the central
discipline commission by its short name. Each is one body of its own, of the place the text says.

The sentences are made up for this project, in the style of district and prefecture news.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _bodies(x) -> list[str]:
    return [m.label for m in x.mentions if m.kind == "body"]


def test_departments_listed_after_a_placed_one_are_that_places(pipeline):
    x = run(pipeline, "大足区政协组织委员视察乡村振兴项目。区发改委、财政局、住建委负责同志陪同视察。")
    labels = _bodies(x)
    assert "大足区发展和改革委员会" in labels
    assert "大足区财政局" in labels
    assert "大足区住房和城乡建设委员会" in labels


def test_party_departments_listed_after_a_placed_one_are_that_committees(pipeline):
    x = run(pipeline, "大足区政协召开座谈会，区委宣传部、统战部有关负责人参加。")
    labels = _bodies(x)
    assert "中共大足区委宣传部" in labels
    assert "中共大足区委统一战线工作部" in labels


def test_a_list_that_goes_on_to_other_words_stops_at_the_departments(pipeline):
    x = run(pipeline, "大足区政协开展调研，区发改委、企业代表和群众参加。")
    labels = _bodies(x)
    assert "大足区发展和改革委员会" in labels
    assert not [label for label in labels if "企业" in label or "群众" in label]


def test_a_department_with_its_own_level_keeps_its_own_place(pipeline):
    x = run(pipeline, "大足区政协召开协商会，区委统战部、市发展改革委有关负责人参加。")
    labels = _bodies(x)
    assert "重庆市发展和改革委员会" in labels
    assert "大足区发展和改革委员会" not in labels


def test_a_party_committees_standing_committee_is_a_body_of_its_own(pipeline):
    x = run(pipeline, "遂宁市政协召开党组会议，传达学习省委常委会（扩大）会议和市委常委会会议精神。")
    labels = _bodies(x)
    assert any(label.endswith("省委常委会") for label in labels)
    assert "中共遂宁市委常委会" in labels
    assert "中共遂宁市委" not in labels


def test_chongqings_party_standing_committee_is_the_references(pipeline):
    x = run(pipeline, "市政协党组会议传达学习市委常委会会议精神。", publisher="cq-cppcc")
    assert "cq-party-standing-committee" in {m.entity for m in x.mentions}


def test_a_congress_written_with_its_term_is_that_places_congress(pipeline):
    x = run(pipeline, "遂宁市政协召开常委会议。遂宁市五届人大一次会议期间，市五届人大常委会听取了工作报告。")
    labels = _bodies(x)
    assert "遂宁市人民代表大会" in labels
    assert "遂宁市人民代表大会常务委员会" in labels


def test_the_central_discipline_commission_by_its_short_name(pipeline):
    x = run(pipeline, "市政协党组会议传达学习中央纪委全会精神。", publisher="cq-cppcc")
    assert "cpc-discipline-commission" in {m.entity for m in x.mentions}


def test_the_special_committees_together_are_the_references_collective_however_written(pipeline):
    for text in ("一年来，各专门委员会和界别小组认真履职。", "市政协各专门委员会开展对口协商。"):
        x = run(pipeline, text, publisher="cq-cppcc")
        assert "cq-cppcc-special-committees" in {m.entity for m in x.mentions}, text


def test_departments_written_with_no_level_in_a_local_text_are_its_places(pipeline):
    x = run(pipeline, "区政协组织委员视察乡村供水工程，发改委、国资委负责同志陪同。", publisher="cppcc-dazu")
    labels = _bodies(x)
    assert "大足区发展和改革委员会" in labels and "大足区国有资产监督管理委员会" in labels


def test_a_department_after_another_bodys_name_is_not_the_places(pipeline):
    x = run(pipeline, "区政协组织委员学习国务院国资委有关文件。", publisher="cppcc-dazu")
    assert "大足区国有资产监督管理委员会" not in _bodies(x)
