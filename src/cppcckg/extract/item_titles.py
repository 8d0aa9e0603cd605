"""Numbered items whose short title names the kind of work their body then tells.

A plan or a report lists its work as numbered items (一、联合开展重点调研。两地政协将围绕甲、乙开展
联合调研…; （二）共同举办协商活动。适时召开…，就X开展联合协商). The title says what kind of work the
item holds; the body tells each piece of it. Counting the title as one more piece of work would
give every item one initiative too many, and one without a subject. A title's initiative is
dropped where the item's body tells work of the same kind; a title whose body tells other
work (一、加强委员交流。组织委员开展互访考察) still says something of its own and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cppcckg.model import Initiative

__all__ = ["drop_item_titles"]

# a numbered item's title at the start of a line: 一、X。 （二）X。 3．X。 (short, one clause)
_ITEM_TITLE = re.compile(r"[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．])"
                         r"[^。；;，,\n]{2,24}[。；;]?")
_ITEM_START = re.compile(r"(?:^|\n)[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．])")
_BLANK_LINE = re.compile(r"\n[ \u3000\t]*\n")
# work of one kind for a title's word and its body's (协商活动 and 联合协商, 重点调研 and 联合调研)
_SAME_KIND = {"meeting": ("meeting", "consultation"), "consultation": ("consultation", "meeting")}


def drop_item_titles(norm: str, items: Sequence[Initiative]) -> list[Initiative]:
    """`items` without those told only by a numbered item's title whose body tells work of
    the same kind."""
    titles: dict[int, tuple[int, int]] = {}  # title start → (title end, item end)
    for item in items:
        line = norm.rfind("\n", 0, item.trigger[0]) + 1
        if line in titles:
            continue
        title = _ITEM_TITLE.match(norm, line)
        if title is None or item.trigger[1] > title.end():
            continue
        following = _ITEM_START.search(norm, title.end())
        titles[line] = (title.end(), following.start() if following is not None else _last_item_end(norm, title.end()))
    if not titles:
        return list(items)
    kept = []
    for item in items:
        line = norm.rfind("\n", 0, item.trigger[0]) + 1
        span = titles.get(line)
        if span is not None and item.trigger[1] <= span[0] and any(
                other.type in _SAME_KIND.get(item.type, (item.type,)) and span[0] <= other.trigger[0] < span[1]
                for other in items):
            continue
        kept.append(item)
    return kept


def _last_item_end(norm: str, title_end: int) -> int:
    """Where the last item's body ends: with its line when the body goes on after the title
    there (（四）举办X。牵头单位：甲。), else at the first blank line; the news told after a
    plan's last item is not that item's body."""
    line_end = norm.find("\n", title_end)
    line_end = len(norm) if line_end < 0 else line_end
    if norm[title_end:line_end].strip():
        return line_end
    blank = _BLANK_LINE.search(norm, title_end)
    return blank.start() if blank is not None else len(norm)
