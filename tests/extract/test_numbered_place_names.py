"""Committees of places whose names begin with a numeral, and verbs run into a local form.

A city the reference lacks may begin its name with a numeral (六盘水市, 十堰市, 三明市): that is a
place's name, not a count of committees as in 两县政协 or 三地政协, where the numeral is followed
by a level or a counter. A copula or a publishing verb run into a local form (也是州政协…,
编印市政协系统…) is no part of a place's name.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import body_labels, run


def test_a_city_whose_name_begins_with_a_numeral_is_named(pipeline):
    x = run(pipeline, "2025年，六盘水市政协组织委员开展乡村振兴专题调研。")
    assert body_labels(x).get("六盘水市政协") == "政协六盘水市委员会", body_labels(x)
    committee = next(m.entity for m in x.mentions if m.evidence.text == "六盘水市政协")
    assert [i.organizers for i in x.initiatives] == [(committee,)], x.initiatives


def test_a_numeral_heading_a_clause_before_a_city_name(pipeline):
    x = run(pipeline, "近日，十堰市政协召开主席会议。")
    assert body_labels(x).get("十堰市政协") == "政协十堰市委员会", body_labels(x)


def test_committees_counted_are_no_place(pipeline):
    x = run(pipeline, "2025年，两县政协联合开展调研。")
    assert not any("两县" in label and label.startswith("政协两") for label in body_labels(x).values()), body_labels(x)


def test_a_copula_before_a_local_form_is_no_place_name(pipeline):
    x = run(pipeline, "近日，我县参加全州远程协商会，此次会议是州、县市政协首次联动召开，也是州政协打造履职平台的尝试。")
    assert not any("也是" in label for label in body_labels(x).values()), body_labels(x)


def test_a_publishing_verb_before_a_local_form_is_no_place_name(pipeline):
    x = run(pipeline, "2025年，某市政协加强作风建设，修订管理规定，编印市政协系统《警示教育读本》。")
    assert not any("编印" in label for label in body_labels(x).values()), body_labels(x)


def test_a_term_before_a_bare_local_form_is_no_place(pipeline):
    x = run(pipeline, "2020年5月，县政协九届四次会议期间，九届县政协提案委员会召开提案审查会议。")
    assert not any("九届县" in label or label == "政协九届县委员会" for label in body_labels(x).values()), body_labels(x)


def test_a_region_counted_by_its_provinces_keeps_its_whole_name(pipeline):
    x = run(pipeline, "2020年7月，西北五省区政协主席联席会议第三次会议在兰州召开。")
    assert not any(label.startswith("五省区") for label in body_labels(x).values()), body_labels(x)


def test_和_inside_a_place_s_name_is_the_place_s(pipeline):
    x = run(pipeline, "2021年，安徽省太和县政协围绕秸秆禁烧开展监督，委员们走进田间地头。")
    assert body_labels(x).get("安徽省太和县政协") == "政协太和县委员会", body_labels(x)


def test_和_opening_the_words_still_joins_a_list(pipeline):
    x = run(pipeline, "2024年，四川省和重庆市政协联合开展调研。")
    assert set(x.initiatives[0].organizers) == {"sc-cppcc", "cq-cppcc"}, x.initiatives
