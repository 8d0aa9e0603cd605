"""Whose committee a page's bare forms mean on joint-work pages, and who 双方 are.

A news item's source line naming a committee (来源：某市政协办公室) tells whose page it is; that
committee named as a partner (来遂回访，与遂宁市政协…) is still the one its 市政协 means, and so
are its organs written bare (市政协党组). Places a team went to, after their province (赴重庆市
江津区, 赴重庆江津、永川), are not where the writer sits, nor is a district of the writer's own city
a second side. A list of places before a partner's head (与隆昌市、内江市东兴区政协) names
partners; the committee a clause signs an agreement with (与X政协签订…协议) and the writer are the
双方 after it; a list's head before a colon (将联合开展三项工作：一是…；二是…) governs every item,
and work decided for a time to come (确定下半年…开展) is planned.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

SUINING = "cppcc-suining-sc"
TONGNAN = "cppcc-tongnan"
RONGCHANG = "cppcc-rongchang"
LONGCHANG = "cppcc-longchang-sc"
DONGXING = "cppcc-dongxing-sc"
YIBIN = "cppcc-yibin-sc"


def _bare(x, surface: str) -> list[str]:
    return [m.entity for m in x.mentions if m.evidence.text == surface]


def test_a_source_line_and_a_visit_to_its_city_say_whose_bare_forms_they_are(pipeline):
    x = run(pipeline, "琼江治理联合视察\n发布时间：2022-05-20　来源：遂宁市政协办公室\n"
                      "5月18日，潼南区政协主席率考察团来遂，与遂宁市政协围绕琼江治理开展联合视察。市政协主席陪同视察。")
    assert _bare(x, "市政协") == [SUINING], [(m.evidence.text, m.label) for m in x.mentions]
    assert {k for i in x.initiatives for k in i.organizers} == {TONGNAN, SUINING}, x.initiatives


def test_the_writers_bare_organ_is_its_own_after_a_visit_to_another_province(pipeline):
    x = run(pipeline, "宜宾市政协考察团赴重庆江津、永川考察学习\n2019年4月18日　来源：宜宾市政协\n"
                      "4月16日，市政协党组书记、主席率宜宾市政协考察团赴重庆市江津区考察学习。江津区政协主席陪同。")
    group = [m for m in x.mentions if m.evidence.text == "市政协党组"]
    assert [m.label for m in group] == ["宜宾市政协党组"], [(m.evidence.text, m.label) for m in x.mentions]
    assert [i.organizers for i in x.initiatives] == [(YIBIN,)], x.initiatives


def test_a_district_of_the_hosts_own_city_is_no_second_side(pipeline):
    x = run(pipeline, "琼江治理联合视察\n发布时间：2022-05-20　来源：遂宁市政协办公室\n"
                      "5月18日，潼南区政协主席率考察团来遂，与遂宁市政协围绕琼江治理开展联合视察。\n"
                      "考察团一行先后来到船山区、安居区，察看沿岸整治情况。在随后召开的座谈会上，双方交流了经验。"
                      "双方还确定下半年围绕柠檬产业开展联合调研。")
    research = next(i for i in x.initiatives if i.type == "research")
    assert set(research.organizers) == {TONGNAN, SUINING}, research
    assert research.status == "planned" and research.joint_sichuan_chongqing, research


def test_partners_listed_after_yu_and_the_committee_signed_with(pipeline):
    x = run(pipeline, "2022-12-28 来源：某区融媒体中心\n12月27日，政协重庆市荣昌区第五届委员会召开第十次常委会会议。"
                      "会议回顾了全年工作：与隆昌市、内江市东兴区政协联合举办川渝毗邻地区政协协作论坛；"
                      "与隆昌市政协签订协同履职协议，双方围绕濑溪河治理开展联合视察。区政协还组织委员开展走访活动。")
    forum, inspection = (next(i for i in x.initiatives if i.type == t) for t in ("meeting", "inspection"))
    forum = next(i for i in x.initiatives if "论坛" in i.label)
    assert RONGCHANG in forum.organizers and DONGXING in forum.organizers, forum
    assert set(inspection.organizers) == {RONGCHANG, LONGCHANG} and inspection.joint_sichuan_chongqing, inspection
    assert _bare(x, "区政协") == [RONGCHANG], [(m.evidence.text, m.label) for m in x.mentions]


def test_a_planned_lists_head_governs_each_item_after_the_colon(pipeline):
    x = run(pipeline, "2022-05-20 来源：某市政协\n5月18日，遂宁市政协与潼南区政协召开联席会议。会议商定，两地政协将联合开展两项工作："
                      "一是围绕琼江航运开展联合调研；二是组织委员对沿江污水处理开展联合视察。")
    items = [i for i in x.initiatives if i.type in ("research", "inspection")]
    assert [i.status for i in items] == ["planned", "planned"], items


def test_a_plenary_called_quanweihui_is_the_committees_session(pipeline):
    x = run(pipeline, "2019-01-08 来源：某某日报\n泸州市政协召开主席会议。会议研究了市政协八届二次全委会筹备工作。")
    session = [m for m in x.mentions if m.evidence.text == "市政协八届二次全委会"]
    assert [(m.cls, m.label) for m in session] == [("PlenarySession", "泸州市政协全体会议")], x.mentions


def test_a_word_ending_in_the_first_character_of_a_place_names_no_place(pipeline):
    x = run(pipeline, "政协邻水县第十届委员会常务委员会工作报告\n县政协常委会把服务川渝合作作为全年履职重点。"
                      "5月，县政协主席会议成员带队赴渝北区考察学习。")
    assert not any("务川" in m.label for m in x.mentions), [(m.evidence.text, m.label) for m in x.mentions]


def test_a_reports_writer_and_the_committees_it_works_with_are_the_three(pipeline):
    x = run(pipeline, "政协邻水县第十届委员会常务委员会工作报告\n\n二是与长寿区、垫江县政协共谋明月山区域发展。"
                      "8月，三地政协在我县召开第一次联席会议，以“明月山生态保护”为主题协商议事。")
    meeting = next(i for i in x.initiatives if i.type == "meeting")
    assert set(meeting.organizers) == {"cppcc-linshui-sc", "cppcc-changshou", "cppcc-dianjiang"}, meeting
    assert meeting.joint_sichuan_chongqing, meeting


def test_a_counted_group_named_then_said_again_is_the_group_named(pipeline):
    x = run(pipeline, "2024-01-08 来源：某某日报\n1月7日，达州市政协召开全体会议。报告回顾，一年来万达开三地政协协作持续深化。"
                      "三地政协围绕示范区建设开展联合调研3次；在开州召开第四次联席会议。"
                      "市政协还与重庆市梁平区、垫江县政协签署协作协议。报告提出，今年市政协将承办好万达开三地政协第五次联席会议。")
    three = {"cppcc-wanzhou", "cppcc-dazhou-sc", "cppcc-kaizhou"}
    research = next(i for i in x.initiatives if i.type == "research")
    meetings = [i for i in x.initiatives if "联席会议" in i.evidence.text]
    assert set(research.organizers) == three, research
    assert [set(i.organizers) for i in meetings] == [three, three], meetings


def test_a_committee_visited_is_not_the_writer_however_often_it_is_described(pipeline):
    x = run(pipeline, "区政协农业农村委到江北区政协考察学习\n2020-06-12\n\n6月10日，区政协副主席带领农业农村委的同志，"
                      "到江北区政协考察学习委员工作室建设。江北区政协依托委员工作室收集社情民意，江北区政协的做法值得学习。"
                      "一行表示，将把好经验带回，推动铜梁委员工作室建设。")
    study = next(i for i in x.initiatives if i.type == "study")
    assert study.organizers == ("cppcc-tongliang",) and "cppcc-jiangbei" in study.partners, study


def test_place_initials_of_a_place_the_text_never_names_are_its_sole_committee(pipeline):
    x = run(pipeline, "潼南区政协年终盘点\n2020年12月30日 来源：某区政协\n\n今年以来，区政协围绕中心工作建言献策。"
                      "年初，遂潼两地政协签署合作协议。6月，两地政协在潼南召开联席会议。")
    meeting = next(i for i in x.initiatives if i.type == "meeting")
    assert set(meeting.organizers) == {"cppcc-suining-sc", "cppcc-tongnan"} and meeting.joint_sichuan_chongqing, meeting


def test_two_committees_that_ran_work_together_are_the_pair_said_again(pipeline):
    x = run(pipeline, "2019-12-28 来源：某区政协\n今年，大足区政协与四川省安岳县政协联合开展石窟保护调研。"
                      "9月，两地政协又在安岳召开石窟保护座谈会。")
    meeting = next(i for i in x.initiatives if i.type == "meeting")
    assert set(meeting.organizers) == {"cppcc-dazu", "cppcc-anyue-sc"}, meeting


def test_places_those_who_came_are_from_do_not_take_the_pages_bare_forms(pipeline):
    x = run(pipeline, "城口县政协年度履职盘点\n\n今年4月，三地地方政协联席会议在城口召开，来自城口县、四川省万源市、宣汉县和"
                      "陕西省镇坪县的政协负责同志参加。9月，县政协组织委员赴万源市考察红色文化公园建设。")
    assert _bare(x, "县政协") == ["cppcc-chengkou"], [(m.evidence.text, m.label) for m in x.mentions]


def test_the_pages_own_bare_form_looks_back_over_its_own_paragraph_only(pipeline):
    x = run(pipeline, "2021年，市政协全年共编报社情民意信息5212篇。\n\n拓宽信息来源。市政协与四川省政协联合开展试点，"
                      "在荣昌、大足和四川遂宁、资阳设立直报点10个。\n\n强化成果转化。市政协注重信息与提案互促互补。")
    assert _bare(x, "市政协") == ["cq-cppcc"] * 3, [(m.evidence.text, m.label) for m in x.mentions]


def test_a_county_committees_full_name_without_its_city_is_that_committee(pipeline):
    x = run(pipeline, "政协巫溪县委员会2026年度民主监督工作要点\n\n1.组织委员对全县农村饮水安全开展专项视察。")
    assert [m.entity for m in x.mentions if m.evidence.text == "政协巫溪县委员会"] == ["cppcc-wuxi"], x.mentions
