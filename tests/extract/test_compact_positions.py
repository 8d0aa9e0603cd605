"""A compact view's positions are those of a binary search over its offsets, whether the
offsets are a range (worked out directly) or a list."""

from __future__ import annotations

from bisect import bisect_left

from hypothesis import given, settings
from hypothesis import strategies as st

from cppcckg.extract.compact import compact


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙 \n丙", max_size=30), st.integers(0, 40), st.integers(0, 40), st.integers(-5, 45))
def test_index_and_slice_are_a_binary_search(text: str, start: int, end: int, offset: int):
    view = compact(text, min(start, len(text)), min(max(start, end), len(text)))
    where = list(view.where)
    assert view.index(offset) == bisect_left(where, offset)
    cut = view.slice(offset, offset + 7)
    i, j = bisect_left(where, offset), bisect_left(where, offset + 7)
    assert cut.text == view.text[i:j]
    assert list(cut.where) == where[i:j]
