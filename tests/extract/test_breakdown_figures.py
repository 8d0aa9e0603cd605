"""Where a figure is written in its clause: the same span as the pattern it stands for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cppcckg.extract.breakdowns import find_written


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="12 .件次人\u3000３", max_size=24), st.sampled_from(["1", "12", "2", "21"]),
       st.sampled_from(["件", "次", "", " 件", "人次"]), st.integers(0, 26), st.integers(0, 26))
def test_found_where_the_pattern_finds_it(text: str, digits: str, unit: str, start: int, end: int):
    start, end = min(start, len(text)), min(max(start, end), len(text))
    pattern = re.compile(rf"(?<![\d.]){digits}\s*{re.escape(unit)}")
    expected = pattern.search(text, start, end)
    assert find_written(text, digits, unit, start, end) == (expected.span() if expected else None)


def test_the_tail_of_a_longer_number_is_not_the_figure():
    assert find_written("共112件，12件", "12", "件", 0, 9) == (6, 9)
    assert find_written("1.12件", "12", "件", 0, 5) is None
