"""The first-character shortcut never skips a pattern that could match, and a guarded
pattern matches exactly what the pattern matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cppcckg.extract import lexicon
from cppcckg.extract.firstchars import alternatives, first_chars, guarded

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
