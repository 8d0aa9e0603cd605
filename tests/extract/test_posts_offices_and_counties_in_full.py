"""Who acts and which body is named, in three shapes seen in news of other places:
a leader titled first by his Party-group post (市政协党组成员、副主席某某一行…调研) acts for the
committee, not for the Party group; an office named after an activity (信息调研处处长) is no
activity; a county the reference lacks, named in full with its term (政协第十三届某县委员会), even
one whose name is a single character before 县, is a committee of its own, and the text's bare 县政协,
县委, 县政府 and 县人大常委会 are that county's.

The sentences and the county are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _bodies(x) -> list[str]:
    return [m.label for m in x.mentions if m.kind == "body"]


def test_a_leader_titled_first_by_his_party_group_post_acts_for_the_committee(pipeline):
    x = run(pipeline, "近日，市政协党组成员、副主席某某一行来区开展基层治理调研。", publisher="cq-cppcc")
    assert [list(i.organizers) for i in x.initiatives] == [["cq-cppcc"]]


def test_an_office_named_after_an_activity_word_is_no_activity(pipeline):
    x = run(pipeline, "座谈会由市政协办公厅信息调研处处长某某主持。", publisher="cq-cppcc")
    assert not [i for i in x.initiatives if i.type == "research"]


def test_a_county_named_in_full_with_a_one_character_name_is_a_committee_of_its_own(pipeline):
    x = run(pipeline, "2月20日，政协第十二届滦县委员会第四次会议开幕。县委书记、县政府县长、县人大常委会主任出席。"
                      "县政协常委会向大会报告工作。")
    labels = _bodies(x)
    assert "政协滦县委员会" in labels
    assert "中共滦县委" in labels
    assert "滦县人民政府" in labels
    assert "滦县人民代表大会常务委员会" in labels
    assert "滦县政协常务委员会" in labels
    committee = next(m.entity for m in x.mentions if m.label == "政协滦县委员会")
    assert [list(i.organizers) for i in x.initiatives] == [[committee]]


def test_a_county_named_in_full_by_the_conference_name_is_no_national_work(pipeline):
    x = run(pipeline, "县政协十二届四次会议闭幕\n\n中国人民政治协商会议滦县第十二届委员会第四次会议"
                      "今天上午在县会堂闭幕。大会听取了委员的发言。")
    assert all("national-cppcc" not in i.organizers for i in x.initiatives)
    committee = next(m.entity for m in x.mentions if m.label == "政协滦县委员会")
    assert x.initiatives and list(x.initiatives[0].organizers) == [committee]


def test_a_city_whose_name_ends_in_zhou_heads_its_committee(pipeline):
    x = run(pipeline, "近日，云州市政协组织委员视察城市更新项目。")
    assert "政协云州市委员会" in [m.label for m in x.mentions]


def test_a_report_sending_to_the_national_committee_is_not_the_national_committees(pipeline):
    x = run(pipeline, "常委会积极探索提案工作新思路。一年来，召开全市文史工作会议，编辑出版《往事》一书，"
                      "向全国政协报送信息30期，支持市政协文史研究会开展工作。")
    assert all("national-cppcc" not in i.organizers for i in x.initiatives)


def test_a_committee_heading_a_sentence_after_a_season_is_that_places(pipeline):
    x = run(pipeline, "今年初，石湾县政协经常委会会议票决选出重点提案5件。县政协主席会议成员分别牵头督办。")
    labels = [m.label for m in x.mentions if m.kind == "body"]
    assert "政协石湾县委员会" in labels
    assert "石湾县政协主席会议" in labels
