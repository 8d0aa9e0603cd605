"""Each report's graph made, checked with SHACL and written as N-Quads: in this process, or
spread over a process pool (the reports are independent once cross-report identity is known).

A worker returns the report's N-Quads text and the part of its graph the reasoner needs; the
caller appends the text to the build's spool file in report order, so the output is the same
whatever the number of processes.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Callable, Iterator, TextIO

from rdflib import Graph

from cppcckg.graph.rdf import add_reference, new_dataset, report_pieces
from cppcckg.graph.reason import ReasonerVocabulary, load_ontology, reasoner_triples
from cppcckg.graph.validate import PieceValidator, ntriple
from cppcckg.ingest.reference import Reference, load_reference
from cppcckg.model import Extraction

#: Cross-report identity: (report id, initiative index) or (report id, metric index, "metric")
#: → (key of the merged fact, merge rule); see graph/resolve.py and graph/figures.py.
Merged = dict[tuple, tuple[str, str | None]]
Triple = tuple


class GraphContext:
    """What writing one report's graph needs, made once per process (the SHACL validator
    only when a graph has to be made: a build served from the cache never loads it)."""

    def __init__(self, reference: Reference, reference_graph: Graph, validate: bool, ontology: Graph | None):
        self.reference = reference
        self.reference_graph = reference_graph
        self.validate = validate
        self.ontology = ontology
        self.vocabulary = ReasonerVocabulary.of(ontology) if ontology is not None else None
        self._validator: PieceValidator | None = None

    @property
    def validator(self) -> PieceValidator | None:
        if self.validate and self._validator is None:
            self._validator = PieceValidator(self.reference_graph)
        return self._validator


def make_context(reference: Reference, validate: bool, reason: bool) -> GraphContext:
    from cppcckg.extract.metrics import load_measures

    reference_graph = add_reference(new_dataset(), reference, load_measures(reference.measures_file).labels())
    return GraphContext(reference, reference_graph, validate, load_ontology() if reason else None)


def write_report(ctx: GraphContext, extraction: Extraction, merged: Merged, out: TextIO) -> list[Triple]:
    """Write one report's graph to `out` piece by piece (validating each piece); return the
    triples of it that the reasoner reads."""
    facts: list[Triple] = []
    for piece in report_pieces(ctx.reference, extraction, merged):
        lines = list(map(ntriple, piece))  # written once: for SHACL, and as N-Quads for the store
        if ctx.validate:
            ctx.validator.check(piece, lines)
        if ctx.ontology is not None:
            facts.extend(reasoner_triples(piece, ctx.vocabulary))
        name = f"<{piece.identifier}> .\n"
        out.writelines(line[:-2] + name for line in lines)  # "s p o .\n" → "s p o <g> .\n"
    return facts


_CONTEXT: GraphContext | None = None


def _init_worker(reference_dir: str | None, validate: bool, reason: bool) -> None:
    global _CONTEXT
    from cppcckg.store import drop_inherited_locks

    drop_inherited_locks()
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
    cache_dir: Path | None = None,
    made: Callable[[int, int], None] | None = None,
) -> Iterator[Triple]:
    """Write every report's graph to `out`, in order; yield the reasoner's triples as they come.

    With `jobs` > 1 and enough reports to make, a process pool does the work (a report's
    graph is then held as text until it is written; alone, a long report is written piece by
    piece). With `cache_dir`, graphs of unchanged reports come from there (graphcache.py);
    `made(n, total)` then follows the graphs being made, `done` the reports being written."""
    by_report: dict[str, Merged] = {}
    for key, value in merged.items():
        by_report.setdefault(key[0], {})[key] = value
    work = [(ex, by_report.get(ex.report.id, {})) for ex in extractions]
    if cache_dir is None:
        for ex, (text, facts) in zip(extractions, _make(ctx, work, jobs, min_parallel, out)):
            out.write(text)
            yield from facts
            if done:
                done(ex)
        return
    from cppcckg.build.extract_cache import reference_digest
    from cppcckg.build.graph_cache import GraphCache, graph_key

    cache = GraphCache(cache_dir)
    ref_digest = reference_digest(ctx.reference.directory) if ctx.reference.directory else ""
    keys = [graph_key(ex, m, ref_digest, ctx.validate, ctx.ontology is not None) for ex, m in work]
    missing = [n for n, key in enumerate(keys) if not cache.has(key)]
    try:
        _fill(ctx, cache, [(keys[n], *work[n]) for n in missing], jobs, min_parallel, made)
    except OSError as exc:
        from cppcckg.errors import StoreError
        from cppcckg.fsutil import disk_full

        if disk_full(exc):
            raise StoreError(f"{cache_dir}: no space left while writing the build cache; free some space or choose "
                             "another --out (the previous store is unchanged)") from None
        raise StoreError(f"{cache_dir}: cannot write the build cache ({exc.strerror}); check permissions or build with --full") from None
    for ex, key in zip(extractions, keys):
        cache.copy_to(key, out)  # a full disk here is the spool's, reported by store.spool_file
        yield from cache.facts(key)
        if done:
            done(ex)
    cache.prune(set(keys))


def _make(ctx: GraphContext, work: list[tuple[Extraction, Merged]], jobs: int, min_parallel: int,
          out: TextIO) -> Iterator[tuple[str, list[Triple]]]:
    """(N-Quads text, reasoner triples) of each report in order; in this process the text is
    written straight to `out` piece by piece and comes back empty."""
    if jobs <= 1 or len(work) < min_parallel:
        for ex, merged in work:
            yield "", write_report(ctx, ex, merged, out)
        return
    from concurrent.futures import ProcessPoolExecutor

    ref_dir = str(ctx.reference.directory) if ctx.reference.directory else None
    with ProcessPoolExecutor(max_workers=min(jobs, len(work)), initializer=_init_worker,
                             initargs=(ref_dir, ctx.validate, ctx.ontology is not None)) as pool:
        yield from pool.map(_write_in_worker, work, chunksize=1)


def _fill(ctx: GraphContext, cache, work: list[tuple[str, Extraction, Merged]], jobs: int, min_parallel: int,
          made: Callable[[int, int], None] | None = None) -> None:
    """Make the missing graphs into the cache."""
    if jobs <= 1 or len(work) < min_parallel:
        for n, (key, ex, merged) in enumerate(work, 1):
            with cache.writing(key) as fh:
                facts = write_report(ctx, ex, merged, fh)
            cache.put_facts(key, facts)
            if made:
                made(n, len(work))
        return
    results = _make(ctx, [(ex, m) for _k, ex, m in work], jobs, min_parallel, io.StringIO())
    for n, ((key, _ex, _merged), (text, facts)) in enumerate(zip(work, results), 1):
        cache.put(key, text, facts)
        if made:
            made(n, len(work))
