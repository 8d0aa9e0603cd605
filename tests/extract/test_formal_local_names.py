"""A local committee named formally, with the national body's full name before the place
(中国人民政治协商会议遂宁市委员会), is that place's committee: not an organ of the national
committee. A yearbook entry opens this way and then calls it 市政协, which is then the same
committee. The sentences are made up for this project."""

from __future__ import annotations

from tests.extract.test_extract_general import only, run


def _bodies(x) -> dict[str, str]:
    return {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}


def test_a_sichuan_city_s_committee_named_formally_is_its_committee(pipeline):
    x = run(pipeline, "2019年，中国人民政治协商会议遂宁市委员会召开常委会议。")
    assert _bodies(x).get("中国人民政治协商会议遂宁市委员会") == "政协遂宁市委员会", _bodies(x)


def test_a_committee_the_reference_lacks_named_formally_owns_the_bare_form(pipeline):
    x = run(pipeline, "【概况】2019年，中国人民政治协商会议某山市委员会（简称“市政协”）围绕中心工作履职。"
                      "市政协组织委员开展乡村振兴专题视察。")
    assert _bodies(x).get("中国人民政治协商会议某山市委员会") == "政协某山市委员会", _bodies(x)
    labels = {m.entity: m.label for m in x.mentions}
    assert [labels.get(k, k) for k in only(x, "专题视察").organizers] == ["政协某山市委员会"]


def test_a_national_special_committee_named_formally_stays_national(pipeline):
    x = run(pipeline, "2019年，中国人民政治协商会议提案委员会召开全体会议。")
    label = _bodies(x).get("中国人民政治协商会议提案委员会", "")
    assert label.startswith("中国人民政治协商会议全国委员会"), _bodies(x)
