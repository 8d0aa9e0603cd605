"""A site's menu whose first word is spaced out (首 页 要闻 要论 …) is page furniture.

A repost prints its menu with the first word's characters apart and its readings blanked: still a
row of short words with no punctuation, no text. A line whose every character is spaced out (an
infographic's text, 五 年 共 提 交 提 案) stays text.

The sentences are made up for this project.
"""

from __future__ import annotations

from cppcckg.extract.noise import noise_spans
from cppcckg.ingest.textnorm import normalise
from tests.extract.test_extract_general import run


def test_a_menu_with_a_spaced_first_word_tells_no_work(pipeline):
    x = run(pipeline, "首 页 要闻 要论 协商 统战 党派 委员讲堂 理论 人事\n2021年5月，市政协召开协商会。")
    assert [i.evidence.text for i in x.initiatives] == ["市政协召开协商会"], x.initiatives


def test_a_line_of_spaced_characters_is_text():
    norm = normalise("五 年 共 提 交 提 案\n2021年5月，市政协召开协商会。")
    assert not any(a == 0 for a, _b in noise_spans(norm)), noise_spans(norm)
