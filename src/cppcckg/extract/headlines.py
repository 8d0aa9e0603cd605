"""A news item's headline retells its story: the body's telling of an activity is the fact.

(The same holds for a meeting named again as the place where something happened:
在随后召开的座谈会上 after …并召开座谈会 is the meeting already told.)

Headlines and subtitles (the heading lines before the first body sentence) name the activity the
item then reports in full, with its date, actors and subject. Counting both gives two facts for
one thing said, so an activity in a headline is dropped when the body tells an activity of the
same kind; a headline whose activity the body never tells again is kept. A row of photo
captions (several heading lines, each an activity of one kind with its own subject) are several
activities: each is dropped only where the body retells its subject. Review headlines
(…综述, …侧记, …纪实: a feature about a line of work) state no one activity and give none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from cppcckg.extract.firstchars import guard_patterns
from cppcckg.extract.lexicon import REPORT_DATELINE
from cppcckg.extract.numbers import parse_chinese_numeral
from cppcckg.model import Initiative, Sentence

#: How far back (characters) a meeting told before is the one a later …会上 names.
_NEAR = 600
# a sentence set at the meeting just told (会上，…; 在协商会上，…)
_AT_THE_MEETING = re.compile(r"\s*(?:在)?(?:会上|[\u4e00-\u9fff]{0,6}?(?:协商会|座谈会|议政会)上)[，,]?")
#: the words of a meeting held to consult (协商会, 议政会), whose 会上…协商 is that consultation
_CONSULTING_MEETINGS = ("协商会", "议政会", "协商座谈会", "协商恳谈会")
_STORY_START = re.compile(r"\s*(?:本报讯|新华社|[\u4e00-\u9fff]{1,5}(?:网|社|新闻)[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日(?:电|讯))")
_SUBTITLE = 60
# a line that opens with its day and a comma (11月22日，市政协…) is the story's first sentence,
# though the page left its full stop off: no headline
_DAY_LEAD = re.compile(r"\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?[，,]")
_HEAD_LINES = 3  # headline, subtitle and a kicker at most
_STORY_WITHIN = 40  # sentences of page furniture an e-paper can put before the story
# a session by its term and number (五届二次会议, 十四届第三次会议), the trigger of its meeting
_SESSION_NAMED = re.compile(r"第?([一二三四五六七八九十\d]{1,3})\s*届\s*(?:[\u4e00-\u9fff]{0,12}?委员会)?\s*"
                            r"第?([一二三四五六七八九十\d]{1,4})\s*次\s*(?:全体)?会议")
_SESSION_REACH = 12  # how far the name may reach beyond the trigger (第十五届委员会 before 第四次会议)
# a session named in full: 第十五届委员会第三次会议, 第九届重庆市江北区委员会第二次会议
_IN_FULL = re.compile(r"届\s*(?:[\u4e00-\u9fff]{0,12}?委员会)\s*第")
_SITTING = re.compile(r"\s*第[一二三四五六七八九十\d]{1,2}次(?:大会|全体会议)")
_SPACES = re.compile(r"\s+")
# a sitting of a session (小组会议, 分组讨论, 联组会议): a meeting of its own, wherever it is named
_A_SITTING_WORD = re.compile(r"小组|分组|联组|开幕|闭幕|选举|全体会议")  # (在闭幕会前召开的选举会上: a sitting of its own)
# a press conference named as where: one of its own unless one was just told (发布会。…发布会上)
_PRESS = re.compile(r"记者会|发布会")
# a session's opening or closing sitting: the session told as opening or closing is that sitting
_EDGE_SITTING = re.compile(r"开幕|闭幕")
_ANOTHER_MEETING = re.compile(r"会议(?!中心|室|厅)|人大|代表大会")  # (在区会议中心举行闭幕大会: a venue)
# someone presiding over a meeting by its bare word (某某主持座谈会): the meeting just told, not another
_PRESIDED = re.compile(r"主持了?$")
_BARE_MEETING = ("座谈会", "会议", "研讨会", "协商会", "恳谈会", "交流会")  # (在开幕大会上: the opening sitting, one of its own)
_SESSION_SITTING = re.compile(r"(?<!领导)(?<!工作)小组|分组|联组|分(?:为|成)[\d一二三四五六七八九十]{1,2}个")  # (not 领导小组会议)
# 在X座谈会上 with words of its own before the meeting word (not 在随后召开的座谈会上)
# (在签约活动的座谈会上: that one's; 在主持召开《X》评审会上: that one, held)
_NAMED_WHERE = re.compile(r"在(?:[^，,；;。]{0,12}?(?:举行|召开)的)?[\u4e00-\u9fff“”]{2,}(?<!的)$|在(?:主持)?(?:召开|举行)[^，,；;。]{2,40}$")
_SENTENCE_END = re.compile(r"[。！!？?；;][”’」』)）]*$")
_FIELD_WORK = ("research", "inspection")
_FIELD_WORD = re.compile(r"考察|调研|视察")
_FEATURE = re.compile(r"(?:综述|述评|侧记|纪实|巡礼|扫描|掠影)\W*$")
# a column item's headline: a short line without a full stop, right before its own 本报讯 story
# (a column page's item: its title line, then its date on a line of its own, then its summary)
# (…\n泸永江三地政协召开第三次联席会议\n9月12日，…: a story further down an e-paper page, under its headline)
_COLUMN_HEADLINE = re.compile(r"(?<=\n)(?!\s*\d{4}(?:[-./]\d|年\d))[^\n。！？!?；;，,]{2," + str(_SUBTITLE) + r"}"
                              r"(?=\n\s*(?:本报讯|\d{4}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)[ \t\u3000]*\n|"
                              r"\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?(?:上午|下午|晚)?[，,]|(?:近日|日前)[，,]))")


# a photo caption's line: led by a marker (▲…) or closed by the photo's credit (…。记者 某某 摄; …(摄影 某某))
_CAPTION_LINE = re.compile(r"^[ \t\u3000]*[▲△][^\n]{4,120}$|"
                           r"^[^\n。]{4,120}?(?:。[ \t\u3000]*(?:记者|通讯员)?[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t\u3000]*摄|"
                           r"[(（](?:摄影|图)[ \t\u3000/：:]*[\u4e00-\u9fff、 ]{2,12}[)）])[ \t\u3000]*$|"
                           # 某某在某地视察调研 on a line of its own, no stop: a photo's caption without its credit
                           r"^[ \t\u3000]*[^\n。，,；;！？!?]{2,14}在[^\n。，,；;！？!?]{2,16}(?:视察|调研|考察|座谈|参观|察看|走访)[^\n。，,；;]{0,6}[ \t\u3000]*$", re.M)
# the session a report's dateline names (…日在某会议上): where it was given, no headline retold by the story
_GIVEN_AT = re.compile(r"[^，,。\n]{2,40}?会议上")
# a column's kicker a headline's label may open with, set off by a bar (2024某区两会|)
_KICKER = re.compile(r"^[^|｜]{1,16}[|｜]")


def _headline_spans(norm: str, sentences: Sequence[Sentence]) -> list[tuple[int, int, bool]]:
    """(start, end, is_feature) of the heading lines that open the text, before its body; a
    short subtitle line right before the story's 本报讯 is headline too."""
    out = []
    for s in sentences[:_STORY_WITHIN]:
        line = s.text.strip()
        size = len(_SPACES.sub("", norm[s.start:s.end]))  # (a repost's readings, 政協(xié), blanked: no length of the line's)
        if not s.is_heading and (size > _SUBTITLE or _SENTENCE_END.search(line) or _DAY_LEAD.match(line)):
            break  # the first sentence of the story (a short line with no full stop is a title)
        out.append((s.start, s.end, bool(_FEATURE.search(line))))
    # an e-paper page puts its furniture first: the story starts further down, and the short
    # lines right before its 本报讯 are its headline and subtitle
    # (the story's own sentence starts after its 本报讯 / dateline, which are noise: read its line)
    story = next((k for k, s in enumerate(sentences[:_STORY_WITHIN])
                  if _STORY_START.match(norm, norm.rfind("\n", 0, s.start) + 1)), None)
    if story is not None:
        first = story
        while first > len(out) and story - first < _HEAD_LINES and len(sentences[first - 1].text.strip()) <= _SUBTITLE:
            first -= 1
        out.extend((s.start, s.end, bool(_FEATURE.search(s.text.strip()))) for s in sentences[first:story])
    return out


def drop_headline_retellings(norm: str, sentences: Sequence[Sentence], items: Sequence[Initiative]) -> list[Initiative]:
    """`items` without the headline activities the body tells again (and none from feature titles)."""
    return _drop_photo_captions(norm, sentences, _drop_column_headlines(norm, _drop_opening_headlines(norm, sentences, items)))


def _sentence_span(sentences: Sequence[Sentence], item: Initiative) -> tuple[int, int]:
    """(start, end) of the sentence that holds an item's evidence (the evidence itself if none does)."""
    return next(((x.start, x.end) for x in sentences if x.start <= item.evidence.start < x.end),
                (item.evidence.start, item.evidence.end))


def _drop_photo_captions(norm: str, sentences: Sequence[Sentence], items: Sequence[Initiative]) -> list[Initiative]:
    """A photo's caption set in the story (▲某某一行考察X。记者 某某 摄; 某某荣获X奖(摄影 某某)) tells
    again what a paragraph tells in full: dropped where another line tells work of its kind on
    its subject (a caption nothing retells is kept)."""
    if "摄" not in norm and "▲" not in norm and "△" not in norm and "在" not in norm:
        return list(items)
    captions = [(m.start(), m.end()) for m in _CAPTION_LINE.finditer(norm)]
    if not captions:
        return list(items)

    def caption_of(item: Initiative) -> tuple[int, int] | None:
        return next((c for c in captions if c[0] <= item.evidence.start < c[1]), None)

    told = [i for i in items if caption_of(i) is None]
    return [item for item in items if caption_of(item) is None or not any(
        item.type in _kinds(norm, t) and _same_subject(norm, item, t, _sentence_span(sentences, t)) for t in told)]


def _drop_column_headlines(norm: str, items: Sequence[Initiative]) -> list[Initiative]:
    """A column of short items further down the text, each a short line without a full stop and
    its own 本报讯 story (垫江：建言X / 本报讯 近日，垫江县政协召开主席会议，专题协商X): the line is the
    item's headline, dropped where its story tells work of its kind or on its subject."""
    heads = [(m.start(), m.end()) for m in _COLUMN_HEADLINE.finditer(norm)]
    if not heads:
        return list(items)
    kept = []
    for item in items:
        at = next((k for k, (a, b) in enumerate(heads) if a <= item.evidence.start < b), None)
        if at is not None:
            story_end = heads[at + 1][0] if at + 1 < len(heads) else len(norm)
            story = [i for i in items if heads[at][1] <= i.evidence.start < story_end]
            if any(item.type in _kinds(norm, told) or _same_subject(norm, item, told, (told.evidence.start, told.evidence.end))
                   for told in story):
                continue
        kept.append(item)
    return kept


def _drop_opening_headlines(norm: str, sentences: Sequence[Sentence], items: Sequence[Initiative]) -> list[Initiative]:
    """The opening headline and subtitle lines, dropped where the first story retells them."""
    heads = _headline_spans(norm, sentences)
    if not heads or len(heads) == len(sentences):
        return list(items)
    body_end = heads[-1][1]

    def headline_of(item: Initiative) -> tuple[int, int, bool] | None:
        return next((h for h in heads if h[0] <= item.evidence.start < h[1]), None)

    body = [i for i in items if i.evidence.start >= body_end]
    # (a sitting of the session, 分组讨论, does not retell the session the headline names)
    body_types = {kind for i in body if not (i.type == "meeting" and _SESSION_SITTING.search(norm, *i.trigger))
                  for kind in _kinds(norm, i)}
    captions = Counter(i.type for i in items if headline_of(i) is not None and _names_subject(i))
    kept = []
    for item in items:
        head = headline_of(item)
        if head is not None and (dated := REPORT_DATELINE.match(norm, head[0], head[1])) and _GIVEN_AT.match(norm, dated.end(), head[1]):
            kept.append(item)  # (——2024年1月9日在区政协十届三次会议上: the session the report was given at)
            continue
        if head is not None and head[2]:
            continue
        if head is not None and item.type == "other" and body:
            continue  # (两地政协携手推动X建设: what the story's work serves, said over it, no work of its own)
        if head is not None and any(b.type == item.type and b.label == _KICKER.sub("", item.label) for b in body):
            continue  # (2024某区两会 | X会议小组召集人会议举行, then the story holding the same sitting: told once)
        if head is not None and item.type in body_types and (
                captions[item.type] < 2 or not _names_subject(item)
                or any(_same_subject(norm, item, b, _sentence_span(sentences, b)) for b in body if item.type in _kinds(norm, b))):
            continue  # one headline: the story; a row of captions: each dropped only where retold
        kept.append(item)
    return kept


def _kinds(norm: str, item: Initiative) -> set[str]:
    """The kinds of work a body item retells: its type, and field work for a visit told with its
    field-work word (考察学习 is study, and retells 赴X考察)."""
    if item.type in _FIELD_WORK or not _FIELD_WORD.search(norm, *item.trigger):
        return {item.type}
    return {item.type, *_FIELD_WORK}


def _names_subject(item: Initiative) -> bool:
    """Does the item's own line say what the activity was about (视察X, not 参加调研)?"""
    return "label:subject" in item.rules


def _same_subject(norm: str, caption: Initiative, told: Initiative, told_in: tuple[int, int]) -> bool:
    """Does the body's sentence share a run of the caption's subject (four characters, or all of
    a shorter one: 到达州调研 then 来到达州，开展…调研), as its label or its line says it?"""
    word = _SPACES.sub("", norm[caption.trigger[0]:caption.trigger[1]])
    start, end = told_in
    text = _SPACES.sub("", norm[start:end]) + told.label
    line = norm[caption.evidence.start:caption.evidence.end].split("\n", 1)[0]
    for words in (caption.label, line[line.find("在") + 1:]):  # (its label, else where its line says it was)
        said = _SPACES.sub("", words)
        subject = said.replace(word, "") or said
        run = min(4, len(subject))
        if any(subject[k:k + run] in text for k in range(len(subject) - run + 1)):
            return True
    return False


def _meeting_word(norm: str, item: Initiative) -> str:
    """The words a meeting is told by: its trigger's, with the 会 a consultation's trigger stops
    before (专题协商|会: 专题协商会)."""
    word = _SPACES.sub("", norm[item.trigger[0]:item.trigger[1]])
    return word + "会" if item.type == "consultation" and norm.startswith("会", item.trigger[1]) else word


def drop_meetings_named_again(norm: str, items: Sequence[Initiative]) -> list[Initiative]:
    """`items` without a meeting named as where things happened (…会上) when the text has just
    told a meeting (within a few paragraphs): 联合调研并召开座谈会。…在随后召开的座谈会上，… is one
    meeting; without a meeting presided over by its bare word (…某某主持座谈会) right after one of
    that word was told; without a session's opening or closing sitting named as where (开幕会上)
    after the session was told opening or closing: one sitting; and without a session named again by its term and number (区政协十四届三次会议开幕。…
    区政协十四届三次会议应出席委员188人): one session, told once; and without a session's preparation
    (筹备开好X届N次会议) where that session is told as a meeting of its own (建议X届N次会议于…召开)."""
    kept: list[Initiative] = []
    sessions: dict[tuple[float | None, float | None, tuple[str, ...]], int] = {}  # session → its place in kept
    for item in items:
        at = item.trigger[1]
        press = _PRESS.search(norm, *item.trigger) if item.type == "meeting" else None
        own = _own_meeting(norm, item) or (press is not None and not any(
            _PRESS.search(norm, *k.trigger) for k in kept if k.type == "meeting"))
        if item.type == "meeting" and (norm[at:at + 1] == "上" or norm.startswith("现场", at)) and not own and any(
                (k.type == "meeting" or (k.type == "consultation" and (
                    norm.startswith("协商会", at - 3) or norm.startswith("会", k.trigger[1]))))  # (专题协商会。…座谈会上)
                and 0 <= item.trigger[0] - k.trigger[1] <= _NEAR for k in kept):
            continue  # (…开展协商活动。…协商会上: the consultation just told, met)
        if item.type in ("meeting", "consultation") and (word := _meeting_word(norm, item)) in _BARE_MEETING and (
                _PRESIDED.search(_SPACES.sub("", norm[max(0, item.trigger[0] - 6):item.trigger[0]]))) and any(
                k.type in ("meeting", "consultation") and _meeting_word(norm, k).endswith(word)
                and 0 <= item.trigger[0] - k.trigger[1] <= _NEAR for k in kept):
            continue  # (…举行X座谈会。…某某主持座谈会; …专题协商会。…某某主持协商会: the one just told, presided over)
        if item.type == "meeting" and norm[at:at + 1] in "上中时" and _A_SITTING_WORD.search(norm, *item.trigger) and any(
                k.type == "meeting" and norm[k.trigger[0]:k.trigger[1]] == norm[item.trigger[0]:at] for k in kept):
            continue  # (委员在小组会上讨论…。…并在小组会上建言: the sitting just told, named again)
        if item.type == "consultation" and _AT_THE_MEETING.match(norm, norm.rfind("。", 0, item.trigger[0]) + 1) and any(
                k.type == "consultation" and (_SPACES.sub("", norm[k.trigger[0]:k.trigger[1]]).endswith(_CONSULTING_MEETINGS)
                                              or norm.startswith("会", k.trigger[1]))  # (协商|会: the word ends the trigger)
                and 0 <= item.trigger[0] - k.trigger[1] <= _NEAR for k in kept):
            continue  # (召开提案办理协商会。会上，提案者与承办单位面对面协商: the consultation just told)
        if item.type == "meeting" and norm[at:at + 1] == "上" and (edge := _EDGE_SITTING.search(norm, *item.trigger)) and any(
                _session_told(norm, k) is not None and k.organizers == item.organizers
                and edge.group() in _SPACES.sub("", _sentence_of(norm, k.evidence.start, k.evidence.end)) for k in kept):
            continue  # (X会议开幕。…开幕会上，某某作报告; X会议闭幕。…在闭幕大会上: that sitting, told once)
        if item.type == "meeting" and _SPACES.sub("", norm[item.trigger[0]:item.trigger[1]]) == "大会" and any(
                _session_told(norm, k) is not None for k in kept):
            continue  # 大会主持人宣布大会开幕 after the session was told: that session
        told = _session_told(norm, item)
        if told is not None:
            edge = _edge_of(norm, item) if told in sessions else ""
            if edge and _edge_of(norm, kept[sessions[told]]) not in ("", edge):
                pass  # (X会议…举行闭幕大会。…此前，X会议开幕: its closing and its opening, two sittings)
            elif told in sessions:
                first = sessions[told]
                if _IN_FULL.search(item.evidence.text) and not _IN_FULL.search(kept[first].evidence.text):
                    kept[first] = item  # (a caption's short name of the session, then the story's full name)
                continue
            sessions[told] = len(kept)
        kept.append(item)
    held = {told[:2] for told in sessions}
    return [k for k in kept if not (k.type == "meeting" and k.label.endswith("筹备")
                                    and (named := _SESSION_NAMED.search(norm, *k.trigger)) is not None
                                    and (_numeral(named.group(1)), _numeral(named.group(2))) in held)]


def _edge_of(norm: str, item: Initiative) -> str:
    """开幕 or 闭幕 when the sentence of a session's meeting tells it opening or closing, else ""
    (not when another meeting is named between: 出席X会议的委员列席人大Y会议开幕会)."""
    start = item.trigger[1]
    stop = norm.find("。", start)
    edge = _EDGE_SITTING.search(norm, start, stop if stop >= 0 else len(norm))
    if edge is None or _ANOTHER_MEETING.search(norm, start, edge.start()):
        return ""
    return edge.group()


def _sentence_of(norm: str, start: int, end: int) -> str:
    """The sentence around [start, end) (…会议圆满完成各项议程，胜利闭幕。: the session told closing)."""
    stop = norm.find("。", end)
    return norm[norm.rfind("。", 0, start) + 1:stop if stop >= 0 else len(norm)]


def _own_meeting(norm: str, item: Initiative) -> bool:
    """Is the meeting named as where (…会上) one of its own: a sitting of a session (在14日举行的小组
    会议上) or a meeting named by its own words (在营商环境协商建言座谈会上), not 在随后召开的座谈会上?"""
    start, end = item.trigger
    if _A_SITTING_WORD.search(norm, start, end):
        return not norm.startswith("上的", end)  # (…在开幕会上的讲话: a speech named by where it was given)
    return _NAMED_WHERE.search(_SPACES.sub("", norm[item.evidence.start:start])) is not None


def _session_told(norm: str, item: Initiative) -> tuple[float | None, float | None, tuple[str, ...]] | None:
    """(term, number, organisers) of a session whose meeting `item` is, from its name ending at
    the trigger (十五届四次会议, 第十五届委员会第四次会议), in either numeral form; None for other
    meetings and for a sitting of a session (…会议第三次大会)."""
    if item.type != "meeting":
        return None
    start, end = item.trigger
    named = _SESSION_NAMED.search(norm, max(0, start - _SESSION_REACH), end + _SESSION_REACH)
    if named is None or not (named.start() <= start and end <= named.end()) or _SITTING.match(norm, named.end()):
        return None
    return _numeral(named.group(1)), _numeral(named.group(2)), item.organizers


def _numeral(text: str) -> float | None:
    return float(text) if text.isdigit() else parse_chinese_numeral(text)


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
