"""Word files (.docx): paragraphs and headings as lines, each table row as one line (cells
separated by a tab), in the order they stand in the document (python-docx)."""

from __future__ import annotations

import io
import re
import zipfile

from cppcckg.errors import InputError
from cppcckg.ingest.document import Converted, clean_line


def read_docx(data: bytes, where: str) -> Converted:
    """Convert a .docx; InputError when the file is not a Word package."""
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(f"{where}: not a Word .docx file (not a zip package); save it from Word as .docx "
                         "(an old .doc must be converted first)")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, its own errors for broken packages
        raise InputError(f"{where}: a zip file but not a Word document ({type(exc).__name__}); "
                         "save it from Word as .docx") from None
    lines: list[str] = []
    title: str | None = None
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = Paragraph(child, document)
            text = clean_line(paragraph.text)
            if text:
                lines.append(text)
                if title is None and len(lines) <= 3:  # a style look-up is slow: only near the top
                    style = (paragraph.style.name if paragraph.style is not None else "") or ""
                    title = text if re.match(r"(?i)title|heading 1$", style) else None
        elif child.tag == qn("w:tbl"):
            lines.extend(_rows(Table(child, document)))
    core_title = clean_line(document.core_properties.title or "")
    return Converted("docx", tuple(lines), title=core_title or title)


def _rows(table) -> list[str]:  # type: ignore[no-untyped-def]
    """One line per row; a merged cell (the same cell repeated) counts once."""
    rows = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = clean_line(cell.text)
            if text:
                cells.append(text)
        if cells:
            rows.append("\t".join(cells))
    return rows
