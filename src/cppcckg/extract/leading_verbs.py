"""Verbs that run straight into a body's name in these reports (迎接市政协…, 牵头承办市政协…,
参加某镇政协工委…): no place is named by them, so a name read backwards from 政协 stops after them.

General verbs of the genre that take a body as their object; none begins a place's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["LEADING_VERBS", "words_pattern", "after_last"]

LEADING_VERBS: tuple[str, ...] = (
    "迎接", "承办", "牵头", "察看", "视察", "考察", "调研", "发挥", "希望", "感谢", "要求", "提交", "报送",
    "联系", "督促", "帮助", "协调", "参观", "了解", "会同", "携手", "依托", "通报", "报告", "汇报", "提请",
    "当选", "担任", "代表", "致信", "致电", "祝贺", "欢迎", "接待", "拜访", "对接", "推荐", "参加", "听取",
)


def words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern for a list of words, the longest tried first where two start alike."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


_LEADING_VERB = words_pattern(LEADING_VERBS)


def after_last(name: str, words: re.Pattern[str] = _LEADING_VERB) -> int:
    """Where a name begins once everything up to the last of `words` that ends inside it is cut
    off (0: none); by default the leading verbs."""
    return max((m.end() for i in range(len(name) - 1) if (m := words.match(name, i)) is not None
                and m.end() < len(name)), default=0)
