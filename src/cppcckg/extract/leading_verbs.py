"""Verbs that run straight into a body's name in these reports (迎接市政协…, 牵头承办市政协…,
参加某镇政协工委…): no place is named by them, so a name read backwards from 政协 stops after them.

General verbs of the genre that take a body as their object; none begins a place's name.
"""

from __future__ import annotations

__all__ = ["LEADING_VERBS", "after_leading_verb"]

LEADING_VERBS: tuple[str, ...] = (
    "迎接", "承办", "牵头", "察看", "视察", "考察", "调研", "发挥", "希望", "感谢", "要求", "提交", "报送",
    "联系", "督促", "帮助", "协调", "参观", "了解", "会同", "携手", "依托", "通报", "报告", "汇报", "提请",
    "当选", "担任", "代表", "致信", "致电", "祝贺", "欢迎", "接待", "拜访", "对接", "推荐", "参加", "听取",
)


def after_leading_verb(name: str) -> int:
    """Where the name begins once the last leading verb inside it is cut off (0: none)."""
    cut = 0
    for verb in LEADING_VERBS:
        at = name.rfind(verb)
        if at >= 0 and at + len(verb) < len(name):
            cut = max(cut, at + len(verb))
    return cut
