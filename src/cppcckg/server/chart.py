"""The small chart of a profile page: initiatives per year, stacked by type, as inline SVG.

Plain SVG in the page (no script, no outside asset): every bar segment is a link to the table
filtered to that year and type, so the chart works without JavaScript too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable

__all__ = ["Bar", "Chart", "Segment", "stacked"]

#: Colours of the types, in the order types first appear (then repeated).
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
           "#9c755f", "#bab0ac", "#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#17becf")
HEIGHT = 160
BAR = 36
GAP = 14
LEFT = 36


@dataclass(frozen=True)
class Segment:
    type: str
    count: int
    y: float
    height: float
    colour: str
    href: str


@dataclass(frozen=True)
class Bar:
    year: str
    total: int
    x: float
    segments: tuple[Segment, ...]
    href: str


@dataclass(frozen=True)
class Chart:
    bars: tuple[Bar, ...]
    legend: tuple[tuple[str, str], ...]  # (type, colour)
    width: float
    height: float
    top: int  # the largest bar's count


def stacked(rows: Iterable[dict[str, Any]], href: Callable[[str | None, str | None], str]) -> Chart | None:
    """The chart of (year, typeName, initiatives) rows; ``href(year, type)`` is a segment's link.
    None when there is nothing to draw."""
    counts: dict[str, dict[str, int]] = {}
    types: list[str] = []
    for row in rows:
        year = "" if row.get("year") is None else str(row["year"])
        kind = str(row.get("typeName") or "")
        counts.setdefault(year, {})[kind] = counts.get(year, {}).get(kind, 0) + int(row.get("initiatives") or 0)
        if kind not in types:
            types.append(kind)
    if not counts:
        return None
    colours = {kind: PALETTE[i % len(PALETTE)] for i, kind in enumerate(sorted(types))}
    top = max(sum(c.values()) for c in counts.values()) or 1
    bars = []
    for i, year in enumerate(sorted(counts, key=lambda y: (y == "", y))):
        x = LEFT + i * (BAR + GAP)
        y = float(HEIGHT)
        segments = []
        for kind in sorted(counts[year]):
            n = counts[year][kind]
            h = HEIGHT * n / top
            y -= h
            segments.append(Segment(kind or "—", n, round(y, 1), round(h, 1), colours[kind],
                                    href(year or None, kind or None)))
        bars.append(Bar(year or "—", sum(counts[year].values()), x, tuple(segments), href(year or None, None)))
    legend = tuple((kind or "—", colours[kind]) for kind in sorted(types))
    return Chart(tuple(bars), legend, LEFT + len(bars) * (BAR + GAP), HEIGHT + 40, top)
