"""A city the reference lacks, named once in full (政协某市第N届委员会), is what the rest of a text
without metadata is about: its bare 市政协, 市委, 市政府, 主席会议 and 各党派 are that city's bodies,
not Chongqing's, which a text naming no place of the reference would otherwise mean. Where the
text names Chongqing too, its bare forms keep their Chongqing reading.

The sentences and the city are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _labels(x) -> dict[str, str]:
    return {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}


_TEXT = ("政协云岭市第九届委员会第十二次主席会议召开\n"
         "日前，政协云岭市第九届委员会第十二次主席会议在市政协机关举行。市政协主席某某主持。"
         "会议围绕加快物流枢纽建设进行专题协商。主席会议成员、各党派负责人参加。"
         "会议要求，要把市委、市政府的决策部署落到实处。")


def test_the_bare_forms_are_the_named_citys(pipeline):
    labels = _labels(run(pipeline, _TEXT))
    assert labels["市政协"] == "政协云岭市委员会"
    assert labels["市委"] == "中共云岭市委"
    assert labels["市政府"] == "云岭市人民政府"
    assert labels["主席会议"] == "云岭市政协主席会议"
    assert labels["各党派"] == "云岭市各民主党派"


def test_the_work_of_its_council_is_the_named_citys(pipeline):
    x = run(pipeline, _TEXT)
    committee = next(m.entity for m in x.mentions if m.label == "政协云岭市委员会")
    consultation = next(i for i in x.initiatives if i.type == "consultation")
    assert list(consultation.organizers) == [committee]


def test_a_text_that_names_chongqing_keeps_its_bare_forms_chongqings(pipeline):
    x = run(pipeline, "政协云岭市第九届委员会考察团来渝。重庆市政协副主席某某会见考察团。"
                      "市政协办公厅介绍了重庆市政协协商工作情况。")
    assert "政协云岭市委员会" in [m.label for m in x.mentions]
    assert _labels(x)["市政协办公厅"] != "云岭市政协办公厅"
