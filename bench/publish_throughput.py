"""Publish throughput: `cppcckg publish` to a real Oxigraph server, against one bulk upload.

The synthetic graph of bench.query_latency (the project's shape) is generated at --triples as
N-Quads in the named graphs a build makes and bulk-loaded into an on-disk store in a temporary
folder, which is then opened read-only as the command opens it. Two fresh `oxigraph serve`
processes (PyPI package ``oxigraph``; 127.0.0.1, a free port, a temporary data folder each, so
neither run pays for the other's data) receive it:

- ``publish``: ``cppcckg.query.publish.publish`` — the function the command calls — with
  ``replace=True`` and --batch-size, i.e. one PUT and then POSTs of N-Triples per named graph,
  followed by its own read-back of the counts through the query endpoint. The upload alone
  (until the last batch is acknowledged) and the whole call are both timed.
- ``bulk POST``: the whole store as one N-Quads document POSTed to the server's ``/store``
  with urllib — no batching, no per-graph requests: the ceiling for this server and machine.
  Serialising that document is timed separately and not counted in the upload.

Afterwards each server is asked ``SELECT (COUNT(*) ...)`` over its named and default graphs and
the answer is compared with the local store's quad count. Prints the table, the ratio of the two
rates and writes bench/results/publish_throughput.json (or --out). The servers are always
stopped.

    python -m bench.publish_throughput                     # 200,000 triples
    python -m bench.publish_throughput --triples 1000000 --batch-size 50000
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Iterator

from bench.common import stop_process, write_results

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "publish_throughput.json"
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

DEFAULT_TRIPLES = 200_000
#: Seconds any one HTTP request (an upload batch, the bulk POST, a count) may take.
REQUEST_TIMEOUT = 1800.0
COUNT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }"


# ---------------------------------------------------------------------------------------------
# A server of our own
# ---------------------------------------------------------------------------------------------


def _free_port() -> int:
    """A port on 127.0.0.1 nothing listens on now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def oxigraph_server(location: Path, startup: float = 30.0) -> Iterator[str]:
    """``oxigraph serve`` on 127.0.0.1 over ``location``; yields its base URL and stops the
    process (by its own pid, SIGTERM then SIGKILL) however the block ends. The port is chosen
    just before starting, so a race with another program is retried on a new port."""
    binary = shutil.which("oxigraph")
    if binary is None:
        raise RuntimeError("the oxigraph server is not installed (pip install oxigraph)")
    for _ in range(3):
        port = _free_port()
        process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            if _wait(base, process, startup):
                yield base
                return
        finally:
            stop_process(process)
    raise RuntimeError("could not start oxigraph serve on a free port")


def _wait(base: str, process: subprocess.Popen, seconds: float) -> bool:
    """Whether the server answers a trivial query before ``seconds`` pass (False: it exited)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1) as response:
                response.read()
            return True
        except (urllib.error.URLError, OSError):
            time.sleep(0.05)
    raise RuntimeError(f"oxigraph serve did not answer at {base} within {seconds:g} s")


def server_count(base: str) -> int:
    """Triples the server holds over all its graphs."""
    url = f"{base}/query?" + urllib.parse.urlencode({"query": COUNT_QUERY})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:
        answer = json.load(response)
    return int(answer["results"]["bindings"][0]["n"]["value"])


def bulk_post(base: str, body: bytes) -> None:
    """The whole dataset as one N-Quads POST to the Graph Store endpoint."""
    request = urllib.request.Request(f"{base}/store", data=body, method="POST",
                                     headers={"Content-Type": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:
        response.read()


# ---------------------------------------------------------------------------------------------
# The runs
# ---------------------------------------------------------------------------------------------


def run_publish(store, base: str, batch_size: int) -> dict:  # noqa: ANN001 - a pyoxigraph Store
    """Time ``cppcckg.query.publish.publish`` to the server at ``base``."""
    from cppcckg.query.publish import publish

    last_batch: list[float] = []
    start = time.perf_counter()
    result = publish(store, endpoint=f"{base}/query", replace=True, batch_size=batch_size, timeout=REQUEST_TIMEOUT,
                     progress=lambda *_: last_batch.append(time.perf_counter()))
    total = time.perf_counter() - start
    upload = (last_batch[-1] - start) if last_batch else total
    return {"seconds": round(upload, 3), "seconds_with_verify": round(total, 3), "sent": result.triples,
            "requests": sum(g.requests for g in result.graphs), "graphs": len(result.graphs), "notes": result.notes}


def run_bulk(store, base: str) -> dict:  # noqa: ANN001 - a pyoxigraph Store
    """Serialise the store as N-Quads (timed apart) and time one POST of it."""
    import pyoxigraph as ox

    t0 = time.perf_counter()
    body = store.dump(format=ox.RdfFormat.N_QUADS)
    serialised = time.perf_counter() - t0
    t0 = time.perf_counter()
    bulk_post(base, body)
    return {"seconds": round(time.perf_counter() - t0, 3), "serialize_s": round(serialised, 3),
            "mb": round(len(body) / 1e6, 1), "requests": 1}


def bench(triples: int, batch_size: int, seed: int = 7) -> dict:
    """Build the store, publish it both ways, count on the servers; the results document."""
    import pyoxigraph as ox

    from bench.query_latency import generate
    from cppcckg.store import open_store

    with tempfile.TemporaryDirectory(prefix="cppcckg-publish-") as tmp:
        t0 = time.perf_counter()
        data, _ = generate(triples, seed, named_graphs=True)
        generated = time.perf_counter() - t0
        writer = ox.Store(str(Path(tmp) / "store"))
        writer.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        writer.flush()
        del writer, data
        store = open_store(Path(tmp) / "store")
        local = len(store)
        graphs = sum(1 for _ in store.named_graphs())
        print(f"{local:,} quads in {graphs} named graphs (generated in {generated:.1f} s); "
              f"publish batch size {batch_size:,}", flush=True)
        runs: dict[str, dict] = {}
        for name, location in (("publish", "server-publish"), ("bulk POST", "server-bulk")):
            with oxigraph_server(Path(tmp) / location) as base:
                r = run_publish(store, base, batch_size) if name == "publish" else run_bulk(store, base)
                r["server_count"] = server_count(base)
            r["triples_per_s"] = round(local / r["seconds"]) if r["seconds"] > 0 else None
            r["count_matches"] = r["server_count"] == local
            runs[name] = r
    pub, bulk = runs["publish"], runs["bulk POST"]
    ratio = pub["triples_per_s"] / bulk["triples_per_s"] if pub["triples_per_s"] and bulk["triples_per_s"] else None
    header = f"{'method':10} {'requests':>8} {'seconds':>9} {'triples/s':>12} {'on server':>12}  count"
    print(header)
    print("-" * (len(header) + 4))
    for name, r in runs.items():
        rate = f"{r['triples_per_s']:,}" if r["triples_per_s"] else "—"
        print(f"{name:10} {r['requests']:>8} {r['seconds']:>9.2f} {rate:>12} {r['server_count']:>12,}  "
              f"{'= local' if r['count_matches'] else f'!= local {local:,}'}")
    print(f"publish with its read-back of the counts: {pub['seconds_with_verify']:.2f} s; "
          f"serialising the bulk N-Quads ({bulk['mb']} MB): {bulk['serialize_s']:.2f} s (not in its time)")
    if ratio is not None:
        print(f"publish reaches {ratio:.0%} of the bulk POST rate ({1 / ratio:.1f}x slower)")
    for note in pub["notes"]:
        print(f"note: {note}")
    return {
        "benchmark": "publish_throughput",
        "engines": {"pyoxigraph": ox.__version__, "oxigraph_server": _server_version()},
        "python": platform.python_version(),
        "machine": {"system": platform.system(), "cpus": os.cpu_count()},
        "triples_target": triples,
        "local_quads": local,
        "named_graphs": graphs,
        "batch_size": batch_size,
        "generate_s": round(generated, 2),
        "runs": runs,
        "ratio_publish_to_bulk": round(ratio, 3) if ratio is not None else None,
    }


def _server_version() -> str | None:
    binary = shutil.which("oxigraph")
    if binary is None:
        return None
    done = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30)
    return done.stdout.strip().split()[-1] if done.returncode == 0 and done.stdout.strip() else None


def main(argv: list[str] | None = None) -> dict:
    """Run the benchmark; the results document (also written to --out)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=DEFAULT_TRIPLES, help=f"size of the graph (default {DEFAULT_TRIPLES:,})")
    parser.add_argument("--batch-size", type=int, default=50_000, help="triples per publish request (the command's default 50,000)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the synthetic graph")
    parser.add_argument("--out", type=Path, default=RESULTS, help="JSON results file")
    args = parser.parse_args(argv)
    results = bench(args.triples, args.batch_size, args.seed)
    write_results(args.out, results)
    return results


if __name__ == "__main__":
    main()
