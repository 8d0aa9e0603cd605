"""A session's preview: the subjects chosen for its group discussions (将组织委员进行联组讨论，已确定
“甲”“乙”等两个讨论议题) are one planned sitting each, and so are press conferences counted after
their titles (将举行“甲”和“乙”两场专题记者会); what a sitting is for (让委员…建言献策) is no work
of its own.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_PREVIEW = ("发布时间：2021-01-15\n会议期间，将组织委员进行联组讨论，目前已确定“推动山区库区强县富民”“建设高品质生活宜居地”等两个讨论议题，"
            "让委员们就民生关切集中建言献策。此外还将举行“委员谈数字经济”和“委员谈乡村振兴”两场专题记者会。")


def test_group_discussions_on_chosen_subjects_are_one_sitting_each(pipeline):
    x = run(pipeline, _PREVIEW, publisher="cq-cppcc")
    sittings = [i for i in x.initiatives if "联组讨论" in i.label]
    assert [i.evidence.text for i in sittings] == ["推动山区库区强县富民", "建设高品质生活宜居地"], x.initiatives
    assert {i.status for i in sittings} == {"planned"}


def test_press_conferences_counted_after_their_titles_are_one_each(pipeline):
    x = run(pipeline, _PREVIEW, publisher="cq-cppcc")
    pressers = [i.evidence.text for i in x.initiatives if "记者会" in i.label]
    assert pressers == ["委员谈数字经济", "委员谈乡村振兴"], x.initiatives


def test_what_the_sitting_is_for_is_no_consultation(pipeline):
    x = run(pipeline, _PREVIEW, publisher="cq-cppcc")
    assert not [i for i in x.initiatives if i.type == "consultation"], x.initiatives


def test_sittings_held_respectively_on_quoted_subjects_are_one_each(pipeline):
    """分别围绕“甲”“乙”举行第一、第二联组讨论: two sittings."""
    x = run(pipeline, "发布时间：2026-01-23\n1月27日下午，分别围绕“建设现代化产业体系”“提振消费扩大内需”举行第一、第二联组讨论。",
            publisher="cq-cppcc")
    assert [i.evidence.text for i in x.initiatives] == ["建设现代化产业体系", "提振消费扩大内需"], x.initiatives


def test_a_sessions_numbered_proposal_in_a_headline_tells_no_session(pipeline):
    x = run(pipeline, "市政协五届五次会议“1号提案”，将聚焦产业深度融合\n\n1月10日上午，市政协五届五次会议新闻发布会举行。"
                      "发布会上，秘书处负责人介绍了会议安排。", publisher="cq-cppcc")
    assert [i.label for i in x.initiatives] == ["市政协五届五次会议新闻发布会"], x.initiatives


def test_a_speech_given_for_a_party_named_by_its_speaker_is_the_partys(pipeline):
    """代表九三学社市委会发言的某某委员认为…建议…: a speech at the sitting, for the party."""
    x = run(pipeline, "2024-01-24 来源：某某报\n1月23日上午，市政协六届二次会议举行第二次全体会议。"
                      "代表九三学社市委会发言的吴某某委员认为，两地产业链已深度交织，建议共建配套协作平台。", publisher="cq-cppcc")
    speeches = [i for i in x.initiatives if i.type == "consultation"]
    assert [i.organizers for i in speeches] == [("jiusan-cq",)], x.initiatives


def test_an_e_papers_header_line_is_furniture(pipeline):
    x = run(pipeline, "某某政协报　2024年01月24日　星期三　第02版：两会特别报道\n\n市政协六届二次会议举行第二次全体会议\n\n"
                      "1月20日上午，政协重庆市第四届委员会第四次会议举行第三次全体会议。", publisher="cq-cppcc")
    assert all("特别报道" not in i.evidence.text for i in x.initiatives), x.initiatives


def test_collective_proposals_handed_in_in_the_parties_name_are_theirs(pipeline):
    """其中以区各民主党派、区工商联名义提交的集体提案24件: a proposal of those authors (and a statistic)."""
    x = run(pipeline, "2022-01-10 来源：某区政协\n本次会议共收到提案312件，其中以区工商联名义提交的集体提案24件。", publisher="cppcc-nanchuan")
    assert [i.type for i in x.initiatives] == ["proposal"], x.initiatives
    assert "cppcc-nanchuan" not in x.initiatives[0].organizers, x.initiatives


def test_members_split_into_groups_to_discuss_a_report_hold_a_sitting(pipeline):
    """委员分成7个小组，对县政府工作报告进行讨论。大家围绕X建言献策: the sitting on that report; what
    everyone said there is its business."""
    x = run(pipeline, "2021-01-20 来源：某县政协\n1月19日下午，县政协委员分成7个小组，对县政府工作报告进行讨论。"
                      "大家围绕康养产业提档升级等问题积极建言献策。", publisher="cppcc-shizhu")
    assert [(i.type, i.label) for i in x.initiatives] == [("meeting", "分组讨论：县政府工作报告")], x.initiatives


def test_speeches_on_a_theme_at_a_sessions_sitting_are_the_speakers(pipeline):
    """…会议举行大会发言。区工商联就优化营商环境作了发言: a speech on that theme, the federation's."""
    x = run(pipeline, "2022-01-15 来源：某区政协\n1月14日上午，区政协十七届一次会议举行大会发言。区工商联就优化营商环境作了发言。",
            publisher="cppcc-tongnan")
    speeches = [i for i in x.initiatives if i.type == "consultation"]
    assert [i.label for i in speeches] == ["大会发言：优化营商环境"], x.initiatives
    assert "cppcc-tongnan" not in speeches[0].organizers, speeches  # (the federation spoke, not its committee)


def test_speeches_at_a_symposium_are_its_business(pipeline):
    x = run(pipeline, "2024-06-12 来源：某区政协\n在随后召开的座谈会上，九三学社某区委的委员代表围绕水质监测共享作了发言。",
            publisher="cppcc-rongchang")
    assert not [i for i in x.initiatives if i.type == "consultation"], x.initiatives


def test_a_member_of_a_partys_district_committee_speaks_for_that_unit(pipeline):
    """民革潼南区委委员某某: a member of the party's district unit, not of the party at large."""
    x = run(pipeline, "2022-01-15 来源：某区政协\n区政协十七届一次会议举行大会发言。民革潼南区委委员胡某某围绕柠檬产业作了发言。",
            publisher="cppcc-tongnan")
    assert [m.label for m in x.mentions if m.label.startswith("中国国民党革命委员会")] == ["中国国民党革命委员会重庆市潼南区委员会"]


def test_members_in_groups_discussing_in_one_clause_hold_a_sitting(pipeline):
    """出席会议的委员分9个小组讨论了政府工作报告: the groups' sitting on that report."""
    x = run(pipeline, "2021-01-20 来源：某区政协\n出席会议的委员分9个小组讨论了政府工作报告和区政协常委会工作报告。",
            publisher="cppcc-qianjiang")
    assert [i.label for i in x.initiatives] == ["分组讨论：政府工作报告和区政协常委会工作报告"], x.initiatives


def test_a_speech_on_a_title_or_quoted_theme_without_its_verb_of_giving(pipeline):
    """以《X》为题发言, 就“X”发言: speeches, each on its title or theme."""
    x = run(pipeline, "2023-01-15 来源：某区政协\n区政协十届二次会议举行大会发言。农工党某区支部委员某某以《关于完善县域医共体建设的思考》为题发言。"
                      "农业界委员张某某就“高山蔬菜品牌化”发言。", publisher="cppcc-wulong")
    assert [i.label for i in x.initiatives if i.type == "consultation"] == [
        "大会发言：完善县域医共体建设", "大会发言：高山蔬菜品牌化"], x.initiatives
