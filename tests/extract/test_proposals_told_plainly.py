"""Proposals as proposal reports and session news tell them plainly: a theme set after the field
it belongs to (在经济建设方面围绕X，提出提案70件), advice cited by its title without brackets and then
taken up (关于X的建议，区商务委认真吸纳), collective proposals co-signed on listed questions
(会签了关于A、B等问题的4份集体提案); and a count of study sessions, which stays a statistic.

The sentences are written for this project in the style of district proposal reports and
session news.
"""

from __future__ import annotations

from tests.extract.test_extract_general import only, run


def _proposals(x) -> list[str]:
    return [i.label for i in x.initiatives if i.type == "proposal"]


def test_proposals_counted_under_a_theme_set_after_its_field_are_a_proposal_on_it(pipeline):
    x = run(pipeline, "一年来，区政协在社会事业方面围绕托育服务扩容提质，提出提案42件。", publisher="cppcc-dazu")
    assert [label for label in _proposals(x) if "托育服务" in label]
    assert [m.value for m in x.metrics] == [42]


def test_advice_cited_by_its_title_without_brackets_is_a_proposal_in_a_report_on_proposals(pipeline):
    x = run(pipeline, "今年区政协共收到提案210件，立案198件。关于完善农村客运网络、方便群众出行的建议，区交通局认真吸纳。"
                      "关于规范物业服务收费的建议，区住建委及时采纳。", publisher="cppcc-dazu")
    labels = _proposals(x)
    assert any("农村客运网络" in label for label in labels) and any("物业服务收费" in label for label in labels)


def test_collective_proposals_co_signed_on_listed_questions_are_a_proposal_on_them(pipeline):
    x = run(pipeline, "会议期间，住渝全国政协委员会签了关于山区高速公路建设、库区移民后续发展等问题的3份集体提案。")
    labels = _proposals(x)
    assert len(labels) == 1 and "山区高速公路" in labels[0]
    assert [list(i.organizers) for i in x.initiatives if i.type == "proposal"] == [["cq-national-members"]]


def test_collective_proposals_co_signed_without_a_subject_stay_a_count(pipeline):
    x = run(pipeline, "会议期间，住渝全国政协委员会签了3份集体提案。")
    assert not _proposals(x)
    assert [m.value for m in x.metrics] == [3]


def test_a_count_of_study_sessions_is_a_statistic_and_no_session_of_its_own(pipeline):
    x = run(pipeline, "全年，区政协党组开展集中学习研讨12次。", publisher="cppcc-dazu")
    assert not [i for i in x.initiatives if i.type == "study"]
    assert [m.value for m in x.metrics] == [12]


def test_a_title_without_brackets_cut_by_its_own_comma_is_one_proposal(pipeline):
    x = run(pipeline, "今年区政协共收到提案186件，立案170件。关于盘活闲置校舍资源,发展社区嵌入式服务的建议,区教委认真加以吸收。",
            publisher="cppcc-dazu")
    labels = _proposals(x)
    assert len(labels) == 1 and "社区嵌入式服务" in labels[0]


def test_proposals_counted_after_a_clause_of_advice_keep_the_theme_before_it(pipeline):
    x = run(pipeline, "五年来，委员们围绕成渝地区双城经济圈建设，积极运用提案建言献策，共提交提案5210件。", publisher="cq-cppcc")
    labels = _proposals(x)
    assert len(labels) == 1 and "双城经济圈" in labels[0]


def test_members_writing_proposals_in_a_text_about_a_group_of_members_are_that_group(pipeline):
    x = run(pipeline, "全国政协十四届三次会议期间，在渝全国政协委员积极履职。委员们联名提出《关于支持山区县城扩容提质的建议》。")
    assert [list(i.organizers) for i in x.initiatives if i.type == "proposal"] == [["cq-national-members"]]


def test_proposals_counted_by_category_are_a_proposal_per_category(pipeline):
    x = run(pipeline, "今年共立案提案96件。其中，城乡建设类提案18件、产业发展类提案30件、社会事业类提案48件。", publisher="cppcc-dazu")
    labels = _proposals(x)
    assert len(labels) == 3 and any("产业发展" in label for label in labels)


def test_choosing_the_key_proposals_to_oversee_is_supervision(pipeline):
    x = run(pipeline, "县政协常委会通过票决遴选重点督办提案，县政协主席会议确定了6件重点提案。", publisher="cppcc-dazu")
    assert [i.type for i in x.initiatives] == ["supervision", "supervision"]


def test_titles_of_any_shape_counted_as_proposals_are_one_proposal_each(pipeline):
    # (the titles need not read 关于…的建议: 等三件提案 after them says what they are)
    x = run(pipeline, "两会期间，委员某某围绕产业发展提出了《改进农民技能培训 助推产业融合》《某某条例修订意见》"
                      "和《推动页岩气开发利用》等三件提案。")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert [i.label for i in proposals] == ["提案：改进农民技能培训助推产业融合", "提案：某某条例修订意见", "提案：推动页岩气开发利用"]


def test_a_party_member_proposing_on_a_theme_writes_for_the_unit_the_text_named(pipeline):
    # (社员/盟员某某围绕X提出…: the theme between the name and the verb; a name may use a rarer
    # character, 䶮, of the CJK extension)
    x = run(pipeline, "民盟渝北区委积极参政议政。在区政协会议上，盟员彭䶮围绕乡村振兴提交了《关于推动页岩气开发的建议》。")
    unit = next(m.entity for m in x.mentions if m.label.startswith("中国民主同盟") and "渝北" in m.label)
    assert [i.organizers for i in x.initiatives if i.type == "proposal"] == [(unit,)]


def test_proposals_a_named_unit_hands_in_are_its_proposal_and_a_tally_by_kind_is_not(pipeline):
    x = run(pipeline, "区政协全会期间，民盟渝北区委共提交集体提案9件，委员个人或联名提交提案210件。")
    assert [i.evidence.text for i in x.initiatives if i.type == "proposal"] == ["民盟渝北区委共提交集体提案9件"]
    assert {m.value for m in x.metrics} == {9, 210}


def test_proposals_reviewed_one_by_one_are_a_review(pipeline):
    x = run(pipeline, "会后，区政协提案委员会将对征集到的提案逐一审查，决定是否立案。", publisher="cppcc-dazu")
    review = only(x, "审查")
    assert review.type == "other" and review.status == "planned"
