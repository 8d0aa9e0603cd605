"""Each report's graph made, checked with SHACL and written as N-Quads: in this process, or
spread over a process pool (the reports are independent once cross-report identity is known).

A worker returns the report's N-Quads text and the part of its graph the reasoner needs; the
caller appends the text to the build's spool file in report order, so the output is the same
whatever the number of processes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, TextIO

from rdflib import Graph

from .build import add_reference, new_dataset, report_pieces, write_nquads
from .model import Extraction
from .reason import load_ontology, reasoner_input
from .reference import Reference, load_reference
from .validate import PieceValidator

Merged = dict[tuple[str, int], tuple[str, str | None]]
Triple = tuple


@dataclass
class GraphContext:
    """What writing one report's graph needs, made once per process."""

    reference: Reference
    reference_graph: Graph
    validator: PieceValidator | None
    ontology: Graph | None


def make_context(reference: Reference, validate: bool, reason: bool) -> GraphContext:
    from .extract.metrics import load_measures

    reference_graph = add_reference(new_dataset(), reference, load_measures().labels())
    return GraphContext(
        reference=reference,
        reference_graph=reference_graph,
        validator=PieceValidator(reference_graph) if validate else None,
        ontology=load_ontology() if reason else None,
    )


def write_report(ctx: GraphContext, extraction: Extraction, merged: Merged, out: TextIO) -> list[Triple]:
    """Write one report's graph to `out` piece by piece (validating each piece); return the
    triples of it that the reasoner reads."""
    facts: list[Triple] = []
    for piece in report_pieces(ctx.reference, extraction, merged):
        if ctx.validator is not None:
            ctx.validator.check(piece)
        if ctx.ontology is not None:
            facts.extend(reasoner_input(piece, ctx.ontology))
        write_nquads(out, piece)
    return facts


_CONTEXT: GraphContext | None = None


def _init_worker(reference_dir: str | None, validate: bool, reason: bool) -> None:
    global _CONTEXT
    _CONTEXT = make_context(load_reference(Path(reference_dir) if reference_dir else None), validate, reason)


def _write_in_worker(job: tuple[Extraction, Merged]) -> tuple[str, list[Triple]]:
    assert _CONTEXT is not None
    buffer = io.StringIO()
    facts = write_report(_CONTEXT, job[0], job[1], buffer)
    return buffer.getvalue(), facts


def write_reports(
    ctx: GraphContext,
    extractions: list[Extraction],
    merged: Merged,
    out: TextIO,
    jobs: int = 1,
    min_parallel: int = 4,
    done: Callable[[Extraction], None] | None = None,
) -> Iterator[Triple]:
    """Write every report's graph to `out`, in order; yield the reasoner's triples as they come.

    With `jobs` > 1 and enough reports, a process pool does the work; a report's graph is
    then held as text until it is written (a long report alone is better run with jobs=1,
    which writes piece by piece)."""
    by_report: dict[str, Merged] = {}
    for key, value in merged.items():
        by_report.setdefault(key[0], {})[key] = value
    if jobs <= 1 or len(extractions) < min_parallel:
        for ex in extractions:
            yield from write_report(ctx, ex, by_report.get(ex.report.id, {}), out)
            if done:
                done(ex)
        return
    from concurrent.futures import ProcessPoolExecutor

    ref_dir = str(ctx.reference.directory) if ctx.reference.directory else None
    work = ((ex, by_report.get(ex.report.id, {})) for ex in extractions)
    with ProcessPoolExecutor(max_workers=min(jobs, len(extractions)), initializer=_init_worker,
                             initargs=(ref_dir, ctx.validator is not None, ctx.ontology is not None)) as pool:
        for ex, (text, facts) in zip(extractions, pool.map(_write_in_worker, work, chunksize=1)):
            out.write(text)
            yield from facts
            if done:
                done(ex)
