"""Enumerated subjects: one initiative per subject a sentence lists.

Reports announce a set of joint research or inspection subjects in a few fixed shapes:
确定了3个联合调研课题：一是…；二是…, 联合视察将围绕4个议题展开，分别是“甲”“乙”…, and
就“甲”“乙”“丙”开展联合调研. A reader counts one research (or inspection…) per subject, each
about its own subject, so the announcing initiative is replaced by one per item, with the
announcer's actors, status and kind, and the item as evidence.

Longer than 400 lines because every shape of announcement feeds the one splitting step and
shares its readers of items and owners; split by shape, each part would need them all.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from cppcckg.extract.compact import Compact, own_words
from cppcckg.extract.firstchars import guard_patterns
from cppcckg.extract.numbers import parse_chinese_numeral, parse_number
from cppcckg.model import PLANNED, Evidence, Initiative, Mention

__all__ = ["KIND_SECTION_HEAD", "KIND_SECTION_RULE", "split_enumerations", "split_subject_lines"]

_COUNTED = r"(?:\d+|[一二三四五六七八九十两])(?:个|项|次|场)"
_ANNOUNCE = re.compile(
    r"(?:(?:确定|明确|商定|选定|围绕|聚焦|开展|共有|将|安排了?|其中)[^,，；;。:：]{0,16}?" + _COUNTED
    + r"|(?:提交|提出|带来)了?(?:\d+|[一二三四五六七八九十两])[件项条份])"  # (带来了两项建议：一是…)
    + r"(?:[^,，；;。:：]{0,14}?|[,，][^,，；;。:：]{0,12}?)(?:[:：]|[,，]?(?:分别|主题分别)(?:是|为|关注|聚焦|涉及)[:：]?)"
    # (调研课题分别为：“甲”“乙”: the subjects of the work counted in the sentence before)
    + r"|(?:调研|视察|协商)(?:课题|议题|主题)(?:分别|依次)(?:是|为)[:：]?"
    # (联合调研3项，课题分别是“甲”“乙”“丙”: the kind counted, then its subjects)
    + r"|(?:调研|视察|协商|监督|調研|視察|協商|監督)" + _COUNTED + r"[,，](?:课题|议题|主题|課題|議題)?(?:分别|分別|依次)(?:是|为|為|围绕|聚焦|关注|涉及)[:：]?"
    # (今年8个重点协商议题是：甲、乙: the subjects the count names, for the year's work)
    + r"|(?P<chosen>(?:\d+|[一二三四五六七八九十两]{1,3})个[^,，；;。:：]{0,6}?(?:调研|视察|协商|监督)(?:课题|议题)(?:分别|依次)?(?:是|为|包括)[:：]?)"
)  # (议题共有6个，数量大增：甲；乙: a remark between the count and its list)
_MODIFIERS = ("联合", "共同", "专题", "重点", "聯合", "專題", "重點")
_PLANNING = re.compile(r"确定|商定|明确|选定|议定|将|拟|计划")
_DONE_WORDS = re.compile(r"了|已|完成|开展|举办|召开")  # (the subjects of work told as done)
_ORDINAL = re.compile(r"(?:^|[;；:：])\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|[（(][一二三四五六七八九十\d][)）])")
_QUOTED = re.compile(r"[“「]([^”」]{2,40})[”」]")
_PUBLISHING = r"(?:出版|编纂|编辑|编印|发行|丛书)"
_QUOTE_RUN = re.compile(r"(?:就|围绕|聚焦|针对|先后就|(?:确定|明确|选定|商定)了?(?=(?:[“「][^”」]{2,40}[”」][、和及与]?){2,}等?(?:\d+|[一二三四五六七八九十两])个)|关于(?=(?:[“「][^”」]{2,40}[”」][、和及与]?){2,}等?[^，,；;。]{0,8}?(?:提案|建议)))((?:[“「][^”」]{2,40}[”」][、和及与]?){2,}|(?:《[^》]{2,80}》[、和及与]?){2,})|"
                        r"(?:开展|举办|启动|推进|深化|推出|开设|抓了|抓好|狠抓|抓实)((?:[“「][^”」]{2,40}[”」][、和及与]?){2,})(?=等?(?:系列|主题|专题)*(?:活动|行动|专栏))|"
                        r"(?:(?:提交|提出|带来|撰写)了?的?(?:集体|联名)?(?:提案|建议)?|[作做]了?|(?<=提案)分别(?:是|为)|(?<=署名[，,])分别(?:是|为))((?:《[^》]{2,80}》[、和及与]?(?:(?:集体|个人|联名)(?:提案|建议)(?=《))?){2,})|"  # 提交的《甲》和《乙》, 集体提案《甲》和个人提案《乙》: a proposal each
                        r"(?<!就)(?:开展|启动|实施|推进|深化)的?((?:[^、，,；;。“”：:等()（）]{4,12}、)+[^、，,；;。“”：:等()（）]{4,12}?)(?=等?(?:系列|专项|主题)?行动|(?:系列|专项|主题)?活动)|"
                        # 完成《甲》《乙》…出版工作, “甲”“乙”3卷已出版: a publication each (groups 5, 6)
                        r"((?:《[^》]{2,80}》[、和及与]?){2,})(?=[^，,；;。]{0,24}?" + _PUBLISHING + ")|"
                        r"((?:[“「][^”」]{2,40}[”」][、和及与]?){2,})(?=(?:等|共)?(?:\d+|[一二三四五六七八九十两])(?:卷|册|部|辑)"
                        r"[^，,；;。]{0,12}?(?:" + _PUBLISHING + "|内容))|"
                        # 以“甲”“乙”“丙”为主题开展视察, 分别以《甲》《乙》为题作交流发言: one each (group 7)
                        r"以((?:[“「][^”」]{2,40}[”」][、和及与]?){2,}|(?:《[^》]{2,80}》[、和及与]?){2,})(?=为(?:主题|重点|题))|"
                        # 出版《甲》、《乙》等文史书籍, 编印了《甲》《乙》: the titles after their publishing, one each (group 8)
                        r"(?:" + _PUBLISHING + r"|编撰)了?((?:《[^》]{2,80}》[、和及与]?){2,})")
# 以百名委员“甲、乙、丙”为主要内容的“X行动”: the items of the quoted list, each done by who leads them
_CONTENT_LIST = re.compile(r"以(?P<who>[^“”，,；;。]{0,8}?)“(?P<items>[^”，,；;。]{2,80}?)”为(?:主要)?内容的")
_ACTION_AFTER = re.compile(r"等?(?:系列|专项|主题)?行动")
_TITLED = re.compile(r"《([^》]{2,80})》")
# a numbered formula (“六稳”“六保”, “两个确立”): quoted together, one theme, not a list of subjects
_FORMULA = re.compile(r"[一二两三四五六七八九十百千]+个?[\u4e00-\u9fff]{1,2}")
_TITLE_FRAME = re.compile(r"^(?:关于|關於|關于|关於)|(?:的)?(?:建议|提案|建議)$")
# a speech's title framed as advice or a reflection (《关于X的建议》, 《关于X的思考》): its subject X
_SPEECH_FRAME = re.compile(r"^(?:关于|關於|關于|关於)|(?:的)(?:建议|提案|建議|思考)$")
# 启动甲、乙、丙、丁四个“双百行动”: the items listed before the counted name
_LISTED_BEFORE = re.compile(r"((?:[^、，,；;。：:“”]{2,20}、)+[^、，,；;。：:“”]{2,20}?)(?:等)?(?:\d+|[一二三四五六七八九十两])(?:个|项)[“「]")
_LAUNCH = re.compile(r"启动|开展|推进|实施|组织|深化|举办")
# 3项重点调研将聚焦甲、乙、丙进行: counted work announced on a list of subjects, one each
_COUNTED_ON_A_LIST = re.compile(r"(?:\d+|[一二三四五六七八九十两])(?:项|个|次)[^，,；;。]{0,6}?(?:调研|视察|协商|监督|督办)"
                                r"将?(?:重点|分别)?(?:聚焦|围绕|就|针对)(?P<items>(?:[^、，,；;。]{2,24}、)+[^、，,；;。]{2,24}?)"
                                r"(?:等)?(?:进行|展开|开展)")
# 议题3个，重点围绕甲、乙、丙开展调研: subjects counted, then listed as many as the count, for one
# kind of work: one each (a list of another length is one piece of work on several things)
_COUNT_THEN_LIST = re.compile(r"(?:(?:议题|课题)(?P<n>\d+|[一二两三四五六七八九十]{1,3})个|(?P<m>\d+|[一二两三四五六七八九十]{1,3})个"
                              r"[^，,；;。]{0,8}?(?:议题|课题))[，,](?:重点|集中|分别|主要)?(?:围绕|聚焦|就|针对)"
                              r"(?P<items>(?:[^、，,；;。]{2,24}、)+[^、，,；;。]{2,24}?)(?:等)?(?:开展|组织|进行)")
# 召开专题协商会议4次，分别就甲、乙、丙、丁开展协商: work counted, then its subjects, as many as the
# count, each taken in turn: one each
_WORK_COUNTED_THEN_EACH = re.compile(r"(?:调研|视察|考察|协商|监督|督办|会议?)(?P<n>\d+|[一二两三四五六七八九十]{1,3})(?:次|场|项)[，,]分别"
                                     r"(?:围绕|聚焦|就|针对|对)(?P<items>(?:[^、，,；;。“”「」]{2,24}、)*[^、，,；;。“”「」]{2,50}?)(?:等)?(?:开展|组织|进行|展开|协商议政|议政)")
# 联合协商1项，主题确定为“甲”: one piece of work counted, its subject named next
_ONE_COUNTED_NAMED = re.compile(r"(?:调研|视察|考察|协商|监督|督办)(?:1|一)(?:次|场|项)[，,](?:主题|议题|课题|题目)(?:确定)?(?:是|为)[:：]?"
                                r"[“「](?P<item>[^”」]{2,80})[”」]")
# 分别召开了甲界、乙界、丙界委员座谈会: sittings held each for one of the groups listed before their
# one meeting word: one meeting each
_HELD_EACH = re.compile(r"分别(?:组织)?(?:召开|举行|举办)了?(?P<items>(?:[^、，,；;。和及与“”]{2,10}[、和及与])+[^、，,；;。和及与“”]{2,10}?)"
                        r"(?P<head>(?:委员)?(?:座谈会|协商会|恳谈会|交流会|讨论会|联组会|培训班))")
_ITEM_JOIN = re.compile(r"[、和及与]")
# 甲、乙、丙这3个议题已…进行了协商: the topics listed before they are counted, then the work on them
_TOPICS_BEFORE = re.compile(r"(?P<items>(?:[^、，,；;。：:]{2,30}、)+[^、，,；;。：:]{2,30}?)(?:这|等)(?:\d+|[一二三四五六七八九十两])个(?:议题|课题)")
# 确定了甲、乙、丙等15个重点调研课题: subjects chosen for the year's work, listed before they are counted
_CHOSEN_BEFORE = re.compile(r"(?:确定|选定|确立|商定|明确|遴选)了?(?P<items>(?:[^、，,；;。：:]{2,30}、)+[^、，,；;。：:]{2,30}?)"
                            r"等(?:\d+|[一二三四五六七八九十两]{1,3})[个项](?:年度|重点|联合|专题)*(?:调研|协商|视察|监督)(?:课题|议题)")
# 开展四个“双百行动”：甲、乙、丙、丁: the items after the colon, listed with 、
_LISTED = re.compile(r"[^、；;。，,]{2,20}")


def _items_after(text: str, start: int) -> list[tuple[int, int]]:
    """Item spans (compact positions) listed after an announcement ending at `start`."""
    rest_end = text.find("。", start)
    rest_end = len(text) if rest_end < 0 else rest_end
    quoted = [(m.start(1), m.end(1)) for m in _QUOTED.finditer(text, start, rest_end)]
    marks = list(_ORDINAL.finditer(text, max(0, start - 1), rest_end))
    if len(quoted) >= 2 and len(marks) < 2:
        return quoted  # (一是围绕“甲”开展调研；二是就“乙”…: the numbered items, each quoting its own subject)
    if len(marks) < 2 and not (marks and marks[0].start() == start):
        if text[start - 1:start] not in ":：":
            # (提交了2件提案，分别关注甲和乙: the subjects joined after the verb, to the full stop)
            item_end = min([x for x in (text.find("；", start), text.find(";", start)) if x >= 0] + [rest_end])
            return _joined_after(text, start, item_end) if _SUBJECTS_VERB.search(text, 0, start) else []
        return _listed_after(text, start, rest_end) or _semicolon_items(text, start, rest_end)
    items = []
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else rest_end
        a, b = mark.end(), end
        while b > a and text[b - 1] in "；;。,， ":
            b -= 1
        if b - a >= 2:
            items.append((a, b))
    return items if len(items) >= 2 else []


def _counted_items(text: str, start: int, end: int, count: int | None) -> list[tuple[int, int]]:
    """The items of a list of `count` subjects (甲、乙、丙), its last two joined by 和, 及 or 与
    (甲和乙; 甲、乙和丙) when only that join makes the count; a 和 inside one subject stays."""
    items, a = [], start
    for cut in [*(i for i in range(start, end) if text[i] == "、"), end]:
        items.append((a, cut))
        a = cut + 1
    if count is None or len(items) == count or len(items) != count - 1:
        return items
    a, b = items[-1]
    joins = [i for i in range(a + 4, b - 4) if text[i] in "和及与"]  # (生态保护和修复: one subject)
    return [*items[:-1], (a, joins[0]), (joins[0] + 1, b)] if len(joins) == 1 else items


def _heads(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each item of three clauses or more cut at its first comma (一是加强X系统治理，通过…，筑牢…:
    加强X系统治理): the words before it say what the item is, the rest how; a subject of two
    parts (提升X能力，激发Y活力) stays whole."""
    out = []
    for a, b in items:
        commas = [i for i in range(a, b) if text[i] in "，,"]
        out.append((a, commas[0]) if len(commas) >= 2 and commas[0] - a >= 4 else (a, b))
    return out


_BARE_VERB_AT_END = re.compile(r"(?:等)?(?:开展|进行|展开|组织)$")


def _joined_after(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items joined by 、 or 和 that are all the rest of the sentence (甲和乙; 甲、乙和丙)."""
    while end > start and text[end - 1] in "；;，, ":
        end -= 1
    if (verb := _BARE_VERB_AT_END.search(text, start, end)) is not None:
        end = verb.start()  # (分别围绕甲和乙开展: the verb after the subjects is none of them)
    items, a = [], start
    for cut in [*(i for i in range(start, end) if text[i] in "、和及与"), end]:
        items.append((a, cut))
        a = cut + 1
    return items if 2 <= len(items) <= 6 and all(b - a >= 3 for a, b in items) else []


def _semicolon_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items set apart by ； after the colon (…议题共有6个：甲；乙；丙), up to the full stop."""
    items, a = [], start
    for cut in [*(i for i in range(start, end) if text[i] in "；;"), end]:
        if cut - a >= 2:
            items.append((a, cut))
        a = cut + 1
    return items if len(items) >= 2 else []


def _listed_after(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items of a plain 、 list that is all the rest of the sentence after the colon."""
    items = [(m.start(), m.end()) for m in _LISTED.finditer(text, start, end)]
    joined = all(text[b:b + 1] in ("、", "") or b == end for _a, b in items[:-1])
    return items if len(items) >= 2 and joined and items[-1][1] >= end - 1 else []


def split_enumerations(view: Compact, initiatives: list[Initiative], report_text: str, report_norm: str,
                       has_trigger: Callable[[int, int], bool]) -> list[Initiative]:
    """`initiatives` of one sentence (compact `view`) with announced subject lists split.
    `has_trigger(a, b)` says whether report span [a, b) holds an activity word of its own (an
    item that is itself an activity, 一是联合举办…协商会, is not a subject of the announcer)."""
    text = view.text
    out = list(initiatives)
    for announce in _ANNOUNCE.finditer(text):
        if "议程" in announce.group(0):
            continue  # (开幕会共有3项议程：一是…；二是…: the items of one sitting's agenda, no work each)
        items = _items_after(text, announce.end())
        spans = [view.span(a, b) for a, b in items]
        if not spans or any(has_trigger(a, b) for a, b in spans):
            continue
        spans = [view.span(a, b) for a, b in _heads(text, items)]  # (一是加强X，通过…: the item is X)
        a0, b0 = view.span(announce.start(), announce.end())
        owner = _nearest(out, a0, b0)
        if owner is None:
            continue
        out.remove(owner)
        if _PLANNING.search(announce.group(0)) or (announce.group("chosen") and not _DONE_WORDS.search(text)):
            owner = replace(owner, status=PLANNED)  # subjects fixed (确定, 商定), or only named, for work to come
        out.extend(_one_per_item(owner, spans, report_text, report_norm))
    for listed in _LISTED_BEFORE.finditer(text):
        owner = _nearest([x for x in out if x.type == "campaign"], *view.span(listed.end() - 1, listed.end()))
        if owner is None or owner.evidence.start > view.span(listed.end(), listed.end() + 1)[1]:
            continue
        verb = None
        for verb in _LAUNCH.finditer(text, listed.start(1), listed.end(1)):
            pass  # the list begins after the last verb before it (…政协启动甲、乙…)
        if verb is None or verb.end() > text.find("、", listed.start(1)):
            continue  # (列明了甲、乙、参与三个“X行动”: a form's columns, not campaigns launched)
        first = verb.end()
        items = [view.span(m.start(), m.end()) for m in _LISTED.finditer(text, first, listed.end(1))]
        if len(items) >= 2 and not any(has_trigger(a, b) for a, b in items):
            at = out.index(owner)
            out[at:at + 1] = _one_per_item(owner, items, report_text, report_norm)
    for listed in _COUNTED_ON_A_LIST.finditer(text):  # 3项重点调研将聚焦甲、乙、丙进行: one each
        items = [(m.start(), m.end()) for m in _LISTED.finditer(text, listed.start("items"), listed.end("items"))]
        owner = _nearest(out, *view.span(listed.start(), listed.start("items")))
        if owner is None or len(items) < 2 or any(has_trigger(*view.span(a, b)) for a, b in items):
            continue
        at = out.index(owner)
        if "将" in text[listed.start():listed.start("items")]:
            owner = replace(owner, status=PLANNED)  # (…将聚焦甲、乙…进行: work to come)
        out[at:at + 1] = _one_per_item(owner, [view.span(a, b) for a, b in items], report_text, report_norm)
    for listed in (*_COUNT_THEN_LIST.finditer(text), *_WORK_COUNTED_THEN_EACH.finditer(text)):  # 议题3个，围绕甲、乙、丙开展调研
        count = parse_number(listed.group("n") or listed.groupdict().get("m"))
        items = _counted_items(text, listed.start("items"), listed.end("items"), count)
        owner = _nearest(out, *view.span(listed.start("items"), listed.end()))
        if (owner is None or "enumerated-subject" in owner.rules  # (split already by its announcement)
                or len(items) != count or any(has_trigger(*view.span(a, b)) for a, b in items)):
            continue
        at = out.index(owner)
        if _PLANNING.search(text, 0, listed.start()):
            owner = replace(owner, status=PLANNED)  # (确定议题3个，围绕…开展调研: the year's work to come)
        out[at:at + 1] = _one_per_item(owner, [view.span(a, b) for a, b in items], report_text, report_norm)
        a0, b0 = view.span(listed.start(), listed.start("items"))
        # (召开常委会议2次，分别就甲和乙开展协商: the sittings counted are the consultations told each)
        out = [x for x in out if not (x.trigger[1] > a0 and x.trigger[0] < b0 and x.evidence.start < a0)]
    for named in _ONE_COUNTED_NAMED.finditer(text):  # 联合协商1项，主题确定为“甲”: that work, about 甲
        owner = _nearest(out, *view.span(named.start(), named.start("item")))
        if owner is not None and not has_trigger(*view.span(*named.span("item"))):
            at = out.index(owner)
            out[at:at + 1] = _one_per_item(owner, [view.span(*named.span("item"))], report_text, report_norm)
    for listed in _HELD_EACH.finditer(text):  # 分别召开了甲界、乙界委员座谈会: one meeting each
        owner = _nearest([x for x in out if x.type == "meeting"], *view.span(listed.start("items"), listed.end("items")))
        at, items = listed.start("items"), []
        for part in _ITEM_JOIN.split(listed.group("items")):
            items.append((at, at + len(part)))
            at += len(part) + 1
        if owner is None or any(has_trigger(*view.span(a, b)) for a, b in items):
            continue
        position = out.index(owner)
        head = own_words(report_text, report_norm, *view.span(listed.start("head"), listed.end("head")))
        out[position:position + 1] = [replace(x, label=own_words(report_text, report_norm, *x.trigger) + head)
                                      for x in _one_per_item(owner, [view.span(a, b) for a, b in items], report_text, report_norm)]
    for listed in _TOPICS_BEFORE.finditer(text):  # 甲、乙、丙这3个议题已进行了协商: one each
        items = [(m.start(), m.end()) for m in _LISTED.finditer(text, listed.start("items"), listed.end("items"))]
        owner = _nearest([x for x in out if x.evidence.start >= view.span(listed.start(), listed.start() + 1)[0]],
                         *view.span(listed.end() - 1, listed.end()))
        if owner is None or len(items) < 2 or any(has_trigger(*view.span(a, b)) for a, b in items):
            continue
        at = out.index(owner)
        out[at:at + 1] = _one_per_item(owner, [view.span(a, b) for a, b in items], report_text, report_norm)
    for listed in _CHOSEN_BEFORE.finditer(text):  # 确定了甲、乙等15个重点调研课题: one each, to come
        items = [(m.start(), m.end()) for m in _LISTED.finditer(text, listed.start("items"), listed.end("items"))]
        owner = _nearest(out, *view.span(listed.start(), listed.end()))
        if owner is None or len(items) < 2 or any(has_trigger(*view.span(a, b)) for a, b in items):
            continue
        at = out.index(owner)
        out[at:at + 1] = _one_per_item(replace(owner, status=PLANNED), [view.span(a, b) for a, b in items],
                                       report_text, report_norm)
    for listed in _CONTENT_LIST.finditer(text):  # 以百名委员“甲、乙、丙”为主要内容的“X行动”: a campaign each
        owner = _nearest([x for x in out if x.type == "campaign"], *view.span(listed.start(), listed.end()))
        items = [(m.start(), m.end()) for m in _LISTED.finditer(text, listed.start("items"), listed.end("items"))]
        if owner is None or len(items) < 2 or any(has_trigger(*view.span(a, b)) for a, b in items):
            continue
        who = own_words(report_text, report_norm, *view.span(listed.start("who"), listed.end("who")))
        at = out.index(owner)
        out[at:at + 1] = [replace(x, label=f"{who}{x.label[:-2]}") for x in
                          _one_per_item(owner, [view.span(a, b) for a, b in items], report_text, report_norm)]
    split_runs: set[tuple[int, int, str]] = set()  # (the runs already given one initiative per item)
    for initiative in list(out):
        s, e = initiative.evidence.start, initiative.evidence.end
        i, j = view.index(s), view.index(e)
        j += text[j:j + 1] in ("”", "」")  # (…分别围绕“甲”和“乙: the evidence stops short of the last quote)
        run = _QUOTE_RUN.search(text, i, j)
        if run is None and i >= 3:  # (围绕“甲”“乙”两个课题，…开展调研: the evidence starts inside the quotes)
            run = _QUOTE_RUN.match(text, i - 3)
            run = run if run is not None and _SUBJECTS_COUNTED.match(text, run.end()) else None
        if run is None and initiative.type in _SUBJECTED:  # (围绕“甲”“乙”3个课题，调研组…开展调研)
            run = _leading_run(text, i, [(view.index(x.evidence.start), view.index(x.evidence.end - 1) + 1)
                                         for x in out if x is not initiative])
        if run is None:
            continue
        if (run.start(), run.end(), initiative.type) in split_runs:
            out.remove(initiative)  # (a second item of a list told once: its items are given already)
            continue
        group = next(g for g in (1, 2, 3, 4, 5, 6, 7, 8) if run.group(g) is not None)
        if group in (5, 6, 8) and initiative.type != "publication":
            continue  # (titles and volumes are listed items of a publication only)
        if initiative.type == "meeting" and group != 4 and not text.endswith("分别", 0, run.start()):
            continue  # (“甲”“乙”两个专题调研后召开的座谈会: research on each, one meeting on both;
            # 分别围绕“甲”“乙”举行第一、第二联组讨论: one sitting each)
        if group == 4 and text[run.start(4) - 1] != "的" and not _ACTION_AFTER.match(text, run.end(4)):
            continue  # (开展以X、Y为主旨的视察活动: one activity; a list of 活动 is named after 开展的)
        if group == 4:  # 开展甲、乙、丙行动, 开展的甲、乙活动: a plain list, each item a campaign
            quoted = [view.span(m.start(), m.end()) for m in _LISTED.finditer(text, run.start(group), run.end(group))]
        else:
            items = _TITLED if group in (3, 5) or text.startswith("《", run.start(group)) else _QUOTED
            quoted = [view.span(m.start(1), m.end(1)) for m in items.finditer(text, run.start(group), run.end(group))]
        if len(quoted) >= 2 and not all(_FORMULA.fullmatch(report_norm, a, b) for a, b in quoted):
            at = out.index(initiative)
            if _PLANNING.match(text, run.start()) and not _DONE_WORDS.search(text, run.end()):
                initiative = replace(initiative, status=PLANNED)  # (确定“甲”“乙”3个调研课题: subjects fixed for work to come)
            out[at:at + 1] = _one_per_item(initiative, quoted, report_text, report_norm)
            split_runs.add((run.start(), run.end(), initiative.type))
    for initiative in list(out):
        # (将组织委员进行联组讨论，已确定“甲”“乙”等四个讨论议题; 举行“甲”和“乙”两场专题记者会)
        i, j = view.index(initiative.evidence.start), view.index(initiative.evidence.end - 1) + 1
        found = _SUBJECTS_CHOSEN_AFTER.match(text, j) if initiative.type in _SUBJECTED else None
        if found is None and initiative.type == "meeting":
            found = _SITTINGS_COUNTED.search(text, i, j)
        if found is None:
            continue
        quoted = [view.span(m.start(1), m.end(1)) for m in _LONG_QUOTED.finditer(text, found.start("items"), found.end("items"))]
        if len(quoted) >= 2 and initiative in out:
            at = out.index(initiative)
            out[at:at + 1] = _one_per_item(initiative, quoted, report_text, report_norm)
            a0, b0 = view.span(found.start(), found.end())  # (…，确定“甲”“乙”3个联合调研课题: the announcement, no work of its own)
            out = [x for x in out if not (x.trigger[0] >= a0 and x.trigger[1] <= b0 and "enumerated-subject" not in x.rules)]
    out.sort(key=lambda x: (x.evidence.start, x.evidence.end))
    seen: set[tuple[str, int, int]] = set()  # (a list split by two of its shapes: one item each, once)
    kept = []
    for x in out:
        key = (x.type, x.evidence.start, x.evidence.end)
        if "enumerated-subject" not in x.rules or key not in seen:
            kept.append(x)
            seen.add(key)
    return kept


# the subjects chosen for the work just named, in quotes, then counted (…进行联组讨论，目前已确定
# “甲”“乙”等四个讨论议题): one sitting (or research…) each
_SUBJECTED = ("meeting", "research", "inspection", "consultation", "supervision")
_QUOTED_RUN_LONG = r"(?P<items>(?:[“「][^”」]{2,80}[”」][、和及与]?){2,})"
_SUBJECTS_CHOSEN_AFTER = re.compile(r"[，,](?:目前)?(?:已经?)?(?:确定|选定|商定|明确)了?" + _QUOTED_RUN_LONG
                                    + r"等?(?:\d+|[一二三四五六七八九十两])个(?:联合|重点|专题)?(?:讨论|协商|调研|视察)?(?:议题|课题|主题)")
# sittings counted after their quoted titles (举行“甲”和“乙”两场专题记者会): one each
_SITTINGS_COUNTED = re.compile(r"(?:举行|举办|召开)" + _QUOTED_RUN_LONG + r"(?:\d+|[一二三四五六七八九十两])场")
_LONG_QUOTED = re.compile(r"[“「]([^”」]{2,80})[”」]")
# a comma (and a blank) between work named and the announcement that goes on about it, and a
# short subject after the comma (联合调研方面，双方确定了4个课题，分别是…)
_NEXT_CLAUSE = 6
# an announcement that ends on what the items are about (分别关注, 分别聚焦, 分别涉及)
_SUBJECTS_VERB = re.compile(r"分别(?:关注|聚焦|涉及|围绕)$")
# the quoted subjects counted right after their list (“甲”“乙”两个课题)
_SUBJECTS_COUNTED = re.compile(r"等?(?:\d+|[一二两三四五六七八九十])个(?:课题|议题|主题|方面)")


# the quoted subjects of a clause of their own, counted or not, before the work they are of
_THEN_THE_WORK = re.compile(r"(?:等?(?:\d+|[一二两三四五六七八九十])个(?:课题|议题|主题|方面|重点))?[，,]")  # (“甲”“乙”“丙”3个重点，…)


def _leading_run(text: str, start: int, others: list[tuple[int, int]]) -> re.Match[str] | None:
    """The quoted subjects a sentence opens its work with, in a clause before it (围绕“甲”“乙”
    “丙”3个课题，两地政协组成的调研组…开展调研): the work at `start` is on each, when no other
    work is told between them."""
    for run in _QUOTE_RUN.finditer(text, 0, start):
        if run.group(1) is None:
            continue
        after = _THEN_THE_WORK.match(text, run.end())
        if after is not None and after.end() <= start and not any(b > run.start() and a < start for a, b in others):
            return run
    return None


def _nearest(initiatives: list[Initiative], a: int, b: int) -> Initiative | None:
    """The initiative the announcement belongs to: one overlapping it, else the first after it
    in the sentence (两地政协商定，今年围绕4个课题开展联合视察：…), else one that ends right
    before it."""
    overlapping = [x for x in initiatives if x.evidence.start < b and a < x.evidence.end]
    if overlapping:
        return overlapping[-1]
    after = [x for x in initiatives if x.evidence.start >= a]
    if after:
        return after[0]
    # (双方的联合调研，将围绕3个议题展开，分别是…: the work named as the subject of the clause before)
    just_before = [x for x in initiatives if x.evidence.end <= a and a - x.evidence.end <= _NEXT_CLAUSE]
    return just_before[-1] if just_before else None


#: the rule an initiative read from a plan's section heading of a kind and a count carries, until
#: its subject lines replace it (二、联合调研（4项）)
KIND_SECTION_RULE = "owner:kind-section"
#: a plan's numbered section heading naming a kind of joint work and its count in brackets
KIND_SECTION_HEAD = re.compile(r"\s*[一二三四五六七八九十]{1,2}[、.．]\s*(?:联合|共同|专题|重点)?"
                               r"(?:调研视察|视察调研|调研|视察|协商|民主监督|监督|督办|联名提案|提案)[^，,。；;\n（(]{0,6}"
                               r"[（(](?P<count>\d+|[一二两三四五六七八九十])[项件次场个][）)]\s*")
# a section's own number (二、), above the numbers of its items (（一）)
_SECTION_NUMBER = re.compile(r"[ \t\u3000]*[一二三四五六七八九十]{1,2}[、.．]")
# a proposal listed by its title on a line of its own (（一）关于X的提案。)
_PROPOSAL_TITLE_LINE = re.compile(r"《?关于[^。；;\n]{2,60}?的(?:提案|建议)》?")
# a plan's subject on a line of its own after the counted head (（一）推进X。牵头单位：…; 2.Y)
_SUBJECT_LINE = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[.．、](?!\d))"
                           r"[ \t\u3000]*(?P<subject>[^。；;\n]{2,40}?)[ \t\u3000]*(?:[。；;]|$)", re.MULTILINE)


def split_subject_lines(initiatives: list[Initiative], report_text: str, report_norm: str,
                        has_trigger: Callable[[int, int], bool],
                        mentions: Sequence[Mention] = ()) -> list[Initiative]:
    """`initiatives` with a counted head that closes its line on a colon (确定3个联合调研课题：)
    replaced by one initiative per subject line after it (（一）推进X。牵头单位：…), when as many
    lines as it counts follow, each a subject and no activity of its own. A subject's own detail
    lines under it (牵头单位：A, 配合单位：B、C) say who leads it and who takes part."""
    out = list(initiatives)
    for owner in initiatives:
        end = owner.evidence.end
        line_end = report_norm.find("\n", end)
        head = report_norm[report_norm.rfind("\n", 0, end) + 1:line_end if line_end >= 0 else len(report_norm)]
        sectioned = KIND_SECTION_RULE in owner.rules
        if sectioned:
            out.remove(owner)  # (二、联合调研（4项）: the section's kind and count; its work is each line under it)
            number = KIND_SECTION_HEAD.match(head)
            if number is None:
                continue
            number = re.search(_COUNTED, number.group("count") + "项")
        else:
            tail = report_norm[end:line_end if line_end >= 0 else len(report_norm)].strip()
            if not tail.endswith(("：", ":")) or len(tail) > 12:
                continue
            counted = _ANNOUNCE.search(head)
            number = re.search(_COUNTED, head)
            if counted is None or number is None:
                continue
        if number is None:
            continue
        written = number.group(0)[:-1]
        count = int(written) if written.isdigit() else int(parse_chinese_numeral(written.replace("两", "二")) or 0)
        spans, details, at = [], [], line_end + 1
        while at > 0 and at < len(report_norm):
            next_end = report_norm.find("\n", at)
            next_end = len(report_norm) if next_end < 0 else next_end
            if not report_norm[at:next_end].strip():
                at = next_end + 1  # (blank lines between the items)
                continue
            if spans and (detail := _ITEM_DETAIL.match(report_norm, at, next_end)) is not None:
                details[-1].append((detail.group("role"), next_end, detail.end()))  # (牵头单位：A under its item)
                at = next_end + 1
                continue
            line = _SUBJECT_LINE.match(report_norm, at) if len(spans) < count else None
            if line is None or (sectioned and _SECTION_NUMBER.match(report_norm, at)):
                break  # (三、其他工作 after a section's lines: the next section, no subject of this one)
            spans.append(line.span("subject"))
            details.append([])
            at = report_norm.find("\n", line.end()) + 1
        titles = owner.type == "proposal" and all(_PROPOSAL_TITLE_LINE.fullmatch(report_norm, a, b) for a, b in spans)
        if len(spans) != count or (not titles and any(has_trigger(a, b) for a, b in spans)):
            continue  # (a proposal's title names itself a proposal: no activity of its own)
        if KIND_SECTION_RULE in owner.rules:
            index = next((i for i, x in enumerate(out) if x.evidence.start > owner.evidence.start), len(out))
            owner = replace(owner, rules=tuple(r for r in owner.rules if r != KIND_SECTION_RULE))
            out[index:index] = [_led(item, lines, mentions)
                                for item, lines in zip(_one_per_item(owner, spans, report_text, report_norm), details)]
            continue
        index = out.index(owner)
        if _PLANNING.search(head):
            owner = replace(owner, status=PLANNED)
        items = _one_per_item(owner, spans, report_text, report_norm)
        out[index:index + 1] = [_led(item, lines, mentions) for item, lines in zip(items, details)]  # (in the owner's place)
    return out


# a detail line under a listed subject: its lead or its partners (牵头单位：A, 配合单位：B、C)
_ITEM_DETAIL = re.compile(r"[ \t\u3000]*(?P<role>牵头|责任|配合|参与|协办)(?:单位|部门)[ \t\u3000]*[:：]")


def _led(item: Initiative, lines: list[tuple[str, int, int]], mentions: Sequence[Mention]) -> Initiative:
    """`item` led by the bodies its lead line names, the bodies of its other detail lines taking part."""
    def named(role_is_lead: bool) -> list[str]:
        return list(dict.fromkeys(m.entity for role, end, start in lines if (role in ("牵头", "责任")) == role_is_lead
                                  for m in mentions if m.kind == "body" and start <= m.evidence.start < end))
    leads = named(True)
    if not leads:
        return item
    partners = [k for k in (*named(False), *item.organizers, *item.partners) if k not in leads]
    return replace(item, organizers=tuple(leads), partners=tuple(dict.fromkeys(partners)), rules=item.rules + ("plan-item-lead",))


# the last words of a consultation brand's name (有事来协商, 渝事好商量) in a row of campaigns
_CONSULTING_NAME_ENDS = ("协商", "商量")


def _one_per_item(owner: Initiative, spans: list[tuple[int, int]], report_text: str,
                  report_norm: str) -> list[Initiative]:
    a0, b0 = owner.trigger
    while a0 >= 2 and report_text[a0 - 2:a0] in _MODIFIERS:
        a0 -= 2  # 联合视察, not 视察
    word = own_words(report_text, report_norm, a0, b0) or owner.label
    if owner.type == "campaign":  # each item is a campaign of its own name: X行动, “X”活动
        word = "行动" if "行动" in word else "活动"
    elif owner.type == "proposal":  # each title is a proposal of its own
        word = "提案"
    out = []
    for a, b in spans:
        subject = own_words(report_text, report_norm, a, b).strip("“”「」")
        if subject.count("“") != subject.count("”") or subject.find("”") < subject.find("“"):
            subject = subject.replace("“", "").replace("”", "")  # (“一府两院”工作报告: the quotes cut apart)
        if owner.type == "proposal":  # 提案：加快建设X, from 《关于加快建设X的建议》
            out.append(replace(owner, evidence=Evidence(owner.evidence.report, a, b, report_text[a:b]),
                               label=f"提案：{_TITLE_FRAME.sub('', subject)}", rules=owner.rules + ("enumerated-subject",),
                               trigger=(a, b)))
            continue
        if owner.type == "consultation" and word.endswith("发言"):  # 就《甲》《乙》等作了大会发言: a speech on each
            out.append(replace(owner, evidence=Evidence(owner.evidence.report, a, b, report_text[a:b]),
                               label=f"{'书面' if '书面' in word else '大会'}发言：{_SPEECH_FRAME.sub('', subject.strip('《》'))}",
                               rules=owner.rules + ("enumerated-subject",), trigger=(a, b)))
            continue
        if owner.type == "campaign" and subject.endswith(_CONSULTING_NAME_ENDS):  # (“有事来协商”: a brand of consultation)
            out.append(replace(owner, evidence=Evidence(owner.evidence.report, a, b, report_text[a:b]), type="consultation",
                               subtype=None, label=subject, rules=owner.rules + ("enumerated-subject",), trigger=(a, b)))
            continue
        if owner.type == "campaign" and subject.endswith(("行动", "活动")):
            subject, word = subject[:-2], subject[-2:]
        out.append(replace(owner, evidence=Evidence(owner.evidence.report, a, b, report_text[a:b]),
                           label=f"{subject}{word}", rules=owner.rules + ("enumerated-subject",), trigger=(a, b)))
    return out


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
