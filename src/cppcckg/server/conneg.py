"""Content negotiation: pick a media type from an ``Accept`` header (RFC 9110, q-values)."""

from __future__ import annotations

from typing import Sequence

__all__ = ["negotiate", "parse_accept"]


def parse_accept(header: str | None) -> list[tuple[str, float, int]]:
    """``(media range, q, position)`` for each entry of ``header``; no header means ``*/*``."""
    if not header or not header.strip():
        return [("*/*", 1.0, 0)]
    out = []
    for position, part in enumerate(header.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if not media:
            continue
        if media == "*":
            media = "*/*"
        q = 1.0
        for param in pieces[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        out.append((media, q, position))
    return out


def _match(offer: str, media: str) -> int:
    """How specifically ``media`` (a range) matches ``offer``: 3 exact, 2 type/*, 1 */*, 0 no."""
    if media == offer:
        return 3
    kind, _, _ = offer.partition("/")
    if media == f"{kind}/*":
        return 2
    if media == "*/*":
        return 1
    return 0


def negotiate(header: str | None, offers: Sequence[str], default: str | None = None) -> str | None:
    """The offer the client prefers; ties go to the client's order, then to ``offers``' order.
    Returns ``default`` (None if not given) when nothing offered is acceptable."""
    ranges = parse_accept(header)
    best: tuple[float, int, int, int] | None = None
    choice = None
    for index, offer in enumerate(offers):
        found: tuple[int, float, int] | None = None
        for media, q, position in ranges:
            level = _match(offer, media)
            if level and (found is None or level > found[0]):
                found = (level, q, position)
        if found is None or found[1] <= 0:
            continue
        level, q, position = found
        # Higher q first; then an exact match over a wildcard; then the client's order; then ours.
        key = (q, level, -position, -index)
        if best is None or key > best:
            best, choice = key, offer
    return choice if choice is not None else default
