"""The border platforms of Sichuan and Chongqing named by their places' first characters alone
(遂潼, 泸永江, 城宣万, 合广长, 资大, 内荣, 明月山): the reference lists each as a collective of
its committees, so a page that never writes the places out still names who acted, and the work
is joint. A count said again (两地政协, 三地政协) stays the platform's committees.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _organisers(x, trigger: str) -> set[str]:
    found = [i for i in x.initiatives if trigger in i.evidence.text]
    assert found, [i.evidence.text for i in x.initiatives]
    return set(found[0].organizers)


def test_a_pair_named_by_initials_only(pipeline):
    x = run(pipeline, "今年以来，遂潼两地政协聚焦琼江流域水质改善开展联合视察。")
    assert _organisers(x, "联合视察") == {"cppcc-suining-sc", "cppcc-tongnan"}
    assert x.initiatives[0].joint_sichuan_chongqing


def test_a_trio_whose_sichuan_members_are_county_committees(pipeline):
    x = run(pipeline, "城宣万三地政协就秦巴山区道路互联互通联合开展调研。")
    assert _organisers(x, "调研") == {"cppcc-chengkou", "cppcc-xuanhan-sc", "cppcc-wanyuan-sc"}
    assert x.initiatives[0].joint_sichuan_chongqing


def test_a_platform_without_a_count(pipeline):
    x = run(pipeline, "上半年，合广长政协组织委员围绕渠江航运开展专题协商。")
    assert _organisers(x, "专题协商") == {"cppcc-hechuan", "cppcc-guangan-sc", "cppcc-changshou"}


def test_a_mountain_belt_of_six_districts_and_counties(pipeline):
    x = run(pipeline, "明月山六区县政协共同开展柑橘产业发展民主监督。")
    assert _organisers(x, "民主监督") == {"cppcc-liangping", "cppcc-dianjiang", "cppcc-dachuan-sc",
                                        "cppcc-dazhu-sc", "cppcc-kaijiang-sc", "cppcc-linshui-sc"}


def test_the_count_said_again_stays_the_platform(pipeline):
    x = run(pipeline, "9月，泸永江三地政协在永川召开联席会议。会上，三地政协商定明年联合开展职业教育调研。")
    assert _organisers(x, "职业教育调研") == {"cppcc-luzhou-sc", "cppcc-yongchuan", "cppcc-jiangjin"}


def test_the_two_sides_alone_are_still_the_provincial_pair(pipeline):
    # guard: 两地政协 with no platform before it keeps its reference meaning
    x = run(pipeline, "两地政协将联合开展长江上游生态屏障建设民主监督。")
    assert _organisers(x, "民主监督") == {"cq-cppcc", "sc-cppcc"}


def test_the_belt_as_it_is_today_counts_seven(pipeline):
    # 长寿 joined the six later: the seven written out are the seven committees
    x = run(pipeline, "明月山七区县政协联合开展竹产业发展调研。")
    assert _organisers(x, "调研") == {"cppcc-liangping", "cppcc-changshou", "cppcc-dianjiang", "cppcc-dachuan-sc",
                                    "cppcc-dazhu-sc", "cppcc-kaijiang-sc", "cppcc-linshui-sc"}


def test_a_platform_counted_by_its_kinds_of_place(pipeline):
    # 三县市政协, not 三地政协: the same platform, whatever count word follows its initials
    x = run(pipeline, "城宣万三县市政协在城口召开首次联席会议。会上，三县市政协商定联合开展中药材产业调研。")
    want = {"cppcc-chengkou", "cppcc-xuanhan-sc", "cppcc-wanyuan-sc"}
    assert _organisers(x, "联席会议") == want
    assert _organisers(x, "中药材产业调研") == want


def test_a_count_of_committees_after_a_list_is_no_committee_of_its_own(pipeline):
    x = run(pipeline, "重庆市巫溪县、陕西省安康市镇坪县和湖北省十堰市竹溪县三县政协召开协商座谈会。")
    names = [m.label for m in x.mentions if m.kind == "body"]
    assert not [n for n in names if "三县" in n], names
