"""Committees the reference lacks, named where a story begins: after an outlet's dateline
(某某新闻网讯 某清县政协…) and with a county's one-character name (叶县政协). The bare
县政协 after them is then that committee. The sentences are made up for this project."""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _bodies(x) -> dict[str, str]:
    return {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}


def test_a_committee_named_right_after_a_dateline_owns_the_bare_form(pipeline):
    x = run(pipeline, "某清新闻网讯 某清县政协十三届五次会议召开前夕，县政协组织委员开展会前视察。")
    labels = _bodies(x)
    assert labels.get("某清县政协") == "政协某清县委员会", labels
    assert labels.get("县政协") == "政协某清县委员会", labels


def test_a_county_named_by_one_character_is_its_committee(pipeline):
    x = run(pipeline, "某县政协举行观摩会\n6月28日下午，叶县政协举行基层协商观摩会，县政协主席某某讲话。")
    labels = _bodies(x)
    assert labels.get("叶县政协") == "政协叶县委员会", labels
    assert labels.get("县政协") == "政协叶县委员会", labels


def test_a_county_of_chongqing_named_by_one_character_stays_the_reference_s(pipeline):
    x = run(pipeline, "6月28日，忠县政协召开常委会议。县政协主席某某出席。")
    assert _bodies(x).get("忠县政协") == "政协重庆市忠县委员会", _bodies(x)


def test_words_for_this_county_name_no_county(pipeline):
    x = run(pipeline, "6月28日，全县政协委员参加培训，该县政协组织委员视察。")
    assert not any(label.startswith(("政协全县", "政协该县")) for label in _bodies(x).values()), _bodies(x)


def test_a_committee_named_after_a_time_opener_past_a_purpose_clause(pipeline):
    x = run(pipeline, "为充分发挥政协职能，10月30日上午，某首市政协组织开展专项视察。")
    assert _bodies(x).get("某首市政协") == "政协某首市委员会", _bodies(x)


def test_a_title_named_after_the_committee_names_it(pipeline):
    x = run(pipeline, "用时两年，全面记述某阳市政协发展历程的《某阳市政协志》编纂完成。")
    labels = _bodies(x)
    assert labels.get("《某阳市政协志》"[1:6]) == "政协某阳市委员会", labels
    organizers = [i.organizers for i in x.initiatives if i.type == "publication"]
    assert organizers and all(len(o) == 1 for o in organizers), organizers


def test_a_feature_s_subtitle_names_its_committee_without_its_verb(pipeline):
    x = run(pipeline, "文史留真——记某岛市政协的史料征编工作\n市政协组织召开文史工作座谈会。")
    labels = _bodies(x)
    assert labels.get("某岛市政协") == "政协某岛市委员会", labels
    assert labels.get("市政协") == "政协某岛市委员会", labels


def test_an_author_line_naming_the_committee_by_its_city_names_it(pipeline):
    x = run(pipeline, "某某到联系村调研\n发布日期：2022-05-16 作者：某州政协 阅读：318\n"
                      "4月27日上午，市政协副主席某某到某县开展调研督导工作。")
    assert _bodies(x).get("市政协") == "政协某州市委员会", _bodies(x)
