"""Bodies named the way local texts name them: organs and sessions written with their
committee, Party committees written by their level alone, member groups and organs written
bare, collectives with a count word, and gold bodies read in their report's context.

Every sentence is written for these tests (names of people are made up).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cppcckg.ingest.reports import report_from_bytes


def bodies(pipeline, text: str, **meta):
    meta.setdefault("id", "t")
    x = pipeline.run(report_from_bytes(text.encode("utf-8"), "t", "t", meta))
    return [m for m in x.mentions if m.kind == "body"], x


def named(found, surface: str):
    hits = [m for m in found if m.surface == surface]
    assert len(hits) == 1, [(m.surface, m.label) for m in found]
    return hits[0]


# ---------------------------------------------------------------------------------------------
# An organ written with its committee is one body the committee acts through
# ---------------------------------------------------------------------------------------------


def test_a_party_group_written_with_its_county_committee_is_one_body(pipeline):
    found, _ = bodies(pipeline, "县政协党组书记、主席周某主持会议。", publisher="cppcc-zhongxian")
    group = named(found, "县政协党组")
    assert group.label == "忠县政协党组" and group.members == ("cppcc-zhongxian",)


def test_the_organ_word_is_written_in_full_in_the_label(pipeline):
    found, _ = bodies(pipeline, "区政协机关干部和区政协常委会组成人员参加。", publisher="cppcc-jiangbei")
    assert named(found, "区政协机关").label == "江北区政协机关"
    assert named(found, "区政协常委会").label == "江北区政协常务委员会"  # 常委会 is 常务委员会
    found, _ = bodies(pipeline, "区政协办公室负责同志介绍情况。", publisher="cppcc-hechuan")
    assert named(found, "区政协办公室").label == "合川区政协办公室"
    found, _ = bodies(pipeline, "泸州市政协社会法制委负责同志发言。")
    assert named(found, "泸州市政协社会法制委").label == "泸州市政协社会和法制委员会"


def test_a_working_team_written_after_its_committee_is_that_committees(pipeline):
    found, _ = bodies(pipeline, "綦江区政协文旅融合工作专班到东溪镇了解情况。")
    team = named(found, "綦江区政协文旅融合工作专班")
    assert team.members == ("cppcc-qijiang",)


def test_an_organ_after_jiqi_belongs_to_the_committee_before_it(pipeline):
    found, _ = bodies(pipeline, "五年来，十二届省政协及其常委会坚持党的领导。", publisher="sc-cppcc")
    assert named(found, "常委会").label == "四川省政协常务委员会"
    found, _ = bodies(pipeline, "过去一年，市政协及其常务委员会围绕中心履职尽责。", publisher="cq-cppcc")
    assert named(found, "常务委员会").entity == "cq-cppcc-standing-committee"


def test_a_district_committee_acts_through_its_organ(pipeline):
    _, x = bodies(pipeline, "区政协主席会议围绕城市更新开展专题协商。", publisher="cppcc-dazu")
    (item,) = x.initiatives
    assert item.organizers == ("cppcc-dazu",)


# ---------------------------------------------------------------------------------------------
# Plenary sessions
# ---------------------------------------------------------------------------------------------


def test_a_session_named_in_full_is_one_body_and_its_committees_meeting(pipeline):
    found, x = bodies(pipeline, "2月19日，政协宜宾市第六届委员会第三次会议在宜宾开幕。")
    session = named(found, "政协宜宾市第六届委员会第三次会议")
    assert session.label == "宜宾市政协全体会议" and session.cls == "PlenarySession"
    (item,) = x.initiatives
    assert item.type == "meeting" and item.organizers == ("cppcc-yibin-sc",)


def test_a_short_session_name_is_the_plenary_where_the_reference_holds_it(pipeline):
    found, _ = bodies(pipeline, "住渝全国政协委员参加全国政协十四届二次会议。", publisher="cq-cppcc")
    assert named(found, "全国政协十四届二次会议").entity == "national-cppcc-plenary"


def test_a_short_session_name_of_a_district_is_its_plenary_run_by_its_committee(pipeline):
    found, x = bodies(pipeline, "江津区政协十五届三次会议开幕。")
    session = named(found, "江津区政协十五届三次会议")
    assert (session.cls, session.members) == ("PlenarySession", ("cppcc-jiangjin",))
    assert [i.organizers for i in x.initiatives] == [("cppcc-jiangjin",)]


def test_a_sessions_presidium_is_one_body(pipeline):
    found, _ = bodies(pipeline, "省政协十三届一次会议主席团常务主席就座。", publisher="sc-cppcc")
    assert named(found, "省政协十三届一次会议主席团").members == ("sc-cppcc",)


def test_a_title_naming_a_committee_with_its_term_names_the_publisher(pipeline):
    report = report_from_bytes("今日上午，大会开幕。".encode("utf-8"), "t", "t",
                               {"id": "t", "title": "中国人民政治协商会议四川省第十三届委员会第二次会议开幕"})
    assert pipeline.recognizer.likely_publisher(report) == "sc-cppcc"


def test_a_text_naming_only_an_organ_of_its_committee_is_that_committees(pipeline):
    # a digest of the standing committee's year names the national committee more often than
    # its own, and its own only by the organ (市政协常委会)
    text = ("一年来，市政协常委会紧扣重庆中心工作履职。全国政协领导来渝调研，"
            "向全国政协报送信息百余篇，住渝全国政协委员提交提案多件。")
    report = report_from_bytes(text.encode("utf-8"), "t", "t", {"id": "t", "title": "市政协常委会年度工作摘要"})
    assert pipeline.recognizer.likely_publisher(report) == "cq-cppcc"


# ---------------------------------------------------------------------------------------------
# Party committees written by their level alone
# ---------------------------------------------------------------------------------------------


def test_a_bare_county_committee_is_the_party_committee_of_the_county(pipeline):
    found, _ = bodies(pipeline, "县政协传达学习县委全会精神，县委书记刘某作出批示。", publisher="cppcc-zhongxian")
    assert [m.label for m in found if m.surface == "县委"] == ["中共忠县委", "中共忠县委"]


def test_a_bare_level_above_the_place_is_the_committee_of_the_place_above(pipeline):
    found, _ = bodies(pipeline, "县政协认真落实中央和市委、县委工作要求。", publisher="cppcc-youyang")
    assert named(found, "市委").entity == "cq-party-committee"
    found, _ = bodies(pipeline, "泸县政协主席会议研究贯彻市委、县委部署的意见。")
    assert named(found, "市委").label == "中共泸州市委" and named(found, "县委").label == "中共泸县委"


def test_a_sichuan_citys_bare_city_committee_is_not_chongqings(pipeline):
    found, _ = bodies(pipeline, "我们按照市委安排开展大讨论。", publisher="cppcc-suining-sc")
    assert named(found, "市委").label == "中共遂宁市委"


def test_a_party_committee_written_with_its_place_takes_one_label_in_either_script(pipeline):
    found, _ = bodies(pipeline, "合江縣委副書記出席。")
    assert named(found, "合江縣委").label == "中共合江县委"


def test_what_is_not_a_bare_party_committee(pipeline):
    found, _ = bodies(pipeline, "民盟市委主委列席会议。", publisher="cppcc-suining-sc")
    assert not [m for m in found if m.label == "中共遂宁市委"]
    found, _ = bodies(pipeline, "政协重庆市忠县委员会秘书长出席。", publisher="cppcc-zhongxian")
    assert [m.entity for m in found] == ["cppcc-zhongxian"]
    found, _ = bodies(pipeline, "省委有关负责同志出席。", publisher="cppcc-jiangbei")
    assert not found  # a Chongqing district's text has no province of its own


def test_a_longer_name_beginning_with_the_city_committee_stays_one_name(pipeline):
    found, _ = bodies(pipeline, "机关党组接受市委巡视组巡视。", publisher="cq-cppcc")
    assert named(found, "市委巡视组").entity != "cq-party-committee"


# ---------------------------------------------------------------------------------------------
# Member groups written bare; collectives with a count word
# ---------------------------------------------------------------------------------------------


def test_bare_changwei_are_the_standing_committees_members(pipeline):
    found, _ = bodies(pipeline, "全体常委提交了书面述职报告。", publisher="cq-cppcc")
    assert named(found, "常委").entity == "cq-cppcc-standing-members"
    found, _ = bodies(pipeline, "区政协常委参加了活动。", publisher="cppcc-jiangbei")
    assert named(found, "区政协常委").label == "江北区政协常务委员"


def test_changwei_of_the_party_or_the_congress_or_a_format_are_not_the_cppccs(pipeline):
    text = "县委常委出席。市委常委会会议研究政协工作。全国人大常委会负责同志到会。监督性常委视察受到欢迎。"
    found, _ = bodies(pipeline, text, publisher="cq-cppcc")
    assert not [m for m in found if m.entity.startswith("cq-cppcc-standing")]


def test_a_collective_of_local_committees_counted_by_places(pipeline):
    found, _ = bodies(pipeline, "渝川黔三地市州区县政协的同志在綦江相聚。", publisher="cppcc-qijiang")
    assert named(found, "渝川黔三地市州区县政协").in_reference is False


# ---------------------------------------------------------------------------------------------
# Evaluation reads a gold body the way its report writes it
# ---------------------------------------------------------------------------------------------


def test_a_name_is_read_in_its_reports_context(pipeline):
    report = report_from_bytes("县政协召开会议。".encode("utf-8"), "t", "t", {"id": "t", "publisher": "cppcc-zhongxian"})
    read = pipeline.recognizer.reader_of(report)
    assert read("县政协党组").label == "忠县政协党组"
    assert read("县委").label == "中共忠县委"
    assert read("县政协主席会议").label == "忠县政协主席会议"
    assert read("县政协党组会议") is None  # not one name


def test_evaluate_matches_gold_bodies_written_as_the_text_writes_them(tmp_path: Path):
    from typer.testing import CliRunner

    from cppcckg.cli.main import app

    text = "县政协党组召开会议，传达学习县委全会精神。"
    reports, gold = tmp_path / "reports", tmp_path / "gold"
    reports.mkdir()
    gold.mkdir()
    (reports / "c.txt").write_text(text, encoding="utf-8")
    (reports / "c.yaml").write_text("id: c\npublisher: cppcc-zhongxian\n", encoding="utf-8")
    lines = []
    for name in ("县政协党组", "县委"):
        start = text.index(name)
        lines.append(json.dumps({"kind": "mention", "report": "c", "label": name, "class": "Body",
                                 "evidence": {"start": start, "end": start + len(name), "text": name}},
                                ensure_ascii=False))
    (gold / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "--reports", str(reports), "--gold", str(gold), "--format", "json",
                                      "--mismatches", str(tmp_path / "mm.txt")])
    assert result.exit_code == 0, result.output
    rows = {(r["report"], r["name"]): r for r in json.loads(result.output)}
    assert rows[("all", "mentions")]["recall"] == 1.0


def test_state_organs_written_by_their_level_are_those_of_the_texts_place(pipeline):
    found, _ = bodies(pipeline, "区人大常委会主任某某，区委宣传部部长某某，以及区法院、区检察院、区生态环境局、"
                                "区融媒体中心负责人出席。市场监管部门和区域发展规划也在会上讨论。", publisher="cppcc-dadukou")
    labels = [m.label for m in found]
    assert labels == ["大渡口区人民代表大会常务委员会", "中共大渡口区委宣传部", "大渡口区人民法院", "大渡口区人民检察院",
                      "大渡口区生态环境局", "大渡口区融媒体中心"]


def test_a_state_organ_is_named_the_same_however_written(pipeline):
    found, _ = bodies(pipeline, "重庆市江津区人民政府、中共重庆市江津区委员会与区政府、区委共同参加。", publisher="cppcc-jiangjin")
    assert [m.label for m in found] == ["江津区人民政府", "中共江津区委", "江津区人民政府", "中共江津区委"]


def test_the_citys_government_is_the_one_the_reference_holds(pipeline):
    found, _ = bodies(pipeline, "市政府副市长某某到会讲话。", publisher="cq-cppcc")
    assert [m.entity for m in found] == ["cq-government"]


def test_a_committees_members_and_its_special_committees_written_with_it(pipeline):
    found, _ = bodies(pipeline, "区政协各专门委员会积极履职，荣昌区政协委员走进院坝，区政协委员会议室。",
                      publisher="cppcc-dadukou")
    assert [m.label for m in found][:2] == ["大渡口区政协专门委员会", "荣昌区政协委员"]
    assert not any(m.label.endswith("政协委员") and "会议室" in m.surface for m in found)


def test_a_partys_committees_on_both_sides_of_the_border_act_together(pipeline):
    found, x = bodies(pipeline, "川渝民建组织第三次主委联席会议在遂宁召开。")
    assert [m.members for m in found] == [("cndca-sc", "cndca-cq")]
    meeting = x.initiatives[0]
    assert (meeting.organizers, meeting.joint_sichuan_chongqing) == (("cndca-sc", "cndca-cq"), True)


def test_a_partys_sichuan_committee_is_in_the_reference(pipeline):
    found, _ = bodies(pipeline, "九三学社四川省委与九三学社重庆市委开展联合调研。")
    assert [m.entity for m in found] == ["jiusan-sc", "jiusan-cq"]


def test_a_committee_named_with_its_term_first_is_that_committee(pipeline):
    found, x = bodies(pipeline, "1月9日，中国人民政治协商会议第六届重庆市委员会第三次会议开幕。市政协六届三次会议应出席委员852名。")
    assert [m.entity for m in found] == ["cq-cppcc-plenary", "cq-cppcc-plenary"]
    assert [(i.type, i.organizers) for i in x.initiatives] == [("meeting", ("cq-cppcc",))]


def test_a_committee_named_with_its_term_across_a_blank_is_that_committee_alone(pipeline):
    # a report's cover line sets the national name and the place apart: one committee, not two
    found, _ = bodies(pipeline, "中国人民政治协商会议 酉阳土家族苗族自治县第十二届委员会提案工作说明")
    assert [m.label for m in found] == ["政协酉阳土家族苗族自治县委员会"]


@pytest.mark.parametrize("text", [
    "3月6日，中国人民政治协商会议四川省宣汉县第十一届委员会第三次会议在县城开幕。",  # its province named first
    # a repost printing pinyin after characters (協(xié)商會(huì)議)
    "3月6日，中國人民政治協(xié)商會(huì)議四川省宣漢縣第十一屆委員會(huì)第三次會(huì)議在縣城開(kāi)幕。",
])
def test_a_session_named_with_its_committees_term_is_that_committees(pipeline, text):
    found, x = bodies(pipeline, text)
    assert "national-cppcc" not in [m.entity for m in found]
    assert [i.organizers for i in x.initiatives] == [("cppcc-xuanhan-sc",)]


def test_a_place_name_inside_a_rivers_name_places_nothing(pipeline):
    # 南溪河 flows between two districts; Yibin's 南溪区 is not where this 市政协 is
    found, x = bodies(pipeline, "这条河叫南溪河，于南溪口注入嘉陵江。重庆市合川区和四川省武胜县共治。"
                                "市政协主题采访团走进合川区。")
    assert "nanxi-sc" not in [m.entity for m in x.mentions]
    assert "cppcc-yibin-sc" not in [m.entity for m in found]
    # a river named as such keeps its name
    _, y = bodies(pipeline, "委员们巡查璧南河河长制落实情况。", publisher="cq-cppcc")
    assert "binan-river" in [m.entity for m in y.mentions]


def test_an_organ_word_alone_in_a_text_of_a_committee_the_reference_holds_no_organs_of(pipeline):
    # 专委会, 主席会议 alone on a Sichuan district's page are that committee's organs; a local
    # committee word inside another committee's name (宣城市政协) makes no organ of it
    found, x = bodies(pipeline, "区政协召开主席会议，各专委会、各民主党派负责同志参加。宣城市政协来访。",
                      publisher="cppcc-ziliujing-sc")
    labels = [m.label for m in found]
    assert "自贡市自流井区政协主席会议" in labels and "自贡市自流井区政协专门委员会" in labels
    assert "自流井区各民主党派" in labels  # the place's parties, not Chongqing's
    assert not any(label.endswith("市政协") and label != "宣城市政协" for label in labels), labels
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_a_session_by_term_and_number_alone_is_the_texts_committees(pipeline):
    # in a county's text, 九届六次会议 with no committee written before it is the county's session;
    # a report about it (关于…会议…的报告) holds no session
    found, x = bodies(pipeline, "关于十届三次会议提案审议工作的说明\n在十届三次会议期间，委员共提出提案120件。",
                      publisher="cppcc-qingchuan-sc")
    # (委员 who propose are the county's members: a members' group, named since the round of Z65 to Z73)
    assert [m.label for m in found] == ["青川县政协全体会议", "青川县政协全体会议", "青川县政协委员"]
    assert x.initiatives == ()


def test_an_organ_is_named_the_same_with_or_without_政协_before_it(pipeline):
    found, _ = bodies(pipeline, "政协常委会组成人员要带头履职。常委会工作报告通过。", publisher="cppcc-kaizhou")
    assert [m.label for m in found] == ["开州区政协常务委员会", "开州区政协常务委员会"]


def test_a_state_organ_written_with_its_city_and_district_is_one_name(pipeline):
    found, _ = bodies(pipeline, "重庆市江津区人民政府有关负责人参加。", publisher="cppcc-jiangjin")
    assert [(m.surface, m.label) for m in found] == [("重庆市江津区人民政府", "江津区人民政府")]


def test_names_in_a_repost_with_pinyin_inside_them_are_read_and_named_in_simplified_script(pipeline):
    found, _ = bodies(pipeline, "會上，農(nóng)工黨萬(wàn)州區(qū)委會(huì)、中共萬(wàn)州區(qū)委組織部和區政協(xié)機(jī)關(guān)參加。",
                      publisher="cppcc-wanzhou")
    assert [m.label for m in found] == ["中国农工民主党重庆市万州区委员会", "中共万州区委组织部", "万州区政协机关"]
    assert found[0].surface == "農(nóng)工黨萬(wàn)州區(qū)委會"


def test_a_party_department_written_short_or_in_full_is_one_body(pipeline):
    found, _ = bodies(pipeline, "会议由广安市委统战部主办。中共广安市委统一战线工作部负责同志出席。", date="2024-05-10")
    labels = {m.label for m in found if "统" in m.surface}
    assert labels == {"中共广安市委统一战线工作部"}


def test_planning_a_session_names_no_meeting(pipeline):
    _, x = bodies(pipeline, "宜宾市政协召开主席会议，研究了召开市政协六届九次常委会有关事项。", date="2019-03-10")
    assert [i.type for i in x.initiatives] == ["meeting"]


def test_standing_members_and_a_government_under_discussion_are_bodies(pipeline):
    found, _ = bodies(pipeline, "会议增选3位区政协常务委员，审议区政府工作报告。", publisher="cppcc-banan")
    assert [m.label for m in found] == ["巴南区政协常务委员", "巴南区人民政府"]


def test_state_organs_written_short_are_named_in_full(pipeline):
    found, _ = bodies(pipeline, "座谈会上，市发展改革委、市科技局负责同志和市政协研究室参加。", publisher="cppcc-zigong-sc")
    assert [m.label for m in found] == ["自贡市发展和改革委员会", "自贡市科学技术局", "自贡市政协研究室"]
    found, _ = bodies(pipeline, "座谈会上，区人大常委会负责同志参加。", publisher="cppcc-yuzhong")
    assert [m.label for m in found] == ["渝中区人民代表大会常务委员会"]


def test_a_city_district_committee_goes_by_its_full_name_with_the_city(pipeline):
    found, _ = bodies(pipeline, "政协内江市东兴区委员会与东兴区政协是同一个委员会。", date="2024-05-10")
    assert {m.entity for m in found} == {"cppcc-dongxing-sc"}
    assert {m.label for m in found} == {"政协内江市东兴区委员会"}


def test_a_session_named_in_full_by_its_place_and_party_committees_after_verbs_are_bodies(pipeline):
    found, _ = bodies(pipeline, "1月6日，政协巫山县第十五届委员会第四次会议召开。县政协主席会成员出席。", publisher="cppcc-wushan")
    assert [m.label for m in found] == ["巫山县政协全体会议", "巫山县政协主席会议"]
    found, _ = bodies(pipeline, "委员们围绕宜宾市委确定的目标，充分了解县委的部署。", publisher="cppcc-fengjie")
    assert [m.label for m in found] == ["中共宜宾市委", "中共奉节县委"]


def test_departments_written_in_their_short_forms_are_named_in_full(pipeline):
    found, _ = bodies(pipeline, "市人力社保局、市经济信息委、市城市管理局和市政府侨办的负责同志介绍了答复情况，"
                                "市委台办有关处室参加。", publisher="cq-cppcc")
    assert [m.label for m in found] == ["重庆市人力资源和社会保障局", "重庆市经济和信息化委员会", "重庆市城市管理局",
                                        "重庆市人民政府侨务办公室", "中共重庆市委台湾工作办公室"]


def test_a_bare_party_committee_after_an_ordinary_word_is_the_texts_own(pipeline):
    found, _ = bodies(pipeline, "近年来区委高度重视政协工作，委员们紧扣县委部署开展调研。", publisher="cppcc-beibei")
    assert [m.label for m in found] == ["中共北碚区委"]
    found, _ = bodies(pipeline, "民盟市委、团区委和两江新区政府的同志参加。", publisher="cppcc-beibei")
    assert not [m for m in found if m.label in ("中共北碚区委", "北碚区人民政府", "中共重庆市委员会")]


def test_a_level_after_a_place_name_is_that_places_not_the_texts(pipeline):
    found, _ = bodies(pipeline, "隆昌市水利局与区水务局共同巡河。", publisher="cppcc-rongchang")
    assert "荣昌区水务局" in [m.label for m in found]
    assert "内江市水利局" not in [m.label for m in found]


def test_a_discipline_commission_and_a_department_named_after_a_committee_member(pipeline):
    found, _ = bodies(pipeline, "省纪委派驻纪检监察组组长某某，县委常委、统战部部长某某出席会议。",
                      publisher="cppcc-rongxian-sc")
    labels = [m.label for m in found]
    assert "中共四川省纪律检查委员会" in labels and "中共荣县委统一战线工作部" in labels


def test_ministries_and_sectors_are_reference_bodies(pipeline):
    found, _ = bodies(pipeline, "提案得到财政部和国家文物局的答复。经济界别和农业界别委员联名提出建议。", publisher="cq-cppcc")
    assert [m.entity for m in found] == ["ministry-finance", "national-cultural-heritage", "economics-sector",
                                         "agriculture-sector"]


def test_an_autonomous_prefectures_committee_goes_by_zhou(pipeline):
    found, _ = bodies(pipeline, "州政协党组召开会议。州委常委、统战部部长某某出席，中共甘孜州委统战部派员参加。",
                      publisher="cppcc-ganzi-sc")
    labels = [m.label for m in found]
    assert labels[0] == "甘孜州政协党组" and "中共甘孜藏族自治州委" in labels
    # a department is named by its place's name however the text writes the place
    assert labels.count("中共甘孜藏族自治州委统一战线工作部") == 2


@pytest.mark.parametrize("text, publisher, labels", [
    # a department after its place, named in full
    ("四川省文旅厅与重庆市住建委的同志一道察看了古镇保护情况。", "cq-cppcc", ["四川省文化和旅游厅", "重庆市住房和城乡建设委员会"]),
    # longer bureau names and a Party committee's research office, by their level
    ("市自然资源和规划局、市委党史研究室负责同志参加。", "cppcc-luzhou-sc", ["泸州市自然资源和规划局", "中共泸州市委党史研究室"]),
    # an organ written with its committee's term
    ("主席团常务主席代表省政协十二届常委会作工作报告。", "sc-cppcc", ["四川省政协常务委员会"]),
    # full department names, the Party committee's general office, people's organisations
    ("会议听取了市经济和信息化委员会、市文体广新局的报告，市委办公室负责同志列席。", "cppcc-suining-sc",
     ["遂宁市经济和信息化委员会", "遂宁市文体广新局", "中共遂宁市委办公室"]),
    ("县工商联（县总商会）、县妇联负责同志参加。", "cppcc-pengan-sc",
     ["蓬安县工商业联合会", "蓬安县工商业联合会", "蓬安县妇女联合会"]),
])
def test_names_written_short_or_with_a_term_are_named_in_full(pipeline, text, publisher, labels):
    found, _ = bodies(pipeline, text, publisher=publisher)
    assert [m.label for m in found] == labels


def test_a_special_committee_in_a_local_form_is_one_body_that_runs_its_work(pipeline):
    found, x = bodies(pipeline, "6月3日，垫江县政协农业农村委员会组织委员开展高标准农田调研。"
                                "同日，垫江县政协经济科技工作委员会召开专题协商会。")
    assert [m.surface for m in found] == ["垫江县政协农业农村委员会", "垫江县政协经济科技工作委员会"]
    assert [i.organizers for i in x.initiatives] == [(found[0].entity,), (found[1].entity,)]
    found, _ = bodies(pipeline, "市政协社会法制委员会牵头开展调研。")  # the reference's, written long
    assert [m.entity for m in found] == ["cq-cppcc-social-legal-committee"]
    found, _ = bodies(pipeline, "綦江区政协联合区纪委监察委员会开展监督，东兴区政协是同一个委员会。")
    assert "綦江区政协" in [m.surface for m in found]  # a verb or a copula begins no committee's organ


def test_a_district_committee_of_a_text_that_names_no_place_is_a_body_of_its_own(pipeline):
    found, x = bodies(pipeline, "区政协召开主席会议\n\n4月8日，区政协召开十届九次主席会议，审议年度协商计划。"
                                "会后，区政协组织委员视察老旧小区改造，区政协农业农村委员会召开座谈会。")
    assert {m.label for m in found} == {"区政协", "区政协主席会议", "区政协农业和农村委员会"}
    assert not any(m.in_reference for m in found)  # not Chongqing's own chairpersons' council
    meeting, inspection, forum = x.initiatives
    committee = next(m.entity for m in found if m.label == "区政协")
    assert meeting.organizers == inspection.organizers == (committee,)
    assert forum.organizers != (committee,)  # the special committee runs its own meeting
    found, _ = bodies(pipeline, "綦江区政协召开主席会议。区政协组织委员视察。")  # a place named: its committee
    assert [m.entity for m in found if m.surface == "区政协"] == ["cppcc-qijiang"]


def test_committees_taken_together_by_the_border_or_by_a_description_are_one_body(pipeline):
    found, x = bodies(pipeline, "川渝毗邻地区政协开展联合视察。嘉陵江沿线8个重点城市政协在泸州召开座谈会。")
    assert [m.surface for m in found] == ["川渝毗邻地区政协", "嘉陵江沿线8个重点城市政协"]
    border, cities = x.initiatives
    assert border.joint_sichuan_chongqing  # the border's committees sit on both sides
    assert cities.organizers == (found[1].entity,) and not cities.joint_sichuan_chongqing


def test_a_team_a_committee_sends_is_its_working_organ_and_acts_for_it(pipeline):
    found, x = bodies(pipeline, "铜梁区政协视察组视察城区排水管网改造。区政协调研课题组作了专题汇报。")
    assert [m.surface for m in found] == ["铜梁区政协视察组", "区政协调研课题组"]
    assert found[0].members == ("cppcc-tongliang",)
    assert x.initiatives[0].organizers == ("cppcc-tongliang",)


def test_hong_kong_and_macao_members_are_the_committee_named_before_them(pipeline):
    found, _ = bodies(pipeline, "多位四川省政协港澳委员围绕川港合作积极建言。")
    assert [(m.label, m.cls) for m in found] == [("四川省政协港澳委员", "MemberGroup")]
    found, _ = bodies(pipeline, "市政协港澳委员开展视察。")
    assert [m.entity for m in found] == ["hkmacao-members"]  # Chongqing's, as the reference holds it


def test_a_special_committee_written_short_after_one_was_named_is_that_one(pipeline):
    from cppcckg.ingest.reports import report_from_bytes

    text = ("日前，江北区政协文化文史委推出“委员读书”活动。为推动活动见效，区政协专委会随后召开第二次全体会议。"
            "区政协各专委会负责人参加。")
    x = pipeline.run(report_from_bytes(text.encode("utf-8"), "t", "t", {}))
    named = {m.surface: m.entity for m in x.mentions if m.kind == "body"}
    assert named["区政协专委会"] == named["江北区政协文化文史委"]
    assert named["区政协各专委会"] != named["江北区政协文化文史委"]  # all of them, not the one named
    meeting = next(i for i in x.initiatives if i.type == "meeting")
    assert meeting.organizers == (named["江北区政协文化文史委"],)


def test_a_district_named_only_by_its_initial_in_a_brand_is_that_district(pipeline):
    from cppcckg.ingest.reports import report_from_bytes

    def organisers(text: str) -> list:
        x = pipeline.run(report_from_bytes(text.encode("utf-8"), "t", "t", {}))
        return [i.organizers for i in x.initiatives]

    # one Chongqing district begins with 合: the brand names it
    assert organisers("4月2日，区政协召开“有事好商量·‘合’力解民忧”停车难协商会。") == [("cppcc-hechuan",)]
    # two begin with 江 (江北区, 江津区): which one is not said, the committee stays as written
    [only] = organisers("4月2日，区政协召开“有事好商量·‘江’心协力”停车难协商会。")
    assert only and only[0].startswith("unknown-")


@pytest.mark.parametrize("written, place", [
    ("隆昌县政协", "隆昌市"), ("郫县政协", "郫都区"), ("江津市政协", "江津区"), ("綦江县政协", "綦江区"),
])
def test_a_committee_written_with_its_places_former_name_is_that_places(pipeline, written, place):
    # (counties that became districts or cities: older texts write the former name)
    x = pipeline.run(report_from_bytes(f"{written}召开常委会议，协商乡村振兴工作。".encode("utf-8"), "t", "t", {"id": "t"}))
    body = next(m for m in x.mentions if m.kind == "body" and m.evidence.text.startswith(written[:2]))
    assert place in body.label


@pytest.mark.parametrize("written, members", [
    ("京津冀三省市政协", {"beijing-cppcc", "tianjin-cppcc", "hebei-cppcc"}),
    ("长三角三省一市政协", {"shanghai-cppcc", "jiangsu-cppcc", "zhejiang-cppcc", "anhui-cppcc"}),
])
def test_regions_committees_named_together_are_each_of_them(pipeline, written, members):
    # (like 川渝政协: a region's committees named together, not one committee called after the region)
    x = pipeline.run(report_from_bytes(f"{written}联合开展专题调研。".encode("utf-8"), "t", "t", {"id": "t"}))
    assert set(x.initiatives[0].organizers) == members
