"""What an initiative is about: the subject a reader would put in its label.

Work reports and news name the subject of an activity in a few ways, tried in this order:
围绕/就/聚焦/针对/关于 X (开展…), 以X为主题, the object of a verbal activity word (视察X情况,
调研X), a noun phrase between the verb and the activity word (开展X专题调研, 召开X协商会),
and, when the activity's own clause has none, the same patterns elsewhere in its sentence
(…召开座谈会，委员们就X提出建议) or 将X作为…议题 before it. Positions are in a clause's or
sentence's compact (whitespace-free, normalised) view; callers map them back to the original
text, so a Traditional-script report keeps its script in labels.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from cppcckg.extract.firstchars import guard_patterns, searched
from cppcckg.extract.lexicon import ANY_TRIGGER, CONSULTED_MATTER, SPOKEN_QUOTE

__all__ = ["marked_subject", "names_a_platform", "subject_span"]

_AFTER_SUBJECT = (
    r"(?=(?:开展|进行|组织|召开|举办|深入|广泛|务实|议政|提出|建言|协商|调研|视察|考察|督办|监督|座谈|(?<![进发])展开|举行|联合|共同|携手|"
    r"交换|讨论|研讨|发言|献策|谋划|商讨|交流|听取|征求|形成|提交|建议|作为|列为|赴|"
    r"(?<![达得受感遇做提回收来想找看听见])到|(?<![存所现正实自潜内])在|[,，;；]|$))"
)
_MARKED = searched(re.compile(
    r"(?:围绕|(?<!成)就(?!业|此)|聚焦|(?:传达|专题传达)?学习(?:贯彻)?(?:党的)?(?=[^，,；;。]{0,30}精神)|(?:主题|议题)(?:为|是)|(?:共同)?(?:(?<!协)商议|(?<!协)商讨(?!论))|针对(?!性)|关于|以(?=[^，,；;。]{2,40}?为(?:题|主题|重点|抓手|切入点|契机|载体|目标|主线|核心))|从|(?<![针相面反绝应])对(?!于|接|口|话|外|标|策|照|比))[“「]?(?P<x>[^，,；;。：:]{2,100}?)[”」]?"
    r"(?:等(?:方面|问题|议题|课题|领域)|方面)?(?:为题|为主题|为重点|问题)?" + _AFTER_SUBJECT
    + r"|将[“「]?(?P<y>[^，,；;。：:]{2,30}?)[”」]?(?=作为|列为|列入)"
))
#: how the quoted names of consultation platforms end (“某事好商量”, “有事来协商”, “委员议事厅”)
_PLATFORM_ENDS = ("商量", "协商", "议事", "议事厅", "议事会")
_TITLE = re.compile(r"《(?:关于)?(?P<x>[^》]{2,60}?)(?:的)?(?:提案|建议|报告|意见)?》")
# a quoted subject the clause opens with and says the work is (“X”是…课题)
_QUOTED_IS = re.compile(r"[“「](?P<x>[^”」]{2,30})[”」](?:是|为|作为|列为)")
_NAMED_BEFORE = re.compile(r"[“「](?P<x>[^”」]{2,40})[”」][^“”「」]{0,8}$")
_VERBAL = re.compile(r"(?:视察|调研|考察|督办|督查|监督|巡河|走访|察看)(?:了)?")
# (开展调研协商、视察监督: a list of activity words goes on after the trigger, no object follows it)
_OBJECT_AFTER = re.compile(r"(?![、和及与])(?P<x>[^，,；;。]{2,40}?)(?:的)?(?:情况|工作|进展|推进情况|落实情况|等)?$")
_TEAM_GOES = re.compile(r"[组团](?:一行)?(?:深入|赴|到|前往|走进|来到)")
_NEXT_VERB = re.compile(r"[并又](?=召开|举行|开展|组织|主持|听取|座谈|看望|慰问)")
_DESTINATION = re.compile(r"(?:赴|深入|走进|前往|来到|(?<![来回收达得受遇感提])到|(?<=一行)来|(?<=[组团])来(?![自源]))(?P<x>[^，,；;。“”、]{2,16}?)(?:实地)?$")
# 深入18个乡镇, 深入区县, 走进基层一线: where, but not what about
_GENERIC_PLACE = re.compile(r"(?:[\d一二三四五六七八九十两百]+(?:个|家|所|处)?)?(?:部分|有关|相关|各|全[市区县])?"
                            r"(?:乡镇|街道|区县|基层|一线|企业|园区|村|社区|学校|医院|单位|部门|地方|实地|现场)")
_OPENS_SUBJECT = re.compile(r"聚焦|围绕|针对")
# 在X座谈会上, 在21日举行的X会议上: where what follows happened, the meeting named by the words before it
_HELD_AT = re.compile(r"在(?:[^，,；;。]{0,12}?(?:举行|召开)的)?")
_VERB_BEFORE = re.compile(r"(?:开展|召开|举办|举行|进行|组织|参加|出席|完成)(?:了)?(?:一次|一场)?")
_NOT_SUBJECT = re.compile(
    r"(?:(?:部分|全体|有关|相关)?(?:委员|常委|政协委员|专委会|代表|人员|群众|企业|部门|负责人)(?:们)?|"
    r"[\d一二三四五六七八九十两]+(?:个|次|场|项|名|位|余|多)|此|该|这|本次|其|会议|活动|工作|"
    r"日前|近日|目前|近期|已经?|结束|圆满)"  # (调研日前结束: when, not what)
)
_THIS_PLACE = re.compile(r"(?:该|本)(?:县|区|市|省)(?=[\u4e00-\u9fff]{2})")
_MODIFIERS_ONLY = re.compile(
    r"^(?:联合|共同|携手|专题|重点|深入|务实|广泛|集中|首次|分别|先后|积极|认真|再次|继续|还|又|也|了|一次|一场|一系列|系列|"
    r"委员|部分委员|活动|工作|会议|线上|线下|现场|实地|调研组|视察组|一行|联组|分组|小组)+$"
)


def _clean(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject span without quotes, leading verbs of purpose kept (they say what is meant)."""
    while start < end and text[start] in "“「《\"'（(了":  # 考察了X: the aspect mark is no part of X
        start += 1
    while end > start and text[end - 1] in "”」》\"'）)的等":
        end -= 1
    if _THIS_PLACE.match(text, start, end):
        start += 2  # 该县农业农产品建设: the place already named, the subject after it
    if end - start < 2 or _NOT_SUBJECT.match(text, start, end) or _MODIFIERS_ONLY.match(text[start:end]):
        return None
    return start, end


def _marked(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first marked subject; a later 围绕/聚焦 that follows a comma after it frames the work
    more closely (聚焦X，紧紧围绕Y等重大问题开展视察: Y)."""
    first = None
    for match in _MARKED.finditer(text, start, end):
        group = "x" if match.group("x") is not None else "y"
        found = _clean(text, match.start(group), match.end(group))
        if found and first is None:
            first = found
        elif found and _CLOSER_FRAME.fullmatch(text, first[1], match.start()):
            return found
    return first


_CLOSER_FRAME = re.compile(r"[^，,；;。]*[，,](?:紧紧|始终|更加)?")


@lru_cache(maxsize=4096)
def _marked_in_clause(clause: str) -> tuple[int, int] | None:
    """The marked subject of a whole clause, quotes blanked (围绕X开展…). Cached: it does not
    depend on the activity word, and a clause with several is read for each of them."""
    return _marked(_outside_quotes(clause), 0, len(clause))


def marked_subject(text: str) -> str | None:
    """The subject a headline marks (南岸区政协聚焦城市内涝治理 → 城市内涝治理), if it marks one."""
    found = _marked(_outside_quotes(text), 0, len(text))
    return text[found[0]:found[1]] if found else None


def names_a_platform(subject: str) -> bool:
    """Is `subject` a consultation platform's name (某事好商量), which says how, not what about?"""
    return subject.endswith(_PLATFORM_ENDS)


def subject_span(clause: str, trigger: tuple[int, int], sentence: str,
                 neighbours: Callable[[], list[tuple[int, int]]]) -> tuple[int, int, bool] | None:
    """(start, end, in_sentence) of the subject of the activity at ``trigger`` in ``clause``
    (compact text); ``in_sentence`` says the span is in ``sentence`` coordinates because the
    clause itself names none and one of the ``neighbours`` (sentence ranges of the clauses
    next to it that name no activity of their own, asked for only when needed) does. A
    platform's quoted name (“某事好商量”协商会) is the subject only when nothing else says one."""
    found = _subject_span(clause, trigger, sentence, neighbours, platforms=False)
    return found if found is not None else _subject_span(clause, trigger, sentence, neighbours, platforms=True)


def _subject_span(clause: str, trigger: tuple[int, int], sentence: str,
                  neighbours: Callable[[], list[tuple[int, int]]], platforms: bool) -> tuple[int, int, bool] | None:
    t_start, t_end = trigger
    named_first = _QUOTED_IS.match(clause)
    if named_first is not None and named_first.end() <= t_start:  # “X”是…交办的重点调研课题: X
        return named_first.start("x"), named_first.end("x"), False
    title = _TITLE.search(clause)
    if title and (own := _TITLE.search(clause, t_start)) is not None and own.start() <= t_end + 1:
        title = own  # (甲提交的《A》、乙提交的《B》: each its own title)
    if title:  # 提交《关于…的提案》: the title says it
        return title.start("x"), title.end("x"), False
    named = _NAMED_BEFORE.search(clause, 0, t_start)
    if named and not platforms and named.group("x").endswith(_PLATFORM_ENDS):
        named = None  # (a platform for consulting names how, not what about: looked for last)
    if named and named.end() >= t_start - 8:  # 琼江流域“清漂护岸”专项视察: the named activity
        verb = None
        for match in _VERB_BEFORE.finditer(clause, 0, named.start()):
            verb = match
        for match in _OPENS_SUBJECT.finditer(clause, 0, named.start()):
            verb = match  # (聚焦X“Y”规划协商建言: the subject from 聚焦 on)
        start = verb.end() if verb is not None and named.start() - verb.end() <= 12 else named.start("x")
        end = named.end() if start < named.start() or (verb is not None and start == named.start()) else named.end("x")
        for verb_after in _VERB_BEFORE.finditer(clause, named.end("x") + 1, t_start):
            if verb_after.end() == t_start:  # (围绕“X”建设开展专题调研: the words up to the verb, not the verb)
                end = verb_after.start()
        found = _clean(clause, start, end)
        if found:
            return found[0], found[1], False
    found = _marked_in_clause(clause)
    if found:
        return found[0], found[1], False
    settled = CONSULTED_MATTER.match(clause, t_end) if clause[t_start:t_end] == "协商" else None
    if settled:  # 协商X纠纷、…: the matter it settled, up to the next item
        return settled.start("x"), settled.end("x"), False
    verbal = _VERBAL.match(clause, t_start)
    if verbal is not None or clause[t_start:t_end].endswith(("视察", "调研", "考察", "督办", "督查")) or (
            clause[t_start:t_end] == "建言" and t_start == 0):  # (专题调研X; 建言X at a clause head)
        after = _NEXT_VERB.split(clause[t_end:], 1)[0]  # (调研X情况并召开专题会: X)
        went = _TEAM_GOES.match(after)  # (率调研组深入X: X)
        obj = _OBJECT_AFTER.match(after, went.end() if went else 0)
        if obj and obj.group("x"):
            found = _clean(clause, t_end + obj.start("x"), t_end + obj.end("x"))
            if found:
                return found[0], found[1], False
    verb = None
    for match in _VERB_BEFORE.finditer(clause, 0, t_start):
        verb = match
    if verb is not None and t_start - verb.end() >= 2 and clause[t_start - 1] not in "、和及与":
        # (开展调研协商、视察监督: the first item is no subject; 举办X联谊会、Y茶话会: Y is the second's)
        found = _clean(clause, _after_listed_activity(clause, verb.end(), t_start), t_start)
        if found:
            dest = _DESTINATION.search(clause, 0, verb.start())
            if dest and not _GENERIC_PLACE.match(dest.group("x")) and verb.start() == dest.end():
                if clause[found[0]:found[1]] == dest.group("x") and (learned := _learned(sentence, neighbours)):
                    return learned  # (到某局开展调研，了解X情况: X)
                # 赴金佛山景区开展提质扩容专题调研: where it went and what it was, the verb left out below
                return dest.start("x"), found[1], False
            if (dest := _DESTINATION.search(clause, 0, found[0])) and dest.end() == verb.start() and (
                    learned := _learned(sentence, neighbours)):
                return learned  # 到某局开展专题调研，了解X工作情况: what it learned about, not where
            return found[0], found[1], False
    held_at = _HELD_AT.match(clause) if verb is None and clause.startswith("上", t_end) else None
    if held_at is not None and t_start - held_at.end() >= 2:  # 在城市更新专题座谈会上，…: the meeting's own words
        found = _clean(clause, held_at.end(), t_start)
        if found:
            return found[0], found[1], False
    dest = _DESTINATION.search(clause, 0, verb.start() if verb is not None and t_start - verb.end() < 2 else t_start)
    if dest and not _GENERIC_PLACE.match(dest.group("x")):  # 深入黄连种植基地开展调研: where the work went says what it was about
        if learned := _learned(sentence, neighbours):
            return learned  # (深入某地开展调研，了解X情况: what it learned about says it better)
        found = _clean(clause, dest.start("x"), dest.end("x"))
        if found:
            return found[0], found[1], False
    for lo, hi in neighbours():
        found = _marked(sentence, lo, hi)
        if found:
            return found[0], found[1], True
    return None


# 了解X情况 in the clause after the work: what the visit set out to learn about
_LEARN = re.compile(r"(?:深入|详细|全面|实地)?了解(?P<x>[^，,；;。]{2,40}?)(?:的)?(?:工作)?(?:开展|推进|落实|实施|发展)?(?:情况|进展)")


def _learned(sentence: str, neighbours: Callable[[], list[tuple[int, int]]]) -> tuple[int, int, bool] | None:
    """(start, end, True) of what a neighbouring clause says the work set out to learn about."""
    for lo, hi in neighbours():
        found = _LEARN.match(sentence, lo, hi)
        if found and (span := _clean(sentence, found.start("x"), found.end("x"))):
            return span[0], span[1], True
    return None


def _after_listed_activity(clause: str, start: int, end: int) -> int:
    """Where the words of the last item of a list of activities begin, between a verb and an
    activity word: after the 、 that closes an earlier activity of the list, else `start`."""
    mark = clause.rfind("、", start, end)
    if mark < 0:
        return start
    for begin in range(max(start, mark - 8), mark - 1):  # (an activity word is short: the last few characters)
        match = ANY_TRIGGER.search(clause[begin:mark])
        if match is not None and match.end() == mark - begin:
            return mark + 1
    return start


_OPENERS = re.compile("[“《「]")


def _outside_quotes(text: str) -> str:
    """`text` with what stands inside quotes and titles blanked (same length), so that a
    marker word inside a name (“聚焦…问题”) is not read as the clause's own."""
    if not _OPENERS.search(text):
        return text  # most clauses quote nothing
    text = SPOKEN_QUOTE.sub(lambda m: " " + m.group()[1:], text)  # (“我们将围绕X开展…。”: words said, read as such)
    out, depth = [], 0
    for ch in text:
        if ch in "“《「":
            depth += 1
            out.append(ch)
        elif ch in "”》」":
            depth = max(0, depth - 1)
            out.append(ch)
        else:
            out.append("　" if depth else ch)
    return "".join(out)


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
