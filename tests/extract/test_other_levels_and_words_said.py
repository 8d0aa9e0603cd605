"""A city committee's organ in a county text, and a speaker's words going on.

In a text whose own committee is only ever called 县政协 (its county unnamed, or one the
reference lacks), 市政协党组 is the city committee's party group, not an organ of that county
committee: the words name another level. A clause that carries a speaker's words on
(…，并表示通过对X的深入调研和了解，收获很大) tells what was said, no research and no meeting.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import body_labels, run


def test_a_city_committee_s_organ_is_no_organ_of_the_county_text_s_committee(pipeline):
    x = run(pipeline, "2月12日，帮扶活动在某某镇举行。市政协党组副书记某某到场。县政协委员捐赠了物资。")
    assert not body_labels(x)["市政协党组"].startswith("县政协"), body_labels(x)


def test_the_county_committee_s_own_organ_stays_its_own(pipeline):
    x = run(pipeline, "2月12日，帮扶活动在某某镇举行。县政协党组副书记某某到场。县政协委员捐赠了物资。")
    assert body_labels(x)["县政协党组"].startswith("县政协"), body_labels(x)


def test_a_speaker_s_words_going_on_tell_no_work(pipeline):
    x = run(pipeline, "2025年5月，四川省政协经济委员会赴成都市政协调研。调研组一行了解了协商平台的组织流程，"
                      "并表示通过这次对议事平台运行机制的深入考察，很受启发。")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives


def test_thanks_said_after_the_work_leave_the_work(pipeline):
    x = run(pipeline, "2025年5月，四川省政协经济委员会赴成都市政协调研，并表示感谢。")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives


def test_what_a_department_could_do_tells_no_research(pipeline):
    x = run(pipeline, "2026年3月，全国政协委员某某建议，有关部门可以借助第三方开展调研，摸清小微企业用工情况。")
    assert not [i for i in x.initiatives if i.type == "research"], x.initiatives


def test_research_told_as_the_way_to_a_proposal_is_a_means(pipeline):
    x = run(pipeline, "2026年3月，委员某某把履职中发现的问题归纳整理，透过调研形成提案。")
    assert not [i for i in x.initiatives if i.type == "research"], x.initiatives


def test_research_done_before_a_judgement_of_what_it_can_do_stays(pipeline):
    x = run(pipeline, "2026年3月，成都市政协组织委员开展调研，能够看出各区县进展明显。")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives


def test_a_way_of_working_told_in_a_speaker_s_own_words_is_no_research(pipeline):
    x = run(pipeline, "2026年3月，九三学社社员某某谈到履职体会。“社员们常给我出主意，我们也深入开展调研，反复打磨，"
                      "让提案更接地气。”某某说。")
    assert not x.initiatives, x.initiatives


def test_work_a_speaker_dates_in_their_own_words_stays(pipeline):
    x = run(pipeline, "2026年3月，委员某某说：“去年我们也深入开展调研，形成了三件提案。”")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives
