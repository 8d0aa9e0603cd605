"""Committees named by how many of them there are, not by their places.

Joint-work pages name cross-regional mechanisms by counts: 三省一市政协, 川渝“六市一区”政协,
川东北渝东北八区县政协, 云岭、云山、云水三市政协. Read word by word, the count's last unit and
政协 look like a bare local form (市政协, 区县政协) and the work went to the text's own city. The
count is the name: one collective body labelled as the text writes it, with its region when
one is written before it, and the same body where the text later repeats the count alone
(八区县政协 after 川东北渝东北“八区县”政协). When the text names just as many local and
provincial committees as the count says, those are its members, and each acts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from cppcckg.extract.firstchars import guard_patterns
from cppcckg.extract.numbers import parse_chinese_numeral
from cppcckg.extract.unlisted_sessions import names_an_unlisted_committee
from cppcckg.ingest.reference import CPPCC_CLASSES
from cppcckg.model import Evidence, Mention, Report

__all__ = ["counted_committees", "COUNTED_HINT", "spans_both_sides"]

_NUM = r"(?:[一二三四五六七八九十两]{1,2}|\d{1,2})"
_UNIT = r"(?:毗邻)?(?:省市|区县|县区|市县|县市区|区市县|市州区县|市州|市区|区市|省|市|区|县|州|地)(?:[(（][县市区州](?:、[县市区州]){0,3}[)）])?"
# a region written before the count: sides of the border (川东北渝东北, 川渝), a named region
_REGION = (r"(?:(?:(?:[川渝黔陕滇鄂湘甘](?:东北|东南|西北|西南|东|西|南|北))(?:地区)?|川渝|渝川|成渝|长三角|毗邻地区)"
           r"(?:和|与|、)?){1,3}(?:两地|三地)?的?"
           # sides counted, not named (来自三省市的30个市州区县政协), or named first (来自重庆、四川、湖北三省市的…):
           # committees of all of them
           # (来自重庆、四川、湖北等4个省(直辖市)的30个市(州、区、县)政协: figures, the sides' kinds in brackets)
           r"|(?<=来自)(?:(?:[\u4e00-\u9fff]{2,3}、){1,4}[\u4e00-\u9fff]{2,3})?等?"
           r"(?:(?:[两三四五六七八九十]|\d{1,2})个?省(?:区市|市|区)?(?:[(（][\u4e00-\u9fff、]{1,6}[)）])?|[两三四五]地)的")
_LIST = r"(?:[\u4e00-\u9fff]{2,3}、){1,8}[\u4e00-\u9fff]{2,3}"  # (names of 2-3 characters: no verb before them)
_COUNTED = re.compile(
    rf"(?P<region>{_REGION})?(?P<list>(?<![\u4e00-\u9fff、]){_LIST})?(?P<open>[“\"])?"
    rf"(?P<groups>(?:{_NUM}个?{_UNIT}){{1,3}})(?(open)[”\"])政协")
_GROUP = re.compile(rf"{_NUM}个?{_UNIT}")
_REACH = 48  # how far before the count a region or a list of names may begin
#: what a text must hold for the pass to look further
COUNTED_HINT = re.compile(rf"{_NUM}个?{_UNIT}[”\"]?政协")
# a region naming both sides of the border, before the count (川东北渝东北, 川渝)
_BOTH_SIDES = re.compile(r"^(?=[^“\"\d一二三四五六七八九十两]*川)(?=[^“\"\d一二三四五六七八九十两]*渝)"
                         rf"{_REGION}[“\"]?{_NUM}")


_NUM_START = re.compile(rf"{_NUM}个?{_UNIT}")


def spans_both_sides(label: str) -> bool:
    """Is `label` a counted collective whose region names Sichuan and Chongqing both (川渝八市区政协,
    重庆、四川、湖北三省市的24个区县政协)?"""
    if _BOTH_SIDES.match(label) is not None:
        return True
    sides = _NUM_START.split(label, 1)[0]
    return "四川" in sides and "重庆" in sides


def counted_committees(report: Report, mentions: list[Mention], key_of: Callable[[str], str]) -> list[Mention]:
    """`mentions` with each counted committee read as one collective (see the module's
    docstring); `key_of` gives an unknown body's key from its label."""
    norm = report.norm
    named: dict[str, Mention] = {}  # the count's words → the collective named with them
    out = list(mentions)
    for match in _counted_names(norm):
        a, b = match.span()
        groups = match.group("groups")
        framed = bool(match.group("region") or match.group("open") or match.group("list"))
        if not (framed or len(_GROUP.findall(groups)) >= 2 or groups in named):
            continue  # (两地政协, 三地政协: the bodies last named, read where the work is)
        if match.group("list") and any(m.in_reference and m.kind in ("body", "place") and a <= m.evidence.start
                                       and m.evidence.end <= match.end("list") for m in out):
            continue  # (万州、开州、云阳三区县政协: the committees of the places named, each read)
        over = [m for m in out if m.kind == "body" and m.evidence.start < b and a < m.evidence.end]
        if any(m.members or (m.evidence.start <= a and b <= m.evidence.end and (
                m.in_reference or m.label == _written(norm, m.evidence.start, m.evidence.end))) for m in over):
            # a name already read whole (川渝两地政协), or places counted (万州达州开州三地政协); read
            # whole but unknown (川渝八市区政协), it still has the members the text names
            whole = [m for m in over if not m.members and not m.in_reference]
            members = _members(out, groups, norm) if whole and len(whole) == len(over) else ()
            if members:
                out = [replace(m, members=members) if m in whole else m for m in out]
            continue
        a = min([a, *(m.evidence.start for m in over if not m.in_reference)])  # (长三角九市一区政协 as one unknown name)
        if groups in named and not (match.group("region") or match.group("list")):
            earlier = named[groups]  # 八区县政协 after 川东北渝东北“八区县”政协: that collective again
            made = Mention(Evidence(report.id, a, b, report.text[a:b]), earlier.entity, earlier.label, earlier.cls,
                           "body", surface=report.text[a:b], in_reference=False, members=earlier.members)
        else:
            label = _written(norm, a, b)
            made = Mention(Evidence(report.id, a, b, report.text[a:b]), key_of(label), label, "Collective", "body",
                           surface=report.text[a:b], in_reference=False, members=_members(mentions, groups, norm))
            named.setdefault(groups, made)
        out = [m for m in out if not (m.kind == "body" and m.evidence.start < b and a < m.evidence.end)]
        out.append(made)
    if named:
        out.sort(key=lambda m: (m.evidence.start, m.evidence.end))
    return out


def _counted_names(norm: str) -> list[re.Match[str]]:
    """Each counted name, leftmost first: looked for only before the rare count right before
    政协 (the full pattern, tried everywhere, costs a scan of the whole text)."""
    found: list[re.Match[str]] = []
    for hint in COUNTED_HINT.finditer(norm):
        if found and found[-1].end() >= hint.end():
            continue
        for pos in range(max(found[-1].end() if found else 0, hint.start() - _REACH), hint.start() + 1):
            match = _COUNTED.match(norm, pos)
            if match is not None and match.end() == hint.end():
                found.append(match)
                break
    return found


def _members(mentions: list[Mention], groups: str, norm: str) -> tuple[str, ...]:
    """The committees the text names, when they are just as many as the count (三市一区: four),
    else those one sentence names when they are (…由A政协主办，B、C…政协协办的八市区政协X活动: the
    eight; the provincial committees the text names later are not of them)."""
    count = sum(int(g.group(1)) if g.group(1).isdigit() else int(parse_chinese_numeral(g.group(1)) or 0) for g in re.finditer(rf"({_NUM})个?{_UNIT}", groups))
    if count < 2:
        return ()
    committees = [m for m in mentions if m.kind == "body" and not m.members and m.cls != "NationalCommittee" and (
        m.cls in CPPCC_CLASSES or (not m.in_reference and names_an_unlisted_committee(m.label)))]
    named = tuple(dict.fromkeys(m.entity for m in committees))
    if len(named) == count:
        return named
    by_sentence: dict[int, list[str]] = {}
    for m in committees:
        by_sentence.setdefault(norm.rfind("。", 0, m.evidence.start), []).append(m.entity)
    return next((tuple(dict.fromkeys(keys)) for keys in by_sentence.values() if len(set(keys)) == count), ())


def _written(norm: str, a: int, b: int) -> str:
    """A name as the text writes it, blanks dropped and brackets half-width."""
    return re.sub(r"\s+", "", norm[a:b]).replace("（", "(").replace("）", ")")


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
