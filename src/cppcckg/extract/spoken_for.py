"""A bare committee in the words of a named committee's spokesman: that committee.

A city's paper quotes an official of its own committee on the neighbour's report
(遂宁市政协有关负责人表示，下一步，市政协将与潼南区政协…). The bare 市政协 in what the
official says is the official's committee, though a text about Chongqing's report would read
it as Chongqing's; the work it announces is then the two neighbours' joint work.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cppcckg.model import Mention, Report

__all__ = ["bare_forms_of_the_speaker"]

# the official named right after the committee, then the verb of saying
_SPEAKER_AFTER = re.compile(r"(?:有关|相关)?(?:负责人|负责同志|主要负责人|主席|副主席|秘书长|党组书记)"
                            r"[\u4e00-\u9fff]{0,4}?(?:表示|说|介绍|谈到|坦言)")
_BARE = ("市政协", "区政协", "县政协")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def bare_forms_of_the_speaker(report: Report, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each bare 市政协 (区政协, 县政协) said after a named committee's official of
    that level in the same sentence read as that committee."""
    norm = report.norm
    speakers = [m for m in mentions if m.kind == "body" and _SPEAKER_AFTER.match(norm, m.evidence.end)
                and norm[m.evidence.start:m.evidence.end].endswith(_BARE) and len(m.evidence.text) > 3]
    if not speakers:
        return mentions
    out = []
    for m in mentions:
        surface = norm[m.evidence.start:m.evidence.end]
        speaker = next((s for s in reversed(speakers) if surface in _BARE and s.evidence.end <= m.evidence.start
                        and norm[s.evidence.end - 3:s.evidence.end] == surface and s.entity != m.entity
                        and not _SENTENCE_END.search(norm, s.evidence.end, m.evidence.start)), None)
        out.append(replace(m, entity=speaker.entity, label=speaker.label, cls=speaker.cls, members=speaker.members,
                           in_reference=speaker.in_reference) if speaker is not None else m)
    return out
