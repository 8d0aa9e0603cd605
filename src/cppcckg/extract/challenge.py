"""The challenge suite: short texts of many genres, each with the facts a careful reader takes
from it, and a per-class pass rate.

A case (tests/challenge/*.yaml) is a text in the style of a genre the seeds do not cover (news
items, district and Sichuan pages, joint-work features, cooperation plans), written by the
project, with optional metadata (title, publication date, publisher) and the complete list of
initiatives it states. A case passes when the extractor finds each listed initiative (an
initiative whose evidence holds the case's trigger words) with the right organizers, partners,
joint flag, status and subject in its label, finds no initiative the case does not list, finds
the statistics and bodies listed (each as the ``measure`` it names, where it names one), finds
no body in the noise strings, and dates the text right. An initiative listed with a ``type`` must
be read as that kind of work, and one listed with a ``period`` as work of those years (2022,
2022-2025). A case marked ``only_statistics: true``
also passes only when the extractor finds no statistic it does not list (figures that are no work
of the committee's: the investment of the works it inspected).

Bodies are written as reference keys or as ``new:NAME`` for bodies the reference may not have;
``new:NAME`` matches a reference entity that NAME names, else an unknown body with that name.
A ``not_bodies`` entry is a string no body may overlap (noise), or a body so written that must
not be found (a bare 市委 of a democratic party is no Party committee: ``new:中共遂宁市委``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cppcckg.errors import InputError
from cppcckg.extract.pipeline import Pipeline
from cppcckg.ingest.reports import report_from_bytes
from cppcckg.ingest.textnorm import normalise
from cppcckg.ingest.yamlio import load_yaml
from cppcckg.model import Extraction, Initiative

__all__ = ["CLASSES", "Case", "Outcome", "check", "load_cases", "run_suite", "format_table"]

#: The failure classes of the extraction issue, in the order the table prints them.
CLASSES = ("actor", "collective", "joint", "status", "enumeration", "subject", "dedupe", "noise", "year", "bodies")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Case:
    id: str
    cls: str
    genre: str
    text: str
    meta: dict[str, Any]
    initiatives: tuple[dict[str, Any], ...]
    metrics: tuple[dict[str, Any], ...] = ()
    bodies: tuple[str, ...] = ()
    not_bodies: tuple[str, ...] = ()
    period: str | None = None
    where: str = ""
    only_statistics: bool = False  # no statistic beyond those listed


@dataclass
class Outcome:
    case: Case
    problems: list[str] = field(default_factory=list)
    # fact counts over the case, for suite-wide scores
    expected: int = 0
    found: int = 0
    matched: int = 0
    organizers_right: int = 0
    joint_tp: int = 0
    joint_fp: int = 0
    joint_fn: int = 0

    @property
    def passed(self) -> bool:
        return not self.problems


def load_cases(path: Path) -> list[Case]:
    """Every case of a YAML file, or of every *.yaml file of a folder, in file order."""
    path = Path(path)
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    if not files or not all(f.is_file() for f in files):
        raise InputError(f"{path}: no challenge files (*.yaml) found; give a file or a folder of them")
    cases: list[Case] = []
    for file in files:
        items = load_yaml(file, InputError, "challenge file", "fix the YAML")
        if not isinstance(items, list):
            raise InputError(f"{file}: a challenge file is a list of cases")
        for n, item in enumerate(items, 1):
            if not isinstance(item, dict) or not {"id", "class", "text", "initiatives"} <= set(item):
                raise InputError(f"{file}: case {n} needs id, class, text and initiatives")
            if item["class"] not in CLASSES:
                raise InputError(f"{file}: case {item['id']}: class {item['class']!r} is not one of {', '.join(CLASSES)}")
            cases.append(Case(
                id=str(item["id"]), cls=item["class"], genre=str(item.get("genre", "")), text=item["text"],
                meta=dict(item.get("meta") or {}), initiatives=tuple(item["initiatives"] or ()),
                metrics=tuple(item.get("metrics") or ()), bodies=tuple(item.get("bodies") or ()),
                not_bodies=tuple(item.get("not_bodies") or ()),
                period=str(item["period"]) if item.get("period") is not None else None, where=file.name,
                only_statistics=bool(item.get("only_statistics", False)),
            ))
    return cases


def _report(case: Case):
    meta: dict[str, Any] = {"id": re.sub(r"[^A-Za-z0-9._-]", "-", case.id)}
    if case.meta.get("title"):
        meta["title"] = case.meta["title"]
    if case.meta.get("date"):
        meta["delivered"] = str(case.meta["date"])
    if case.meta.get("publisher"):
        meta["publisher"] = case.meta["publisher"]
    # only what a file's metadata would hold; the period is for the extractor to find
    report = report_from_bytes(case.text.encode("utf-8"), case.id, case.id, meta)
    return report


class _Names:
    """Turns extracted body keys and expected names into comparable identities."""

    def __init__(self, pipeline: Pipeline, extraction: Extraction):
        self.pipeline = pipeline
        self.unknown = {m.entity: _compact(m.label) for m in extraction.mentions if not m.in_reference}

    def found(self, key: str) -> str:
        return "new:" + self.unknown[key] if key in self.unknown else key

    def expected(self, name: str) -> str:
        if not name.startswith("new:"):
            return name
        surface = _compact(name[4:])
        key = self.pipeline.recognizer.full_name(surface)
        return key if key is not None else "new:" + surface


def _compact(text: str) -> str:
    return _SPACE.sub("", text)


def check(pipeline: Pipeline, case: Case) -> Outcome:
    """Run the extractor on one case and say what it got wrong."""
    outcome = Outcome(case)
    extraction = pipeline.run(_report(case))
    names = _Names(pipeline, extraction)
    found = list(extraction.initiatives)
    used: set[int] = set()
    outcome.expected, outcome.found = len(case.initiatives), len(found)
    for want in case.initiatives:
        trigger = str(want["trigger"])
        at = case.text.find(trigger)
        if at < 0:
            outcome.problems.append(f"case error: trigger {trigger!r} is not in the text")
            continue
        candidates = [i for i, got in enumerate(found) if i not in used
                      and got.evidence.start <= at and at + len(trigger) <= got.evidence.end + 1]
        if not candidates:
            outcome.problems.append(f"missed: {trigger}")
            if want.get("joint"):
                outcome.joint_fn += 1
            continue
        index = min(candidates, key=lambda i: abs(found[i].trigger[0] - at))
        used.add(index)
        got = found[index]
        outcome.matched += 1
        _compare(want, got, names, outcome)
    for i, got in enumerate(found):
        if i not in used:
            outcome.problems.append(f"extra: {got.type} {got.evidence.text!r}")
            if got.joint_sichuan_chongqing:
                outcome.joint_fp += 1
    # units are data in the Simplified script whatever the text's script (個 is 个)
    values = {(round(m.value, 4), normalise(m.unit)) for m in extraction.metrics}
    totals = {(round(m.value, 4), normalise(m.unit), round(m.part_of.value, 4) if m.part_of else None)
              for m in extraction.metrics}
    measured = {(round(m.value, 4), normalise(m.unit), m.measure) for m in extraction.metrics}
    for metric in case.metrics:
        key = (round(float(metric["value"]), 4), normalise(str(metric.get("unit", ""))))
        if key not in values:
            outcome.problems.append(f"statistic missed: {metric['value']}{metric.get('unit', '')}")
        elif "measure" in metric and (*key, metric["measure"]) not in measured:
            # (what the figure counts, where the case says: 6位委员…发言 are speeches)
            outcome.problems.append(f"statistic {metric['value']}{metric.get('unit', '')} not counted as {metric['measure']}")
        elif "part_of" in metric and (*key, round(float(metric["part_of"]), 4)) not in totals:
            # (a part of a total: 其中…34件 of 立案118件, wherever the breakdown is written)
            outcome.problems.append(f"statistic {metric['value']}{metric.get('unit', '')} not a part of {metric['part_of']}")
    if case.only_statistics:
        listed = {(round(float(metric["value"]), 4), normalise(str(metric.get("unit", "")))) for metric in case.metrics}
        for m in extraction.metrics:
            if (round(m.value, 4), normalise(m.unit)) not in listed:
                outcome.problems.append(f"extra statistic: {m.evidence.text!r}")
    mentioned = {names.found(m.entity) for m in extraction.mentions if m.kind == "body"}
    for body in case.bodies:
        if names.expected(body) not in mentioned:
            outcome.problems.append(f"body not found: {body}")
    for noise in case.not_bodies:
        if noise.startswith("new:") or names.pipeline.reference.get(noise) is not None:
            if names.expected(noise) in mentioned:
                outcome.problems.append(f"body found: {noise}")
            continue
        for match in re.finditer(re.escape(noise), case.text):
            if any(m.kind == "body" and m.evidence.start < match.end() and match.start() < m.evidence.end
                   for m in extraction.mentions):
                outcome.problems.append(f"body found in noise: {noise}")
                break
    if case.period is not None:
        got_period = extraction.report.period.label() if extraction.report.period else None
        if got_period != case.period:
            outcome.problems.append(f"period {got_period} (expected {case.period})")
    return outcome


def _compare(want: dict[str, Any], got: Initiative, names: _Names, outcome: Outcome) -> None:
    trigger = want["trigger"]
    organizers = {names.found(k) for k in got.organizers}
    expected = {names.expected(k) for k in want.get("organizers") or ()}
    if organizers == expected:
        outcome.organizers_right += 1
    else:
        outcome.problems.append(f"{trigger}: organizers {sorted(organizers)} (expected {sorted(expected)})")
    partners = {names.found(k) for k in got.partners}
    wanted_partners = {names.expected(k) for k in want.get("partners") or ()}
    if not wanted_partners <= partners:
        outcome.problems.append(f"{trigger}: partners {sorted(partners)} (expected {sorted(wanted_partners)})")
    joint = bool(want.get("joint", False))
    if joint and got.joint_sichuan_chongqing:
        outcome.joint_tp += 1
    elif joint:
        outcome.joint_fn += 1
        outcome.problems.append(f"{trigger}: not flagged joint")
    elif got.joint_sichuan_chongqing:
        outcome.joint_fp += 1
        outcome.problems.append(f"{trigger}: flagged joint")
    if want.get("type") and want["type"] != got.type:
        outcome.problems.append(f"{trigger}: type {got.type} (expected {want['type']})")
    if want.get("status") and want["status"] != got.status:
        outcome.problems.append(f"{trigger}: status {got.status} (expected {want['status']})")
    if want.get("period") is not None:  # the years the work itself is of (2022, 2022-2025)
        got_period = got.period.label() if got.period else None
        if got_period != str(want["period"]):
            outcome.problems.append(f"{trigger}: period {got_period} (expected {want['period']})")
    subject = want.get("subject")
    if subject and _compact(str(subject)) not in _compact(got.label):
        outcome.problems.append(f"{trigger}: label {got.label!r} lacks {subject!r}")


@dataclass
class SuiteResult:
    outcomes: list[Outcome]

    def by_class(self) -> list[tuple[str, int, int]]:
        """(class, passed, cases) in the order of CLASSES."""
        total: Counter[str] = Counter(o.case.cls for o in self.outcomes)
        passed: Counter[str] = Counter(o.case.cls for o in self.outcomes if o.passed)
        return [(c, passed[c], total[c]) for c in CLASSES if total[c]]

    def scores(self) -> dict[str, float]:
        """Suite-wide fact scores: initiative precision/recall/F1, organizer accuracy on
        matched initiatives, joint-flag F1."""
        exp = sum(o.expected for o in self.outcomes)
        fnd = sum(o.found for o in self.outcomes)
        mat = sum(o.matched for o in self.outcomes)
        p = mat / fnd if fnd else 1.0
        r = mat / exp if exp else 1.0
        tp = sum(o.joint_tp for o in self.outcomes)
        fp = sum(o.joint_fp for o in self.outcomes)
        fn = sum(o.joint_fn for o in self.outcomes)
        return {
            "initiative_precision": p, "initiative_recall": r, "initiative_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "organizer_accuracy": sum(o.organizers_right for o in self.outcomes) / mat if mat else 0.0,
            "joint_f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0,
        }


def run_suite(pipeline: Pipeline, cases: list[Case]) -> SuiteResult:
    return SuiteResult([check(pipeline, case) for case in cases])


def format_table(result: SuiteResult) -> str:
    lines = ["| class | passed | cases | rate |", "| --- | --- | --- | --- |"]
    passed_all = cases_all = 0
    for cls, passed, cases in result.by_class():
        lines.append(f"| {cls} | {passed} | {cases} | {passed / cases:.2f} |")
        passed_all += passed
        cases_all += cases
    if cases_all:
        lines.append(f"| all | {passed_all} | {cases_all} | {passed_all / cases_all:.2f} |")
    scores = result.scores()
    lines.append("")
    lines.append("| fact | score |")
    lines.append("| --- | --- |")
    for name, value in scores.items():
        lines.append(f"| {name.replace('_', ' ')} | {value:.3f} |")
    return "\n".join(lines)
