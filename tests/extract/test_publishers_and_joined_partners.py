"""Who writes a text without metadata, and who works with whom in it.

A digest titled by a committee's organ (重庆市政协常委会工作报告摘要) is that committee's text,
whatever other committee its body names in full; an organ word written with another level
(市政协常委会 on a province's page) is no organ of the province's committee; and a committee that
works 与A、B together with two others runs the work with both of them.

The sentences are made up for this project, in the style of the texts surveyed.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_an_organs_title_names_the_committee_that_writes(pipeline):
    x = run(pipeline, "重庆市政协常委会工作报告摘要\n过去一年，常委会全年召开常委会议5次。与四川省政协共同举办联席会议。"
                      "全年收到提案1100件。")
    assert {m.subject for m in x.metrics if m.value == 1100} == {"cq-cppcc"}


def test_an_organ_written_with_a_city_level_is_no_organ_of_the_provinces_committee(pipeline):
    x = run(pipeline, "四川省政协工作综述\n过去一年，省政协围绕中心开展工作。市政协常委会全年召开常委会议5次。")
    assert not [m.label for m in x.mentions if "省政协市政协" in m.label]


def test_a_committee_working_with_two_others_runs_the_work_with_both(pipeline):
    x = run(pipeline, "江津区政协全会开幕\n1月8日，江津区政协全会开幕。过去一年，区政协围绕乡村振兴开展专题协商，"
                      "与合江县政协、永川区政协联合开展调研。")
    research = next(i for i in x.initiatives if i.type == "research")
    labels = {m.entity: m.label for m in x.mentions}
    assert sorted(labels[k] for k in research.organizers) == sorted(
        ["政协重庆市江津区委员会", "政协合江县委员会", "政协重庆市永川区委员会"])
    assert research.joint_sichuan_chongqing


_PLAN = ("2025年川渝政协合作要点\n"
         "为推动两地协同发展，经两地政协协商，现将2025年合作要点明确如下。\n"
         "一、联合开展重点调研。两地政协将围绕“甲城物流枢纽建设”“乙江生态廊道保护”开展联合调研，形成调研报告报送两省市党委、政府。\n"
         "二、共同举办协商活动。适时召开川渝政协联席会议，就推动毗邻地区协同发展开展联合协商。\n"
         "三、加强委员交流。组织两地政协委员开展互访考察。\n")


def test_a_body_sentence_naming_a_report_is_no_title(pipeline):
    x = run(pipeline, _PLAN)
    assert "一、" not in (x.report.title_zh or "")


def test_a_numbered_items_title_is_no_work_of_its_own_where_its_body_tells_that_kind(pipeline):
    x = run(pipeline, _PLAN)
    research = [i for i in x.initiatives if i.type == "research" and "调研" in i.label]
    assert sorted(i.label for i in research) == ["乙江生态廊道保护联合调研", "甲城物流枢纽建设联合调研"]
    assert not [i for i in x.initiatives if i.type == "consultation" and "协商活动" in i.evidence.text
                and "联合协商" not in i.evidence.text]
    assert [i for i in x.initiatives if i.type == "research" and "互访考察" in i.evidence.text]  # (its body tells other work)


def test_hosts_named_in_a_list_who_each_accompany_take_part(pipeline):
    x = run(pipeline, "达州市政协赴万州区考察交流\n4月18日，达州市政协主席某某率考察团赴重庆市万州区、开州区考察交流，"
                      "万州区政协主席某某、开州区政协主席某某分别陪同。")
    visit = next(i for i in x.initiatives if i.type == "research")
    labels = {m.entity: m.label for m in x.mentions}
    assert {labels[k] for k in visit.partners} == {"政协重庆市开州区委员会", "政协重庆市万州区委员会"}
    assert visit.joint_sichuan_chongqing  # (an exchange with hosts across the border)


def test_a_body_joined_in_a_clause_of_its_own_runs_the_joint_work_that_follows(pipeline):
    x = run(pipeline, "四川省政协召开全体会议\n报告指出，过去一年，省政协常委会紧扣中心大局。与重庆市政协协同履职，共同举办第五次"
                      "联席会议，联合开展“成渝中部地区协同发展”专题调研。")
    joint = [i for i in x.initiatives if "联席会议" in i.label or "专题调研" in i.label]
    assert len(joint) == 2
    assert all("cq-cppcc" in i.organizers and i.joint_sichuan_chongqing for i in joint)


def test_committees_counted_in_a_region_across_the_border_are_named_with_it_and_act_jointly(pipeline):
    x = run(pipeline, "6月，川渝毗邻地区20余个市县政协在广安召开联席会议，共商协同发展。")
    meeting = next(i for i in x.initiatives if i.type == "meeting")
    assert meeting.joint_sichuan_chongqing
    assert [m.label for m in x.mentions if m.entity in meeting.organizers] == ["川渝毗邻地区20余个市县政协"]


_SESSION_NEWS = ("某区政协十届三次会议开幕\n围绕协同发展建言 与邻市携手再出发\n\n2022-01-12 来源：某区融媒体中心\n\n"
                 "1月11日上午，中国人民政治协商会议重庆市荣昌区第十届委员会第三次会议开幕。区委书记某某出席。\n\n"
                 "区政协主席某某回顾了过去一年的履职工作。\n\n报告提出，2022年区政协将与隆昌市政协联合开展调研。")


def test_a_sentence_telling_what_a_report_said_is_no_title(pipeline):
    """报告提出，…。 is the story's sentence; taken for the title it made the partner named in it
    the text's own committee."""
    x = run(pipeline, _SESSION_NEWS)
    assert not (x.report.title_zh or "").startswith("报告提出"), x.report.title_zh
    assert x.report.publisher == "cppcc-rongchang", x.notes


def test_the_districts_party_committee_is_read_in_its_own_session_news(pipeline):
    x = run(pipeline, _SESSION_NEWS)
    start = x.report.text.index("区委书记")
    assert any(m.evidence.start == start and "荣昌" in m.label for m in x.mentions), x.mentions
