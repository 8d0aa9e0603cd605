"""A proposal listed as a key one, said after the proposal itself: `…提交的《关于X的建议》被列为重点提案`,
`…被四川省政协和重庆市政协列为联合督办件`, `其中2件被列为市政协重点提案`, `《关于X的建议》列为本次会议“一号提案”`.

The proposal is its authors' work; listing it as a key proposal is another piece of work, a
supervision by the committee that lists it (docs/annotation.md: a key proposal chosen is its
oversight). The listing committee is the one named after 被 or in the list's name (市政协重点提案);
where neither is said, it is the committee the authors sit on (住川渝全国政协委员 → 全国政协).
"""

from __future__ import annotations

import re

__all__ = ["key_listing", "counted_key_listing"]

# 被[A和B]列为/遴选为/确定为[X年度/市政协]重点提案 | 联合督办件 | 重点督办件
# (《关于X的建议》列为本次会议“一号提案”: the title, then its listing as the session's first proposal)
_LISTING = re.compile(
    r"(?:被(?:[^，,；;。被]{2,24}?)?|(?<=》))(?:列为|列入|遴选为|选定为|确定为|选为)[^，,；;。]{0,12}?"
    r"(?:重点(?:督办)?提案|(?:联合|重点)督办(?:件|提案|事项)|“?[一1]号提案”?)")
# 其中2件被列为市政协重点提案: a count of proposals, some listed (the clause has no proposal of its own);
# …提交了《…》，被列为重点提案: the listing in a clause of its own, after the proposal
_COUNTED = re.compile(r"(?:其中)?(?:有)?\d+件(?:提案)?|(?:该|这一?|此)(?:件)?(?:建议|提案)(?:已|后)?|(?:并|后|随后|已|均|先后)?")


def key_listing(text: str, after: int = 0) -> re.Match[str] | None:
    """The listing of a proposal as a key one in `text` (a clause), at or after `after`."""
    if "被" not in text and "》列" not in text:
        return None
    return _LISTING.search(text, after)


def counted_key_listing(text: str) -> re.Match[str] | None:
    """The listing when the clause is only a count of proposals listed (其中2件被列为重点提案), the
    proposal said again (该建议被列为重点提案), or the listing alone (，被列为重点提案)."""
    counted = _COUNTED.match(text)
    return _LISTING.match(text, counted.end()) if counted is not None else None
