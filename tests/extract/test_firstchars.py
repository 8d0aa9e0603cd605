"""The first-character shortcut never skips a pattern that could match, and a guarded
pattern matches exactly what the pattern matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cppcckg.extract import lexicon
from cppcckg.extract.firstchars import FirstCharIndex, alternatives, first_chars, guard_patterns, guarded, required_literal

# Characters of the trigger patterns themselves, so that random clauses do match them.
_ALPHABET = sorted({ch for p, _t, _s in lexicon.TRIGGERS for ch in p if "\u4e00" <= ch <= "\u9fff" or ch in "“”"})


def test_simple_patterns():
    assert first_chars("(?:ab|c)?d") == frozenset("acd")
    assert first_chars("x*y") == frozenset("xy")
    assert first_chars("(?<!“)庆祝") == frozenset("庆")
    assert first_chars("a?") is None  # can match the empty string: never skipped
    assert first_chars("[^a]b") is None  # a negated set: unknown, never skipped


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=30))
def test_every_trigger_match_starts_with_a_listed_character(text: str):
    for (pattern, _type, _sub), first in zip(lexicon.TRIGGERS, lexicon.TRIGGER_FIRST):
        if first is None:
            continue
        for m in re.finditer(pattern, text):
            if m.end() > m.start():
                assert text[m.start()] in first, (pattern, text)


def test_alternatives_split_only_at_the_top_level():
    assert alternatives("a(?:b|c)|[|x]d|e\\|f") == ["a(?:b|c)", "[|x]d", "e\\|f"]
    for pattern, _type, _sub in lexicon.TRIGGERS:
        assert "|".join(alternatives(pattern)) == pattern


def test_guarded_leaves_what_the_engine_scans_for_itself():
    assert guarded("视察|巡河") == "视察|巡河"
    assert guarded("(a)?b|[^c]d") == "(a)?b|[^c]d"  # a copied capturing group would change numbers
    assert re.fullmatch(guarded("(?:x)?(?P<y>a)|b"), "xa").group("y") == "a"
    assert guarded("(?:专题)?网络议政").startswith("(?=")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + list("，0123一二届次"), min_size=1, max_size=30))
def test_guarded_patterns_match_the_same_spans(text: str):
    for pattern, _type, _sub in lexicon.TRIGGERS:
        expected = [m.span() for m in re.finditer(pattern, text)]
        assert [m.span() for m in re.finditer(guarded(pattern), text)] == expected, (pattern, text)
    union = "|".join(f"(?:{p})" for p, _t, _s in lexicon.TRIGGERS)
    assert bool(lexicon.ANY_TRIGGER.search(text)) == bool(re.search(union, text)), text


def test_action_verbs_are_plain_words():
    # initiatives._acted looks for a verb before and after an activity word separately,
    # which finds what a search over the clause with the word blanked finds only for words
    assert all(re.fullmatch(r"[\u4e00-\u9fff]+", word) for word in alternatives(lexicon.ACTION.pattern))


def test_required_literal_is_a_run_every_match_holds():
    assert required_literal("(?<=委员)[\u4e00-\u9fff]{2,3}的(?:大会)?发言") == "发言"
    assert required_literal("(?:甲|乙)丙") == "丙"
    assert required_literal("[一二]届") == "届"
    assert required_literal("(?:甲|乙)") is None


_INDEXED = ["(?<=委员|代表)[\u4e00-\u9fff]{2,3}的(?:大会)?发言", "[一二三\\d]{1,3}届第?[一二三\\d]{1,3}次会议",
            "调研", "调研视察", "(?<=开展)[^，。]{2,8}?交流", "视察(?!组)", "座谈会", "(?:专题)?协商"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list("委员代表某某的大会发言一二三4届第次会议调研视察组开展工作交流座谈专题协商，。"), max_size=40))
def test_first_char_index_finds_what_the_union_finds(text: str):
    union = re.compile("|".join(f"(?:{a})" for a in _INDEXED))
    expected, got = union.search(text), FirstCharIndex(_INDEXED).search(text)
    assert (expected and (expected.span(), expected.group())) == (got and (got.span(), got.group())), text


def test_the_trigger_index_finds_what_the_triggers_union_finds_in_real_sentences():
    union = re.compile("|".join(f"(?:{p})" for p, _t, _s in lexicon.TRIGGERS))
    for sentence in ("3月5日，区政协召开十五届十二次主席会议，专题协商城市更新工作。",
                     "委员们围绕乡村振兴开展联合调研，并与当地群众座谈交流。",
                     "王某委员的大会发言赢得与会人员好评。", "会议审议通过了有关人事事项。",
                     "组织青年企业家走进园区，开展“同心助企”系列活动。"):
        expected, got = union.search(sentence), lexicon.ANY_TRIGGER.search(sentence)
        assert (expected and expected.span()) == (got and got.span()), sentence


def test_guard_patterns_puts_a_modules_patterns_behind_their_first_characters():
    namespace = {"A": re.compile("(?:专题)?网络议政"), "B": re.compile("视察|巡河"), "C": re.compile("a b", re.VERBOSE),
                 "D": "not a pattern"}
    guard_patterns(namespace)
    assert namespace["A"].pattern.startswith("(?=") and namespace["A"].search("开展专题网络议政").span() == (2, 8)
    assert namespace["B"].pattern == "视察|巡河" and namespace["C"].flags & re.VERBOSE and namespace["D"] == "not a pattern"
    again = dict(namespace)
    guard_patterns(again)
    assert again["A"] is namespace["A"]  # (guarded once only)


def test_the_extractors_patterns_are_guarded():
    from cppcckg.extract import initiatives, recognize
    assert lexicon.TEAM_ANAPHOR.pattern.startswith("(?=")
    assert recognize._LEVELS.pattern.startswith("(?=") and initiatives.lexicon is lexicon
