"""An organ word inside a person's list of titles belongs to the committee the list began with.

News names a leader by a run of titles after their committee: 某区政协主席、党组书记某某. The
bare 党组 there is that committee's party group, not the party group of the committee the text
is about (a visiting county's page calls its own 党组 so too). Read as the text's own, a visit's
host lent its party group to the visitors, and a later 两地政协 paired the visitors with it.
"""

from __future__ import annotations

import re
from typing import Callable

from cppcckg.ingest.reference import CPPCC_CLASSES
from cppcckg.model import Mention

__all__ = ["organs_in_title_lists"]

_ORGAN_WORDS = ("党组", "分党组")
# the titles between the committee and the organ word: 主席、 / 党组副书记、副主席、 / 秘书长、
_TITLES_BEFORE = re.compile(r"\s*(?:(?:党组副?书记|(?:常务)?副?主席|副?秘书长)\s*[、，,]\s*)+")
_REACH = 24  # the longest run of titles read back


def organs_in_title_lists(norm: str, mentions: list[Mention],
                          organ_of: Callable[[Mention, int, int, str], Mention | None]) -> list[Mention]:
    """`mentions` with each bare organ word that follows a committee and a run of its leader's
    titles (X政协主席、党组书记) made that committee's organ by `organ_of(committee, start, end,
    word)`; a word `organ_of` cannot place stays as it was read."""
    out: list[Mention] = []
    last_committee: Mention | None = None
    for m in mentions:
        word = m.surface.strip()
        if (word in _ORGAN_WORDS and last_committee is not None and last_committee.entity != m.entity
                and m.evidence.start - last_committee.evidence.end <= _REACH
                and _TITLES_BEFORE.fullmatch(norm, last_committee.evidence.end, m.evidence.start)):
            made = organ_of(last_committee, m.evidence.start, m.evidence.end, word)
            if made is not None and made.entity not in (m.entity, last_committee.entity):
                m = made
        if m.kind == "body" and (m.cls in CPPCC_CLASSES or _unlisted_committee(m)):
            last_committee = m
        elif m.kind == "body":
            last_committee = None  # (another body between: the titles are its leader's)
        out.append(m)
    return out


def _unlisted_committee(m: Mention) -> bool:
    """A place's committee the reference lacks (政协岳池县委员会): an unknown body named so."""
    return not m.in_reference and m.label.startswith("政协") and m.label.endswith("委员会") and not m.members
