"""The build job: reports → facts → dataset → validate → reason → store, as one function.

The CLI's `build` command calls `assemble()`; everything it writes appears only when every
stage has succeeded (the store swap is atomic), so a failed build loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .build import add_inferred, add_ontology, add_report, add_reference, initiative_key, new_dataset
from .errors import InputError
from .extract.pipeline import Pipeline
from .model import Extraction
from .reference import Reference, load_reference
from .reports import find_reports, read_report
from .resolve import initiative_keys

Progress = Callable[[str, int, int], None]


@dataclass
class BuildResult:
    """What a build made, for the CLI to report."""

    store: Path
    reports: list[str] = field(default_factory=list)
    triples: int = 0
    inferred: int = 0
    initiatives: int = 0
    metrics: int = 0
    mentions: int = 0
    unknown_bodies: int = 0
    merged: int = 0
    assumptions: list[str] = field(default_factory=list)


def extract_all(paths: list[Path], reference: Reference, progress: Progress | None = None) -> list[Extraction]:
    """Read and extract every report; two reports with one id are an error naming both."""
    pipeline = Pipeline(reference)
    out: list[Extraction] = []
    seen: dict[str, str] = {}
    for n, path in enumerate(paths, 1):
        report = read_report(path)
        if report.id in seen:
            raise InputError(f"{path}: report id {report.id!r} is also used by {seen[report.id]}; give one of them another id")
        seen[report.id] = str(path)
        out.append(pipeline.run(report))
        if progress:
            progress("extract", n, len(paths))
    return out


def assemble(
    reports_dir: Path,
    out_dir: Path,
    reference_dir: Path | None = None,
    reason: bool = True,
    validate: bool = True,
    progress: Progress | None = None,
) -> BuildResult:
    """Build the whole dataset from a folder of reports into OUT/store."""
    from .extract.metrics import load_measures
    from .store import load_nquads, staging_store

    reference = load_reference(reference_dir)
    paths = find_reports(reports_dir)
    extractions = extract_all(paths, reference, progress)
    ds = new_dataset()
    add_ontology(ds)
    measures = load_measures()
    add_reference(ds, reference, measures.labels() if hasattr(measures, "labels") else ())
    result = BuildResult(store=Path(out_dir) / "store")
    merged = initiative_keys(extractions, reference, initiative_key)
    result.merged = sum(1 for _key, rule in merged.values() if rule)
    for ex in extractions:
        add_report(ds, reference, ex, merged)
        result.reports.append(ex.report.id)
        result.initiatives += len(ex.initiatives)
        result.metrics += len(ex.metrics)
        result.mentions += len(ex.mentions)
        result.unknown_bodies += sum(1 for m in ex.mentions if not m.in_reference)
        result.assumptions.extend(f"{ex.report.id}: {a}" for a in ex.report.assumptions)
    if validate:
        from .validate import check

        if progress:
            progress("validate", 0, 1)
        check(ds)
    if reason:
        from .reason import infer

        if progress:
            progress("reason", 0, 1)
        inferred = infer(ds)
        result.inferred = len(inferred)
        add_inferred(ds, inferred)
    data = ds.serialize(format="nquads").encode("utf-8")
    if progress:
        progress("store", 0, 1)
    with staging_store(result.store) as store:
        load_nquads(store, data)
        result.triples = len(store)
    return result

