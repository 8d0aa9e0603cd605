"""A city's own outlet tells whose bare 市政协 a story means.

City papers and sites report on their committee without naming its city in the story: the
city shows in a closing reporter's byline (（某市日报记者 某某）), a source line (来源：某市日报)
or a site banner (欢迎访问某市政协网站). For a city of the reference, the byline makes the bare
form that city's committee, as a source line already did, so joint work with a Chongqing
district is seen as joint. For a city the reference lacks, the outlet names the committee
when the text also writes that city with its level, so a paper whose name is no place's
(a national daily) changes nothing. The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import only, run


def _organizer_labels(x, word: str) -> list[str]:
    labels = {m.entity: m.label for m in x.mentions}
    return [labels.get(k, k) for k in only(x, word).organizers]


def test_a_closing_byline_of_a_sichuan_city_s_paper_makes_joint_work_joint(pipeline):
    x = run(pipeline, "5月7日，市政协主席某某率队赴开州区，与开州区政协开展产业协作联合调研。（达州日报记者 某某）")
    work = only(x, "联合调研")
    assert _organizer_labels(x, "联合调研") == ["政协达州市委员会", "政协重庆市开州区委员会"]
    assert work.joint_sichuan_chongqing


def test_a_source_line_of_a_city_the_reference_lacks_names_its_committee(pipeline):
    x = run(pipeline, "市政协委员走进校园\n2023-11-01 来源：某山日报\n10月31日，市政协组织委员到某山市第八中学视察校园安全。")
    assert _organizer_labels(x, "视察") == ["政协某山市委员会"]


def test_a_site_banner_names_the_committee(pipeline):
    x = run(pipeline, "欢迎访问某阳市政协网站！\n首页>>履职动态\n5月7日，市政协组织委员视察农村公路建设。")
    assert _organizer_labels(x, "视察") == ["政协某阳市委员会"]


def test_a_paper_whose_name_is_no_place_s_changes_nothing(pipeline):
    x = run(pipeline, "5月7日，市政协组织委员视察农村公路建设。（法治日报记者 某某）")
    assert _organizer_labels(x, "视察") == ["政协重庆市委员会"]


def test_a_chongqing_story_keeps_its_committee(pipeline):
    x = run(pipeline, "5月7日，市政协组织委员视察渝北区农村公路建设。（某江日报记者 某某）\n某江市")
    assert _organizer_labels(x, "视察") == ["政协重庆市委员会"]


def test_a_source_line_naming_the_committee_makes_its_bare_forms_its_own(pipeline):
    x = run(pipeline, "履职这一年——某山市政协年度工作巡礼\n来源：某山市政协 2026-02-11\n"
                      "这一年，市政协在省政协专题协商会上建言献策。市政协组织委员开展重点提案督办视察。")
    assert _organizer_labels(x, "督办视察") == ["政协某山市委员会"]
    labels = {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}
    assert labels.get("省政协") == "省政协", labels  # (the city's province, never named: not Sichuan's)


def test_a_paper_s_city_makes_a_bare_provincial_session_no_sichuan_one(pipeline):
    x = run(pipeline, "市政协召开常委会议\n来源：某山日报\n5月7日，市政协召开常委会议，传达省政协全会精神。"
                      "会后，市政协组织委员到某山市第一中学视察。")
    labels = {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}
    assert labels.get("省政协全会") == "省政协全体会议", labels
    assert _organizer_labels(x, "第一中学视察") == ["政协某山市委员会"]


def test_a_city_s_party_committee_named_in_full_tells_whose_committee_the_bare_form_is(pipeline):
    x = run(pipeline, "2020年，在中共某城市委的坚强领导下，市政协及其常委会扎实履职。市政协组织委员开展防汛专题视察。")
    assert _organizer_labels(x, "防汛专题视察") == ["政协某城市委员会"]
    labels = {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}
    assert labels.get("常委会") == "某城市政协常务委员会", labels


def test_a_bare_city_committee_read_nowhere_is_the_one_named(pipeline):
    # (the province named too: its bare forms were read as no committee at all)
    x = run(pipeline, "2025年，某顺市政协在市委的领导下，贯彻落实总书记视察贵州时的讲话要求。"
                      "市政协组织委员开展营商环境视察。")
    assert _organizer_labels(x, "营商环境视察") == ["政协某顺市委员会"]
    labels = {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}
    assert labels.get("市政协") == "政协某顺市委员会", labels


def test_a_bare_provincial_committee_among_cities_the_reference_lacks_is_no_sichuan_one(pipeline):
    x = run(pipeline, "8月19日，省政协副主席某某带领调研组深入某平，围绕省政协党组成员领衔的提案课题开展调研。"
                      "某岩市政协副主席某某、某平市政协主席某某陪同调研。")
    labels = {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}
    assert labels.get("省政协") == "省政协", labels
    assert not any(m.label.startswith(("四川", "政协四川")) for m in x.mentions), labels


def test_a_bare_provincial_committee_with_no_place_at_all_stays_sichuan_s(pipeline):
    x = run(pipeline, "8月19日，省政协召开常委会议，审议通过年度协商计划。")
    assert {m.label for m in x.mentions if m.kind == "body"} & {"政协四川省委员会", "四川省政协常务委员会"}, x.mentions
