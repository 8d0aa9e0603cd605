"""A meeting held during the field work just told is about that work's subject.

A news item tells a joint research or inspection with its subject (围绕“X”开展联合调研), its stops,
and then a meeting held on the way, named only by where and when (在宜宾召开的座谈会上, 在随后
举行的座谈会上, 并在内江召开座谈会). Such a meeting says no subject of its own; what the sentence
around it names (the firms visited, the departments that reported) is not what it was about.
Its label takes the subject of the field work it was part of.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from cppcckg.model import Initiative

__all__ = ["meetings_during_field_work"]

# a meeting named by where and when it sat, nothing about what (在X召开的座谈会上, 并在X召开座谈会)
_HELD_ON_THE_WAY = re.compile(
    r"(?:在|并在|随后在|并于|当天在)?(?:随后|当天|会后|期间)?[^，,；;。“”《》]{0,8}?(?:召开|举行|举办)(?:了|的)?"
    r"(?:视察|调研|考察)?(?:座谈会|座谈交流会|交流会|恳谈会)上?")
_FIELD_WORK = ("research", "inspection", "study")
#: How far back (characters) the field work a meeting was part of is told.
_REACH = 500
#: Characters of the work's subject a meeting's label that already says it shares.
_SHARED = 4
#: The longest subject a field work's label gives a meeting.
_LONGEST = 30


def meetings_during_field_work(text: str, items: Sequence[Initiative]) -> list[Initiative]:
    """`items` with each meeting held on the way of the field work just told (and saying no
    subject of its own) labelled by that work's subject."""
    out = list(items)
    for k, item in enumerate(out):
        if item.type != "meeting" or not _HELD_ON_THE_WAY.fullmatch(item.evidence.text.strip()):
            continue
        work = next((w for w in reversed(out[:k]) if w.type in _FIELD_WORK
                     and 0 <= item.evidence.start - w.evidence.end <= _REACH), None)
        subject = _subject_of(text, work) if work is not None else None
        if subject and subject[:_SHARED] not in item.label:  # (its label already says the work's subject)
            word = text[item.trigger[0]:item.trigger[1]]
            out[k] = replace(item, label=f"{subject}{word}", rules=(*item.rules, "label:field-work-subject"))
    return out


def _subject_of(text: str, work: Initiative) -> str | None:
    """The subject a field work's label gives: the label without its activity words, when it
    has one (成渝地区汽车产业链协同配套联合调研 → 成渝地区汽车产业链协同配套)."""
    word = text[work.trigger[0]:work.trigger[1]]
    if not work.label.endswith(word) or work.label == work.evidence.text:
        return None
    subject = re.sub(r"(?:联合|专题|集中|实地)+$", "", work.label[: -len(word)].rstrip("：:，, "))
    # (no actor's name: 某政协与某政协开展联合视察 has no subject in its label)
    return subject if 2 <= len(subject) <= _LONGEST and "政协" not in subject else None
