"""The places of a list before one head are places too: A区、B市和C县政协.

In `A区、B市和C县政协` (or `A、B等区县政协`) each place stands for its committee, and that is how
the extractor reads who acts. The words written are still the places' names, and a reader who
asks which places a text names expects them (the guidelines annotate them as places). So each
committee read from a bare place name, with no 政协 of its own, is also a mention of that place,
at the same span. The place mentions are added after the text's work and figures were read, so
they take no part in who acted or where.
"""

from __future__ import annotations

from collections.abc import Sequence

from cppcckg.ingest.reference import CPPCC_CLASSES, Reference
from cppcckg.model import Mention

__all__ = ["with_listed_places"]


def with_listed_places(mentions: Sequence[Mention], reference: Reference, norm: str) -> tuple[Mention, ...]:
    """`mentions` with a place mention beside each committee read from its place's name alone
    (`norm`: the text in its matching form, where a repost's 萬州 reads 万州)."""
    added: list[Mention] = []
    for m in mentions:
        if m.kind != "body" or not m.in_reference or m.cls not in CPPCC_CLASSES:
            continue
        written = "".join(norm[m.evidence.start:m.evidence.end].split())
        if "政协" in written:
            continue
        committee = reference.get(m.entity)
        place = reference.get(committee.seat) if committee is not None and committee.seat else None
        if place is None or place.kind != "place" or not written or not (
                place.name_zh.startswith(written) or written in place.aliases):
            continue
        added.append(Mention(m.evidence, place.key, place.name_zh, place.cls, "place", surface=m.surface))
    if not added:
        return tuple(mentions)
    return tuple(sorted([*mentions, *added], key=lambda x: (x.evidence.start, x.evidence.end, x.kind != "body")))
