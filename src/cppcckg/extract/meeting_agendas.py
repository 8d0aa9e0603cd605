"""What a meeting was about, told in the sentence after it.

News of a meeting names it in one sentence (某县政协、某市政协在某地召开座谈会。) and its subject
in the next (会议围绕大巴山生态保护进行深入交流。). That second sentence is no work of its own;
without it the meeting's label says only where and by whom it was held, and a user cannot tell
what it was about. The meeting told just before, in the same paragraph, whose label has no
subject yet (or only how it was held, 联动履职座谈会), takes the subject the next sentence gives:
座谈会：大巴山生态保护.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from cppcckg.extract.compact import compact
from cppcckg.model import Initiative, Report, Sentence

__all__ = ["subjects_told_after"]

_AGENDA = re.compile(r"(?:会议|会上|座谈会上|会议期间)[，,]?(?:大家|与会人员|与会委员|双方|三方|各方|委员们)?(?:还)?"
                     r"(?:围绕|就|聚焦)(?P<x>[^，,；;。]{2,40}?)(?:等)?(?:议题|问题|方面|工作|话题)?"
                     r"(?:进行|开展|展开)了?(?:深入|充分|广泛|热烈)?的?(?:交流|讨论|研讨|座谈|探讨)")
_OPENS = ("会议", "会上", "座谈会上")
_HELD = re.compile(r"^(?:召开|举行|举办)了?")
_SUBJECT_RULE = "label:subject"
# a label whose only subject is how the meeting was held (联动履职座谈会, 工作交流座谈会)
_GENERIC = re.compile(r"(?:联动履职|协同履职|联动|联合|专题|工作|交流|合作|协作|友好|结对|联谊|推进|履职|对接)+"
                      r"(?:座谈会|座谈交流会|交流会|会议|联席会议?|推进会|对接会)")
_REACH = 2  # sentences between the meeting and the one that says what it was about


def subjects_told_after(report: Report, sentences: Sequence[Sentence],
                        initiatives: Sequence[Initiative]) -> list[Initiative]:
    """`initiatives` with each meeting that has no subject of its own labelled by what the next
    sentences of its paragraph say it took up (see the module's docstring)."""
    out = list(initiatives)
    norm = report.norm
    for i, sentence in enumerate(sentences):
        if not norm[sentence.start:sentence.start + 8].lstrip().startswith(_OPENS):
            continue
        view = compact(norm, sentence.start, sentence.end)
        agenda = _AGENDA.match(view.text)
        if agenda is None:
            continue
        earliest = sentences[max(0, i - _REACH)].start
        at = next((k for k in range(len(out) - 1, -1, -1) if out[k].type == "meeting"
                   and earliest <= out[k].evidence.start and out[k].evidence.end <= sentence.start
                   and "\n" not in norm[out[k].evidence.end:sentence.start]), None)
        if at is None or (_SUBJECT_RULE in out[at].rules and not _GENERIC.fullmatch(out[at].label)):
            continue
        if any(item.evidence.start >= sentence.start and item.evidence.end <= sentence.end for item in out):
            continue  # (the sentence tells work of its own: what it took up is that work's)
        meeting = out[at]
        head = (meeting.label if _GENERIC.fullmatch(meeting.label)
                else _HELD.sub("", report.text[meeting.trigger[0]:meeting.trigger[1]]).strip("“”「」《》"))
        xs, xe = view.span(*agenda.span("x"))
        out[at] = replace(meeting, label=f"{head}：{report.text[xs:xe]}", rules=(*meeting.rules, _SUBJECT_RULE,
                                                                                 "label:subject-told-after"))
    return out
