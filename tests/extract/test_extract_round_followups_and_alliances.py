"""Issue 12, the round of proposal work, cooperation agreements, sectors, border alliances and
culture-and-history work: the forms its blind sets showed, read as their readers would.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import organizer_labels, run


def test_advice_to_be_worked_into_a_joint_proposal_after_a_comma_is_a_planned_proposal(pipeline):
    x = run(pipeline, "6月4日，合川区政协组织委员开展视察。视察组将对收集到的意见建议进行梳理，形成联名提案，在明年两会期间提交。")
    (proposal,) = [i for i in x.initiatives if i.type == "proposal"]
    assert proposal.status == "planned"
    assert organizer_labels(x, proposal) == ["政协重庆市合川区委员会"]


def test_advice_to_be_sorted_and_formed_into_a_proposal_is_a_planned_proposal(pipeline):
    x = run(pipeline, "6月4日，江津区政协组织委员开展视察。区政协将把视察中收集的意见建议梳理形成提案。")
    (proposal,) = [i for i in x.initiatives if i.type == "proposal"]
    assert proposal.status == "planned"


def test_results_to_be_merged_into_a_visit_report_are_a_planned_publication(pipeline):
    x = run(pipeline, "6月4日，合川区政协组织委员开展视察。区政协将把视察成果整合为视察报告，报送区委、区政府。")
    (report,) = [i for i in x.initiatives if i.type == "publication"]
    assert report.status == "planned"
    assert organizer_labels(x, report) == ["政协重庆市合川区委员会"]


def test_results_to_be_sorted_into_information_are_planned_information(pipeline):
    x = run(pipeline, "6月4日，合川区政协召开协商会。区政协将把协商成果梳理形成社情民意信息，报送市政协和区委、区政府。")
    (information,) = [i for i in x.initiatives if i.type == "information"]
    assert information.status == "planned"


def test_a_report_formed_from_work_done_is_no_work_of_its_own(pipeline):
    x = run(pipeline, "6月4日，合川区政协组织委员开展视察。视察组对收集到的意见建议进行梳理，形成视察报告。")
    assert [i.type for i in x.initiatives] == ["inspection"]


def test_the_stories_a_page_lists_under_related_articles_give_no_facts(pipeline):
    x = run(pipeline, "本报讯 5月9日，铜梁区政协组织委员视察城区污水管网建设，察看了三处施工现场。"
                      "委员们建议加快雨污分流改造进度。\n\n责任编辑：李某\n\n相关文章\n\n"
                      "· 区政协召开专题协商会 聚焦老旧小区改造\n· 市政协召开五届常委会第九次会议\n")
    assert [i.type for i in x.initiatives] == ["inspection"]
