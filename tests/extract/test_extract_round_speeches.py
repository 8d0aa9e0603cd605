"""Issue 12, the round of speeches and sittings: advice given as a speech at a session or a
standing committee (大会发言, 书面发言), the sittings of a session its guests attend (分组讨论,
联组讨论), and proposals the members signed together on a list of quoted subjects.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def names(extraction) -> dict[str, str]:
    return {m.entity: m.label for m in extraction.mentions}


def test_a_speech_on_behalf_of_a_sector_is_that_sectors_advice_on_its_title(pipeline):
    x = run(pipeline, "全会期间，委员周某代表妇联界别作了《关于完善托育服务体系的建议》，"
                      "委员吴某代表科技界别作了题为《关于加快中试平台建设的思考》的大会发言。")
    childcare, pilot = x.initiatives
    assert (childcare.type, pilot.type) == ("consultation", "consultation")
    assert childcare.label == "大会发言：完善托育服务体系"
    assert pilot.label == "大会发言：加快中试平台建设"
    assert [names(x)[k] for k in childcare.organizers] == ["妇联界"]
    assert [names(x)[k] for k in pilot.organizers] == ["科技界"]


def test_a_speech_on_a_quoted_theme_at_the_plenary_is_advice_on_that_theme(pipeline):
    x = run(pipeline, "大会期间，郑某委员就“提升县域医疗服务能力”在全体委员大会上发言。")
    (speech,) = x.initiatives
    assert speech.type == "consultation"
    assert speech.label == "大会发言：提升县域医疗服务能力"


def test_written_speeches_on_listed_themes_are_one_piece_of_advice_each(pipeline):
    x = run(pipeline, "会议期间，冯某、陈某等委员围绕“培育银发经济”“建设智慧港口”等主题大会书面发言5人次。")
    labels = sorted(i.label for i in x.initiatives)
    assert len(labels) == 2
    assert "培育银发经济" in labels[0] + labels[1] and "建设智慧港口" in labels[0] + labels[1]
    assert all(i.type == "consultation" for i in x.initiatives)


def test_speeches_by_members_are_the_members_group_the_text_is_about(pipeline):
    x = run(pipeline, "全国政协会议期间，住渝全国政协委员积极履职。"
                      "褚某委员就“稳定外贸企业订单”在全体委员大会上发言。")
    (speech,) = x.initiatives
    assert [names(x)[k] for k in speech.organizers] == ["住渝全国政协委员"]


def test_a_speech_made_without_a_title_or_theme_is_no_advice_of_its_own(pipeline):
    x = run(pipeline, "区政协十五届三次会议召开第二次全体会议。会上，6位委员作大会发言。")
    assert x.initiatives and all(i.type == "meeting" for i in x.initiatives)


def test_a_report_given_under_a_title_is_no_speech(pipeline):
    x = run(pipeline, "学习会邀请专家作了题为《数字经济发展趋势》的专题辅导报告。")
    assert all(i.type != "consultation" for i in x.initiatives)


def test_the_sittings_guests_attend_are_the_sessions_meetings(pipeline):
    x = run(pipeline, "政协第九届梁平区委员会第二次会议于1月10日至12日举行。"
                      "会议期间，区委书记等领导同志出席会议、参加联组和小组讨论，与委员共商发展大计。",
            publisher="cppcc-liangping")
    session, joint_sitting, groups = x.initiatives
    assert {joint_sitting.label, groups.label} == {"第九届梁平区委员会第二次会议联组讨论", "第九届梁平区委员会第二次会议小组讨论"}
    assert joint_sitting.organizers == groups.organizers == ("cppcc-liangping",)
    assert session.organizers == ("cppcc-liangping",)


def test_hearing_the_plenary_speeches_is_a_sitting_of_the_session(pipeline):
    x = run(pipeline, "县政协十四届五次会议于2月3日闭幕。会议期间，县委、县政府主要领导听取大会发言、参加分组讨论。")
    sittings = [i for i in x.initiatives if i.label.endswith(("大会发言", "分组讨论"))]
    assert sorted(i.label for i in sittings) == ["十四届五次会议分组讨论", "十四届五次会议大会发言"]
    assert all(i.type == "meeting" for i in sittings)


def test_proposals_signed_together_on_quoted_subjects_are_one_each(pipeline):
    x = run(pipeline, "会议期间，委员们共提交提案40件。其中，联名会签的关于“嘉陵江航运升级”、"
                      "“山地农机研发”和“乡村医生队伍建设”等3份集体提案，反映了委员们的共识。")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert [i.label for i in proposals] == ["提案：嘉陵江航运升级", "提案：山地农机研发", "提案：乡村医生队伍建设"]
