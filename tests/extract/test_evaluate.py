"""Tests of the scorer (small hand-made fact lists) and of the gold files themselves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cppcckg.errors import InputError
from cppcckg.extract.evaluate import (
    Evaluation,
    Row,
    format_table,
    load_facts,
    score,
    write_mismatches,
)

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "data" / "gold"
REPORTS_DIR = ROOT / "data" / "reports"

R = "test-report"


def mention(start: int, end: int, label: str, report: str = R, cls: str = "MunicipalCommittee") -> dict:
    return {
        "kind": "mention",
        "report": report,
        "evidence": {"start": start, "end": end, "text": "x" * (end - start)},
        "label": label,
        "class": cls,
    }


def initiative(
    start: int,
    end: int,
    label: str = "调研",
    type: str = "research",
    organizers: tuple[str, ...] = ("政协重庆市委员会",),
    joint: bool = False,
    status: str = "done",
    report: str = R,
) -> dict:
    return {
        "kind": "initiative",
        "report": report,
        "evidence": {"start": start, "end": end, "text": "x" * (end - start)},
        "type": type,
        "label": label,
        "organizers": list(organizers),
        "partners": [],
        "topics": [],
        "places": [],
        "status": status,
        "period": "2021",
        "programme": None,
        "joint_sichuan_chongqing": joint,
    }


def metric(start: int, end: int, value: float, unit: str = "件", measure: str = "proposals_received", report: str = R) -> dict:
    return {
        "kind": "metric",
        "report": report,
        "evidence": {"start": start, "end": end, "text": "x" * (end - start)},
        "value": value,
        "unit": unit,
        "qualifier": None,
        "measure": measure,
        "subject": None,
        "period": "2021",
    }


def gold_sample() -> list[dict]:
    return [
        mention(0, 3, "政协重庆市委员会"),
        mention(10, 15, "政协四川省委员会", cls="ProvincialCommittee"),
        initiative(20, 40, "新能源汽车产业联合调研", joint=True, organizers=("政协重庆市委员会", "政协四川省委员会")),
        initiative(50, 60, "专题协商", type="consultation"),
        metric(70, 75, 1501),
        metric(80, 85, 97.9, unit="%", measure="proposal_satisfaction_rate"),
    ]


# --------------------------------------------------------------------------- scoring


def test_perfect_match_scores_one_everywhere() -> None:
    gold = gold_sample()
    evaluation = score([dict(f) for f in gold], gold)
    assert isinstance(evaluation, Evaluation)
    for row in evaluation.rows:
        assert isinstance(row, Row)
        assert (row.precision, row.recall, row.f1) == (1.0, 1.0, 1.0), row
    assert evaluation.row("mentions").tp == 2
    assert evaluation.row("initiatives").tp == 2
    assert evaluation.row("organizers").tp == 3
    assert evaluation.row("joint_flag").tp == 1
    assert evaluation.row("metrics").tp == 2
    assert evaluation.mismatches == []
    # per report and overall rows exist
    assert evaluation.row("mentions", R).tp == 2
    assert evaluation.reports == [R]


def test_one_missed_and_one_spurious() -> None:
    gold = gold_sample()
    predicted = [f for f in gold if not (f["kind"] == "initiative" and f["label"] == "专题协商")]
    predicted.append(initiative(100, 110, "视察", type="inspection"))
    evaluation = score(predicted, gold)
    row = evaluation.row("initiatives")
    assert (row.tp, row.fp, row.fn) == (1, 1, 1)
    assert row.precision == pytest.approx(0.5)
    assert row.recall == pytest.approx(0.5)
    assert row.f1 == pytest.approx(0.5)
    kinds = [line for line in evaluation.mismatches if "| initiative |" in line]
    assert any("missed" in line and "专题协商" in line for line in kinds)
    assert any("spurious" in line and "视察" in line for line in kinds)
    # the other rows are unaffected
    assert evaluation.row("mentions").f1 == 1.0
    assert evaluation.row("metrics").f1 == 1.0


def test_precision_and_recall_differ_when_counts_differ() -> None:
    gold = [mention(0, 3, "A"), mention(5, 8, "B"), mention(10, 13, "C"), mention(20, 23, "D")]
    predicted = [mention(0, 3, "A"), mention(5, 8, "B"), mention(30, 33, "E")]
    row = score(predicted, gold).row("mentions")
    assert (row.tp, row.fp, row.fn) == (2, 1, 2)
    assert row.precision == pytest.approx(2 / 3)
    assert row.recall == pytest.approx(2 / 4)
    assert row.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


def test_overlap_matching_is_one_to_one() -> None:
    # one long predicted span overlapping two gold initiatives matches only one of them
    gold = [initiative(0, 10, "甲调研"), initiative(12, 20, "乙调研")]
    predicted = [initiative(0, 20, "甲调研")]
    row = score(predicted, gold).row("initiatives")
    assert (row.tp, row.fp, row.fn) == (1, 0, 1)
    # two predicted spans inside one gold span: one matches, one is spurious
    gold = [initiative(0, 20, "调研")]
    predicted = [initiative(0, 8, "调研"), initiative(9, 20, "调研")]
    row = score(predicted, gold).row("initiatives")
    assert (row.tp, row.fp, row.fn) == (1, 1, 0)


def test_greedy_matching_prefers_the_larger_overlap() -> None:
    gold = [initiative(0, 10, "甲", type="research"), initiative(10, 30, "乙", type="meeting")]
    predicted = [initiative(5, 30, "乙", type="meeting")]
    evaluation = score(predicted, gold)
    assert evaluation.row("initiatives").tp == 1
    # matched with the meeting (overlap 20), not the research (overlap 5)
    assert evaluation.row("initiative_types").tp == 1
    assert evaluation.row("initiative_types").fp == 0


def test_label_similarity_breaks_overlap_ties() -> None:
    gold = [initiative(0, 10, "新能源汽车产业联合调研"), initiative(0, 10, "专题协商", type="consultation")]
    predicted = [initiative(0, 10, "专题协商", type="consultation")]
    evaluation = score(predicted, gold)
    assert evaluation.row("initiative_types").tp == 1


def test_mentions_need_the_same_label() -> None:
    gold = [mention(0, 3, "政协重庆市委员会")]
    predicted = [mention(0, 3, "中共重庆市委员会")]
    row = score(predicted, gold).row("mentions")
    assert (row.tp, row.fp, row.fn) == (0, 1, 1)


def test_attribute_rows_count_matched_pairs() -> None:
    gold = [
        initiative(0, 10, "甲", type="research", organizers=("A", "B"), joint=True, status="done"),
        initiative(20, 30, "乙", type="meeting", organizers=("A",), joint=False, status="planned"),
    ]
    predicted = [
        initiative(0, 10, "甲", type="consultation", organizers=("A", "C"), joint=False, status="done"),
        initiative(20, 30, "乙", type="meeting", organizers=("A",), joint=True, status="done"),
    ]
    evaluation = score(predicted, gold)
    types = evaluation.row("initiative_types")
    assert (types.tp, types.fp, types.fn) == (1, 1, 1)
    organizers = evaluation.row("organizers")
    assert (organizers.tp, organizers.fp, organizers.fn) == (2, 1, 1)
    joint = evaluation.row("joint_flag")
    assert (joint.tp, joint.fp, joint.fn) == (0, 1, 1)
    status = evaluation.row("status")
    assert (status.tp, status.fp, status.fn) == (1, 1, 1)
    text = "\n".join(evaluation.mismatches)
    assert "wrong type: got consultation want research" in text
    assert "wrong joint flag: got true want false" in text
    assert "wrong status: got done want planned" in text
    assert "missing B" in text and "extra C" in text


def test_topic_rows_count_initiative_topic_pairs() -> None:
    gold = [initiative(0, 10) | {"topics": ["城市更新"], "context_topics": ["成渝地区双城经济圈", "十四五规划"]}]
    predicted = [initiative(0, 10) | {"topics": ["城市更新", "乡村振兴"], "context_topics": ["成渝地区双城经济圈"]}]
    evaluation = score(predicted, gold)
    own, inherited = evaluation.row("topics"), evaluation.row("context_topics")
    assert (own.tp, own.fp, own.fn) == (1, 1, 0)
    assert (inherited.tp, inherited.fp, inherited.fn) == (1, 0, 1)
    assert "wrong context_topics: missing 十四五规划" in "\n".join(evaluation.mismatches)


def test_breakdown_row_checks_the_total_a_part_belongs_to() -> None:
    total = {"value": 5286, "unit": "件", "start": 0}
    gold = [metric(0, 5, 5286), metric(10, 15, 4512) | {"part_of": total}, metric(20, 24, 774) | {"part_of": total}]
    predicted = [metric(0, 5, 5286), metric(10, 15, 4512) | {"part_of": total},
                 metric(20, 24, 774) | {"part_of": {"value": 4512, "unit": "件", "start": 10}}]
    row = score(predicted, gold).row("metric_parts")
    assert (row.tp, row.fp, row.fn) == (1, 1, 1)  # 774 is a part of the 5286, not of the 4512


def test_metrics_need_value_and_unit() -> None:
    gold = [metric(0, 5, 1501), metric(10, 15, 97.9, unit="%", measure="proposal_satisfaction_rate")]
    predicted = [metric(0, 5, 1501.0), metric(10, 15, 97.9, unit="个", measure="proposal_satisfaction_rate")]
    evaluation = score(predicted, gold)
    row = evaluation.row("metrics")
    assert (row.tp, row.fp, row.fn) == (1, 1, 1)
    predicted = [metric(0, 5, 1501, measure="proposals_registered")]
    measure = score(predicted, gold[:1]).row("metric_measure")
    assert (measure.tp, measure.fp, measure.fn) == (0, 1, 1)


def test_rows_are_per_report_and_micro_overall() -> None:
    gold = [mention(0, 3, "A", report="r1"), mention(0, 3, "B", report="r2"), mention(5, 8, "C", report="r2")]
    predicted = [mention(0, 3, "A", report="r1"), mention(0, 3, "B", report="r1")]
    evaluation = score(predicted, gold)
    assert evaluation.reports == ["r1", "r2"]
    r1, r2, overall = (evaluation.row("mentions", r) for r in ("r1", "r2", "all"))
    assert (r1.tp, r1.fp, r1.fn) == (1, 1, 0)
    assert (r2.tp, r2.fp, r2.fn) == (0, 0, 2)
    assert (overall.tp, overall.fp, overall.fn) == (1, 1, 2)
    assert overall.precision == pytest.approx(0.5)
    assert overall.recall == pytest.approx(1 / 3)


def test_table_and_mismatch_file(tmp_path: Path) -> None:
    gold = gold_sample()
    evaluation = score(gold[:3], gold)
    table = format_table(evaluation)
    assert "initiatives" in table and "precision" in table
    assert len(table.splitlines()) == 2 + len(evaluation.rows)
    out = tmp_path / "sub" / "mismatches.txt"
    write_mismatches(evaluation, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines == evaluation.mismatches
    assert all(line.startswith(R + " | ") for line in lines)


# --------------------------------------------------------------------------- loading


def test_load_facts_reads_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    facts = gold_sample()
    path.write_text("\n".join(json.dumps(f, ensure_ascii=False) for f in facts) + "\n\n", encoding="utf-8")
    assert load_facts(path) == facts


def test_bad_jsonl_line_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    good = json.dumps(mention(0, 3, "A"), ensure_ascii=False)
    path.write_text(f"{good}\n{good}\n{{\"kind\": \"mention\",\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_facts(path)
    assert "facts.jsonl:3" in str(caught.value)


def test_fact_without_kind_or_evidence_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    path.write_text(json.dumps({"kind": "mention", "report": R}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"facts\.jsonl:1"):
        load_facts(path)
    path.write_text(json.dumps([1, 2]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"facts\.jsonl:1"):
        load_facts(path)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_facts(tmp_path / "nothing.jsonl")


# --------------------------------------------------------------------------- the gold itself

GOLD_FILES = sorted(GOLD_DIR.glob("*.jsonl"))
INITIATIVE_TYPES = {
    "consultation", "research", "inspection", "supervision", "proposal", "briefing", "meeting",
    "study", "publication", "event", "campaign", "information", "other",
}
COMMON = {"kind", "report", "evidence"}
FIELDS = {
    "mention": COMMON | {"label", "class"},
    "initiative": COMMON
    | {"type", "label", "organizers", "partners", "topics", "context_topics", "places", "status", "period",
       "programme", "joint_sichuan_chongqing"},
    "metric": COMMON | {"value", "unit", "qualifier", "measure", "subject", "period", "part_of", "programme"},
}


def test_gold_files_exist_for_both_reports() -> None:
    names = {path.stem for path in GOLD_FILES}
    assert {"cq-cppcc-2022-work-report", "cq-cppcc-2023-work-report-graphic"} <= names


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_lines_follow_the_contract_and_slice_exactly(path: Path) -> None:
    facts = load_facts(path)
    assert facts, path
    texts: dict[str, str] = {}
    for number, fact in enumerate(facts, start=1):
        where = f"{path.name}:{number}"
        kind = fact["kind"]
        assert set(fact) == FIELDS[kind], where
        report = fact["report"]
        if report not in texts:
            texts[report] = (REPORTS_DIR / f"{report}.txt").read_text(encoding="utf-8")
        evidence = fact["evidence"]
        start, end = evidence["start"], evidence["end"]
        assert 0 <= start < end <= len(texts[report]), where
        assert texts[report][start:end] == evidence["text"], where
        if kind == "mention":
            assert fact["label"] and fact["class"], where
        elif kind == "initiative":
            assert fact["type"] in INITIATIVE_TYPES, where
            assert fact["status"] in {"done", "planned"}, where
            assert isinstance(fact["period"], str) and fact["period"], where
            assert fact["organizers"] and all(isinstance(o, str) for o in fact["organizers"]), where
            for key in ("partners", "topics", "context_topics", "places"):
                assert isinstance(fact[key], list), where
            assert isinstance(fact["joint_sichuan_chongqing"], bool), where
        else:
            assert isinstance(fact["value"], (int, float)) and not isinstance(fact["value"], bool), where
            assert isinstance(fact["unit"], str) and fact["unit"], where
            assert isinstance(fact["measure"], str) and fact["measure"], where


def test_a_label_subject_is_compared_without_the_colon_after_the_activity_word() -> None:
    # 调研：四川 and 四川调研 say what the research was about alike; 调研：四川 and 山西调研 do not
    same = score([initiative(0, 10, label="四川调研")], [initiative(0, 10, label="调研：四川")])
    assert same.row("label_subject").f1 == 1.0, same.mismatches
    other = score([initiative(0, 10, label="山西调研")], [initiative(0, 10, label="调研：四川省")])
    assert other.row("label_subject").f1 == 0.0, other.mismatches
