"""A counted group of committees said again by its count alone: 三地政协 after 万达开三地政协.

Joint-work pages name a cross-border group once with its places (万达开三地政协, 遂潼两地政协,
明月山沿线川渝七区县政协) and then go on with the count alone (三地政协, 两地政协, 七区县政协).
Read alone, 两地政协 is the reference's alias of the two provincial committees and 三地政协 is
nobody; said after a group of the same count, it is that group again, with its members, so the
work it does goes to the committees the text named.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cppcckg.extract.compact import compact_text
from cppcckg.extract.numbers import parse_chinese_numeral
from cppcckg.ingest.reference import CPPCC_CLASSES
from cppcckg.model import Evidence, Mention, Report

__all__ = ["counts_said_again", "listed_runs", "COUNT_ALONE_HINT"]

#: a count of places or committees right before 政协 (the hint a text must hold for the pass to run)
COUNT_ALONE_HINT = re.compile(r"[两二三四五六七八九十][地省市区县州一]{1,4}政协")
# the count and 政协 (where a name runs over it, 川渝两地政协 or 遂潼两地政协, it was read whole)
_COUNT_ALONE = re.compile(r"([两二三四五六七八九十](?:地|省市|省一市|区县|县区|市区|区市|市县|县市|市州区县|区市县|县市区)政协)")


def counts_said_again(report: Report, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each count said alone read as the counted group of the same count the
    text named last before it (or, where none came before, first after it)."""
    groups = [m for m in mentions if m.kind == "body" and m.cls == "Collective" and m.members]
    if not groups and not any(m.kind == "body" and m.cls in CPPCC_CLASSES for m in mentions):
        return mentions
    out = list(mentions)
    changed = False
    for match in _COUNT_ALONE.finditer(report.norm):
        a, b = match.start(1), match.end(1)
        word = match.group(1)
        # (the group's label, or the words it was named by: 沪苏浙皖三省一市政协, read as the region's committees)
        named = [m for m in groups if (m.label.endswith(word) and len(m.label) > len(word)
                                       or _written(report, m).endswith(word) and len(_written(report, m)) > len(word))
                 and not (m.evidence.start <= a and b <= m.evidence.end)]
        heads_a_list = any(m.kind == "body" and m.evidence.end == a for m in out)  # (泸州、内江、荣昌三地政协)
        if not named and not heads_a_list and (run := _listed_run(report, out, a, word)):
            # (重庆市甲县、乙县，四川省丙市、丁县政协…。四县市政协…: the committees of that list)
            named = [Mention(Evidence(report.id, a, b, report.text[a:b]), "group:" + "+".join(m.entity for m in run),
                             word, "Collective", "body", surface=report.text[a:b],
                             in_reference=False, members=tuple(m.entity for m in run))]
        if not named or any(m.kind == "body" and m.evidence.start < a < m.evidence.end for m in out):
            continue  # (no group of that count; or the count closes a longer name read whole)
        before = [m for m in named if m.evidence.end <= a]
        group = before[-1] if before else named[0]
        if len({m.entity for m in named}) > 1 and not before:
            continue  # (two groups of that count, both named later: which one is not told)
        over = [m for m in out if m.kind == "body" and m.evidence.start < b and a < m.evidence.end]
        if any(m.entity == group.entity for m in over):
            continue
        if any(not (a <= m.evidence.start and m.evidence.end <= b) for m in over):
            continue  # (a longer name runs over the count)
        made = replace(group, evidence=Evidence(report.id, a, b, report.text[a:b]), surface=report.text[a:b])
        out = [m for m in out if m not in over]
        out.append(made)
        changed = True
    if not changed:
        return mentions
    return sorted(out, key=lambda m: (m.evidence.start, m.evidence.end))


# what may stand between two committees of one list before a shared 政协: a joiner, and the
# province or city the next item is in (…巫溪县，陕西省安康市镇坪县…)
_LIST_GAP = re.compile(r"[、，,和及与]?(?:[\u4e00-\u9fff]{2,4}?[省市])*")


# a committee joined to a list that follows it (市政协与重庆市甲区、乙区和丙区政协)
_JOINED_TO = re.compile(r"(?:与|和|同|联合|会同)(?:[\u4e00-\u9fff]{2,4}?[省市])*")


def listed_runs(report: Report, mentions: list[Mention], before: int | None = None) -> list[list[Mention]]:
    """Each list of two or more committees written with one shared 政协 (only its last item ends
    with it: 甲县、乙县，某省丙县政协), in the text's order, those ending before `before` if given."""
    committees = sorted((m for m in mentions if m.kind == "body" and m.cls in CPPCC_CLASSES
                         and (before is None or m.evidence.end <= before)), key=lambda m: m.evidence.start)
    runs: list[list[Mention]] = []
    run: list[Mention] = []
    named: Mention | None = None  # the last committee named whole, which a list may be joined to
    for m in committees:
        if run and _LIST_GAP.fullmatch(compact_text(report.norm, run[-1].evidence.end, m.evidence.start)) is None:
            run = []
        if compact_text(report.norm, m.evidence.start, m.evidence.end).endswith("政协"):
            if run:
                runs.append([*run, m])
                if named is not None and _JOINED_TO.fullmatch(compact_text(report.norm, named.evidence.end, run[0].evidence.start)):
                    runs.append([named, *run, m])  # (市政协与重庆市甲区、乙区政协…。三地政协: the actor with them)
            named = m if not run else None
            run = []  # (the head closes the list)
        else:
            run.append(m)
    return runs


def _listed_run(report: Report, mentions: list[Mention], at: int, word: str) -> list[Mention]:
    """The last list of committees before `at` written with one shared 政协 whose length is the
    count `word` says (六县市政协: six), else none."""
    count = parse_chinese_numeral(word[0])
    runs = [run for run in listed_runs(report, mentions, at) if len(run) == count]
    return runs[-1] if runs else []


def _written(report: Report, mention: Mention) -> str:
    """The words a mention was named by, in the matching form without blanks."""
    return compact_text(report.norm, mention.evidence.start, mention.evidence.end)
