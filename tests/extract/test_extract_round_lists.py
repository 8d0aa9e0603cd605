"""Issue 12, a later round: lists of activities, works and gatherings, and tallies, read as a
reader of provincial press items and publishing news would read them.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from cppcckg.model import PLANNED
from tests.extract.test_extract_general import only, run


def of_type(extraction, kind: str) -> list:
    return [i for i in extraction.initiatives if i.type == kind]


def test_a_theme_before_a_list_of_activity_words_labels_each_of_them(pipeline):
    x = run(pipeline, "2024年，省政协围绕农村饮水安全、养老服务体系建设等，开展调研协商、视察监督。")
    (consultation,), (supervision,) = of_type(x, "consultation"), of_type(x, "supervision")
    assert "农村饮水安全" in consultation.label and not consultation.label.startswith("、")
    assert "养老服务体系建设" in supervision.label
    assert "调研协商" not in supervision.label  # the first item of the list is no subject


def test_a_tally_of_kinds_of_work_is_a_statistic_not_an_activity(pipeline):
    x = run(pipeline, "2024年，省政协组织开展协商、视察、调研和民主监督等履职活动80余项。")
    assert not x.initiatives
    assert [m.value for m in x.metrics] == [80]


def test_consultation_named_as_the_means_of_a_cause_is_no_consultation(pipeline):
    x = run(pipeline, "市政协推动政协协商与社区协商协同联动，以政协“微协商”助解群众“急难事”。")
    assert not x.initiatives


def test_gatherings_and_courses_are_events_and_study_each_of_a_list_its_own(pipeline):
    x = run(pipeline, "2024年，省政协举办委员履职能力研修班；举办元宵联谊会、迎春茶话会。")
    course = only(x, "研修班")
    assert course.type == "study"
    gatherings = sorted(i.label for i in x.initiatives if i.type == "event")
    assert gatherings == ["元宵联谊会", "迎春茶话会"]


def test_a_course_listed_before_a_meeting_held_with_it_is_its_own(pipeline):
    x = run(pipeline, "2024年，市政协召开区县政协秘书长研修班、工作座谈会，交流经验。")
    assert sorted(i.type for i in x.initiatives) == ["meeting", "study"]


def test_a_visit_organised_for_young_people_is_an_event(pipeline):
    x = run(pipeline, "2024年，省政协组织台胞青年走进政协机关，了解协商民主。")
    assert only(x, "走进").type == "event"


def test_a_campaign_with_a_quote_inside_its_name_and_one_made_solid(pipeline):
    x = run(pipeline, "2024年，省政协决定开展“我为‘十五五’规划建一言”活动；做实委员“联系群众”活动。")
    labels = sorted(i.label for i in x.initiatives if i.type == "campaign")
    assert labels == ["我为‘十五五’规划建一言活动", "联系群众活动"]


def test_titles_listed_before_their_publishing_are_a_publication_each(pipeline):
    x = run(pipeline, "今年，省政协将完成《巴山记忆》《蜀道风物》2个系列共6个分卷出版工作。")
    books = [i for i in x.initiatives if i.type == "publication"]
    assert sorted(i.label for i in books) == ["巴山记忆出版", "蜀道风物出版"]
    assert all(i.status == PLANNED for i in books)  # 将 governs 完成, which is no mark of work done


def test_quoted_volumes_counted_before_their_publishing_are_a_publication_each(pipeline):
    x = run(pipeline, "2024年，《巴山记忆》系列“古镇”“古道”“古桥”3卷已正式出版。")
    assert sorted(i.label for i in x.initiatives) == ["古桥出版", "古道出版", "古镇出版"]


def test_a_publishing_plan_and_the_strength_of_editors_are_no_publication(pipeline):
    x = run(pipeline, "省政协将加快推进文史书籍编纂出版总体规划。这些丛书内容丰富，编纂力量强、涉及面广。")
    assert not x.initiatives


def test_a_proposal_quoted_after_who_put_it_forward_is_theirs_and_about_its_title(pipeline):
    # the closing quote of the first telling is lost, as reposts often lose it
    x = run(pipeline, "民进中央提出的“关于完善川渝两地职业教育协作机制的提案被列为重点提案。")
    proposal = only(x, "提案")
    assert proposal.type == "proposal" and proposal.organizers == ("capd-central",)
    assert proposal.label == "提案：完善川渝两地职业教育协作机制"


def test_a_meeting_after_a_course_is_labelled_alike_in_either_script(pipeline):
    import opencc

    text = "2024年，市政协召开区县政协秘书长研修班、工作座谈会，交流经验。"
    labels = [sorted(opencc.OpenCC("t2s").convert(i.label) for i in run(pipeline, t).initiatives)
              for t in (text, opencc.OpenCC("s2t").convert(text))]
    assert labels[0] == labels[1]
