"""Committees that come from several provinces, named by a count (来自重庆、四川、湖北三省市的24个区县政协,
川陕渝三地地方政协, 三省市地方政协): local committees as one collective, not the provincial
committees; they run the work told with them even after a pair of provincial committees was
named, and the work is joint when the sides they come from include Sichuan and Chongqing.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_BEFORE = ("某某综述\n2024-01-18 来源：某某报\n近年来，重庆市政协和四川省政协持续深化协作。"
           "去年5月，川渝两地政协签订协同履职协议。")


def _labels(x) -> dict[str, str]:
    return {m.entity: m.label for m in x.mentions}


def test_committees_from_provinces_named_first_are_one_collective(pipeline):
    x = run(pipeline, _BEFORE + "去年7月，来自重庆、四川、湖北三省市的24个区县政协在巫山聚首，"
                                "以“长江三峡生态保护”为题进行跨区域专题协商。")
    labels = _labels(x)
    consultation = [i for i in x.initiatives if "专题协商" in i.evidence.text]
    assert len(consultation) == 1, x.initiatives
    names = [labels.get(k, k) for k in consultation[0].organizers]
    assert len(names) == 1 and "24个区县政协" in names[0], names
    assert consultation[0].joint_sichuan_chongqing


def test_local_committees_of_three_provinces_said_again_run_the_work(pipeline):
    x = run(pipeline, _BEFORE + "去年9月，川陕渝三地地方政协在万源聚首，就红色文化资源保护进行基层联动协商。会后三省市地方政协联合签发了倡议书。")
    labels = _labels(x)
    later = [i for i in x.initiatives if "联动协商" in i.evidence.text or "倡议书" in i.evidence.text]
    assert len(later) == 2, x.initiatives
    for i in later:
        names = [labels.get(k, k) for k in i.organizers]
        assert names == ["川陕渝三地地方政协"], names


def test_a_count_of_cities_and_districts_has_the_committees_one_sentence_names(pipeline):
    """川渝六市区政协 with six committees named in its lead (主办…协办…): those six run the work, though
    the text names the provincial committees later."""
    x = run(pipeline, "川渝六市区政协第二次专题协商活动在江津举行\n2025-05-08 来源：某某网\n"
                      "5月6日，由重庆市江津区政协主办，四川省泸州市政协、内江市政协、宜宾市政协和重庆市永川区政协、荣昌区政协协办的"
                      "川渝六市区政协“长江上游生态屏障共建”专题协商会议在江津召开。重庆市政协、四川省政协有关负责同志到会指导。")
    meeting = [i for i in x.initiatives if "专题协商" in i.evidence.text]
    assert meeting and set(meeting[-1].organizers) == {
        "cppcc-jiangjin", "cppcc-luzhou-sc", "cppcc-neijiang-sc", "cppcc-yibin-sc", "cppcc-yongchuan", "cppcc-rongchang"}, \
        [(i.evidence.text, i.organizers) for i in x.initiatives]


def test_co_hosts_named_before_the_work_hold_it(pipeline):
    """由A主办，B、C协办的X会议在某地召开: the co-hosts are no guests; the work is told and they hold it."""
    x = run(pipeline, "2025-05-08 来源：某某网\n5月6日，由綦江区政协主办，四川省泸州市政协、宜宾市政协协办的"
                      "“赤水河流域保护”专题协商会议在綦江召开。")
    consultation = [i for i in x.initiatives if i.type in ("consultation", "meeting")]
    assert len(consultation) == 1, x.initiatives
    assert set(consultation[0].organizers) == {"cppcc-qijiang", "cppcc-luzhou-sc", "cppcc-yibin-sc"}, consultation[0].organizers


def test_sides_counted_in_figures_with_their_kinds_in_brackets_are_one_collective(pipeline):
    # (the count of provinces in figures, 等 before it, the kinds of each side and of the
    # committees written in brackets)
    x = run(pipeline, "2024年6月，来自重庆、四川、贵州等4个省（直辖市）的30个市（州、区、县）政协"
                      "在赤水召开流域生态保护协商会。")
    consultation = [i for i in x.initiatives if "协商会" in i.evidence.text]
    assert len(consultation) == 1, x.initiatives
    names = [_labels(x).get(k, k) for k in consultation[0].organizers]
    assert names == ["重庆、四川、贵州等4个省(直辖市)的30个市(州、区、县)政协"], names
    assert consultation[0].joint_sichuan_chongqing


def test_a_count_of_provinces_in_figures_without_chongqing_is_no_joint_work(pipeline):
    x = run(pipeline, "2024年6月，来自四川、贵州、云南3省的12个县（市）政协在赤水召开协商会。")
    consultation = [i for i in x.initiatives if "协商会" in i.evidence.text]
    assert len(consultation) == 1, x.initiatives
    assert [_labels(x).get(k, k) for k in consultation[0].organizers] == ["四川、贵州、云南3省的12个县(市)政协"]
    assert not consultation[0].joint_sichuan_chongqing
