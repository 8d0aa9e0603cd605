"""Validation and reasoning throughput (triples per second) of each SHACL engine and each
reasoner, side by side, on what a build hands them: each report's graph with the reference as
context (SHACL), the types and ontology properties of initiatives, bodies and places (reasoner).

Runs in this process on the seeds or on a folder of reports (bench.build_cost makes one), so
the engines see exactly the same input. Used by bench.build_cost; alone:

    python -m bench.engine_throughput --reports data/reports
"""

from __future__ import annotations

import argparse
import io
import shutil
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cpu_now() -> float:
    """CPU seconds of this process and the children it waited for (HermiT's JVM)."""
    import resource

    usage = [resource.getrusage(r) for r in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(u.ru_utime + u.ru_stime for u in usage)


def build_inputs(reports: Path) -> tuple[list, object, list]:
    """(report graph pieces, reference graph, reasoner facts) of a folder of reports."""
    from rdflib import Graph

    from cppcckg.build.run import extract_all
    from cppcckg.graph.pieces import make_context, write_reports
    from cppcckg.graph.rdf import initiative_key, report_pieces
    from cppcckg.graph.reason import reasoner_input
    from cppcckg.graph.resolve import initiative_keys
    from cppcckg.ingest.reference import load_reference
    from cppcckg.ingest.reports import find_reports

    reference = load_reference(None)
    extractions = extract_all(find_reports(reports), reference)
    merged = initiative_keys(extractions, reference, initiative_key)
    ctx = make_context(reference, validate=False, reason=True)
    facts = Graph()
    for triple in reasoner_input(ctx.reference_graph, ctx.ontology):
        facts.add(triple)
    for triple in write_reports(ctx, extractions, merged, io.StringIO()):
        facts.add(triple)
    by_report: dict[str, dict] = {}
    for key, value in merged.items():
        by_report.setdefault(key[0], {})[key] = value
    pieces = [piece for ex in extractions for piece in report_pieces(reference, ex, by_report.get(ex.report.id, {}))]
    return pieces, ctx.reference_graph, facts


def shacl_rows(pieces: list, reference_graph, engines: list[str]) -> list[dict]:
    """Seconds and triples/s of validating every piece (with the context) per engine."""
    from cppcckg.graph.validate import PieceValidator

    triples = sum(len(p) for p in pieces)
    rows = []
    for engine in engines:
        validator = PieceValidator(reference_graph, engine=engine)
        start, cpu = time.perf_counter(), cpu_now()
        for piece in pieces:
            validator.check(piece)
        seconds = time.perf_counter() - start
        rows.append({"stage": "SHACL", "engine": engine, "triples": triples, "seconds": round(seconds, 2),
                     "cpu_seconds": round(cpu_now() - cpu, 2),
                     "triples_per_s": round(triples / seconds)})
    return rows


def reasoner_rows(facts, engines: list[str]) -> list[dict]:
    """Seconds and triples/s of reasoning over the facts per reasoner (HermiT only with Java)."""
    from cppcckg.graph.reason import infer_from, load_ontology
    from cppcckg.vocab import CPPCC, RDF

    ontology = load_ontology()
    rows = []
    for engine in engines:
        if engine == "hermit" and shutil.which("java") is None:
            continue
        start, cpu = time.perf_counter(), cpu_now()
        inferred = infer_from(facts, ontology, engine)
        seconds = time.perf_counter() - start
        joint = sum(1 for _ in inferred.subjects(RDF.type, CPPCC.JointSichuanChongqingActivity))
        rows.append({"stage": "reasoning", "engine": engine, "triples": len(facts), "seconds": round(seconds, 2),
                     "cpu_seconds": round(cpu_now() - cpu, 2),
                     "triples_per_s": round(len(facts) / seconds), "inferred": len(inferred), "joint": joint})
    return rows


def measure(reports: Path, label: str, shacl: list[str], reasoners: list[str]) -> list[dict]:
    pieces, reference_graph, facts = build_inputs(reports)
    rows = shacl_rows(pieces, reference_graph, shacl) + reasoner_rows(facts, reasoners)
    for row in rows:
        row["input"] = label
    return rows


def print_rows(rows: list[dict]) -> None:
    print(f"{'input':<28} {'stage':<10} {'engine':<8} {'triples':>9} {'seconds':>8} {'CPU s':>6} {'triples/s':>10} "
          f"{'inferred':>9}")
    for r in rows:
        print(f"{r['input']:<28} {r['stage']:<10} {r['engine']:<8} {r['triples']:>9} {r['seconds']:>8} {r['cpu_seconds']:>6} "
              f"{r['triples_per_s']:>10} {r.get('inferred', ''):>9}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=Path, default=ROOT / "data" / "reports")
    parser.add_argument("--shacl", default="turbo,pyshacl", help="SHACL engines to compare")
    parser.add_argument("--reasoners", default="rl,hermit", help="reasoners to compare")
    args = parser.parse_args(argv)
    print_rows(measure(args.reports, args.reports.name, args.shacl.split(","), args.reasoners.split(",")))


if __name__ == "__main__":
    main()
