"""Export cost: seconds, bytes and peak memory of `cppcckg export` in every format.

The synthetic graph of bench.query_latency (the project's shape) is generated at --triples as
N-Quads spread over the named graphs a build makes (ontology, reference, one per synthetic
report, inferred), bulk-loaded into an on-disk store in a temporary folder, and exported to each
format of ``cppcckg.linked.export.FORMATS`` with ``cppcckg.linked.export.export`` — the function the command
calls — so the figures include what the command does: canonical sorted quads, blank node
canonicalisation, serialisation and the atomic write.

Each format runs in its own child process, for two reasons: a format that takes longer than
--timeout (or is killed for lack of memory) is stopped and reported as such in the table rather
than stopping the benchmark, and the child's peak resident memory is that format's alone.

The dumps are timed without the VoID/DCAT description (``describe=False``); the command writes it
by default, and since its cost does not depend on the format it is timed once, as its own row.
Triples per second divide the store's quads by the seconds, for every row (csv included).

Prints format / seconds / MB written / triples per second / peak RSS / status and writes
bench/results/export_cost.json (or --out).

    python -m bench.export_cost                       # 1,000,000 triples
    python -m bench.export_cost --triples 100000 --formats nt,nq,jsonld --timeout 300
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import write_results

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "export_cost.json"
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

#: The extra row timing the dataset description the command writes beside every dump.
DESCRIBE_ROW = "void.ttl"
DEFAULT_TRIPLES = 1_000_000
DEFAULT_TIMEOUT = 1200.0


def _peak_rss_mb() -> float:
    """Peak resident memory of this process (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def build_store(triples: int, location: Path, seed: int = 7) -> dict:
    """Generate the synthetic dataset and bulk-load it into an on-disk store at ``location``;
    sizes and timings of those steps (the store is closed again, so children can open it)."""
    import pyoxigraph as ox

    from bench.query_latency import generate

    t0 = time.perf_counter()
    data, _ = generate(triples, seed, named_graphs=True)
    generated = time.perf_counter() - t0
    t0 = time.perf_counter()
    store = ox.Store(str(location))
    store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    store.flush()
    loaded = time.perf_counter() - t0
    info = {"quads": len(store), "named_graphs": sum(1 for _ in store.named_graphs()),
            "nquads_mb": round(len(data) / 1e6, 1), "generate_s": round(generated, 2), "load_s": round(loaded, 2)}
    del store, data
    gc.collect()
    return info


# ---------------------------------------------------------------------------------------------
# Child: one format
# ---------------------------------------------------------------------------------------------


def _child(what: str, store_path: Path, dest: Path) -> dict:
    """Export (or describe) once and measure it; runs in a fresh interpreter."""
    from cppcckg.fsutil import write_atomic
    from cppcckg.linked.export import default_name, export
    from cppcckg.store import open_store

    store = open_store(store_path)
    if what == DESCRIBE_ROW:
        from cppcckg.linked.describe import Distribution, describe, to_turtle

        t0 = time.perf_counter()
        graph = describe(store, distributions=[Distribution(fmt="nq", name=default_name("nq"))])
        files = [write_atomic(dest / DESCRIBE_ROW, to_turtle(graph))]
        seconds = time.perf_counter() - t0
        quads = 0
    else:
        t0 = time.perf_counter()
        result = export(store, what, dest / default_name(what), describe=False)
        seconds = time.perf_counter() - t0
        files, quads = result.files, result.quads
    written = sum(f.stat().st_size for f in files)
    for f in files:
        f.unlink()
    return {"seconds": seconds, "bytes": written, "files": len(files), "quads_written": quads, "peak_rss_mb": _peak_rss_mb()}


def run_child(what: str, store_path: Path, dest: Path, timeout: float) -> dict:
    """Run one format in a child process; its measurements, or why there are none."""
    cmd = [sys.executable, "-m", "bench.export_cost", "--child", what, "--store", str(store_path), "--dest", str(dest)]
    start = time.perf_counter()
    try:
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"status": "timeout", "timeout_s": timeout, "seconds": None}
    finally:
        for leftover in dest.iterdir():  # a killed child may leave its temporary file
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink()
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        if done.returncode < 0:
            why = f"killed by signal {-done.returncode}" + (" (out of memory?)" if done.returncode == -9 else "")
        else:
            tail = (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[-1]
            why = tail[:200]
        return {"status": "failed", "error": why, "seconds": None, "wall_s": round(time.perf_counter() - start, 1)}
    return {"status": "ok", **json.loads(lines[-1])}


# ---------------------------------------------------------------------------------------------
# Parent
# ---------------------------------------------------------------------------------------------


def _row(name: str, r: dict) -> str:
    if r["status"] != "ok":
        what = f"timeout > {r['timeout_s']:g} s" if r["status"] == "timeout" else f"failed: {r['error']}"
        return f"{name:9} {'—':>9} {'—':>10} {'—':>13} {'—':>10}  {what}"
    rate = f"{r['triples_per_s']:,.0f}" if r.get("triples_per_s") else "—"
    return f"{name:9} {r['seconds']:>9.2f} {r['mb']:>10.1f} {rate:>13} {r['peak_rss_mb']:>10,.0f}  ok"


def bench(triples: int, formats: list[str], timeout: float, seed: int = 7) -> dict:
    """Build the store, export every format in a child, return the results document."""
    import pyoxigraph

    with tempfile.TemporaryDirectory(prefix="cppcckg-export-cost-") as tmp:
        store_path, dest = Path(tmp) / "store", Path(tmp) / "out"
        dest.mkdir()
        info = build_store(triples, store_path, seed)
        quads = info["quads"]
        print(f"{quads:,} quads in {info['named_graphs']} named graphs ({info['nquads_mb']} MB of N-Quads; "
              f"generated in {info['generate_s']:.1f} s, bulk-loaded in {info['load_s']:.1f} s); "
              f"timeout {timeout:g} s per format")
        header = f"{'format':9} {'seconds':>9} {'MB written':>10} {'triples/s':>13} {'peak MB':>10}  status"
        print(header)
        print("-" * (len(header) + 20), flush=True)
        rows: dict[str, dict] = {}
        for name in [*formats, DESCRIBE_ROW]:
            r = run_child(name, store_path, dest, timeout)
            if r["status"] == "ok":
                r["mb"] = round(r["bytes"] / 1e6, 2)
                r["triples_per_s"] = round(quads / r["seconds"]) if r["seconds"] > 0 else None
                r["seconds"] = round(r["seconds"], 3)
            rows[name] = r
            print(_row(name, r), flush=True)
    return {
        "benchmark": "export_cost",
        "engines": {"pyoxigraph": pyoxigraph.__version__, "rdflib": __import__("rdflib").__version__},
        "python": platform.python_version(),
        "machine": {"system": platform.system(), "cpus": os.cpu_count()},
        "triples_target": triples,
        **info,
        "timeout_s": timeout,
        "describe": False,
        "formats": {name: rows[name] for name in formats},
        "description": rows[DESCRIBE_ROW],
    }


def main(argv: list[str] | None = None) -> dict | None:
    """Run the benchmark (or, with --child, one format of it); the results document."""
    from cppcckg.linked.export import FORMATS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=DEFAULT_TRIPLES, help=f"size of the graph (default {DEFAULT_TRIPLES:,})")
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated formats (default: all)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help=f"seconds per format before it is stopped (default {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--seed", type=int, default=7, help="seed of the synthetic graph")
    parser.add_argument("--out", type=Path, default=RESULTS, help="JSON results file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--dest", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child, args.store, args.dest)))
        return None
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        parser.error(f"unknown formats {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    results = bench(args.triples, formats, args.timeout, args.seed)
    write_results(args.out, results)
    return results


if __name__ == "__main__":
    main()
