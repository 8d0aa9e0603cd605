"""A special committee for members' work, a session's closing told in its atmosphere, frames of
time and opportunity, meetings about a quoted name, rows of names with their own brands, tallies
by field after tallies by author, two-part headlines and organ words that name no place; hosts and
co-hosts, sittings a session enters, sets of committees named by system, functions named as such,
brands deepened, proposals members say they bring and headlines under a column's kicker.

The sentences are made up for this project.
"""

from __future__ import annotations

import pytest

from tests.extract.test_extract_general import body_labels, run


def test_a_special_committee_for_members_work_is_no_members_group(pipeline):
    x = run(pipeline, "6月9日上午，市政协委员工作和联络委员会召开第二次全体会议。绵阳市政协副主席某某出席。")
    labels = body_labels(x)
    assert labels["市政协委员工作和联络委员会"] == "绵阳市政协委员工作和联络委员会", labels
    committee = next(m.entity for m in x.mentions if m.label == "绵阳市政协委员工作和联络委员会")
    meetings = [i for i in x.initiatives if i.type == "meeting"]
    assert len(meetings) == 1 and meetings[0].organizers == (committee,), meetings  # (its own plenary)


def test_a_full_special_committee_name_after_its_city_is_that_committee(pipeline):
    labels = body_labels(run(pipeline, "6月3日，德阳市政协委员联络工作委员会组织委员开展视察。"))
    assert labels.get("德阳市政协委员联络工作委员会") == "德阳市政协委员联络工作委员会", labels


def test_a_session_told_in_its_atmosphere_then_closing_is_held(pipeline):
    x = run(pipeline, "2023-12-20 来源：某县政协\n政协某县第九届委员会第二次会议在团结、务实、奋进的氛围中，顺利完成全部预定议程，胜利闭幕。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives
    assert x.initiatives[0].status == "done", x.initiatives


def test_a_meeting_described_by_its_atmosphere_is_no_second_meeting(pipeline):
    x = run(pipeline, "2023-12-20 来源：某区政协\n区政协召开专题协商会。协商会议始终在坦诚务实的氛围中进行。")
    assert len(x.initiatives) == 1, x.initiatives


def test_work_taken_as_an_opportunity_or_a_start_of_time_is_no_work(pipeline):
    for text in ("2023-08-10 来源：某县政协\n调研组表示，双方要以此次联合调研为契机，推动交流合作走深走实。",
                 "2023-08-10 来源：某县政协\n自市政协办公厅帮扶集团对口帮扶某县以来，累计投入资金1.2亿元。"):
        assert not run(pipeline, text).initiatives, text


def test_a_speaker_before_speaking_gives_no_speech(pipeline):
    x = run(pipeline, "2021-02-03 来源：某市政协\n市政协委员、某公司董事长张某在发言前表示，要抓住机遇加快发展。")
    assert not [i for i in x.initiatives if i.type == "consultation"], x.initiatives


def test_a_meeting_about_a_quoted_name_is_one_meeting(pipeline):
    x = run(pipeline, "2023-04-08 来源：某市政协\n4月7日，市政协经济委员会第二次全体会议暨市政协“有事好协商”工作推进会召开。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives  # (one meeting of two names, no consultation)
    assert "有事好协商" in x.initiatives[0].label, x.initiatives


def test_on_site_and_summing_up_meetings_are_meetings(pipeline):
    for text, word in (("2024-05-10 来源：某区政协\n区政协在某街道召开“渝事好商量”现场会。", "现场会"),
                       ("2024-12-28 来源：某区政协\n区政协召开2024年度工作总结会。", "总结会")):
        x = run(pipeline, text)
        assert [i.type for i in x.initiatives] == ["meeting"] and word in x.initiatives[0].label, x.initiatives


def test_items_of_a_row_of_names_carry_only_their_own_brand(pipeline):
    x = run(pipeline, "2024-01-31 来源：某县政协\n一年来，县政协深入开展“委员读书”“有事来协商”“结对帮扶”活动三项工作。")
    by_label = {i.label: i for i in x.initiatives}
    assert by_label["有事来协商"].type == "consultation", by_label  # (a brand of consultation)
    assert by_label["有事来协商"].programme == "youshi-laixieshang", by_label
    assert by_label["委员读书活动"].programme is None and by_label["结对帮扶活动"].programme is None, by_label


def test_fields_counted_after_authors_counted_are_the_committees(pipeline):
    text = ("1月24日，省政协十三届二次会议召开第二次提案审查会。截至1月23日，省政协十三届二次会议提案组收到提案554件。"
            "其中，省政协专门委员会提交4件，委员个人或联名提交549件。经初步分类统计，经济建设方面的提案223件；"
            "社会建设方面的提案185件。")
    fields = [i for i in run(pipeline, text).initiatives if "方面" in i.evidence.text]
    assert len(fields) == 2 and all(i.organizers == ("sc-cppcc",) for i in fields), fields


def test_a_headline_of_two_parts_is_no_part_of_the_story_dated_under_it(pipeline):
    text = ("不能赴会的港澳委员，通过视频参加了分组讨论\n2月3日，成都市政协十五届四次会议开幕。\n"
            "受疫情影响，不能赴会的港澳委员通过远程视频参加了分组讨论。")
    x = run(pipeline, text)
    assert not [i for i in x.initiatives if "\n" in i.evidence.text], x.initiatives
    assert len([i for i in x.initiatives if "分组讨论" in i.evidence.text]) == 1, x.initiatives


def test_organ_words_that_name_no_place_do_not_choose_the_publisher(pipeline):
    text = ("2月3日，成都市政协十五届四次会议开幕。市政协港澳委员通过视频参加讨论。"
            "港澳委员们表示将积极建言。市政协委员、某公司董事长在讨论中发言。")
    x = run(pipeline, text)
    assert x.report.publisher == "cppcc-chengdu-sc", x.report.assumptions
    assert body_labels(x).get("市政协委员") != "政协重庆市委员会委员", body_labels(x)


@pytest.mark.parametrize("text", ["2018-05-10 来源：某区政协\n会议要求，要进一步加大河道污染整治和督查力度。",
                                  "2021-05-10 来源：某区政协\n今年以来，区政协切实加大重点提案督办力度。",
                                  "2024-06-12 来源：某区政协\n两地政协商定按照统一标准，共同推进界河流域保护。"])
def test_the_strength_of_work_and_aims_worked_towards_are_no_work(pipeline, text):
    assert not run(pipeline, text).initiatives


def test_a_project_worked_on_together_is_work(pipeline):
    x = run(pipeline, "2021-03-18 来源：四川省政协\n川渝两地政协达成共识，将联合推进某高铁建设。")
    assert [i.type for i in x.initiatives] == ["other"] and x.initiatives[0].status == "planned", x.initiatives


def test_a_places_own_extent_counts_no_work(pipeline):
    x = run(pipeline, "2022-06-16 来源：某县政协\n某县政协组织委员开展巡河活动。奉节全域拥有长江干流40余公里，辖有主要次级河流5条，设有各级河长600余名。")
    assert not x.metrics, x.metrics


def test_an_exhibition_that_draws_visitors_is_told_once(pipeline):
    x = run(pipeline, "2019-01-18 来源：某区政协\n1月17日，由区政协主办的书法美术展在区文化馆开展。书法美术展还吸引了前来参加区政协五届三次会议委员的关注。")
    assert [i.type for i in x.initiatives] == ["event", "meeting"], x.initiatives  # (the session the viewers attend)


def test_those_who_join_a_consultation_and_how_it_went_are_no_new_consultation(pipeline):
    text = ("2025-07-29 来源：某区政协\n7月28日，区政协常委会召开专题协商会，有关部门负责人作了积极的互动协商。"
            "会议认为，委员们坦诚协商，提出了有价值的建议。区政协副主席和相关部门负责同志参加专题协商。")
    assert [i.type for i in run(pipeline, text).initiatives] == ["consultation"], run(pipeline, text).initiatives


def test_honours_given_by_circular_and_direct_reporting_are_their_own_kinds(pipeline):
    x = run(pipeline, "2021-01-20 来源：某市政协\n会后，市政协将通报表彰2020年度优秀提案。")
    assert [i.type for i in x.initiatives] == ["other"], x.initiatives
    x = run(pipeline, "2022-01-12 来源：某市政协\n市政协与四川省政协联合开展信息直报试点。")
    assert [i.type for i in x.initiatives] == ["information"], x.initiatives


def test_a_township_office_is_named_with_its_county(pipeline):
    labels = body_labels(run(pipeline, "8月2日，宜宾市屏山县中都镇政协工委开展了增殖放流活动。"))
    assert labels.get("屏山县中都镇政协工委") == "屏山县中都镇政协工委", labels


def test_proposals_chosen_as_key_ones_by_a_council_are_a_supervision(pipeline):
    x = run(pipeline, "2018-05-20 来源：某市政协\n会上，两位委员提交的《关于加快某路延伸段建设的建议》的提案，由市政协主席会议研究确定为重点提案。")
    assert [i.type for i in x.initiatives] == ["proposal", "supervision"], x.initiatives


def test_a_bare_committee_hosting_after_you_is_the_host(pipeline):
    x = run(pipeline, "2019-01-18 来源：某区政协\n1月17日，由区政协主办的书法美术展在区文化馆开展。")
    committee = next(m.entity for m in x.mentions if m.evidence.text == "区政协")
    assert [i.organizers for i in x.initiatives] == [(committee,)], x.initiatives


def test_a_host_and_the_body_that_co_hosts_hold_the_event(pipeline):
    x = run(pipeline, "2018-09-05 来源：某报\n9月上旬，由重庆市政协牵头并主办，全国政协经济委员会参与主办的沿江省市政协生态保护研讨会在重庆召开。")
    meetings = [i for i in x.initiatives if i.type == "meeting"]
    assert len(meetings) == 1 and "cq-cppcc" in meetings[0].organizers and len(meetings[0].organizers) == 2, meetings


def test_a_sitting_the_session_enters_is_its_committees(pipeline):
    x = run(pipeline, "（记者 某某）1月13日上午，市政协五届三次会议转入分组讨论环节，委员们围绕两个报告展开讨论。")
    sittings = [i for i in x.initiatives if "分组讨论" in i.label]
    assert len(sittings) == 1 and sittings[0].organizers == ("cq-cppcc",), x.initiatives


def test_a_set_of_committees_named_by_system_acts_where_it_is_named(pipeline):
    x = run(pipeline, "2018-01-25 来源：某报\n一年来，全市政协系统广泛开展“建设山清水秀之地”专题调研。")
    assert [i.organizers for i in x.initiatives] == [("cq-all-cppccs",)], x.initiatives


@pytest.mark.parametrize("text", ["2021-01-27 来源：某报\n这也促使市县政协更加聚焦协商这个主责主业。",
                                  "2021-01-27 来源：某州政协\n会议还协商通过了有关人事事项。"])
def test_a_function_named_as_such_and_a_meetings_personnel_business_are_no_work(pipeline, text):
    assert not run(pipeline, text).initiatives


def test_a_consultation_brand_deepened_is_a_consultation(pipeline):
    x = run(pipeline, "2023-01-15 来源：重庆市政协\n一年来，市政协围绕乡村振兴开展重点协商，持续深化“渝事好商量”协商工作。")
    assert sorted(i.type for i in x.initiatives) == ["consultation", "consultation"], x.initiatives


def test_a_headline_under_a_columns_kicker_is_the_sitting_the_story_tells(pipeline):
    text = ("2025某区两会 | 区政协十二届四次会议各小组召集人会议举行\n\n"
            "本报讯 2月3日，区政协主席主持召开区政协十二届四次会议各小组召集人会议，听取各组讨论情况。")
    x = run(pipeline, text)
    assert len([i for i in x.initiatives if "召集人会议" in i.label]) == 1, x.initiatives


@pytest.mark.parametrize("said", ["“这次我带来了‘关于推进农村污水治理的建议’，希望尽快落地。”区政协委员王某说。",
                                  "“我今年带来的提案是关于加强留守儿童关爱的建议。”区政协委员赵某说。"])
def test_a_proposal_a_member_says_she_brings_is_a_proposal(pipeline, said):
    x = run(pipeline, "2024-01-10 来源：某区政协\n1月9日，参加区政协十五届三次会议的委员们陆续报到。" + said)
    assert [i.type for i in x.initiatives if i.type == "proposal"] == ["proposal"], x.initiatives
