"""Issue 12, the round of visits and verbs: a province a delegation went to, verbs that run into
a committee's name, counts of committees written with digits, and townships' organs.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import only, run


def test_a_province_gone_to_is_not_where_a_text_without_metadata_sits(pipeline):
    x = run(pipeline, "12月2日，市政协联络委召开全体委员会议。今年，联络委组织部分委员赴云南考察边境贸易发展情况。")
    committee = [m for m in x.mentions if m.kind == "body" and m.surface == "市政协联络委"]
    assert [m.cls for m in committee] == ["SpecialCommittee"]
    assert "昭通" not in committee[0].label  # (no city of the province visited)
    assert only(x, "全体委员会议").organizers == (committee[0].entity,)


def test_verbs_running_into_a_committees_name_name_no_place(pipeline):
    # (a text about a whole province: which city's 市政协 is not said, so the words before it are read)
    x = run(pipeline, "四川省各地政协积极履职。会议要求以饱满的热情迎接市政协六届三次会议，牵头承办市政协委员履职培训。")
    labels = [m.label for m in x.mentions if m.kind == "body"]
    assert not [label for label in labels if "承办" in label or "迎接" in label]


def test_a_count_of_committees_after_another_count_keeps_all_its_digits(pipeline):
    x = run(pipeline, "四川省各地政协积极履职。该委组织6个片区27个区县政协和部分委员开展片区活动。")
    assert [m.surface for m in x.mentions if m.kind == "body" and m.surface.endswith("区县政协")] == ["27个区县政协"]


def test_a_townships_organ_begins_after_the_verb_or_preposition_before_it(pipeline):
    x = run(pipeline, "县政协主席参加石门镇政协工委协商会，随后到和平镇党委调研。", publisher="cppcc-dazu")
    labels = {m.label for m in x.mentions if m.kind == "body"}
    assert {"石门镇政协工委", "和平镇党委"} <= labels
    assert not [label for label in labels if label.startswith(("参加", "到", "席"))]


def test_townships_in_general_are_no_townships_organ(pipeline):
    x = run(pipeline, "县政协听取乡镇政协工委工作汇报，并察看各乡镇政协工委阵地建设。", publisher="cppcc-dazu")
    assert not [m for m in x.mentions if m.kind == "body" and "工委" in m.label]
