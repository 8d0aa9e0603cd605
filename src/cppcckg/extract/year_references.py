"""Years a clause names by reference, not by a date of its own.

Stories told later look back: 2022年以来 counts work from that year to the time of writing,
当年 is the year the text named last (时间拨回到2022年。当年6月，…), and a year inside what the
work looks at (对2022年X成果的转化情况开展“回头看”) dates that object, not the work.
"""

from __future__ import annotations

import re

from cppcckg.extract.firstchars import guard_patterns
from cppcckg.model import Period

# 2022年以来, 自2021年签订协议以来: from that year on
_SINCE_YEAR = re.compile(r"(?<![\d《“])((?:19|20)\d{2})年(?:[^，,；;。\d]{0,16}?)?以来")
# that same year: the year told before (当年6月, 当年即…), not a year's total (当年度) or an old time (当年的)
_THAT_YEAR = re.compile(r"(?<![\u4e00-\u9fff])当年(?![度的])|(?<=[，,。；;])当年(?![度的])")
_YEAR = re.compile(r"(?<![\d])((?:19|20)\d{2})年(?![度代])")
_BACK = 400  # how far before the clause the year 当年 points to is looked for
# what the work looks at, opened by 对 / 就 / 针对, before the year in it
# a year's work laid out after 对 (对2023年工作作出安排, 对明年重点工作进行部署): the plan's year
_LAID_OUT = re.compile(r"(?:19|20)\d{2}年(?:度)?的?(?:全年|重点)?工作[^，,；;。]{0,6}?(?:作出|做出|进行|提出)?了?(?:安排|部署|谋划)")
_OBJECT_OPENS = re.compile(r"(?:^|[^\u4e00-\u9fff]|[^反绝相面针])(?:对|就|针对)[^，,；;。]*$")


def since_span(lead_in: str, last: int | None) -> Period | None:
    """The years from the one a clause counts from (2022年以来) to `last` (the year of writing),
    None when the clause counts from no year or `last` is unknown or not after it."""
    found = None
    for found in _SINCE_YEAR.finditer(lead_in):
        pass
    if found is None or last is None or int(found.group(1)) >= last:
        return None
    return Period(int(found.group(1)), last)


def year_pointed_back(lead_in: str, norm: str, at: int) -> int | None:
    """The year 当年 in the clause's words before its work stands for: the last year the text
    names in the `_BACK` characters before `at` (the clause's start); None without 当年."""
    if _THAT_YEAR.search(lead_in) is None:
        return None
    years = _YEAR.findall(norm, max(0, at - _BACK), at)
    return int(years[-1]) if years else None


def in_the_object(lead_in: str, at: int) -> bool:
    """Does the year at `at` in the words before a clause's work stand inside what the work looks
    at (对2022年X成果的转化情况开展…), not say when it was done? A year's work laid out
    (对2023年工作作出安排：…) is the year of the work after it."""
    return _OBJECT_OPENS.search(lead_in, 0, at) is not None and _LAID_OUT.match(lead_in, at) is None


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
