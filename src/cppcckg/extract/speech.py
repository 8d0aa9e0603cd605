"""What a meeting or a speaker urges is not work told as done or planned.

News of a meeting reports what it said: 会议指出 / 会议强调 / 会议要求 sum up or exhort, and the
sentences after them that open with 要 (要加强…, 要深入调研…) are what everyone should do, with no
actor and no date: no initiative comes from them; nor from the views and wishes of those who
met (双方一致认为…希望…). What the meeting itself did (会议听取了…通报,
会前考察了…) is told in sentences of its own and stays. A report's own 报告指出 introduces the
facts of a work report and is not a meeting's statement. A statement that dates what it asks
(今年要…, 下半年…) is the body's plan, and its work is planned work; one that reviews a stated
time (会议认为，过去一年…) tells work done. A meeting held to set a year's programme (召开主席会议，
专题研究2021年协商计划) dates what it says after it: its statements are that programme.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cppcckg.extract.compact import compact_text
from cppcckg.extract.firstchars import guard_patterns
from cppcckg.extract.lexicon import TIME_LEAD
from cppcckg.model import Sentence

_MEETING_SAYS = re.compile(r"(?:会议|会上|座谈会|会议强调|视察组|调研组|考察组)(?:还|并|同时)?(?:指出|强调|要求|认为|号召|提出|希望)")
# 程某某指出，…; 某某在联组会上强调，…: a leader's speech (not 报告指出, which tells a report's facts;
# 某某在主持召开X会上指出: the meeting held is told, what was said there is not work)
# (青羊区政协主席某某表示，(两地政协)要…: a speaker named with a post, urging)
_SPEAKER_SAYS = re.compile(r"(?![^，,。]{0,4}报告)(?:[\u4e00-\u9fff]{2,16}?(?:主席|书记|主任|主委|部长))?[\u4e00-\u9fff]{2,4}"
                           r"(?:在(?!(?:主持)?召开)[^，,。；;]{2,30}?[上时])?(?:还|并|同时)?"
                           r"(?:(?:指出|强调|要求)[，,：:]|表示[，,：:](?=[^，,。；;]{0,12}?(?:要|必须|务必|希望)(?![求点])))")
# 某某肯定了…，他强调，…要…: the speaker named before, urging after a clause of praise
_HE_SAYS = re.compile(r"[^。；;]{2,60}?[，,](?:他|她)(?:还|并|同时)?(?:指出|强调|要求)[，,：:]")
# 双方一致认为，…希望两地…持续深入展开共同调研: views and wishes, no work told
_VIEW_OPENS = re.compile(r"(?:双方|两地|大家|与会人员|与会委员|委员们)(?:一致)?(?:认为|希望|表示)")
_TO_REPORTER = re.compile(r"向记者(?:介绍|表示|说)|对记者(?:说|表示|介绍)|接受记者采访")
# (…区政协将开展…: a statement of what the committee will do is its plan, with its actor)
_DATED_PLAN = re.compile(r"(?:今年|年内|本年度|下半年|明年)(?!的?(?:协商计划|工作要点|工作计划|工作安排|工作思路|计划|要点))|下一步|下一?阶段|近期|"
                         r"政协(?:还|也)?将|委员会(?:还|也)?将")  # (聚焦本年度协商计划, 谋划好明年工作安排: a plan named, not a date)
# 召开主席会议，专题研究2021年协商计划: a meeting that sets a year's programme of work
_SETS_A_PROGRAMME = re.compile(r"(?:专题)?(?:研究|谋划|部署|审议|讨论)(?:\d{4}年|明年|来年|新一年)[^，,。；;]{0,10}?(?:工作|计划|要点|安排)")
# 会议认为，过去一年区政协…: a statement that reviews a stated time tells work done
_DATED_REVIEW = re.compile(r"过去(?:的)?[一二三四五两]?年|[一二三四五两]年来|去年(?!同期)|"
                           r"(?:(?<=认为[，,])|(?<=指出[，,]))自?20\d\d年(?:[，,]|(?=[^，,。；;]{0,12}政协)|以来)")  # (会议指出，自2020年…以来: since then)  # (会议认为，2024年，市政协…; 2025年两地政协…: the year's work, told)
# 市、县政协要在…基础上…: what the bodies should do, said with no date (a dated one is a plan, above)
_BODIES_SHOULD = re.compile(r"[\u4e00-\u9fff、()（）]{0,30}?(?:政协|委员|提案委|各级|单位|界别|部门|联络组|工作组|工作站|工作室)(?:都|也|还)?要(?![求点])")  # (各界别、各参加单位要…; 镇街政协工作组要…)
_NEXT_ITEM = re.compile(r"(?:[二三四五六七八九十][是要]|其[二三四五六七八九]是|第[二三四五六七八九十][，,、是])")  # (…强调，一要…。三要…)
_EXHORTS = re.compile(r"(?:接下来[，,]?|今后[，,]?)?(?:同时|此外|并|还)?(?:要|必须|务必|希望)(?![求点])")  # (…指出，…。接下来，要…: still urging)
# “要聚焦…深入调研…。”某某表示: a speaker's urging quoted before the speaker is named (the
# quote may end a sentence of its own, the speaker's name then standing alone)
_QUOTED_URGING = re.compile(r"[“「](?:要|必须|务必|希望)(?![求点])[^”」]*[”」](?:[^，,。；;“”]{2,30}?(?:表示|指出|强调|说)[。.]?)?$")
# 本报讯（记者…）“…带来了机遇，应以更高站位…共同推动…。”日前，…委员某某…再次呼吁。: a quote whose
# clauses counsel (应/要/必须 opening one) and whose speaker the next sentence names is someone's
# words, however it opens
_QUOTED_COUNSEL = re.compile(r"[^“「，,。；;]{0,40}?[“「](?:[^”」]*?[，,；;])?(?:应当?|应该|要|必须|务必|需要)(?![求点])[^”」]*[”」]$")
_SPOKEN_NEXT = re.compile(r"(?:呼吁|表示|指出|强调|说|建议|谈到)")
# 她表示，“委员讲堂”走进田间地头，是…的一种新尝试: a speaker judging the work told, no work of its own
_SPEAKER_JUDGES = re.compile(r"[^，,。；;“”]{1,24}?(?:表示|认为|说)[，,：:][^。；;]{2,40}?[，,]是[^，,。；;]{2,40}?的"
                             r"(?:一[种次项个])?(?:新|有益|生动|重要|具体)?(?:尝试|探索|举措|实践|创新|缩影|体现)")
_SPEAKER_ALONE = re.compile(r"[^，,。；;“”]{2,30}?(?:表示|指出|强调|说)[。.]?$")


def exhortations(sentences: Sequence[Sentence], norm: str) -> tuple[set[int], set[int]]:
    """Indices of sentences that are a meeting's statements or exhortations (see module doc), and
    of those that are the items of a year's programme a meeting was held to set (planned work)."""
    out: set[int] = set()
    planned: set[int] = set()
    said = False  # the paragraph's last sentence was a meeting's statement
    urged_here = False  # a meeting urged something earlier in this paragraph (its 要… go on with it)
    planning = False  # … a statement of a programme's items (要… goes on with them)
    last_end = 0
    programme_set = False  # the meeting told was held to set a year's programme of work
    for at, s in enumerate(sentences):
        if "\n" in norm[last_end:s.start]:
            said = planning = urged_here = False
        last_end = s.end
        text = norm[s.start:s.end]
        if "  " in text:
            text = compact_text(norm, s.start, s.end)  # (a repost's pinyin leaves blanks inside 会议)
        else:
            text = text.lstrip()
        pos = TIME_LEAD.match(text).end()
        set_before = programme_set  # (the sentence telling the meeting is not one of its items)
        programme_set = programme_set or _SETS_A_PROGRAMME.search(text) is not None
        planning = set_before and (_MEETING_SAYS.match(text, pos) is not None
                                   or (planning and _EXHORTS.match(text, pos) is not None))
        if planning:
            planned.add(s.index)
        if _TO_REPORTER.search(text) or (_VIEW_OPENS.match(text, pos) and not _DATED_PLAN.search(text)):
            out.add(s.index)  # 某某向记者介绍了…: what someone told the reporter, not work told
            said = False
        elif _DATED_PLAN.search(text) or (_MEETING_SAYS.match(text, pos) and (_DATED_REVIEW.search(text) or programme_set)):
            said = False  # 会议强调，今年要围绕X开展调研: the body's own plan for a stated time (会议认为，过去一年…: its work)
        elif (_MEETING_SAYS.match(text, pos) or _SPEAKER_SAYS.match(text, pos) or _BODIES_SHOULD.match(text, pos)
              or _HE_SAYS.match(text, pos)
              or (_QUOTED_URGING.match(text, pos) and (not text.endswith(("”", "」")) or _speaker_next(sentences, at, norm)))
              or (_QUOTED_COUNSEL.match(text, pos) and _spoken_next(sentences, at, norm))
              or _SPEAKER_JUDGES.match(text, pos)):
            out.add(s.index)
            said = True
            # (a meeting's or a named speaker's urging goes on in the paragraph's later 要… sentences)
            urged_here = urged_here or _MEETING_SAYS.match(text, pos) is not None or _SPEAKER_SAYS.match(text, pos) is not None
        elif (said and (_EXHORTS.match(text, pos) or _NEXT_ITEM.match(text, pos))) or (urged_here and _EXHORTS.match(text, pos)):
            out.add(s.index)  # (…要求，一是…。二是做好…: the next item of what was urged, however far in its paragraph)
        else:
            said = False
    return out, planned


def _next_text(sentences: Sequence[Sentence], at: int, norm: str) -> str:
    """The text of the sentence after `at` ("" at the end)."""
    if at + 1 >= len(sentences):
        return ""
    following = sentences[at + 1]
    return norm[following.start:following.end].strip()


def _spoken_next(sentences: Sequence[Sentence], at: int, norm: str) -> bool:
    """Does the sentence after `at` tell someone saying or calling for something?"""
    return _SPOKEN_NEXT.search(_next_text(sentences, at, norm)) is not None


def _speaker_next(sentences: Sequence[Sentence], at: int, norm: str) -> bool:
    """Is the sentence after `at` only the speaker of the quote that ends it (某某表示。)?"""
    return _SPEAKER_ALONE.match(_next_text(sentences, at, norm)) is not None


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
