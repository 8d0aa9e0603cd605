"""A counted group of committees said again by its count alone (三地政协 after 万达开三地政协,
两地政协 after 遂潼两地政协) is that group again, not the two provincial committees and not nobody.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _at(extraction, word: str, nth: int = 0):
    """The body read at the `nth` place the text writes `word` (None where none is read there)."""
    text = extraction.report.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return next((m for m in extraction.mentions if m.kind == "body" and m.evidence.start == start
                 and m.evidence.end == start + len(word)), None)


def test_a_reference_group_said_again_by_its_count(pipeline):
    x = run(pipeline, "2023-06-12 来源：某区融媒体中心\n6月9日，万达开三地政协在开州区召开联席会议。"
                      "会上，三地政协主要负责同志交流了协同履职情况，并商定下半年开展联合视察。")
    said_again = _at(x, "三地政协", 1)
    assert said_again is not None and said_again.entity == "wandakai-cppccs", x.mentions


def test_a_pair_of_initials_said_again_is_that_pair_not_the_two_provinces(pipeline):
    text = ("2024-04-03 来源：某市政协\n遂宁市政协与潼南区政协负责同志日前在潼南座谈。遂潼两地政协商定，"
            "年内围绕涪江流域生态保护开展联合调研。两地政协还将共同举办一次协商活动。")
    x = run(pipeline, text)
    pair = _at(x, "遂潼两地政协")
    said_again = _at(x, "两地政协", 1)
    assert pair is not None and said_again is not None, x.mentions
    assert (said_again.entity, said_again.label) == (pair.entity, "遂潼两地政协"), said_again
    assert set(said_again.members) == {"cppcc-suining-sc", "cppcc-tongnan"}, said_again


def test_the_pair_said_alone_with_no_group_named_stays_the_two_sides(pipeline):
    """Where no group of that count was named, 两地政协 keeps its reading (the guidelines: 川渝政协)."""
    x = run(pipeline, "2024-04-03 来源：某报\n近年来，两地政协围绕成渝地区双城经济圈建设开展联合调研。")
    said = _at(x, "两地政协")
    assert said is not None and said.label == "川渝政协", x.mentions


def test_a_count_closing_a_longer_name_is_read_with_it(pipeline):
    x = run(pipeline, "2023-06-12 来源：某报\n万达开三地政协召开联席会议，川渝两地政协相关负责同志出席。")
    whole = _at(x, "川渝两地政协")
    assert whole is not None and whole.label == "川渝政协", x.mentions


def test_a_groups_special_committees_are_each_members(pipeline):
    """两地政协相关专委会: the special committees of each committee of the pair, not the committees
    and not one side's special committees."""
    x = run(pipeline, "2025-12-20 来源：某市政协\n遂宁市政协与潼南区政协商定，遂潼两地政协明年围绕涪江航运开展联合协商，"
                      "由两地政协相关专委会先行开展前期调研。")
    research = next(i for i in x.initiatives if i.type == "research")
    labels = {m.entity: m.label for m in x.mentions}
    assert sorted(labels.get(k, k) for k in research.organizers) == ["潼南区政协专门委员会", "遂宁市政协专门委员会"], research
    assert research.joint_sichuan_chongqing, research


def test_the_two_provinces_special_committees_are_each_sides(pipeline):
    """两省市相关专委会, 政协 left out, after both provincial-level committees: the special
    committees of each, who act together (joint), not one side's alone."""
    x = run(pipeline, "2023-04-10 来源：某某网\n四川省政协和重庆市政协召开联席会议，商定今年开展联合调研。"
                      "两省市相关专委会也将组织开展成渝中线高铁建设推进情况联合视察。")
    inspection = next(i for i in x.initiatives if i.type == "inspection")
    labels = {m.entity: m.label for m in x.mentions}
    assert sorted(labels.get(k, k) for k in inspection.organizers) == ["四川省政协专门委员会", "政协重庆市委员会专门委员会"], inspection
    assert inspection.joint_sichuan_chongqing and inspection.status == "planned", inspection


def test_a_committees_special_committees_run_their_own_work(pipeline):
    """市政协相关专委会 acting: the special committees taken together, not the committee."""
    x = run(pipeline, "2023-06-02 来源：某某网\n6月1日，市政协相关专委会赴万州开展库区消落带治理联合调研。")
    assert [i.organizers for i in x.initiatives] == [("cq-cppcc-special-committees",)], x.initiatives
