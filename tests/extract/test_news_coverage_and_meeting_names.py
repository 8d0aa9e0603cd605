"""News coverage of work, columns opened, meetings named after their work, proposals by their words.

A committee's outlet that reports on members' research (持续报道委员深入基层调研) tells no research
of its own; a column it opens on an outlet (在新媒体平台开设专栏) is a publication. A meeting held
after a name that opens with a kind of work (今年上半年反映社情民意信息暨履职宣传工作会议召开) is
that one meeting; a titled document studied before a sitting (会前集中学习了《X》) is a study.
A party's proposal told as where its words stand may carry its title
(在其提案《X》中直言) or an adverb before the verb (在提案中明确建议). A proposal's title given in
quotes after 关于 (提交了关于“X”的提案) is the proposal on X.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_coverage_of_members_research_tells_no_research(pipeline):
    x = run(pipeline, "2024年，区政协持续报道政协委员深入基层调研，刊发委员开展民主监督的故事。")
    assert not x.initiatives, x.initiatives


def test_work_reported_on_beside_work_done_keeps_the_work(pipeline):
    x = run(pipeline, "2024年，区政协组织委员开展调研，区融媒体中心作了报道。")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives


def test_a_meeting_named_after_the_work_it_is_about_is_one_meeting(pipeline):
    x = run(pipeline, "5月10日，县政协今年上半年反映社情民意信息暨履职宣传工作会议召开。")
    assert [i.type for i in x.initiatives] == ["meeting"], x.initiatives


def test_work_told_before_a_meeting_held_after_it_stays_two_pieces(pipeline):
    x = run(pipeline, "5月10日，县政协组织委员视察后召开座谈会。")
    assert sorted(i.type for i in x.initiatives) == ["inspection", "meeting"], x.initiatives


def test_a_proposal_by_its_title_or_with_an_adverb_is_told_where_its_words_are(pipeline):
    x = run(pipeline, "1月25日，民建四川省委在提案中明确建议，将成渝地区纳入国家重大战略规划。"
                      "民盟四川省委在其提案《加快推进两地公共服务共建共享》中直言，要打破行政壁垒。")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert [i.label for i in proposals] == ["提案：将成渝地区纳入国家重大战略规划", "提案：加快推进两地公共服务共建共享"], x.initiatives


def test_a_quoted_subject_after_guanyu_is_the_proposals_subject(pipeline):
    x = run(pipeline, "1月25日，民革四川省委提交了关于“川渝产业协作与分工”的提案。")
    assert [i.label for i in x.initiatives] == ["提案：川渝产业协作与分工"], x.initiatives


def test_a_column_opened_on_an_outlet_is_a_publication(pipeline):
    x = run(pipeline, "2025年，区政协在各类新媒体平台开设专栏，刊发委员履职故事60余篇。")
    assert [i.type for i in x.initiatives] == ["publication"], x.initiatives


def test_a_study_of_a_titled_document_before_a_sitting_is_a_study(pipeline):
    x = run(pipeline, "6月3日，市政协召开主席会议。会前集中学习了《某市湿地保护条例》。")
    assert sorted(i.type for i in x.initiatives) == ["meeting", "study"], x.initiatives
