"""Saved web pages: the report's main text, with the page's paragraphs and headings as lines.

readability-lxml picks the main block (compared with trafilatura on the test pages: both found
the same article text and both kept an injected advertising paragraph; readability keeps the
block's element structure, so headings stay lines and an element's class can mark it as an ad,
and it is half the time and a fraction of trafilatura's dependencies). Inside that block the
rules of `ingest.boilerplate` drop bylines, editor, timestamp and source lines, share bars and
advertising; everything else on the page (menus, related articles, footers) is outside the block.
Title, date and source come from the page's own markup (meta tags, `<h1>`, `<title>`, dateline).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from cppcckg.errors import InputError
from cppcckg.ingest.boilerplate import boilerplate_reason
from cppcckg.ingest.document import Converted, Dropped, clean_line
from cppcckg.ingest.reports import decode

BLOCKS = frozenset("p div h1 h2 h3 h4 h5 h6 li ul ol table tr td th section article header footer nav "
                   "aside blockquote pre form dl dt dd br hr center figure figcaption main".split())
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
SKIP = frozenset("script style noscript template iframe svg head select option button".split())
_AD_HINT = re.compile(r"(?:^|[\s_-])(?:ad|ads|adv|advert\w*|guanggao|gg|sponsor\w*|promo\w*|banner)(?:$|[\s_-])", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_DATE_META = ("article:published_time", "pubdate", "publishdate", "publish_date", "dc.date",
              "dcterms.date", "date", "og:release_date", "firstpublishedtime")
_ISO_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
_GB_FAMILY = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "euc-cn", "hz-gb-2312"}


@dataclass(frozen=True)
class _Block:
    text: str
    tag: str
    link_chars: int
    hint: str  # classes and ids of the block and its ancestors


def decode_page(data: bytes, where: str) -> str:
    """The page's characters: BOM, then the declared charset (strictly), else UTF-8 or GB18030."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or not _META_CHARSET.search(data[:4096]):
        return decode(data, where)[0]
    declared = _META_CHARSET.search(data[:4096]).group(1).decode("ascii").lower()  # type: ignore[union-attr]
    codec = "gb18030" if declared in _GB_FAMILY else declared
    try:
        codecs.lookup(codec)
    except LookupError:
        raise InputError(f"{where}: the page declares charset {declared!r}, which is not an encoding; "
                         "fix the <meta charset> or save the page again as UTF-8") from None
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{where}:{line}: bytes that are not {declared} as the page's <meta charset> declares; "
                         "save the page again as UTF-8 (or fix the declaration)") from None


def read_html(data: bytes, where: str) -> Converted:
    """Convert a saved page; InputError when it cannot be decoded or holds no text."""
    import lxml.html
    from readability import Document

    page = decode_page(data, where)
    page = re.sub(r"^\s*<\?xml[^>]*\?>", "", page)  # lxml refuses str input with an encoding declaration
    try:
        root = lxml.html.document_fromstring(page)
        main = Document(page).summary(html_partial=True)
    except Exception as exc:  # lxml and readability raise several unrelated types for broken markup
        raise InputError(f"{where}: not a readable HTML page ({type(exc).__name__}); save the page again") from None
    title = _title(root)
    page_blocks = _blocks(root.body if root.find("body") is not None else root)
    kept: list[str] = []
    dropped: list[Dropped] = []
    for block in _blocks(lxml.html.fragment_fromstring(main, create_parent="div")):
        reason = "advertising" if _AD_HINT.search(block.hint) else boilerplate_reason(block.text)
        if reason:
            dropped.append(Dropped(reason, block.text))
        elif not kept or block.text != kept[-1]:
            kept.append(block.text)
    if title and (not kept or kept[0] != title):
        kept.insert(0, title)
    if not kept or (len(kept) == 1 and kept[0] == title):
        raise InputError(f"{where}: no main text found in the page; save the article page itself, not a list or menu")
    seen = set(kept) | {d.text for d in dropped}
    for block in page_blocks:
        if block.text not in seen:
            seen.add(block.text)
            dropped.append(Dropped(_outside_reason(block), block.text))
    return Converted("html", tuple(kept), title=title, date=_date(root, page_blocks),
                     source=_source(root, page_blocks), dropped=tuple(dropped))


def _blocks(root) -> list[_Block]:  # type: ignore[no-untyped-def]
    """The text of `root` cut at block elements, in document order."""
    out: list[_Block] = []
    parts: list[str] = []
    state = {"links": 0, "tag": "p", "hint": ""}

    def flush() -> None:
        text = clean_line("".join(parts))
        if text:
            out.append(_Block(text, state["tag"], state["links"], state["hint"]))  # type: ignore[arg-type]
        parts.clear()
        state["links"] = 0

    def walk(el, hint: str, in_link: bool) -> None:  # type: ignore[no-untyped-def]
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in SKIP or not tag:
            return
        hint = f"{hint} {el.get('class', '')} {el.get('id', '')}".strip()
        block = tag in BLOCKS
        if block:
            flush()
            state["tag"], state["hint"] = tag, hint
        link = in_link or tag == "a"
        if el.text:
            parts.append(el.text)
            if link:
                state["links"] += len(el.text.strip())  # type: ignore[operator]
        for child in el:
            walk(child, hint, link)
            if child.tail:
                if block or child.tag in BLOCKS:
                    state["tag"], state["hint"] = tag, hint
                parts.append(child.tail)
                if link:
                    state["links"] += len(child.tail.strip())  # type: ignore[operator]
        if block:
            flush()

    walk(root, "", False)
    flush()
    return out


def _outside_reason(block: _Block) -> str:
    named = boilerplate_reason(block.text)
    if named:
        return named
    if _AD_HINT.search(block.hint):
        return "advertising"
    if block.link_chars >= 0.6 * len(block.text):
        return "navigation" if re.search(r"nav|menu|crumb|top|header", block.hint, re.I) else "links (related articles, menus)"
    return "outside the main text"


def _meta(root, *names: str) -> str | None:  # type: ignore[no-untyped-def]
    for name in names:
        for attr in ("property", "name", "itemprop", "http-equiv"):
            for el in root.xpath(f"//meta[translate(@{attr},'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')=$n]", n=name):
                value = (el.get("content") or "").strip()
                if value:
                    return value
    return None


def _title(root) -> str | None:  # type: ignore[no-untyped-def]
    """The article's title: og:title, the one <h1>, or <title> without the site's name."""
    candidate = _meta(root, "og:title", "articletitle", "title")
    h1 = [clean_line(h.text_content()) for h in root.iter("h1")]
    if not candidate and len([h for h in h1 if h]) == 1:
        candidate = h1[0] if h1[0] else None
    if not candidate:
        titles = root.xpath("//title")
        raw = clean_line(titles[0].text_content()) if titles else ""
        pieces = [p.strip() for p in re.split(r"\s*(?:[_|｜]|--|——| - )\s*", raw) if p.strip()]
        candidate = max(pieces, key=len) if pieces else None
    return clean_line(candidate) if candidate else None


def _date(root, blocks: list[_Block]) -> str | None:  # type: ignore[no-untyped-def]
    for value in [_meta(root, *_DATE_META)] + [b.text for b in blocks if boilerplate_reason(b.text) == "timestamp"
                                                or re.search(r"发布时间|发布日期", b.text)]:
        match = _ISO_DATE.search(value or "")
        if match:
            y, m, d = (int(g) for g in match.groups())
            if 1 <= m <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def _source(root, blocks: list[_Block]) -> str | None:  # type: ignore[no-untyped-def]
    value = _meta(root, "source", "og:site_name", "sitename", "contentsource")
    if value:
        return value
    for block in blocks:
        match = re.search(r"(?:来源|稿源)\s*[:：]\s*(\S+)", block.text)
        if match:
            return match.group(1)
    return None
