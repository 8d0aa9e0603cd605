"""Segmentation into sentences with character offsets and section paths.

Newspaper extraction breaks lines anywhere, so a line break ends a sentence only when
the text gives a reason: terminal punctuation before it, a bullet, numbered or starred
heading after it, or a heading-like line before it. Offsets index `Report.text`.
"""

from __future__ import annotations

import re

from cppcckg.extract.firstchars import guard_patterns
from cppcckg.extract.noise import covers
from cppcckg.model import Report, Sentence

_TERMINAL = "。！？!?；;…"  # (a quote that trails off, ……”, ends its paragraph)
_CLOSERS = "”’」』)）】"
# a plan's labelled field on a line of its own (协商时间:5月份, 承办单位：某委, 人 员:…)
# an explainer's figure line: a name and its figure set apart by spaces, either way round
# (收到提案　236件, 经审查立案　201件（其中集体提案27件）, 94件　立案提案, 100%　提案办复率)
_FIGURE = r"\d+(?:\.\d+)?\s*(?:%|[余多]?(?:万|亿)?[件篇场次项个人名元户份期条家所批部])"
_FIGURE_LINE = re.compile(r"^\s*(?:[^\s，,。；;：:]{2,24}[ \t\u3000]+" + _FIGURE + r"(?:[（(][^）)\n]{0,24}[）)])?"
                          r"|" + _FIGURE + r"[ \t\u3000]+[^\s，,。；;：:]{2,24})\s*$")
_FIELD_LINE = re.compile(r"^\s*[\u4e00-\u9fff \u3000]{0,6}(?:时间|单位|部门|人[ \u3000]*员|领导|地点|形式|方式)[ \u3000]*[:：]")
_MARKER_LINE = re.compile(
    r"^\s*(?:[·•●▪■◆♦◇★☆]|[一二三四五六七八九十]{1,3}[、.．]|[一二三四五六七八九十]是(?=[\u4e00-\u9fff])|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(?:[、.．]|\s+)(?=\D))"
)
_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}\s+\S|★|☆|第[一二三四五六七八九十]+[部分章节])"
)
_TITLE_END = re.compile(r"(?:报告|图解|情况|打算|安排|回顾|建议|举措|要点|要闻|纪实)\s*[★☆]?\s*$")
# (“…”“…”……近日，…: quoted voices trailing off before the story opens end a sentence; “甲”“乙”……等 does not)
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』)）】]*|…(?<=[”」]…)…?(?![…等])")
_NAMES_A_BODY = re.compile(r"政协|委员|[党政]府?委|人大|局|办公室")
_GOES_ON_CHARS = "与和及并、的了等或"  # a line opening with one of these continues the line before
_LEADS_ON_CHARS = "的和及与、并对在为把将从向"  # a line closing with one of these goes on in the next
_BULLET = re.compile(r"^\s*[·•●▪■◆♦◇]")
_DATED_START = re.compile(r"\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日|\s*\d{1,2}日(?:上午|下午|晚上|晚)?[，,]")  # (21日，…)
# a team or the two sides of the work just told, opening a paragraph after an empty line
# (…开展监督性视察\n\n视察组一行先后来到…): a sentence of its own, never the line before's tail
_TEAM_OPENS = re.compile(r"\s*(?:调研组|视察组|考察组|督查组|监督组|调研团|考察团|双方|与会人员|与会委员)")
_NEWS_START = re.compile(r"^\s*(?:本报讯|新华社|[\u4e00-\u9fff]{1,5}(?:网|社|新闻)[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日(?:电|讯))")


def _lines(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, stripped of surrounding white space."""
    spans = []
    for match in re.finditer(r"[^\n]+", norm):
        s, e = match.span()
        while s < e and norm[s].isspace():
            s += 1
        while e > s and norm[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


_WIDE = re.compile(r"[^\u0000-\u2e7f]")


def _width(line: str) -> int:
    """Display width: a CJK character is two columns, ASCII one (layouts wrap by width)."""
    return 2 * len(line) - len(_WIDE.sub("", line))  # the narrow ones counted once (done in C)


def _narrower(line: str, columns: int) -> bool:
    """Is the line's display width below `columns`? The width lies between len and 2 * len,
    so a paragraph-long line is answered without counting its characters."""
    if len(line) >= columns:
        return False
    return 2 * len(line) < columns or _width(line) < columns


_CLAUSE_PUNCTUATION = re.compile(r"[，,。；;：:！？!?]")


def _plain(line: str) -> bool:
    """No clause punctuation inside: how headings and sub-headings look."""
    return not _CLAUSE_PUNCTUATION.search(line)


def _is_heading_line(line: str, next_line: str | None, prev_line: str | None) -> bool:
    if _BULLET.match(line):
        return False
    if _HEADING.match(line):  # (二、联合开展调研视察。确定2个课题：…: a head and its work, a paragraph)
        return len(line) <= 60 and "。" not in line.rstrip().rstrip("。")
    if (len(line) <= 4 and _plain(line)) or re.fullmatch(r"[(（][^()（）]{1,8}[)）]", line):
        return True
    if len(line) <= 40 and _plain(line) and _TITLE_END.search(line):
        return True
    # a short plain line introducing bullets, unless the line before it was cut by the layout
    prev_full = prev_line is not None and not _narrower(prev_line, 40) and prev_line.rstrip(_CLOSERS)[-1:] not in _TERMINAL
    return (
        next_line is not None
        and bool(_BULLET.match(next_line))
        and _plain(line)
        and len(line) <= 24
        and not prev_full
        and line[:1] not in "与和及并》”）)"
    )


def _short(line: str) -> bool:
    """A title's length at most, not counting the spaces a repost leaves (readings taken out)."""
    return len(line) <= 60 or len(line) - line.count(" ") <= 60


def _column(norm: str, lines: list[tuple[int, int]]) -> int:
    """The width most full lines reach (the 90th percentile): where the layout wraps, if it does."""
    widths = sorted(_width(norm[s:e]) if e - s < 200 else 400 for s, e in lines)
    return widths[int(len(widths) * 0.9)] if widths else 0


def _before_tail(norm: str, start: int, end: int, noise: list[tuple[int, int]]) -> tuple[int, int]:
    """The line [start, end) without furniture that closes it after text of its own (某区政协开展X视察
    某区政协供图: the caption, not its credit)."""
    tail = next((a for a, b in noise if start < a < end and b >= end), None)
    if tail is None or not norm[start:tail].strip():
        return start, end
    return start, len(norm[:tail].rstrip())


def blocks(norm: str, noise: list[tuple[int, int]] | None = None) -> list[tuple[int, int, bool]]:
    """Logical blocks (start, end, is_heading): lines joined where a break is only layout.
    A page-furniture line (`noise`: 链接已复制, 首页 > …, a timestamp) is a block of its own,
    never joined to the headline or paragraph next to it, and the headline is the first line
    that is not furniture."""
    lines = _lines(norm)
    if noise:  # a line whose tail is furniture (a caption's photo credit) ends before it, and alone
        trimmed = [_before_tail(norm, s, e, noise) for s, e in lines]
        credited = {i for i, (line, kept) in enumerate(zip(lines, trimmed)) if line != kept}
        lines = trimmed
    else:
        credited = set()
    out: list[tuple[int, int, bool]] = []
    cur: list[int] = []  # start, end, heading flag, continuation count
    furniture = [bool(noise) and covers(noise, s, e) for s, e in lines]
    column = _column(norm, lines)
    first = next((i for i, f in enumerate(furniture) if not f), 0)
    for i, (s, e) in enumerate(lines):
        line = norm[s:e]
        if furniture[i]:
            if cur:
                out.append((cur[0], cur[1], bool(cur[2])))
                cur = []
            out.append((s, e, False))
            continue
        next_line = norm[slice(*lines[i + 1])] if i + 1 < len(lines) else None
        prev_line = norm[slice(*lines[i - 1])] if i > 0 and not furniture[i - 1] else None
        heading = _is_heading_line(line, next_line, prev_line) or (
            i == first and len(line) <= 40 and _plain(line) and not _BULLET.match(line)  # a headline
        )
        if cur:
            prev = norm[cur[0]:cur[1]]
            last_line = norm[lines[i - 1][0]:lines[i - 1][1]]  # not furniture: that closed the block
            hard = (
                heading
                or bool(_MARKER_LINE.match(line))
                or bool(_FIELD_LINE.match(line))  # (协商时间:5月份 under a plan's item: a field, not its words)
                or bool(_FIGURE_LINE.match(last_line)) or bool(_FIGURE_LINE.match(line))  # (收到提案　236件: a figure of its own)
                or bool(_NEWS_START.match(line))  # 本报讯… begins the story: never the headline's tail
                or (norm.count("\n", lines[i - 1][1], s) >= 2 and _TEAM_OPENS.match(line) is not None)
                # a story that opens with its date after an empty line is no title's tail
                # (or after a title line: no clause punctuation in it, 顾勇等参加调研 廖伦志陪同调研)
                or (_DATED_START.match(line) is not None and (norm.count("\n", lines[i - 1][1], s) >= 2
                                                            or (_plain(last_line) and len(last_line.strip()) <= 60)
                                                            # (the first line, a headline of two parts: X，Y)
                                                            or (i - 1 == first and len(last_line.strip()) <= 60)))
                or last_line.rstrip(_CLOSERS + " ")[-1:] in _TERMINAL
                # a caption whose photo credit closed the line before (… 某区政协供图): a line of its own
                or i - 1 in credited or i in credited
                # short plain lines set apart by empty lines, the first short of the text's column:
                # photo captions, a headline and its subtitle (a line the layout wrapped fills its column)
                or (norm.count("\n", lines[i - 1][1], s) >= 2 and _plain(last_line) and _plain(line)
                    and _short(last_line) and _short(line) and _width(last_line) < 0.8 * column)
                # and such a line right before a sentence that is no figure's tail (说明 7596件。…)
                # (a heading set apart by an empty line too, unless the line goes on with it: …中央\n\n及市委…)
                or (norm.count("\n", lines[i - 1][1], s) >= 1 and _plain(last_line) and _short(last_line)
                    and line.lstrip()[:1] not in _GOES_ON_CHARS and last_line.rstrip()[-1:] not in _LEADS_ON_CHARS
                    and (norm.count("\n", lines[i - 1][1], s) == 1 or i < 2  # (its own paragraph: the one before ended)
                         or norm[lines[i - 2][0]:lines[i - 2][1]].rstrip(_CLOSERS + " ")[-1:] in _TERMINAL)
                    and _width(last_line) < 0.8 * column and not _plain(line) and not line[:1].isdigit())
                or (cur[2] and (cur[3] >= 1 or not re.match(r"^\s*\d", prev) or _narrower(last_line, 40)))
                # a numbered heading with its words (1 坚决…), an empty line, then a paragraph: two blocks
                or (cur[2] and len(prev.strip()) > 4 and norm.count("\n", lines[i - 1][1], s) >= 2 and not _plain(line))
                or (_BULLET.match(prev) is not None and _narrower(last_line, 36))  # a short bullet ended
            )
            if not hard:
                cur[1] = e
                cur[3] += 1
                continue
            out.append((cur[0], cur[1], bool(cur[2])))
        cur = [s, e, int(heading), 0]
    if cur:
        out.append((cur[0], cur[1], bool(cur[2])))
    return out


def is_section_slogan(norm: str, start: int, end: int) -> bool:
    """A feature's section head set apart by empty lines between two paragraphs, a slogan of one or
    two short lines that names no body (靶向督办提质效): the section's title, whose work the
    paragraphs under it tell."""
    lines = [line.strip() for line in norm[start:end].split("\n") if line.strip()]
    if not lines or len(lines) > 2 or any(len(x) > 20 or not _plain(x) for x in lines) or _NAMES_A_BODY.search(norm, start, end):
        return False
    before = norm[:start].rstrip(" \u3000")
    after = norm[end:end + 4].lstrip(" \u3000")
    return (before.endswith("\n\n") and before.rstrip().rstrip(_CLOSERS)[-1:] in _TERMINAL
            and (after.startswith("\n\n") or not after))


# a question (a reporter's, a headline's): 哪些, 什么, 如何, 怎么, 多少, 几… and a question mark at its end
_QUESTION = re.compile(r"哪些|哪里|什么|如何|怎么|怎样|多少|几[个项次件条]|是否|能否|有没有|吗|呢")
_QUESTION_MARK_END = re.compile(r"[？?][”」\s]*$")


def is_question(norm: str, start: int, end: int) -> bool:
    """A sentence that asks (记者：今年有哪些新安排？): it tells no work, whatever its words name;
    the answer after it does."""
    return bool(_QUESTION_MARK_END.search(norm, start, end)) and _QUESTION.search(norm, start, end) is not None


# a section's heading named by a kind of work and a colon (■联合调研：把脉示范区建设“堵点”): the kind
# heads the work told under it
_KIND_HEADING = re.compile(r"\s*[■●◆▲★▶►•□◇]?\s*(?:联合|共同|专题|重点)?(?:调研|视察|协商|监督|提案|督办|考察)(?:工作)?\s*[：:]"
                           r"[^\n。！!？?；;]{2,24}\s*$")


def is_kind_heading(norm: str, start: int, end: int) -> bool:
    """A line heading a section by the kind of work under it (■联合视察：跟踪民生实事落地): no work
    of its own; the paragraphs after it tell the work."""
    return "\n" not in norm[start:end].strip() and _KIND_HEADING.fullmatch(norm, start, end) is not None


# an outline item's head said in a few words (一是联合开展专题协商。 二是聚焦民生实事视察监督。)
_ITEM_HEAD = re.compile(r"\s*(?:[一二三四五六七八九十]{1,2}是|[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）]|第[一二三四五六七八九十]{1,2}[，,、])"
                        r"[^，,；;。：:！？!?“”《》\n]{2,14}[。：:]\s*")


# a plan item's units or timing, told after it (牵头单位：…, 责任部门：…, 完成时限：…)
_UNITS_LINE = re.compile(r"(?:牵头|责任|配合|协办|参与|承办)(?:单位|部门|领导)|(?:时间安排|完成时限|完成时间)[：:]")


def is_item_head(norm: str, start: int, end: int) -> bool:
    """An outline item's head that names no body and goes on in its paragraph with what was done
    under it (一是联合开展专题协商。双方将围绕X开展联合协商): the heading of the work told after it."""
    if not _ITEM_HEAD.fullmatch(norm, start, end) or _NAMES_A_BODY.search(norm, start, end):
        return False
    rest = norm[end:end + 12].lstrip(" \u3000")
    # (（二）开展X联合视察。牵头单位：甲。: a plan's item, its units after it, no work told under it)
    return bool(rest) and not rest.startswith("\n") and not _UNITS_LINE.match(rest)


def split_sentences(report: Report, noise: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Sentences of a report, each with its section path (the headings in force); `noise`
    (see extract.noise) keeps page furniture out of the headline and the paragraphs."""
    norm, text = report.norm, report.text
    sentences: list[Sentence] = []
    section: list[str] = []
    for b_start, b_end, heading in blocks(norm, noise):
        block = norm[b_start:b_end]
        if heading:
            title = re.sub(r"\s+", "", text[b_start:b_end])
            level = _heading_level(block)
            del section[level:]
            section.append(title)
            sentences.append(Sentence(report.id, len(sentences), b_start, b_end, text[b_start:b_end],
                                      tuple(section[:-1]), is_heading=True))
            continue
        bullet = bool(_BULLET.match(block))
        pos = 0
        first = len(sentences)
        for match in _SENTENCE_END.finditer(block):
            if _inside_quote(block, match.start(), match.end()):
                continue
            _append(sentences, report, b_start + pos, b_start + match.end(), section, bullet)
            pos = match.end()
        if pos < len(block):
            _append(sentences, report, b_start + pos, b_end, section, bullet)
        if len(sentences) > first + 1 and not bullet:
            lead = sentences[first]
            sentences[first] = Sentence(lead.report, lead.index, lead.start, lead.end, lead.text, lead.section,
                                        is_bullet=lead.is_bullet, is_lead=True)
    return sentences


def _inside_quote(block: str, start: int, end: int) -> bool:
    """A mark inside “…” that the quote goes on after does not end the sentence.

    Quoted titles hold question marks (a lost middle dot in reposts, or a title that asks), and
    cutting there loses the activity the title names and the plan cue before it.
    """
    if block[end - 1:end] in "”’":
        return False
    opened = block.rfind("“", 0, start)
    if opened < 0 or block.rfind("”", opened, start) >= 0:
        return False
    closing = block.find("”", end)
    return 0 <= closing and closing - end <= 60 and "“" not in block[end:closing]


def _heading_level(block: str) -> int:
    if re.match(r"^\s*(?:20\d\d年|★|☆)", block) or _TITLE_END.search(block) and "年" in block[:6]:
        return 0
    if re.match(r"^\s*[一二三四五六七八九十]{1,3}[、.．]", block) or re.match(r"^\s*\d{1,2}\s", block):
        return 1
    return 2


#: The longest sentence handed on whole. Text without sentence punctuation (tables, lists,
#: OCR output) would otherwise be one sentence, and the work per sentence grows with its
#: length: longer stretches are cut at line breaks, else clause marks, else hard.
MAX_SENTENCE = 400
_CUT_POINTS = ("\n", "；", ";", "，", ",", "、", " ")


def _append(out: list[Sentence], report: Report, start: int, end: int, section: list[str], bullet: bool) -> None:
    norm = report.norm
    while start < end and (norm[start].isspace() or norm[start] in "·•●▪■◆"):
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    while end - start > MAX_SENTENCE:
        cut = next((norm.rfind(mark, start + MAX_SENTENCE // 4, start + MAX_SENTENCE) for mark in _CUT_POINTS
                    if norm.rfind(mark, start + MAX_SENTENCE // 4, start + MAX_SENTENCE) > start), start + MAX_SENTENCE)
        _append(out, report, start, cut + (1 if cut < end and norm[cut] in _CUT_POINTS else 0), section, bullet)
        start = cut + 1 if cut < end and norm[cut] in _CUT_POINTS else cut
        while start < end and norm[start].isspace():
            start += 1
    if end <= start:
        return
    out.append(Sentence(report.id, len(out), start, end, report.text[start:end], tuple(section), is_bullet=bullet))


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
