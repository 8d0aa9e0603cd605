"""The build job: reports → facts → dataset → validate → reason → store, as one function.

The CLI's `build` command calls `assemble()`; everything it writes appears only when every
stage has succeeded (the store swap is atomic), so a failed build loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, TextIO

from rdflib import Graph, URIRef

from cppcckg.build.extract_cache import ExtractionCache, reference_digest
from cppcckg.build.extract_cache import key as cache_key
from cppcckg.build.graph_cache import cached_inference
from cppcckg.build.load import StoreLoader
from cppcckg.build.redirects import carry_forward
from cppcckg.errors import InputError
from cppcckg.extract.metrics import load_measures
from cppcckg.extract.pipeline import Pipeline
from cppcckg.graph.materialise import AssertedPairs, path_triples
from cppcckg.graph.pieces import make_context, write_reports
from cppcckg.graph.figures import figure_keys
from cppcckg.graph.rdf import add_ontology, initiative_key, new_dataset, observation_key, write_nquads
from cppcckg.graph.reason import FactSet, choose, reasoner_input, require
from cppcckg.graph.resolve import initiative_keys
from cppcckg.ingest.reference import Reference, load_reference
from cppcckg.ingest.reports import find_reports, read_report
from cppcckg.model import Extraction, Report
from cppcckg.store import build_lock, check_link, spool_file, staging_store
from cppcckg.vocab import INFERRED_GRAPH, ONTOLOGY_GRAPH

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
    merged: int = 0  # initiatives merged into another report's
    merged_figures: int = 0  # figures stated again in another report (one observation)
    redirects: int = 0  # owl:sameAs from earlier builds' initiative IRIs (build/redirects.py)
    reasoner: str = "none"  # the engine that ran: rl, hermit or none
    reasoner_why: str = ""
    assumptions: list[str] = field(default_factory=list)
    #: What the user should know that is not an assumption about a report: entries of the
    #: reports folder skipped, files in OUT/.stores or OUT/cache left as they are.
    notes: list[str] = field(default_factory=list)


_WORKER: Pipeline | None = None


def _init_worker(reference_dir: str | None) -> None:
    global _WORKER
    from cppcckg.store import drop_inherited_locks

    drop_inherited_locks()
    reference = load_reference(Path(reference_dir) if reference_dir else None)
    _WORKER = Pipeline(reference, load_measures(reference.measures_file))


def _extract_in_worker(report: Report) -> Extraction:
    assert _WORKER is not None
    return _WORKER.run(report)


def extract_all(
    paths: list[Path],
    reference: Reference,
    progress: Progress | None = None,
    jobs: int = 1,
    cache_dir: Path | None = None,
    min_parallel: int = 4,
) -> list[Extraction]:
    """Read and extract every report (in `jobs` processes; reusing cached extractions of
    unchanged reports when `cache_dir` is given). Output is the same whatever `jobs` is.
    Two reports with one id are an error naming both."""
    reports: list[Report] = []
    seen: dict[str, str] = {}
    for path in paths:
        report = read_report(path)
        if report.id in seen:
            raise InputError(f"{path}: report id {report.id!r} is also used by {seen[report.id]}; give one of them another id")
        seen[report.id] = str(path)
        reports.append(report)
    cache = ExtractionCache(cache_dir) if cache_dir else None
    ref_digest = reference_digest(reference.directory) if cache and reference.directory else ""
    keys = [cache_key(r, ref_digest) for r in reports] if cache else []
    results: list[Extraction | None] = [cache.get(k) if cache else None for k in keys] or [None] * len(reports)
    todo = [i for i, r in enumerate(results) if r is None]
    done = len(reports) - len(todo)
    if progress:
        progress("extract", done, len(reports))
    if todo and (jobs <= 1 or len(todo) < min_parallel):  # a process pool costs more than a few reports
        pipeline = Pipeline(reference, load_measures(reference.measures_file))
        for i in todo:
            results[i] = pipeline.run(reports[i])
            done += 1
            if progress:
                progress("extract", done, len(reports))
    elif todo:
        from concurrent.futures import ProcessPoolExecutor

        ref_dir = str(reference.directory) if reference.directory else None
        with ProcessPoolExecutor(max_workers=min(jobs, len(todo)), initializer=_init_worker, initargs=(ref_dir,)) as pool:
            for i, extraction in zip(todo, pool.map(_extract_in_worker, [reports[i] for i in todo])):
                results[i] = extraction
                done += 1
                if progress:
                    progress("extract", done, len(reports))
    if cache:
        for i in todo:
            cache.put(keys[i], results[i])
        cache.prune(set(keys))
    return [r for r in results if r is not None]


def assemble(
    reports_dir: Path,
    out_dir: Path,
    reference_dir: Path | None = None,
    reason: bool = True,
    validate: bool = True,
    progress: Progress | None = None,
    jobs: int = 1,
    incremental: bool = True,
    reasoner: str = "auto",
) -> BuildResult:
    """Build the whole dataset from a folder of reports into OUT/store.

    `jobs` processes extract reports in parallel; with `incremental`, extractions and graphs
    of unchanged reports are reused from OUT/cache (see extract/cache.py and graphcache.py).

    The dataset is streamed: each report's graph is made, validated and written as N-Quads to
    a spool file beside the new store (by `jobs` processes, see graph/pieces.py), and bulk-loaded
    slice by slice in a background thread while later reports are made and the reasoner runs
    (build/load.py). Only the reasoner's input (types and ontology properties of initiatives,
    bodies and places) and what graph/materialise.py reads are gathered across reports. `reasoner` is auto, rl,
    hermit or none (graph/reason.py); `reason=False` means none.

    The build holds OUT/.lock from start to end (store.build_lock): a second build into the
    same OUT stops at once with a StoreError naming the first, and changes nothing. So does a
    build whose OUT/store is a folder it did not make. What a user put in OUT/.stores or
    OUT/cache is never removed; `BuildResult.notes` says what was left, and which entries of
    the reports folder could not be reports.
    """
    engine, why = choose(reasoner if reason else "none")
    require(engine)  # before any work: a missing Java is known now, not after the graphs
    with build_lock(out_dir):
        return _assemble(Path(reports_dir), Path(out_dir), reference_dir, engine, why, validate, progress, jobs,
                         incremental)


def _assemble(reports_dir: Path, out_dir: Path, reference_dir: Path | None, engine: str, why: str, validate: bool,
              progress: Progress | None, jobs: int, incremental: bool) -> BuildResult:
    reason = engine != "none"
    result = BuildResult(store=out_dir / "store", reasoner=engine, reasoner_why=why)
    check_link(result.store)
    reference = load_reference(reference_dir)
    paths = find_reports(reports_dir, result.notes)
    cache_dir = out_dir / "cache" / "extract" if incremental else None
    extractions = extract_all(paths, reference, progress, jobs=jobs, cache_dir=cache_dir)
    if progress:
        progress("resolve", 0, 1)
    merged = initiative_keys(extractions, reference, initiative_key)
    result.merged = sum(1 for _key, rule in merged.values() if rule)
    figures = figure_keys(extractions, reference, observation_key)  # a figure two reports state
    result.merged_figures = len(figures)
    merged.update(figures)
    if progress:
        progress("resolve", 1, 1)
    extractions = [_slim(ex) for ex in extractions]

    ctx = make_context(reference, validate, reason)
    base = new_dataset()
    add_ontology(base)
    reasoner_facts: dict[tuple, None] = {}  # each triple once, in order (an rdflib Graph is made once, below)
    total = len(extractions)

    def written(ex: Extraction) -> None:
        _count(result, ex)
        if progress:
            progress("write", len(result.reports), total)

    asserted = AssertedPairs()  # what graph/materialise.py reads, collected as the N-Quads go by
    with staging_store(result.store, result.notes) as store, spool_file(result.store) as (spool_file_, spool_path), \
            StoreLoader(store, spool_file_, spool_path.parent, listener=asserted.feed) as spool:
        # the store is bulk-loaded slice by slice in the background while the rest is made
        write_nquads(spool, base.graph(ONTOLOGY_GRAPH))
        write_nquads(spool, ctx.reference_graph)
        if ctx.ontology is not None:
            reasoner_facts.update(dict.fromkeys(reasoner_input(ctx.reference_graph, ctx.ontology)))
        graph_cache = out_dir / "cache" / "graph" if incremental else None
        stage = "graph + SHACL" if validate else "graph"
        making = (lambda n, total: progress(stage, n, total)) if progress else None
        reasoner_facts.update(dict.fromkeys(write_reports(ctx, extractions, merged, spool, jobs=jobs, done=written,
                                                          cache_dir=graph_cache, made=making)))
        del extractions  # every graph is written: let the facts go before reasoning
        spool.submit()  # every asserted statement is with the loader and the collector now
        spool.listener = None
        path_results = path_triples(asserted.asserted())  # made before the reasoner runs, to free what they are made from
        del asserted
        if ctx.ontology is not None:
            if progress:
                progress("reason", 0, 1)
            inferred = Graph(identifier=INFERRED_GRAPH)
            facts = FactSet(reasoner_facts)
            del reasoner_facts
            _absorb(inferred, cached_inference(facts, ctx.ontology, out_dir / "cache" / "reason" if incremental else None, engine))
            del facts
            result.inferred = len(inferred)
            write_nquads(spool, inferred)
        else:
            inferred = Graph()
        if progress:
            progress("store", 0, 1)
        result.inferred += _materialise(spool, path_results, inferred)  # path results as plain triples
        del inferred, path_results
        spool.close()  # the last slice loaded
        redirects = carry_forward(store, out_dir)  # old initiative IRIs → new (build/redirects.py)
        result.redirects = redirects.links
        result.triples = len(store)
    redirects.save()  # the store is in place: the next build compares with this one
    if incremental:
        result.notes.extend(_foreign_cache_entries(out_dir / "cache"))
    return result


def _materialise(spool: TextIO, paths: list[tuple[str, str, str]], inferred: Graph) -> int:
    """Write the inferred graph's path results (graph/materialise.py, made from what the spool
    states) that the reasoner did not infer, before the last slice is loaded: the store is
    written by the bulk loader only, never queried or changed in a transaction. The number of
    triples added."""
    told = {(str(s), str(p), str(o)) for s, p, o in inferred if isinstance(o, URIRef)}
    new = [t for t in paths if t not in told]
    name = f" <{INFERRED_GRAPH}> .\n"
    spool.writelines(f"<{s}> <{p}> <{o}>{name}" for s, p, o in new)
    return len(new)


def _foreign_cache_entries(cache: Path) -> list[str]:
    """A note for each entry of OUT/cache that the build did not make (it is left there)."""
    from cppcckg.build import extract_cache, graph_cache
    from cppcckg.build.digest import foreign_entries

    folders = {"extract": extract_cache.SUFFIXES, "graph": graph_cache.SUFFIXES, "reason": graph_cache.REASON_SUFFIXES}
    found = [p for p in sorted(cache.iterdir()) if p.name not in folders or not p.is_dir() or p.is_symlink()] \
        if cache.is_dir() else []
    for name, suffixes in folders.items():
        if (cache / name).is_dir() and not (cache / name).is_symlink():
            found += foreign_entries(cache / name, suffixes)
    return [f"{path}: not made by cppcckg; left as it is" for path in found]


def _slim(extraction: Extraction) -> Extraction:
    """The extraction without what the graph needs no more once initiatives are resolved
    (sentences, normalised text), so a build holds each report's text once."""
    return replace(extraction, sentences=(), report=replace(extraction.report, norm=""))


def _count(result: BuildResult, ex: Extraction) -> None:
    result.reports.append(ex.report.id)
    result.initiatives += len(ex.initiatives)
    result.metrics += len(ex.metrics)
    result.mentions += len(ex.mentions)
    result.unknown_bodies += sum(1 for m in ex.mentions if not m.in_reference)
    result.assumptions.extend(f"{ex.report.id}: {a}" for a in ex.report.assumptions)


def _absorb(target: Graph, source: Iterable[tuple]) -> None:
    for triple in source:
        target.add(triple)
