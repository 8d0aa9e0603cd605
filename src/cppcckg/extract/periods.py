"""Report parts whose heading is printed after their lines.

A newspaper graphic sets some blocks with the heading below the bullets (`工作举措`, a few lines,
then a plan heading such as `今后五年工作建议`): a part that starts at its heading would hold
nothing and leave the lines in the part before. A part whose
heading is the last line of its stretch (nothing but blank space up to the next part or the
end of the text) begins instead at the nearest heading line before it, so the lines between
take the heading's status and period.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from cppcckg.model import Report, Sentence


def with_trailing_headings(report: Report, sentences: Sequence[Sentence]) -> Report:
    """The report with each part that starts at a trailing heading moved back to the heading
    line before it (the report itself when no part needs it)."""
    parts = list(report.parts)
    if len(parts) < 2:
        return report
    ordered = sorted(sentences, key=lambda s: s.start)
    changed = False
    for n in range(1, len(parts)):
        part = parts[n]
        inside = [s for s in ordered if part.start <= s.start < part.end]
        if len(inside) != 1 or not inside[0].is_heading or report.text[inside[0].end:part.end].strip():
            continue  # the part holds more than its heading: its lines follow it
        before = [s for s in ordered if parts[n - 1].start < s.start < part.start and s.is_heading]
        if not before:
            continue
        start = before[-1].start
        parts[n - 1] = replace(parts[n - 1], end=start)
        parts[n] = replace(part, start=start)
        changed = True
    return replace(report, parts=tuple(parts)) if changed else report
