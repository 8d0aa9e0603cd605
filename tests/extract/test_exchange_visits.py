"""Visits exchanged between committees across the border (互访, 回访): counted or told, each is
a piece of work; a mechanism of visits is none, and a visit told again is the one told.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _with(x, words: str):
    return [i for i in x.initiatives if words in i.evidence.text]


def test_visits_exchanged_and_counted_are_joint_work(pipeline):
    x = run(pipeline, "2024年，铜梁区政协与遂宁市安居区政协互访交流3批次，共商琼江流域协同治理。")
    found = _with(x, "互访")
    assert len(found) == 1 and found[0].type == "research" and found[0].joint_sichuan_chongqing


def test_a_return_visit_is_work(pipeline):
    x = run(pipeline, "11月，合川区政协组团赴广安市政协回访，双方就渠江航道建设深入交流。")
    assert [i.type for i in _with(x, "回访")] == ["research"]


def test_visits_counted_then_research_counted_are_two_pieces_of_work(pipeline):
    x = run(pipeline, "去年以来，綦江区政协与泸州市古蔺县政协互访交流4批次，联合开展调研2次。")
    assert len(x.initiatives) == 2
    assert {i.type for i in x.initiatives} == {"research"}


def test_the_visit_told_again_is_no_new_work(pipeline):
    x = run(pipeline, "3月12日，达州市政协主席率考察团来万州考察交流。这是两地政协今年开展的第二轮互访。")
    assert not _with(x, "第二轮互访")


def test_a_mechanism_of_visits_is_no_work(pipeline):
    # guard: 建立定期互访机制 sets up a way of working, no visit made
    x = run(pipeline, "两地政协商定建立定期互访机制和信息共享机制。")
    assert not _with(x, "互访")


def test_a_team_named_for_return_visits_is_not_the_work(pipeline):
    # guard: 组成回访组 names the team; the work is what it does
    x = run(pipeline, "6月，江津区政协与泸州市合江县政协组成联合回访组，对去年联合视察所提建议的落实情况开展跟踪监督。")
    assert not [i for i in x.initiatives if i.evidence.text.endswith("回访组")]


def test_visits_one_committee_counts_are_a_tally(pipeline):
    # guard: one committee's count of its visits is a statistic, as any kind of work it counts
    x = run(pipeline, "2024年，区政协全年开展川渝互访交流9批次、参与委员150余人次。")
    assert not _with(x, "互访")


def test_visits_a_pair_counts_are_their_work(pipeline):
    x = run(pipeline, "两年来，江津区政协与泸州市合江县政协已互访交流7批次，联合开展视察3次。")
    assert [i.type for i in x.initiatives] == ["research", "inspection"]


def test_a_shortcoming_named_in_words_of_work_is_no_work(pipeline):
    x = run(pipeline, "回头看，部分委员互访交流重仪式、轻成效，联合视察“联”而不“合”的问题依然存在。")
    assert not x.initiatives


def test_the_host_of_an_exchange_visit_holds_it_with_the_visitors(pipeline):
    text = ("合川区政协考察团来我市交流\n2024-04-18 09:10　来源：广安日报\n"
            "4月17日，重庆市合川区政协主席率考察团一行来广安考察交流，市政协主席陪同。")
    x = run(pipeline, text)
    (visit,) = [i for i in x.initiatives if "考察交流" in i.evidence.text]
    assert sorted(visit.organizers) == ["cppcc-guangan-sc", "cppcc-hechuan"] and visit.joint_sichuan_chongqing


def test_a_visit_out_of_the_writers_place_leaves_the_host_a_partner(pipeline):
    # guard: going out (赴…考察学习) is the visitors' own work
    text = ("区政协赴广安学习\n2024-04-18 09:10　来源：合川区融媒体中心\n"
            "4月17日，区政协主席率队赴广安市政协考察学习。")
    x = run(pipeline, text)
    (visit,) = x.initiatives
    assert list(visit.organizers) == ["cppcc-hechuan"]
