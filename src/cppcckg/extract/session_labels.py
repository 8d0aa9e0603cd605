"""A committee's session labelled the way readers name it (资阳市政协五届一次会议), not by the
words of its full name that say nothing about whose it is (…第五届委员会第一次会议).

A session written in full (中国人民政治协商会议资阳市第五届委员会第一次会议, 政协第九届四川省委员会
第三次会议) or by term and number (十六届四次会议) names its committee before the term; the label
keeps the term, the number and any sitting after them, and puts the committee's short name first.
"""

from __future__ import annotations

import re

from cppcckg.ingest.shortname import short_name
from cppcckg.ingest.textnorm import normalise

__all__ = ["session_label"]

_NUMERAL = r"[一二三四五六七八九十\d]{1,3}"
# (第)N届(…委员会)(第)M次(全体)会议, and what follows (闭幕会, 开幕): in the normalised label
_SESSION = re.compile(r"^(?:[\u4e00-\u9fff]{0,12}?)第?(?P<term>" + _NUMERAL + r")届(?:[\u4e00-\u9fff]{0,12}?委员会)?"
                      r"第?(?P<number>" + _NUMERAL + r")次(?:全体)?会议(?P<rest>.*)$")


def session_label(label: str, committee_name: str) -> str | None:
    """The label of a session held by the committee named `committee_name` (its full or short
    name), or None where `label` is no session by term and number or already names its committee."""
    plain = normalise(label)
    match = _SESSION.match(plain)
    if match is None or ("政协" in plain and not plain.startswith(("政协第", "中国人民政治协商会议第"))):
        return None  # (政协第十三届四川省委员会第三次会议: the term first, labelled as the others)
    short = short_name(committee_name)
    if "政协" not in short:
        return None  # (a people's congress or another body's session: left as written)
    # (what follows in the label's own characters: 分组讨论：X keeps its full-width colon)
    rest = label[match.start("rest"):] if len(plain) == len(label) else match.group("rest")
    return f"{short}{match.group('term')}届{match.group('number')}次会议{rest}"
