"""A district of a municipality, written with the municipality before it (上海市青浦区政协), is
named as its formal name has it (政协上海市青浦区委员会), as the reference names Chongqing's
districts; a county written after its province keeps only its own name (湖南隆回县政协 →
政协隆回县委员会). The sentences are made up for this project."""

from __future__ import annotations

from tests.extract.test_extract_general import only, run


def _organizers(x, word: str) -> list[str]:
    labels = {m.entity: m.label for m in x.mentions}
    return [labels.get(k, k) for k in only(x, word).organizers]


def test_a_municipality_s_district_keeps_its_municipality(pipeline):
    x = run(pipeline, "5月9日，上海市某浦区政协副主席某某一行来某县开展对口协作调研。")
    assert _organizers(x, "调研") == ["政协上海市某浦区委员会"]


def test_a_province_s_county_is_named_alone(pipeline):
    x = run(pipeline, "5月9日，湖南某回县政协召开常委会议。")
    assert _organizers(x, "常委会议") == ["政协某回县委员会"]
