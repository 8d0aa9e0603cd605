"""PDF files: the text layer in reading order, running headers, footers and page numbers
removed, lines the layout broke joined back into paragraphs.

pdfplumber (on pdfminer.six) gives every line with its position and font size, which the
paragraph rules need; on the test PDFs it read the same characters as pypdf (pypdf is about
3x faster but gives no geometry; PyMuPDF is faster still but AGPL-licensed). A Chinese line
that stops at the right margin continues on the next line; a new paragraph starts where a line
is indented, ends short of the margin, changes font size or leaves a larger gap.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from cppcckg.errors import InputError
from cppcckg.ingest.document import Converted, Dropped, clean_line

BAND = 0.10  # the top and bottom tenth of a page is where running headers and footers sit
_PAGE_NUMBER = re.compile(r"^[-—–－·\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－·\s]*$"
                          r"|^(?:page\s*)?\d{1,4}(?:\s*of\s*\d{1,4})?$", re.I)
_LATIN_END = re.compile(r"[A-Za-z0-9,.;:]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9(]")


@dataclass(frozen=True)
class _Line:
    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


def read_pdf(data: bytes, where: str) -> Converted:
    """Convert a PDF; InputError for a damaged file or one with no text layer."""
    pages, heights = _lines(data, where)
    if not any(pages):
        raise InputError(f"{where}: the PDF has no text layer (scanned pages?); run OCR on it first "
                         "(e.g. ocrmypdf) and add the result")
    body, dropped = _drop_running_lines(pages, heights)
    paragraphs = _paragraphs(body)
    notes = []
    empty = [str(i + 1) for i, page in enumerate(pages) if not page]
    if empty:
        notes.append(f"page(s) {', '.join(empty)} have no text layer and were skipped")
    return Converted("pdf", tuple(paragraphs), title=None, dropped=tuple(dropped), notes=tuple(notes))


def _lines(data: bytes, where: str) -> tuple[list[list[_Line]], list[float]]:
    import io

    import pdfplumber

    pages: list[list[_Line]] = []
    heights: list[float] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages):
                heights.append(float(page.height))
                lines = []
                for line in page.extract_text_lines(strip=True, return_chars=True):
                    text = clean_line(line["text"])
                    if text:
                        sizes = [c.get("size", 0.0) for c in line["chars"] if not c["text"].isspace()]
                        lines.append(_Line(number, text, float(line["x0"]), float(line["x1"]), float(line["top"]),
                                           float(line["bottom"]), statistics.median(sizes) if sizes else 0.0))
                pages.append(lines)
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for damaged files
        raise InputError(f"{where}: not a readable PDF ({type(exc).__name__}: the file may be truncated "
                         "or damaged); download or export it again") from None
    return pages, heights


def _drop_running_lines(pages: list[list[_Line]], heights: list[float]) -> tuple[list[_Line], list[Dropped]]:
    """Lines in the top or bottom band that are page numbers or repeat (digits aside) on
    several pages are running headers and footers."""
    def in_band(line: _Line) -> bool:
        height = heights[line.page]
        return line.top < BAND * height or line.bottom > (1 - BAND) * height

    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text)

    repeats = Counter(k for page in pages for k in {key(line) for line in page if in_band(line)})
    needed = max(2, (len([p for p in pages if p]) + 1) // 2)
    body: list[_Line] = []
    dropped: list[Dropped] = []
    for page in pages:
        for line in page:
            if in_band(line) and _PAGE_NUMBER.match(line.text):
                dropped.append(Dropped(f"page number (page {line.page + 1})", line.text))
            elif in_band(line) and repeats[key(line)] >= needed:
                dropped.append(Dropped(f"running header or footer (page {line.page + 1})", line.text))
            else:
                body.append(line)
    return body, dropped


def _paragraphs(lines: list[_Line]) -> list[str]:
    if not lines:
        return []
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:]) if a.page == b.page and b.top > a.bottom]
    usual_gap = statistics.median(gaps) if gaps else 0.0
    paragraphs: list[str] = [lines[0].text]
    for a, b in zip(lines, lines[1:]):
        size = max(a.size, b.size, 1.0)
        new = (b.x0 > left + 0.8 * size                      # indented or centred
               or a.x1 < right - 1.5 * size                  # the line above ends short of the margin
               or abs(a.size - b.size) > 0.5                 # a heading's size
               or (a.page == b.page and b.top - a.bottom > usual_gap + 0.5 * size))
        if new:
            paragraphs.append(b.text)
        else:
            glue = " " if _LATIN_END.search(paragraphs[-1]) and _LATIN_START.search(b.text) else ""
            paragraphs[-1] += glue + b.text
    return paragraphs
