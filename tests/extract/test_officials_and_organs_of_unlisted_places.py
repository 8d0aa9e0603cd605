"""Committees of places the reference lacks, named in a list of officials or with an organ.

A joint sitting lists who came, each by committee, title and name (甲市政协主席某某，乙市政协副主席
某某): each local form after a comma there is the committee of the place written before it. A
place's organ written in one breath with it (某某市政协党组召开会议) is that place's organ, not the
text's own committee's; a verb heading the sentence (制定市政协党组…办法) names no place. A Party
committee of such a place named in full (中共某某区委) is one body, named as written.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import body_labels, run


def test_each_committee_in_a_list_of_officials_is_its_place_s(pipeline):
    x = run(pipeline, "2022年9月，沿线城市政协联席会议在宿迁召开。宿迁市政协主席某某，菏泽市政协主席某某，"
                      "开封市政协副主席某某出席会议。")
    labels = body_labels(x)
    assert labels.get("菏泽市政协") == "政协菏泽市委员会" and labels.get("开封市政协") == "政协开封市委员会", labels


def test_a_verb_after_a_comma_before_a_title_names_no_place(pipeline):
    x = run(pipeline, "2022年9月，联席会议在宿迁召开。宿迁市政协主席某某，会同市政协副主席某某出席会议。")
    assert not any("会同" in label for label in body_labels(x).values()), body_labels(x)


def test_an_organ_of_a_place_the_reference_lacks_is_that_place_s(pipeline):
    x = run(pipeline, "2022年9月21日，宿迁市政协党组召开会议，传达学习有关精神。")
    assert body_labels(x).get("宿迁市政协党组") == "宿迁市政协党组", body_labels(x)
    labels = {m.entity: m.label for m in x.mentions}
    assert [[labels.get(k, k) for k in i.organizers] for i in x.initiatives] == [["宿迁市政协党组"]], x.initiatives


def test_a_rule_s_verb_heading_a_sentence_names_no_place(pipeline):
    x = run(pipeline, "2022年，市政协加强自身建设。制定市政协党组议事规则，规范决策程序。")
    assert not any(label.startswith("制定") for label in body_labels(x).values()), body_labels(x)


def test_a_studio_named_after_由_holds_no_verb(pipeline):
    x = run(pipeline, "2023年3月，江津区政协将群众的建议列为议题，并由几江街道政协委员工作室牵头开展现场协商。")
    assert not any(label.startswith(("并", "由")) for label in body_labels(x).values()), body_labels(x)


def test_a_party_committee_of_an_unlisted_place_named_in_full_is_one_body(pipeline):
    x = run(pipeline, "2020年，在中共余杭区委的领导下，区政协围绕中心工作开展调研。")
    assert body_labels(x).get("中共余杭区委") == "中共余杭区委", body_labels(x)


def test_a_congress_named_with_中共_is_no_place(pipeline):
    x = run(pipeline, "2022年，中共二十大以来市委对政协工作提出新要求。")
    assert not any(label.startswith("中共二十") for label in body_labels(x).values()), body_labels(x)
