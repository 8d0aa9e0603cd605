"""Text that is not the report: page furniture, bylines, editor and timestamp lines, injected
advertising. Reports copied from web pages and e-papers carry it; no fact and no body name may
come from it (a 来源：重庆政协报 line does not make the newspaper an actor).

Two kinds: whole lines (breadcrumbs, 来源/编辑/责任编辑 lines, 上一篇/下一篇, copyright and ICP
footers, gambling spam, lines that are mostly not Chinese) and bracketed asides inside a line
(（记者 … 通讯员 …）, （下转2版）, 【正文】). Spans are offsets into the normalised text, which has
the same length as the report text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from cppcckg.extract.firstchars import guard_patterns, searched

__all__ = ["noise_spans", "inside", "covers", "after_leading"]

_LINE = re.compile(r"[^\n]+")
_FURNITURE = searched(re.compile(
    r"^\s*(?:首页|当前位置|您的位置|您现在的位置|现在的位置|位置[：:]|在线读报|电子报刊|按日期检索)|(?:>|＞|›).{0,20}(?:>|＞|›)|"
    r"来源[：:]|^\s*主办(?:单位)?[：:]|技术支持[：:]|(?:责任)?编辑[：:]|责编[：:]|录入[：:]|审核[：:]|校对[：:]|作者[：:]|发布(?:时间|日期)|浏览(?:次数|量)?[：:]|"
    r"点击(?:数|量)[：:]|【(?:打印|关闭|字体|收藏|返回顶部)|上一篇|下一篇|上一条|下一条|上一版|下一版|版面导航|分享到|链接已复制|"
    r"版权所有|ICP备|备案号|公网安备|域名注册|网站标识码|新闻热线|联系电话|邮编|关键词[：:]|相关(?:标签|新闻|阅读|文章|链接)[：:]?|推荐阅读|"
    r"^\s*(?:您好[，,！!]?\s*)?欢迎(?:来到|访问|光临)|^\s*[□■◎●]?\s*(?:特约|本报|首席)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:/[文图])?(?:\s+[\u4e00-\u9fff]{2,6}\s*[\u4e00-\u9fff]{2,4}/[文图])*\s*$|楼主|发表于|显示全部楼层|扫一扫|二维码|返回列表|打印本页|关闭窗口|留言与评论|条评论|我要评论|发表评论|"
    r"^\s*原标题[：:]|今天是[：:]?\s*\d{4}年|(?:网站|网|平台|门户)欢迎(?:您|你)[！!]?[\s\u3000]|^\s*第?[0-9０-９]{1,2}版\s*$|"  # a repost's headline again, page headers
    r"\d{4}年\d{1,2}月\d{1,2}日[^。\n]{0,16}?第?[0-9０-９]{1,3}版|"  # an e-paper's header (某报 2024年01月24日 星期三 第02版：要闻)
    r"^\s*[（(]?图为|(?<=[\u4e00-\u9fff]{2})供图\s*$|[。.]\s*(?:会议|活动|会场)现场[。.]?\s*$|"  # photo captions and credits
    r"(?:记者|通讯员|摄影)[\s\u3000]*[\u4e00-\u9fff]{2,4}(?:[\s\u3000、]+[\u4e00-\u9fff]{2,4})*[\s\u3000]*摄[\s\u3000]*$|"
    r"[。.][\s\u3000]*[\u4e00-\u9fff]{2,4}[\s\u3000]*[/／]?摄[\s\u3000]*[)）]?[\s\u3000]*$"  # (a caption: …开幕。某某摄, (…开幕。某某/摄))
))
# a photo's credit closing a caption line (… 某区政协供图, … 王某 摄), and a caption that tells
# work (a committee and an activity word): the caption is text, its credit is not
_CAPTION_CREDIT = re.compile(r"(?:[ \t\u3000]+|(?<=[。！？]))(?:[\u4e00-\u9fff]{2,12}供图|(?:记者|通讯员)?[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t\u3000]*[/／]?摄)[)）]?\s*$")
_CAPTION_WORK = re.compile(r"政协[^，,。；;\n]{0,20}?(?:调研|视察|协商|监督|考察|座谈会|召开|举行|开展)")
# a short line led by a section label with no sentence in it (【要闻 摘要】X会议闭幕): the page's
# headline again (【正文】 before a sentence opens the story)
_LABELLED_LINE = re.compile(r"^\s*【[^】\n]{1,10}】[^。！？!?\n]*$")
_LABELLED_SHORT = 60
_SPAM = re.compile(r"开户|彩金|购彩|开奖|(?<!加)快三(?![农峡角])|娱乐城|博彩|百家乐|(?<![会线以向])上分(?![别享析解工])|下注|官方客服|"
                   r"注册即送|澳门资料|棋牌|赌场|返水|投注|"
                   # (injected adult-site lines too; not the phrases of a report: 久久为功, 会上分别, 加快三农)
                   # (在线观看达3.2万人次, 6.5万人次在线观看: a remote consultation's audience, counted)
                   r"免费观看|(?<!人次)(?<!人)在线观看(?![达量人数\d])|无码|日韩|精品(?:视频|免费)|女女|久久(?!为功)")
_TIMESTAMP = re.compile(r"^\s*\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*(?:星期[一二三四五六日天])?"
                        r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$|"
                        r"^\s*\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}(?::\d{2})?"
                        r"\s+[^，,。；;！!？?\s]{2,16}\s*$")  # (2025年01月08日 21:10 某某文化: the outlet after the time)
_ASIDE_MARKS = (
    r"[（(](?:[^（）()\n]{0,6})?(?:记者|通讯员|来源|摄影|摄像|剪辑|编辑|作者|下转|上接|图[/：:]|文[/：:])[^（）()\n]{0,40}[）)]"
    r"|本报讯|【正文】|【导语】"
)
# an e-paper's list of the page's headlines: four or more titles side by side on one line, no
# sentence punctuation (one headline may hold a space or two: 强信心 加油干 …); six or more
# when the titles are district digests led by their place (合川:召开… 南川:调研…) or follow a
# row of place names spaced out letter by letter
_HEADLINE_LIST = re.compile(r"^\s*[^，,。；;：:！!？?\s]{2,}(?:[ \t\u3000]+[^，,。；;：:！!？?\s]{2,}){3,}\s*$|"
                            r"^\s*[^，,。；;！!？?\s]{2,}(?:[ \t\u3000]+[^，,。；;！!？?\s]+){5,}\s*$|"  # (合川:召开… 南川:调研…; 渝  中 江  津: a spaced row of places)
                            # (首 页 要闻 要论 协商…: a menu whose first word is spaced out)
                            # (not 五 年 共 提 交: a line's characters spaced out, text)
                            r"^\s*[^，,。；;！!？?\s](?:[ \t\u3000]+[^，,。；;：:！!？?\s]{1,2})?"
                            r"(?:[ \t\u3000]+[^，,。；;：:！!？?\s]{2,}){5,}\s*$")
# right under an e-paper's page mark (第02版：综合), three or more headlines side by side, spaced
# apart, some led by their place (遂潼…联席会议　江津：聚焦…视察　图片新闻)
_PAGE_MARK = re.compile(r"第\s*\d{1,3}\s*版")
_PAGE_HEADLINES = re.compile(r"^\s*[^，,。；;！!？?\s]{2,}(?:[ \t\u3000]+[^，,。；;！!？?\s]{2,}){2,}\s*$")
_PAGE_MARK_REACH = 120
# a joint plan's issuers, one committee after another (城口县政协　万源市政协　宣汉县政协　镇巴县政协): text
_ISSUERS = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,16}(?:政协|委员会)[ \t\u3000]*){2,}\s*$")
# 中新网重庆1月12日电, with the reporters' names bracketed right after it (… (某某 某某))
# (a repost's blanked readings may follow any character of the outlet's name: 中新网     呼和浩特…电)
_DATELINE = (r"(?:(?:[\u4e00-\u9fff] {0,8}){1,5}(?:网|社|新闻|日报) {0,8}(?:[\u4e00-\u9fff] {0,8}){0,4}|"
             r"(?<![\u4e00-\u9fff\d])(?:\d{4}年)?(?=\d{1,2}月\d{1,2}日讯[ \u3000]))"  # (2024年5月10日讯 with no outlet)
             r"\d{1,2}月\d{1,2}日 {0,8}(?:电|讯)"
             r"(?:[ \u3000]*[（(][\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){1,5}[)）])?")
_ASIDE = re.compile(f"{_ASIDE_MARKS}|{_DATELINE}")
# the same without the dateline, for a line without 日电 / 日讯 (where it cannot match): the
# dateline is tried at every Chinese character, the marks only at a bracket
_ASIDE_NO_DATELINE = searched(re.compile(_ASIDE_MARKS))
# a line that heads the other stories a page lists after its own (新闻推荐, 相关阅读): the rest is
# theirs, once the story has been told (the line stands past the text's first part)
_TAIL_HEADER = re.compile(r"^[ \t\u3000]*[▼▲►▶■□●◆◇★☆▍|｜]?[ \t\u3000]*"  # (▼往期推荐: a post's marker before it)
                          r"(?:标题导航|新闻推荐|推荐阅读|相关(?:新闻|阅读|链接|文章|报道|稿件|推荐)|往期(?:回顾|推荐|精彩)|延伸阅读|热点推荐|热门推荐|精彩推荐|猜你喜欢|更多(?:新闻|阅读))"
                          r"[ \t\u3000]*[：:]?[ \t\u3000]*$", re.M)
_TAIL_AFTER = 0.3
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# a line said before, then a blank and a number (a page's photos, each captioned with the headline)
_NUMBERED_AGAIN = re.compile(r"(.{4,}?)[ \t\u3000]+\d{1,2}")
_BLANKS = re.compile(r"(?<=[\u4e00-\u9fff]) {2,}(?=[\u4e00-\u9fff])")
_SHORT_LINE = 160
_CONTENTS_LINE = r"[ \t\u3000]*[^\s，,。；;：:！!？?][^\n，,。；;：:！!？?]{5,59}\n"
_NEAR = 12  # characters between a list of headlines and the furniture around it
_CONTENTS_RUN = re.compile(rf"(?:(?<=\n)|^)(?:{_CONTENTS_LINE}){{4,}}", re.M)
# the blanks a repost's pinyin readings leave after characters (云阳(yáng)的 → 云阳      的): no
# gaps between headlines (those are one or two spaces)
_READINGS_OUT = re.compile(r"(?<=[\u4e00-\u9fff]) {3,8}(?! )")


def noise_spans(norm: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of `norm` that are not report text."""
    spans: list[tuple[int, int]] = []
    seen: set[str] = set()  # (the short lines so far: a photo's placeholder repeats one with its number)
    for line in _LINE.finditer(norm):
        text = line.group(0)
        stripped = text.strip()
        if not stripped:
            continue
        numbered = _NUMBERED_AGAIN.fullmatch(stripped)
        if numbered is not None and numbered.group(1) in seen:
            spans.append(line.span())  # (X政协一行到我县考察交流 0: the headline again under a photo, numbered)
            continue
        if len(stripped) <= _SHORT_LINE:
            seen.add(stripped)
        short = len(stripped) <= _SHORT_LINE  # furniture lines are short; paragraphs are not
        credit = _CAPTION_CREDIT.search(text) if short and ("供图" in text or "摄" in text) else None
        if credit is not None and (_CAPTION_WORK.search(text, 0, credit.start()) or text.count("。", 0, credit.start()) >= 2):
            # X区政协开展Y视察 X区政协供图: a caption telling work of its own, or a paragraph whose last line is
            # its photo's credit (…讲话。某某 摄): only the credit is no text
            spans.append((line.start() + credit.start(), line.end()))
            continue
        if ((short and (_FURNITURE.search(text) or _TIMESTAMP.match(text) or _furniture_read_through(text)))
                or (_HEADLINE_LIST.match(_READINGS_OUT.sub("", text) if "   " in text else text) and not _ISSUERS.match(text))
                or (_PAGE_HEADLINES.match(text) and not _ISSUERS.match(text)
                    and _PAGE_MARK.search(norm, max(0, line.start() - _PAGE_MARK_REACH), line.start()))
                or (len(stripped) <= _LABELLED_SHORT and _LABELLED_LINE.match(text) and norm[:line.start()].strip())
                or _SPAM.search(text)  # (a labelled first line is the page's own headline: 【聚焦两会】X发布会召开)
                or (len(stripped) > 5 and _cjk_count(stripped) < 0.3 * (len(stripped) - stripped.count(" ")))):
            # (mostly not Chinese; a repost's pinyin readings, blanked in the matching form, aside)
            spans.append(line.span())
            continue
        asides = _ASIDE if "日电" in text or "日讯" in text else _ASIDE_NO_DATELINE
        for aside in asides.finditer(norm, line.start(), line.end()):
            spans.append(aside.span())
    tail = _TAIL_HEADER.search(norm)
    if tail is not None and tail.start() >= _TAIL_AFTER * len(norm) and "。" in norm[:tail.start()]:
        spans = [x for x in spans if x[1] <= tail.start()] + [(tail.start(), len(norm))]  # (新闻推荐 and the rest)
    contents = _contents_lists(norm, spans) if spans else []
    return sorted({*spans, *contents}) if contents else spans


def _contents_lists(norm: str, furniture: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An e-paper page's list of its stories: four or more headlines on lines of their own, one
    right under the other (no empty line between, no sentence punctuation), with the page's
    furniture right above or below (版, 下一版, the paper's name): page furniture too. (A
    report's title block is such a run of lines, with no furniture around it.)"""
    out: list[tuple[int, int]] = []
    for run in _CONTENTS_RUN.finditer(norm):
        if any(run.start() - _NEAR <= b <= run.start() or run.end() <= a <= run.end() + _NEAR for a, b in furniture):
            out.extend(line.span() for line in _LINE.finditer(norm, run.start(), run.end()) if line.group().strip())
    return out


def _furniture_read_through(line: str) -> bool:
    """A furniture line whose words a repost's pinyin readings broke up (來(lái)源: is 来    源:
    in the matching form): read again with the blanks taken out."""
    return "  " in line and _FURNITURE.search(_BLANKS.sub("", line)) is not None


def _cjk_count(text: str) -> int:
    return len(text) - len(_CJK_RUN.sub("", text))  # done in C: lines can be whole paragraphs


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap a noise span?"""
    if not spans:
        return False
    i = bisect_right(spans, (end, end)) - 1
    while i >= 0 and spans[i][1] > start:
        if spans[i][0] < end:
            return True
        i -= 1
    return False


def covers(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is [start, end) wholly inside one noise span (a furniture line)?"""
    if not spans:
        return False
    i = bisect_right(spans, (start, _FAR)) - 1  # the last span starting at or before `start`
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


_FAR = 1 << 62  # beyond any offset: (start, _FAR) sorts after every span starting at `start`
_BETWEEN = re.compile(r"[\s\u3000:：,，、|｜]*")


def after_leading(spans: list[tuple[int, int]], norm: str, start: int, end: int) -> int:
    """Where [start, end) begins once the noise that opens it (中新网重庆1月12日电, （记者 某某）,
    本报讯) and the spaces after it are left out: a fact's evidence and label start at the story."""
    pos = _BETWEEN.match(norm, start, end).end()
    i = bisect_right(spans, (pos, end + 1)) - 1
    while 0 <= i < len(spans) and spans[i][0] <= pos < spans[i][1] and spans[i][1] < end:
        pos = _BETWEEN.match(norm, spans[i][1], end).end()
        i += 1
    return pos if pos < end else start


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
