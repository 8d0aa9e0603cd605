"""A committee of a place the reference lacks, named at the head of a sentence or after the time
that opens it (近日，某某区政协组织…), is that place's committee, not the local 区政协 or 市政协
of Chongqing; the text then goes on about it: 区政协 and its organs (区政协党组) later in the text
are that committee's. A verb that runs into 市政协 after a clause (…，提高市政协…) names no place.

Place names are made up for this project; the sentences imitate news of district committees.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _bodies(x) -> list[str]:
    return [m.label for m in x.mentions if m.kind == "body"]


def test_a_committee_named_after_the_time_that_opens_a_sentence_is_that_places(pipeline):
    x = run(pipeline, "近日，青禾市政协与云岭州政协联合召开协商座谈会。")
    assert "政协青禾市委员会" in _bodies(x)
    assert "cq-cppcc" not in {m.entity for m in x.mentions}
    named = {m.entity for m in x.mentions if m.label in ("政协青禾市委员会", "政协云岭州委员会")}
    assert [set(i.organizers) for i in x.initiatives] == [named]


def test_the_bare_committee_and_its_organs_later_in_the_text_are_the_one_named(pipeline):
    x = run(pipeline, "3月12日，石湾区政协组织委员视察城市更新项目。区政协党组书记王某参加视察。"
                      "随后，区政协召开座谈会。")
    labels = _bodies(x)
    assert labels.count("政协石湾区委员会") == 2
    assert "石湾区政协党组" in labels
    committee = next(m.entity for m in x.mentions if m.label == "政协石湾区委员会")
    assert len(x.initiatives) == 2 and all(list(i.organizers) == [committee] for i in x.initiatives)


def test_a_verb_after_a_clause_that_runs_into_the_citys_committee_names_no_place(pipeline):
    x = run(pipeline, "要加强学习，提高市政协履职水平。", publisher="cq-cppcc")
    assert "cq-cppcc" in {m.entity for m in x.mentions}
    assert not [label for label in _bodies(x) if label.startswith("政协提高")]


def test_a_time_word_before_a_bare_committee_names_no_place(pipeline):
    x = run(pipeline, "近日县政协召开常委会议，研究年度协商计划。")
    assert not [label for label in _bodies(x) if "近日" in label]


def test_people_who_took_part_in_a_visit_and_the_items_it_oversaw_add_no_work(pipeline):
    x = run(pipeline, "区政协组织委员视察重点提案办理情况。提案委、经济委主任参加了视察。委员们对两件督办件的落实表示满意。",
            publisher="cppcc-dazu")
    assert [i.type for i in x.initiatives] == ["inspection"]


def test_the_bare_committee_after_a_verb_and_its_particle_is_the_one_named(pipeline):
    x = run(pipeline, "2月26日，政协青禾市石湾区第九届委员会第四次会议闭幕。委员们审议了区政协常委会工作报告。")
    labels = _bodies(x)
    assert "石湾区政协常务委员会" in "".join(labels)
    assert "cq-cppcc-standing-committee" not in {m.entity for m in x.mentions}


def test_a_column_item_headed_by_its_place_is_that_places_committees(pipeline):
    x = run(pipeline, "北碚：关注社区养老\n本报讯 近日，北碚区政协调研社区养老服务站建设。(某某)\n"
                      "綦江：聚焦农村供水\n本报讯 近日，綦江区政协召开主席会议，专题协商农村供水保障工作。")
    assert all(list(i.organizers) != ["cppcc-beibei"] for i in x.initiatives if i.evidence.start > 40)
    meeting = [i for i in x.initiatives if i.type == "meeting"]
    assert len(meeting) == 1 and "农村供水" in meeting[0].label


def test_a_leader_speaking_at_a_meeting_he_convened_tells_the_meeting(pipeline):
    x = run(pipeline, "6月3日，区政协召开主席会议。7月18日，区政协主席某某在主持召开《城区停车设施建设调研报告》评审会上"
                      "指出，要深入开展调研。", publisher="cppcc-dazu")
    assert [i.type for i in x.initiatives] == ["meeting", "meeting"]


def test_the_bare_committee_in_a_text_about_another_provinces_county_is_that_county(pipeline):
    x = run(pipeline, "政协青禾县第八届委员会第三次会议闭幕\n青禾县地处某省南部。在主席台就座的还有县政协副主席。"
                      "县政协常委、委员出席会议。")
    labels = _bodies(x)
    assert labels.count("政协青禾县委员会") >= 2
    assert "青禾县政协常务委员" in labels


def test_surveying_a_site_is_field_work(pipeline):
    x = run(pipeline, "县政协主席带领水利等部门负责人到某乡现场办公，实地踏勘灌溉渠修复选址。", publisher="cppcc-fengjie")
    assert [i.type for i in x.initiatives] == ["research"]


def test_a_column_items_headline_is_retold_by_its_story_and_the_next_story_starts_afresh(pipeline):
    x = run(pipeline, "北碚：关注社区养老\n本报讯 近日，北碚区政协调研社区养老服务站建设。(某某)\n"
                      "綦江：建言农村供水\n本报讯 近日，綦江区政协召开主席会议，专题协商农村供水保障工作。\n"
                      "奉节：关注乡村道路\n本报讯 近日，奉节县政协召开座谈会。")
    assert [i.type for i in x.initiatives] == ["research", "meeting", "meeting"]
    assert "农村供水" not in x.initiatives[2].label
