"""A members' studio named in full, then by its own name alone: 重庆市政协香港委员工作室, then
香港委员工作室; a committee's academy named in full, then by its bare word: 某区政协书画研究院, then
书画研究院.

A feature names a studio once with its committee (重庆市政协香港委员工作室) and goes on with the
studio's own name. Read alone, 香港委员工作室 is a place and some words; it is the studio named
before. An academy of calligraphy and painting is named once with its committee and then by its
kind alone: where the text names one academy, the bare word is it.
"""

from __future__ import annotations

from dataclasses import replace

from cppcckg.model import Evidence, Mention, Report

__all__ = ["studios_named_again", "academies_named_again", "STUDIO_WORDS", "ACADEMY_WORDS"]

#: the words a studio's or a station's name ends in (the pass runs only where a text holds them)
STUDIO_WORDS = ("委员工作室", "委员工作站")
_SHORTEST = 5  # characters of a studio's own name at the least (X委员工作室)
#: the words a committee's academy of calligraphy and painting is named by, longest first
ACADEMY_WORDS = ("书画研究院", "诗书画院", "书画院")


def studios_named_again(report: Report, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each later bare use of a studio's own name read as that studio."""
    norm = report.norm
    studios: dict[str, Mention] = {}  # the studio's own name (after its committee) → the studio
    for m in mentions:
        if m.kind == "body" and m.label.endswith(STUDIO_WORDS) and "政协" in m.label:
            own = m.label.rsplit("政协", 1)[1]
            if len(own) > _SHORTEST and own not in STUDIO_WORDS:
                studios.setdefault(own, m)
    if not studios:
        return mentions
    bodies = [(m.evidence.start, m.evidence.end) for m in mentions if m.kind == "body"]
    added: list[Mention] = []
    for own, studio in studios.items():
        a = norm.find(own)
        while a >= 0:
            b = a + len(own)
            if not any(x < b and a < y for x, y in bodies):
                added.append(replace(studio, evidence=Evidence(report.id, a, b, report.text[a:b]), surface=report.text[a:b]))
                bodies.append((a, b))
            a = norm.find(own, b)
    if not added:
        return mentions
    spans = [(m.evidence.start, m.evidence.end) for m in added]
    kept = [m for m in mentions if m.kind == "body" or not any(x <= m.evidence.start and m.evidence.end <= y for x, y in spans)]
    return sorted([*kept, *added], key=lambda m: (m.evidence.start, m.evidence.end))


def academies_named_again(report: Report, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each later bare academy word read as the one academy the text named in full
    (none where it names two or none)."""
    named = {m.entity: m for m in mentions if m.kind == "body" and "政协" in m.label and m.label.endswith(ACADEMY_WORDS)}
    if len(named) != 1:
        return mentions
    academy = next(iter(named.values()))
    bodies = [(m.evidence.start, m.evidence.end) for m in mentions if m.kind == "body"]
    added: list[Mention] = []
    for word in ACADEMY_WORDS:
        a = report.norm.find(word, academy.evidence.end)
        while a >= 0:
            b = a + len(word)
            if not any(x < b and a < y for x, y in bodies):
                added.append(replace(academy, evidence=Evidence(report.id, a, b, report.text[a:b]), surface=report.text[a:b]))
                bodies.append((a, b))
            a = report.norm.find(word, b)
    return sorted([*mentions, *added], key=lambda m: (m.evidence.start, m.evidence.end)) if added else mentions
