"""Committees the reference lacks, named where a story begins: after an outlet's dateline
(某某新闻网讯 某清县政协…) and with a county's one-character name (叶县政协). The bare
县政协 after them is then that committee. The sentences are made up for this project."""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _bodies(x) -> dict[str, str]:
    return {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}


def test_a_committee_named_right_after_a_dateline_owns_the_bare_form(pipeline):
    x = run(pipeline, "某清新闻网讯 某清县政协十四届三次会议开幕前夕，县政协组织委员开展会前视察。")
    labels = _bodies(x)
    assert labels.get("某清县政协") == "政协某清县委员会", labels
    assert labels.get("县政协") == "政协某清县委员会", labels


def test_a_county_named_by_one_character_is_its_committee(pipeline):
    x = run(pipeline, "某县政协召开协商议事推进会\n6月28日下午，叶县政协召开协商议事工作推进会。县政协主席某某出席。")
    labels = _bodies(x)
    assert labels.get("叶县政协") == "政协叶县委员会", labels
    assert labels.get("县政协") == "政协叶县委员会", labels


def test_a_county_of_chongqing_named_by_one_character_stays_the_reference_s(pipeline):
    x = run(pipeline, "6月28日，忠县政协召开常委会议。县政协主席某某出席。")
    assert _bodies(x).get("忠县政协") == "政协重庆市忠县委员会", _bodies(x)


def test_words_for_this_county_name_no_county(pipeline):
    x = run(pipeline, "6月28日，全县政协委员参加培训，该县政协组织委员视察。")
    assert not any(label.startswith(("政协全县", "政协该县")) for label in _bodies(x).values()), _bodies(x)
