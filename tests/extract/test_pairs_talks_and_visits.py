"""Places written one after another before 两地政协 (南川大足两地政协) are those places' committees,
with no collective of their own; two committees that 座谈交流 hold a meeting; a county visited,
written with its province (赴四川省某县, 到重庆市某县), is not the county whose 县政协 writes.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _told(x) -> list[tuple[str, tuple[str, ...], tuple[str, ...], bool]]:
    return [(i.type, i.organizers, i.partners, i.joint_sichuan_chongqing) for i in x.initiatives]


def test_places_run_together_before_two_committees_are_each_ones_committee(pipeline):
    x = run(pipeline, "5月，北碚合川两地政协开展嘉陵江岸线保护联合视察。")
    assert [m.label for m in x.mentions if m.kind == "body"] == ["政协重庆市北碚区委员会", "政协重庆市合川区委员会"]
    # both in Chongqing: no Sichuan partner, no joint work
    assert _told(x) == [("inspection", ("cppcc-beibei", "cppcc-hechuan"), (), False)], _told(x)


def test_places_run_together_across_the_border_are_joint_work(pipeline):
    x = run(pipeline, "近日，荣昌隆昌两地政协召开协同履职联席会议。")
    assert _told(x) == [("meeting", ("cppcc-rongchang", "cppcc-longchang-sc"), (), True)], _told(x)


def test_two_committees_talking_together_hold_a_meeting(pipeline):
    x = run(pipeline, "8月，璧山区政协与郫都区政协座谈交流，共商电子信息产业协作。")
    assert [(t, set(o), j) for t, o, _p, j in _told(x)] == [("meeting", {"cppcc-bishan", "cppcc-pidu-sc"}, True)], _told(x)


def test_talks_as_a_means_of_research_are_no_meeting(pipeline):
    x = run(pipeline, "调研组通过座谈交流、入户走访等方式开展调研。")
    assert [i.type for i in x.initiatives] == ["research"], _told(x)


def test_a_county_visited_in_its_province_is_not_the_writers(pipeline):
    x = run(pipeline, "近日，县政协组织部分委员赴四川省邻水县考察学习农文旅融合发展经验。")
    assert [m.label for m in x.mentions if m.surface == "县政协"] != ["政协邻水县委员会"]
    assert x.initiatives and "cppcc-linshui-sc" not in x.initiatives[0].organizers, _told(x)


def test_a_county_named_without_a_visit_is_still_the_writers(pipeline):
    x = run(pipeline, "近日，邻水县政协召开主席会议。会上，县政协主席某某传达了有关会议精神。")
    assert [m.label for m in x.mentions if m.surface == "县政协"] == ["政协邻水县委员会"]


def test_committees_counted_on_both_sides_are_no_chongqing_collective(pipeline):
    for text in ("来自川渝两地的16个区县政协负责同志参加会议。", "川渝两地9个毗邻区县政协负责人参加交流。",
                 "来自三省市的24个市州区县政协主席参加座谈。"):
        x = run(pipeline, text)
        bodies = [(m.label, m.in_reference) for m in x.mentions if m.kind == "body"]
        assert len(bodies) == 1 and not bodies[0][1] and bodies[0][0].endswith("区县政协"), (text, bodies)


def test_work_of_committees_counted_on_both_sides_is_joint(pipeline):
    x = run(pipeline, "川渝两地9个毗邻区县政协共同开展联合视察。")
    assert [(i.type, i.joint_sichuan_chongqing) for i in x.initiatives] == [("inspection", True)], _told(x)


def test_the_citys_own_district_committees_counted_stay_the_citys(pipeline):
    x = run(pipeline, "全市38个区县政协同步开展委员活动。")
    assert [m.label for m in x.mentions if m.kind == "body"] == ["重庆市区县政协"]


def test_a_subject_fixed_after_a_comma_is_that_work_to_come(pipeline):
    x = run(pipeline, "经两地政协商定，今年联合视察的主题，确定为“嘉陵江流域水生态保护”。")
    assert [(i.type, i.status) for i in x.initiatives] == [("inspection", "planned")], _told(x)
    assert "嘉陵江流域水生态保护" in x.initiatives[0].label


def test_the_joint_plans_name_heading_a_clause_is_the_two_committees_at_work(pipeline):
    for text in ("7月20日，川渝政协联合协商会在成都举行。", "本年度川渝政協聯合協商議政的主題，確定為“共建西部金融中心”。"):
        x = run(pipeline, text)
        assert [(set(i.organizers), i.joint_sichuan_chongqing) for i in x.initiatives] == [
            ({"cq-cppcc", "sc-cppcc"}, True)], (text, _told(x))


def test_the_joint_plans_name_after_a_verb_or_counted_stays_the_programme(pipeline):
    x = run(pipeline, "一年来，市政协开展重点协商16项，其中川渝政协联合协商2项。")
    assert [m.label for m in x.mentions if m.kind == "programme"] == ["川渝政协联合履职"]
    x = run(pipeline, "市政协持续开展川渝政协联合履职，助推成渝地区双城经济圈建设。")
    assert [m.label for m in x.mentions if m.kind == "programme"] == ["川渝政协联合履职"]


def test_committees_a_meeting_urges_to_work_with_do_not_act_next(pipeline):
    x = run(pipeline, "4月9日，广安市政协召开常委会议。会议要求，要进一步深化与重庆合川、长寿等地政协的协作，"
                      "联合开展重点课题调研。会前，与会人员视察了广安经开区新材料产业园建设情况。")
    assert [(i.type, i.organizers) for i in x.initiatives] == [
        ("meeting", ("cppcc-guangan-sc",)), ("inspection", ("cppcc-guangan-sc",))], _told(x)
