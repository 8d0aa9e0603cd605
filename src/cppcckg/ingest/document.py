"""What a format reader hands to `cppcckg add`: the kept text as lines, hints from the file's
own markup, and what was left out (for `--explain`).

Every reader (html, pdf, docx, plain text) returns one `Converted`; the kept text written to
the corpus is `Converted.text`, so it is the evidence base every fact's offsets refer to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")


@dataclass(frozen=True)
class Dropped:
    """A stretch of the original left out of the kept text, and why."""

    reason: str
    text: str


@dataclass(frozen=True)
class Converted:
    """A report file turned into lines of text, with what its markup says about it."""

    format: str  # html, pdf, docx, txt
    lines: tuple[str, ...]
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD or YYYY-MM when the file's markup gives one
    source: str | None = None  # who carried it (a newspaper, a portal), not who issued it
    dropped: tuple[Dropped, ...] = field(default=())
    notes: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        """The kept text: one line per heading, paragraph or table row."""
        return "\n".join(self.lines) + "\n" if self.lines else ""


def clean_line(text: str) -> str:
    """One line of kept text: layout spaces collapsed, indentation (also full-width) removed."""
    return _SPACES.sub(" ", text.replace("\n", " ")).strip(" \u3000")
