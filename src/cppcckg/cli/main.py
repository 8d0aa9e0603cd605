"""The `cppcckg` command: parse arguments, call the library, print results.

Library errors (CppcckgError) become one line on stderr and the error class's exit code;
no traceback is shown for a user's mistake.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, List, Optional

import typer

from cppcckg import __version__
from cppcckg.cli.options import progress_callback as _progress
from cppcckg.cli.options import user_errors
from cppcckg.cli.output import check_format, render_rows, write, write_lines
from cppcckg.errors import InputError

app = typer.Typer(
    name="cppcckg",
    help="Build and query a knowledge graph of the Chongqing CPPCC from its work reports.\n\n"
    "Example: cppcckg build && cppcckg info",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
DEFAULT_REPORTS = Path("data/reports")
DEFAULT_OUT = Path("out")
DEFAULT_STORE = Path("out/store")


@app.callback(invoke_without_command=True)
def main(version: bool = typer.Option(False, "--version", help="Print the version and exit.")) -> None:
    if version:
        typer.echo(__version__)
        raise typer.Exit(0)


@app.command()
@user_errors
def extract(
    files: List[Path] = typer.Argument(..., help="Report files (UTF-8, GB18030/GBK, Simplified or Traditional)."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl | json | table"),
    kind: Optional[str] = typer.Option(None, "--kind", help="Only facts of this kind: mention, initiative, metric."),
    reference: Optional[Path] = typer.Option(None, "--reference", help="Reference folder (default: data/reference)."),
) -> None:
    """Extract facts from report files and print them, before any RDF exists.

    Example: cppcckg extract data/reports/cq-cppcc-2022-work-report.txt --kind initiative --format table
    """
    from cppcckg.extract.metrics import load_measures
    from cppcckg.extract.pipeline import Pipeline, facts
    from cppcckg.ingest.reference import load_reference
    from cppcckg.ingest.reports import read_report

    check_format(fmt, ("jsonl", "json", "table"))
    if kind not in (None, "mention", "initiative", "metric"):
        raise InputError(f"--kind {kind!r} is not one of mention, initiative, metric")
    ref = load_reference(reference)
    pipeline = Pipeline(ref, load_measures(ref.measures_file))
    rows = []
    for path in files:
        extraction = pipeline.run(read_report(path))
        for note in extraction.report.assumptions:
            typer.echo(f"note: {path}: {note}", err=True)
        selected = (f for f in facts(extraction, ref) if kind is None or f["kind"] == kind)
        if fmt == "jsonl":  # streamed, one report at a time: a long report is not held twice as text
            write_lines(json.dumps(f, ensure_ascii=False) + "\n" for f in selected)
        else:
            rows.extend(selected)
        del extraction
    if fmt == "jsonl":
        return
    if fmt == "table":
        columns = ["kind", "report", "start", "end", "summary", "text"]
        table = [
            {"kind": r["kind"], "report": r["report"], "start": r["evidence"]["start"], "end": r["evidence"]["end"],
             "summary": _summary(r), "text": r["evidence"]["text"].replace("\n", "")[:60]}
            for r in rows
        ]
        write(render_rows(table, columns, "table"))
    else:
        write(render_rows(rows, [], fmt))


def _summary(fact: dict) -> str:
    if fact["kind"] == "mention":
        return f"{fact['label']} ({fact['class']})"
    if fact["kind"] == "initiative":
        joint = " 川渝" if fact["joint_sichuan_chongqing"] else ""
        return f"{fact['type']}{joint} {fact['status']}: {fact['label']} ← {'、'.join(fact['organizers'])}"
    return f"{fact['measure']} = {fact['value']}{fact['unit']}{fact['qualifier'] or ''}"


@app.command()
@user_errors
def build(
    reports: Path = typer.Option(DEFAULT_REPORTS, "--reports", help="Folder of report files (*.txt with optional *.yaml)."),
    out: Path = typer.Option(DEFAULT_OUT, "--out", help="Output folder; the store goes to OUT/store."),
    reference: Optional[Path] = typer.Option(None, "--reference", help="Reference folder (default: data/reference)."),
    reasoner: str = typer.Option("auto", "--reasoner", help="auto | rl | hermit | none: OWL 2 RL in-process (no Java), HermiT (needs Java), or none; auto takes HermiT when Java is on the PATH, else RL."),
    reason: bool = typer.Option(True, "--reason/--no-reason", help="--no-reason is --reasoner none."),
    validate: bool = typer.Option(True, "--validate/--no-validate", help="Check the graph with the SHACL shapes."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show progress bars on a terminal."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Processes extracting reports and making their graphs (0: all cores)."),
    incremental: bool = typer.Option(True, "--incremental/--full", help="Reuse extractions, graphs and inferences of unchanged reports (OUT/cache)."),
) -> None:
    """Build the knowledge graph from every report into an embedded store.

    Extracts facts, adds the ontology and reference entities, validates with SHACL, infers
    joint Sichuan-Chongqing activities with an OWL reasoner (--reasoner) and replaces
    OUT/store atomically.

    Example: cppcckg build --reports data/reports --out out
    """
    import os

    from cppcckg.build.run import assemble

    if jobs < 0:
        raise InputError(f"--jobs {jobs}: give 0 (all cores) or a positive number of processes")
    if not reason and reasoner not in ("auto", "none"):
        raise InputError(f"--no-reason and --reasoner {reasoner} contradict each other; give only --reasoner")
    options = dict(reasoner=reasoner if reason else "none", validate=validate, jobs=jobs or (os.cpu_count() or 1), incremental=incremental)
    bar, update = _progress(progress)
    if bar is not None:
        with bar:
            result = assemble(reports, out, reference, progress=update, **options)
    else:
        result = assemble(reports, out, reference, **options)
    for note in [*result.notes, *result.assumptions]:
        typer.echo(f"note: {note}", err=True)
    typer.echo(
        f"built {result.store}: {len(result.reports)} reports, {result.triples} triples "
        f"({result.inferred} inferred), {result.initiatives} initiatives, {result.metrics} statistics, "
        f"{result.mentions} mentions ({result.unknown_bodies} not in the reference), "
        f"{result.merged} initiatives and {result.merged_figures} statistics merged across reports"
    )
    if result.reasoner != "none":
        from cppcckg.graph.reason import ENGINES

        typer.echo(f"reasoner: {ENGINES[result.reasoner]}, {result.reasoner_why}")
    typer.echo(f"next: cppcckg info --store {result.store}")


@app.command()
@user_errors
def info(
    store: Path = typer.Option(DEFAULT_STORE, "--store", help="Store folder made by `cppcckg build`."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | csv | tsv | json | jsonl"),
) -> None:
    """Print what is in the store: triples per named graph and instances per class.

    Example: cppcckg info --store out/store
    """
    from cppcckg.store import class_counts, graph_counts, open_store

    check_format(fmt)
    from cppcckg.vocab import curie

    st = open_store(store)
    graphs = [{"graph": curie(g), "triples": n} for g, n in graph_counts(st)]
    classes = [{"class": curie(c), "instances": n} for c, n in class_counts(st)]
    if fmt in ("json", "jsonl"):
        write(json.dumps({"graphs": graphs, "classes": classes}, ensure_ascii=False, indent=2) + "\n")
        return
    write(render_rows(graphs, ["graph", "triples"], fmt, title="Named graphs"))
    if fmt == "table":
        write(render_rows(classes, ["class", "instances"], fmt, title="Instances per class"))


@app.command()
@user_errors
def evaluate(
    reports: Path = typer.Option(DEFAULT_REPORTS, "--reports", help="Folder of report files."),
    gold: Path = typer.Option(Path("data/gold"), "--gold", help="Folder of gold annotations (<report-id>.jsonl)."),
    mismatches: Path = typer.Option(Path("out/mismatches.txt"), "--mismatches", help="Where to write the mismatches."),
    reference: Optional[Path] = typer.Option(None, "--reference", help="Reference folder (default: data/reference)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json"),
    challenge: Optional[Path] = typer.Option(None, "--challenge", help="Run the challenge suite in this file or folder (e.g. tests/challenge) instead: pass rate per class."),
    failures: bool = typer.Option(False, "--failures", help="With --challenge: list each failing case and what went wrong."),
) -> None:
    """Score the extractor against hand-made gold annotations (precision, recall, F1), or run
    the challenge suite of short texts of other genres (--challenge).

    Example: cppcckg evaluate --mismatches out/mismatches.txt
    Example: cppcckg evaluate --challenge tests/challenge
    """
    if challenge is not None:
        _challenge(challenge, reference, fmt, failures)
        return
    from cppcckg.extract.evaluate import (
        canonical_bodies,
        format_table,
        load_facts,
        score,
        write_mismatches,
    )
    from cppcckg.extract.metrics import load_measures
    from cppcckg.extract.pipeline import Pipeline, facts
    from cppcckg.ingest.reference import load_reference
    from cppcckg.ingest.reports import find_reports, read_report

    check_format(fmt, ("table", "json"))
    ref = load_reference(reference)
    pipeline = Pipeline(ref, load_measures(ref.measures_file))
    predicted: list[dict] = []
    expected: list[dict] = []
    skipped: list[str] = []

    def canonical(name: str, read: Callable[[str], Any]) -> str | None:
        """The extractor's name of a body written as the text does: read in the report's context
        (县政协党组, 县委 in a county's text), else the reference's (四川省泸州市泸县政协)."""
        mention = read(name)
        if mention is not None and mention.kind == "body":
            return mention.label
        for start in range(0, max(1, len(name) - 3)):
            key = pipeline.recognizer.full_name(name[start:])
            if key is not None:
                return ref.entities[key].name_zh if start == 0 or ref.entities[key].kind == "body" else None
        return None

    paths = find_reports(reports, skipped)
    for note in skipped:
        typer.echo(f"note: {note}", err=True)
    for path in paths:
        report = read_report(path)
        gold_file = gold / f"{report.id}.jsonl"
        if not gold_file.is_file():
            continue
        read = pipeline.recognizer.reader_of(report)
        expected.extend(canonical_bodies(load_facts(gold_file), lambda name: canonical(name, read)))
        predicted.extend(facts(pipeline.run(report), ref))
    if not expected:
        raise InputError(f"{gold}: no gold file matches a report in {reports}; gold files are named <report-id>.jsonl")
    result = score(predicted, expected)
    mismatches.parent.mkdir(parents=True, exist_ok=True)
    write_mismatches(result, mismatches)
    if fmt == "json":
        write(json.dumps([r.__dict__ for r in result.rows], ensure_ascii=False, indent=2) + "\n")
    else:
        write(format_table(result) + "\n")
        typer.echo(f"mismatches: {mismatches}", err=True)


def _challenge(path: Path, reference: Optional[Path], fmt: str, failures: bool) -> None:
    from cppcckg.extract.challenge import format_table, load_cases, run_suite
    from cppcckg.extract.pipeline import Pipeline
    from cppcckg.ingest.reference import load_reference

    check_format(fmt, ("table", "json"))
    result = run_suite(Pipeline(load_reference(reference)), load_cases(path))
    if fmt == "json":
        write(json.dumps({"classes": [{"class": c, "passed": p, "cases": n} for c, p, n in result.by_class()],
                          "scores": result.scores(),
                          "failures": {o.case.id: o.problems for o in result.outcomes if not o.passed}},
                         ensure_ascii=False, indent=2) + "\n")
        return
    write(format_table(result) + "\n")
    if failures:
        for outcome in result.outcomes:
            if not outcome.passed:
                write(f"\n{outcome.case.id} ({outcome.case.where}): " + "; ".join(outcome.problems) + "\n")


def register_all(app: typer.Typer) -> None:
    """Call ``register(app)`` of every ``*_cmd`` module of this package, in name order, so that
    adding a command never means editing another command's module."""
    import importlib
    import pkgutil

    import cppcckg.cli as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.endswith("_cmd"):
            importlib.import_module(f"cppcckg.cli.{info.name}").register(app)


register_all(app)


if __name__ == "__main__":  # pragma: no cover
    app()
