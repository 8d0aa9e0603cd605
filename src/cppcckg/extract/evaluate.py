"""Score extracted facts against the hand-made gold annotations (data/gold/*.jsonl).

Facts are plain dicts in the fact contract (docs/annotation.md): every fact has a
`kind` ("mention", "initiative", "metric"), a `report` id and an `evidence`
{"start", "end", "text"} whose offsets are Python string indices into the report text.

Matching is done per report and is one-to-one: candidate (gold, predicted) pairs are
ranked by the size of their character overlap (then, for initiatives, by how similar
their labels are) and taken greedily, so one predicted fact can never satisfy two gold
facts or the other way round.

Rows of the evaluation:

* ``mentions``: a pair matches when the spans overlap and the labels are equal.
* ``initiatives``: a pair matches when the spans overlap.
* ``metrics``: a pair matches when the spans overlap and value and unit are equal.
* attribute rows, counted over matched pairs only, so that they measure the attribute
  and not the detection again:

  - ``initiative_types``, ``status``, ``programme``, ``metric_measure``, ``metric_programme`` (the
    programme a figure is stated for, docs/annotation.md 5.4): an agreeing pair is a true
    positive; a disagreeing pair is one false positive and one false negative (so
    precision = recall = accuracy over the matched pairs);
  - ``organizers``: over (matched initiative, organizer) pairs: organizers named by
    both are true positives, only predicted ones false positives, only gold ones false
    negatives;
  - ``joint_flag``: binary over matched initiatives with `true` as the positive class.
  - ``topics`` and ``context_topics``: over (matched initiative, topic) pairs, as organizers:
    the topics the initiative's own clause names, and the topics it inherits from the
    headings and lead sentence above it (docs/annotation.md 4.8);
  - ``metric_parts``: over matched statistics, whether each is the part of a total (其中…) and
    of which one (the total's value): a figure both call a part of the same total is a true
    positive, a part only one side sees a false positive or negative.

Every row exists per report and overall; the overall row sums the per-report counts
(micro average).

Longer than 400 lines because it holds one row function per fact attribute beside the
one-to-one matcher they all share; the rows are the next piece to move out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Callable

from cppcckg.errors import InputError
from cppcckg.ingest.textnorm import normalise

KINDS: tuple[str, ...] = ("mention", "initiative", "metric")
ROW_NAMES: tuple[str, ...] = (
    "mentions",
    "initiatives",
    "initiative_types",
    "organizers",
    "joint_flag",
    "status",
    "period",
    "label_subject",
    "topics",
    "context_topics",
    "programme",
    "metrics",
    "metric_measure",
    "metric_programme",
    "metric_period",
    "metric_parts",
)
OVERALL = "all"


@dataclass(frozen=True)
class Row:
    """Counts and scores of one row; `report` is a report id or "all" (micro over reports)."""

    name: str
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    report: str = OVERALL


@dataclass
class Evaluation:
    """All rows (per report, then overall) and one human-readable line per disagreement."""

    rows: list[Row] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)

    def row(self, name: str, report: str = OVERALL) -> Row:
        """The row called `name` for `report` ("all" for the micro average)."""
        for row in self.rows:
            if row.name == name and row.report == report:
                return row
        raise KeyError(f"no row {name!r} for report {report!r}")

    @property
    def reports(self) -> list[str]:
        """The report ids that have rows of their own, in order."""
        seen: list[str] = []
        for row in self.rows:
            if row.report != OVERALL and row.report not in seen:
                seen.append(row.report)
        return seen


# --------------------------------------------------------------------------- loading


def load_facts(path: Path) -> list[dict[str, Any]]:
    """Read a JSONL file of facts, one JSON object a line (blank lines are skipped).

    Raises InputError naming the file and the line for unreadable files, bad JSON and
    lines that are not facts (no known `kind` or no `evidence` with integer offsets).
    """
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read: {error}") from None
    facts: list[dict[str, Any]] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            fact = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{path}:{number}: bad JSON: {error.msg} (column {error.colno})") from None
        problem = _fact_problem(fact)
        if problem:
            raise InputError(f"{path}:{number}: {problem}")
        facts.append(fact)
    return facts


def canonical_bodies(facts: list[dict[str, Any]], canonical: Callable[[str], str | None]) -> list[dict[str, Any]]:
    """Gold facts with the bodies of initiatives named as the reference names them: an
    annotator writes a body the way the text does (泸县政协), the extractor gives the
    reference's name (政协泸县委员会), and the two are the same body. Names the reference does
    not know stay as written."""
    out = []
    for fact in facts:
        if fact.get("kind") == "initiative":
            fact = dict(fact)
            for key in ("organizers", "partners"):
                fact[key] = [canonical(name) or name for name in fact.get(key) or []]
        elif fact.get("kind") == "mention" and fact.get("label"):
            fact = dict(fact, label=canonical(fact["label"]) or fact["label"])
        out.append(fact)
    return out


def _fact_problem(fact: Any) -> str | None:
    if not isinstance(fact, dict):
        return "a fact must be a JSON object"
    if fact.get("kind") not in KINDS:
        return f"unknown kind {fact.get('kind')!r} (expected one of {', '.join(KINDS)})"
    evidence = fact.get("evidence")
    if not isinstance(evidence, dict):
        return "missing evidence object"
    start, end = evidence.get("start"), evidence.get("end")
    if not (_is_int(start) and _is_int(end)) or start > end:
        return "evidence needs integer start <= end"
    if _report_of(fact) is None:
        return "missing report id"
    return None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# --------------------------------------------------------------------------- scoring


def score(predicted: list[dict[str, Any]], gold: list[dict[str, Any]]) -> Evaluation:
    """Compare predicted facts with gold facts, per report and overall (micro)."""
    reports = sorted({_report_of(f) or "" for f in [*predicted, *gold]})
    evaluation = Evaluation()
    totals = {name: [0, 0, 0] for name in ROW_NAMES}
    for report in reports:
        pred_r = [f for f in predicted if (_report_of(f) or "") == report]
        gold_r = [f for f in gold if (_report_of(f) or "") == report]
        counts = _score_report(report, pred_r, gold_r, evaluation.mismatches)
        for name in ROW_NAMES:
            tp, fp, fn = counts[name]
            evaluation.rows.append(_row(name, tp, fp, fn, report))
            totals[name][0] += tp
            totals[name][1] += fp
            totals[name][2] += fn
    for name in ROW_NAMES:
        tp, fp, fn = totals[name]
        evaluation.rows.append(_row(name, tp, fp, fn, OVERALL))
    return evaluation


def _row(name: str, tp: int, fp: int, fn: int, report: str) -> Row:
    precision = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Row(name, tp, fp, fn, precision, recall, f1, report)


def _score_report(
    report: str,
    predicted: list[dict[str, Any]],
    gold: list[dict[str, Any]],
    mismatches: list[str],
) -> dict[str, tuple[int, int, int]]:
    counts: dict[str, tuple[int, int, int]] = {}

    def of_kind(facts: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
        return sorted((f for f in facts if f.get("kind") == kind), key=_span)

    # mentions: overlap + same label
    pm, gm = of_kind(predicted, "mention"), of_kind(gold, "mention")
    pairs = _match(gm, pm, lambda g, p: _norm(g.get("label")) == _norm(p.get("label")))
    counts["mentions"] = _detection(report, "mention", gm, pm, pairs, mismatches, _mention_note)

    # initiatives: overlap only, ties broken by label similarity
    pi, gi = of_kind(predicted, "initiative"), of_kind(gold, "initiative")
    pairs = _match(gi, pi, None, _label_similarity)
    counts["initiatives"] = _detection(report, "initiative", gi, pi, pairs, mismatches, _initiative_note)
    counts["initiative_types"] = _agreement(
        report, "initiative", pairs, gi, pi, "type", mismatches
    )
    counts["organizers"] = _name_pairs(report, pairs, gi, pi, "organizers", mismatches)
    counts["topics"] = _name_pairs(report, pairs, gi, pi, "topics", mismatches)
    counts["context_topics"] = _name_pairs(report, pairs, gi, pi, "context_topics", mismatches)
    counts["programme"] = _agreement(report, "initiative", pairs, gi, pi, "programme", mismatches)
    counts["joint_flag"] = _joint(report, pairs, gi, pi, mismatches)
    counts["status"] = _agreement(report, "initiative", pairs, gi, pi, "status", mismatches)
    counts["period"] = _agreement(report, "initiative", pairs, gi, pi, "period", mismatches)
    counts["label_subject"] = _label_subjects(report, pairs, gi, pi, mismatches)

    # metrics: overlap + same value and unit
    pq, gq = of_kind(predicted, "metric"), of_kind(gold, "metric")
    pairs = _match(gq, pq, _same_quantity)
    counts["metrics"] = _detection(report, "metric", gq, pq, pairs, mismatches, _metric_note)
    counts["metric_measure"] = _agreement(report, "metric", pairs, gq, pq, "measure", mismatches)
    counts["metric_programme"] = _agreement(report, "metric", pairs, gq, pq, "programme", mismatches)
    counts["metric_period"] = _agreement(report, "metric", pairs, gq, pq, "period", mismatches)
    counts["metric_parts"] = _parts(report, pairs, gq, pq, mismatches)
    return counts


def _match(
    gold: list[dict[str, Any]],
    predicted: list[dict[str, Any]],
    compatible: Any = None,
    similarity: Any = None,
) -> list[tuple[int, int]]:
    """One-to-one greedy matching of overlapping facts: largest overlap first, then the
    most similar (when `similarity` is given), then document order."""
    candidates: list[tuple[int, float, int, int]] = []
    for gi, g in enumerate(gold):
        g_start, g_end = _span(g)
        for pi, p in enumerate(predicted):
            p_start, p_end = _span(p)
            overlap = min(g_end, p_end) - max(g_start, p_start)
            if overlap <= 0 and not (overlap == 0 and g_start == g_end == p_start == p_end):
                continue
            if compatible is not None and not compatible(g, p):
                continue
            sim = similarity(g, p) if similarity is not None else 0.0
            candidates.append((overlap, sim, gi, pi))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    pairs.sort()
    return pairs


def _detection(
    report: str,
    kind: str,
    gold: list[dict[str, Any]],
    predicted: list[dict[str, Any]],
    pairs: list[tuple[int, int]],
    mismatches: list[str],
    note: Any,
) -> tuple[int, int, int]:
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    for index, fact in enumerate(gold):
        if index not in matched_g:
            mismatches.append(_line(report, kind, "missed", fact, note(fact)))
    for index, fact in enumerate(predicted):
        if index not in matched_p:
            mismatches.append(_line(report, kind, "spurious", fact, note(fact)))
    tp = len(pairs)
    return tp, len(predicted) - tp, len(gold) - tp


def _agreement(
    report: str,
    kind: str,
    pairs: list[tuple[int, int]],
    gold: list[dict[str, Any]],
    predicted: list[dict[str, Any]],
    key: str,
    mismatches: list[str],
) -> tuple[int, int, int]:
    tp = wrong = 0
    for gi, pi in pairs:
        want, got = gold[gi].get(key), predicted[pi].get(key)
        if _norm(want) == _norm(got):
            tp += 1
        else:
            wrong += 1
            mismatches.append(_line(report, kind, f"wrong {key}: got {got} want {want}", gold[gi]))
    return tp, wrong, wrong


_ACTIVITY_WORDS = re.compile(
    r"(?:联合|专题|重点|对口|界别|远程|网络|监督性|民主)?(?:调研|协商|视察|考察|督办|监督|议政|建言|座谈会|研讨会|推进会|"
    r"交流会|联席会议|会议|学习|活动|工作|通报|提案|评议)"
)


_LABEL_MARKS = re.compile(r"[：:“”‘’「」《》]")


def _label_subjects(
    report: str,
    pairs: list[tuple[int, int]],
    gold: list[dict[str, Any]],
    predicted: list[dict[str, Any]],
    mismatches: list[str],
) -> tuple[int, int, int]:
    """Do matched initiatives say what they are about? The labels agree when, with the
    activity words taken out, the gold label's subject shares three characters in a row with
    the predicted label (or the gold label names no subject)."""
    tp = wrong = 0
    for gi, pi in pairs:
        # (a label is in its report's script: 調研 and 调研 say the same)
        # (the colon after the activity word and quotes are no part of the subject: 调研：四川 is about 四川)
        want = _LABEL_MARKS.sub("", _ACTIVITY_WORDS.sub("", normalise(_norm(gold[gi].get("label")) or "")))
        got = _LABEL_MARKS.sub("", _ACTIVITY_WORDS.sub("", normalise(_norm(predicted[pi].get("label")) or "")))
        size = SequenceMatcher(None, want, got, autojunk=False).find_longest_match(0, len(want), 0, len(got)).size
        if len(want) < 3 or size >= 3:
            tp += 1
        else:
            wrong += 1
            mismatches.append(_line(report, "initiative", f"label lacks the subject: got {predicted[pi].get('label')} "
                                    f"want {gold[gi].get('label')}", gold[gi]))
    return tp, wrong, wrong


def _name_pairs(
    report: str,
    pairs: list[tuple[int, int]],
    gold: list[dict[str, Any]],
    predicted: list[dict[str, Any]],
    key: str,
    mismatches: list[str],
) -> tuple[int, int, int]:
    """(matched initiative, name) pairs of a list field: shared names are true positives."""
    tp = fp = fn = 0
    for gi, pi in pairs:
        want = {_norm(o) for o in gold[gi].get(key) or []}
        got = {_norm(o) for o in predicted[pi].get(key) or []}
        tp += len(want & got)
        fp += len(got - want)
        fn += len(want - got)
        if want != got:
            detail = [f"missing {'、'.join(sorted(want - got))}"] if want - got else []
            detail += [f"extra {'、'.join(sorted(got - want))}"] if got - want else []
            mismatches.append(_line(report, "initiative", f"wrong {key}: " + "; ".join(detail), gold[gi]))
    return tp, fp, fn


def _parts(
    report: str,
    pairs: list[tuple[int, int]],
    gold: list[dict[str, Any]],
    predicted: list[dict[str, Any]],
    mismatches: list[str],
) -> tuple[int, int, int]:
    """Breakdowns: is the figure a part of a total, and of the total with the same value?"""
    tp = fp = fn = 0
    for gi, pi in pairs:
        want, got = gold[gi].get("part_of"), predicted[pi].get("part_of")
        if want is not None and got is not None and _same_total(want, got):
            tp += 1
            continue
        fp += got is not None
        fn += want is not None
        if want is not None or got is not None:
            mismatches.append(_line(report, "metric", f"wrong part_of: got {got} want {want}", gold[gi]))
    return tp, fp, fn


def _same_total(want: Any, got: Any) -> bool:
    try:
        return abs(float(want["value"]) - float(got["value"])) < 1e-9 and want.get("unit") == got.get("unit")
    except (TypeError, ValueError, KeyError):
        return False


def _joint(
    report: str,
    pairs: list[tuple[int, int]],
    gold: list[dict[str, Any]],
    predicted: list[dict[str, Any]],
    mismatches: list[str],
) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for gi, pi in pairs:
        want = bool(gold[gi].get("joint_sichuan_chongqing"))
        got = bool(predicted[pi].get("joint_sichuan_chongqing"))
        if want and got:
            tp += 1
        elif got:
            fp += 1
        elif want:
            fn += 1
        if want != got:
            flag = "true" if got else "false"
            wanted = "true" if want else "false"
            mismatches.append(
                _line(report, "initiative", f"wrong joint flag: got {flag} want {wanted}", gold[gi])
            )
    return tp, fp, fn


# --------------------------------------------------------------------------- helpers


def _report_of(fact: dict[str, Any]) -> str | None:
    report = fact.get("report")
    if report is None and isinstance(fact.get("evidence"), dict):
        report = fact["evidence"].get("report")
    return report if isinstance(report, str) else None


def _span(fact: dict[str, Any]) -> tuple[int, int]:
    evidence = fact.get("evidence") or {}
    return int(evidence.get("start", 0)), int(evidence.get("end", 0))


def _norm(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _label_similarity(gold: dict[str, Any], predicted: dict[str, Any]) -> float:
    return SequenceMatcher(None, str(gold.get("label") or ""), str(predicted.get("label") or "")).ratio()


def _same_quantity(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    if _norm(gold.get("unit")) != _norm(predicted.get("unit")):
        return False
    try:
        want, got = float(gold.get("value")), float(predicted.get("value"))
    except (TypeError, ValueError):
        return False
    return abs(want - got) <= 1e-9 * max(1.0, abs(want))


def _mention_note(fact: dict[str, Any]) -> str:
    return f"{fact.get('label')} ({fact.get('class')})"


def _initiative_note(fact: dict[str, Any]) -> str:
    return f"{fact.get('type')} {fact.get('label')}"


def _metric_note(fact: dict[str, Any]) -> str:
    value = fact.get("value")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    qualifier = fact.get("qualifier") or ""
    return f"{value}{fact.get('unit') or ''}{qualifier and ' (' + qualifier + ')'} {fact.get('measure')}"


def _line(report: str, kind: str, what: str, fact: dict[str, Any], note: str = "") -> str:
    start, end = _span(fact)
    text = str((fact.get("evidence") or {}).get("text", "")).replace("\n", "\\n")
    tail = f" | {note}" if note else ""
    return f"{report} | {kind} | {what} | {start}-{end} {text}{tail}"


# --------------------------------------------------------------------------- output


def format_table(evaluation: Evaluation) -> str:
    """A plain-text table: one line per (report, row) with counts and P/R/F1."""
    header = ("report", "row", "tp", "fp", "fn", "precision", "recall", "f1")
    lines = [header]
    for row in evaluation.rows:
        lines.append(
            (
                row.report,
                row.name,
                str(row.tp),
                str(row.fp),
                str(row.fn),
                f"{row.precision:.3f}",
                f"{row.recall:.3f}",
                f"{row.f1:.3f}",
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for n, line in enumerate(lines):
        cells = [
            cell.ljust(widths[i]) if i < 2 else cell.rjust(widths[i]) for i, cell in enumerate(line)
        ]
        out.append("  ".join(cells).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out) + "\n"


def write_mismatches(evaluation: Evaluation, path: Path) -> None:
    """Write one mismatch a line (UTF-8) to `path`, creating its directory."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(line + "\n" for line in evaluation.mismatches), encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot write: {error}") from None


def scores_by_name(rows: Iterable[Row], report: str = OVERALL) -> dict[str, Row]:
    """The rows of one report (or the overall rows) keyed by row name."""
    return {row.name: row for row in rows if row.report == report}
