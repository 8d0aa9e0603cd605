"""Load on `cppcckg serve`: throughput, latency per request kind and memory of the server.

Starts the server on 127.0.0.1 (a free port) over a store, then sends a fixed, mixed list of
requests from --clients threads (standard library only): SPARQL SELECT queries by GET and by
POST to /sparql, named-query API calls (/api/queries/NAME, the queries of /api/queries whose
required parameters have sample values), entity pages /id/... (HTML and Turtle) and, once per
100 requests, an update attempt that must be refused with 403. Every request has a timeout and
the run ends when the list is done. A warm-up of 50 requests comes first; the resident memory
(VmRSS) of the server process is read after it and after the run.

Prints requests/s, p50/p95 latency per kind, failures (a status other than the expected one, or
no answer) and RSS before/after; writes bench/results/serve_load.json.

    python -m bench.serve_load                           # 2,000 requests, 8 clients, out/store
    python -m bench.serve_load --requests 400 --clients 4 --store out/store

With --mixed: the mixed run. While two clients send slow SPARQL queries (stopped by the time
limit), a huge GROUP_CONCAT (stopped by --max-bytes or --worker-memory) and network pages with
distinct filters, and a third asks for network pages, one client sends cheap requests in turn
(`ASK {}`, an entity page, a named query); prints their p50/p95, what the expensive requests got,
and the peak resident memory of the server and its workers; writes bench/results/serve_mixed.json.

    python -m bench.serve_load --mixed --store out/store

tests/server/test_load.py runs both (`pytest -m slow`) against the seed store.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import stop_process

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "serve_load.json"

#: Seconds any one request may take before it counts as failed.
REQUEST_TIMEOUT = 60.0
WARMUP = 50
#: Values for required parameters of the named queries (the seed reports know these).
SAMPLE_PARAMS = {
    "body": "政协四川省委员会",
    "entity": "cppccid:body/sc-cppcc",
    "programme": "渝事好商量",
}
DATA_NS = "https://w3id.org/cppcckg/id/"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SELECTS = [
    f"SELECT ?s ?l WHERE {{ ?s <{RDFS_LABEL}> ?l }} LIMIT 20",
    "SELECT ?type (COUNT(?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n) LIMIT 20",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT DISTINCT ?p WHERE { ?s ?p ?o } LIMIT 40",
    "ASK { ?s ?p ?o }",
]
UPDATE = f'INSERT DATA {{ <{DATA_NS}body/load-test> <{RDFS_LABEL}> "load" }}'
KINDS = ("sparql-get", "sparql-post", "api", "entity", "update")


@dataclass(frozen=True)
class Req:
    kind: str
    method: str
    path: str
    expect: int
    body: bytes | None = None
    headers: tuple[tuple[str, str], ...] = ()


@dataclass
class Outcome:
    kind: str
    path: str
    expect: int
    status: int | None
    seconds: float
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status == self.expect


def _q(text: str) -> str:
    return urllib.parse.quote(text, safe="")


def send(base: str, req: Req, timeout: float = REQUEST_TIMEOUT) -> Outcome:
    """One request; the status (HTTP errors included) and the time to the end of the body."""
    start = time.perf_counter()
    request = urllib.request.Request(base + req.path, data=req.body, method=req.method, headers=dict(req.headers))
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            status = response.status
        error = ""
    except urllib.error.HTTPError as exc:
        exc.read()
        status, error = exc.code, ""
    except (urllib.error.URLError, OSError) as exc:
        status, error = None, f"{type(exc).__name__}: {exc}"
    return Outcome(req.kind, req.path, req.expect, status, time.perf_counter() - start, error)


def _get_json(base: str, path: str, data: bytes | None = None, ctype: str | None = None) -> dict:
    headers = {"Accept": "application/sparql-results+json, application/json"}
    if ctype:
        headers["Content-Type"] = ctype
    request = urllib.request.Request(base + path, data=data, headers=headers)
    with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:
        return json.loads(response.read())


def discover(base: str) -> tuple[list[Req], list[Req]]:
    """The named-query calls and entity pages to use: named queries whose required parameters
    have sample values and that answer 200 once; subjects of the data namespace (up to 40)."""
    api: list[Req] = []
    for item in _get_json(base, "/api/queries")["queries"]:
        required = [p["name"] for p in item["params"] if not p["optional"]]
        if any(name not in SAMPLE_PARAMS for name in required):
            continue
        query = "&".join(f"{name}={_q(SAMPLE_PARAMS[name])}" for name in required)
        req = Req("api", "GET", item["url"] + (f"?{query}" if query else ""), 200)
        if send(base, req).status == 200:
            api.append(req)
            body = json.dumps({name: SAMPLE_PARAMS[name] for name in required}).encode()
            api.append(Req("api", "POST", item["url"], 200, body, (("Content-Type", "application/json"),)))
    select = (f"SELECT DISTINCT ?s WHERE {{ ?s <{RDFS_LABEL}> ?l FILTER(STRSTARTS(STR(?s), \"{DATA_NS}\")) }} "
              "ORDER BY ?s LIMIT 40")
    rows = _get_json(base, "/sparql?query=" + _q(select))["results"]["bindings"]
    entities: list[Req] = []
    for i, row in enumerate(rows):
        local = urllib.parse.quote(row["s"]["value"][len(DATA_NS):], safe="/")
        accept = "text/html" if i % 2 == 0 else "text/turtle"
        entities.append(Req("entity", "GET", f"/id/{local}", 200, headers=(("Accept", accept),)))
    if not api or not entities:
        raise RuntimeError(f"nothing to load: {len(api)} named-query calls, {len(entities)} entity pages")
    return api, entities


def _update(i: int) -> Req:
    forms = [
        Req("update", "GET", "/sparql?update=" + _q(UPDATE), 403),
        Req("update", "POST", "/sparql", 403, UPDATE.encode(), (("Content-Type", "application/sparql-update"),)),
        Req("update", "POST", "/sparql", 403, f"update={_q(UPDATE)}".encode(),
            (("Content-Type", "application/x-www-form-urlencoded"),)),
        Req("update", "PUT", "/id/body/cq-cppcc", 403, b"<a:1> <a:2> <a:3> .", (("Content-Type", "text/turtle"),)),
    ]
    return forms[i % len(forms)]


def plan(n: int, api: list[Req], entities: list[Req], offset: int = 0) -> list[Req]:
    """``n`` requests: one update attempt per 100 (the 100th, 200th...), the rest cycling over
    SPARQL GET, SPARQL POST, named-query calls and entity pages."""
    out: list[Req] = []
    for j in range(offset, offset + n):
        if j % 100 == 99:
            out.append(_update(j // 100))
            continue
        turn, k = j % 4, j // 4
        if turn == 0:
            text = SELECTS[k % len(SELECTS)]
            out.append(Req("sparql-get", "GET", "/sparql?query=" + _q(text), 200,
                           headers=(("Accept", "application/sparql-results+json"),)))
        elif turn == 1:
            text = SELECTS[(k + 2) % len(SELECTS)]
            if k % 2:
                body, ctype = text.encode(), "application/sparql-query"
            else:
                body, ctype = f"query={_q(text)}".encode(), "application/x-www-form-urlencoded"
            out.append(Req("sparql-post", "POST", "/sparql", 200, body,
                           (("Content-Type", ctype), ("Accept", "application/sparql-results+json"))))
        elif turn == 2:
            out.append(api[k % len(api)])
        else:
            out.append(entities[k % len(entities)])
    return out


def run(base: str, requests: list[Req], clients: int, timeout: float = REQUEST_TIMEOUT) -> tuple[list[Outcome], float]:
    """Send ``requests`` from ``clients`` threads (each takes the next one until none is left);
    the outcomes in plan order and the wall-clock seconds."""
    outcomes: list[Outcome | None] = [None] * len(requests)
    lock = threading.Lock()
    cursor = iter(range(len(requests)))

    def client() -> None:
        while True:
            with lock:
                i = next(cursor, None)
            if i is None:
                return
            outcomes[i] = send(base, requests[i], timeout)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        # every request has a timeout, so a client ends within len(requests) * timeout
        t.join(timeout=len(requests) * (timeout + 5))
    elapsed = time.perf_counter() - start
    if any(t.is_alive() for t in threads):
        raise RuntimeError("a client thread did not finish")
    return [o for o in outcomes if o is not None], elapsed


def rss_kib(pid: int) -> int:
    """VmRSS of process ``pid`` in KiB (from /proc/PID/status)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for pid {pid}")


def children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (the query worker processes)."""
    found: list[int] = []
    todo = [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                kids = [int(x) for x in (task / "children").read_text().split()]
            except OSError:
                continue
            found.extend(kids)
            todo.extend(kids)
    return found


def tree_rss_kib(pid: int) -> int:
    total = rss_kib(pid)
    for child in children(pid):
        try:
            total += rss_kib(child)
        except (OSError, RuntimeError):
            pass
    return total


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


@dataclass
class LoadResult:
    requests: int
    clients: int
    seconds: float
    outcomes: list[Outcome] = field(repr=False)
    rss_before_kib: int
    rss_after_kib: int
    tree_rss_before_kib: int
    tree_rss_after_kib: int

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]

    def summary(self) -> dict:
        kinds = {}
        for kind in KINDS:
            times = [o.seconds for o in self.outcomes if o.kind == kind]
            if times:
                kinds[kind] = {"count": len(times), "p50_ms": round(1000 * percentile(times, 50), 2),
                               "p95_ms": round(1000 * percentile(times, 95), 2),
                               "failures": sum(1 for o in self.outcomes if o.kind == kind and not o.ok)}
        return {"requests": self.requests, "clients": self.clients, "seconds": round(self.seconds, 3),
                "requests_per_s": round(self.requests / self.seconds, 1) if self.seconds else None,
                "failures": len(self.failures), "kinds": kinds,
                "rss_kib": {"server_after_warmup": self.rss_before_kib, "server_after_run": self.rss_after_kib,
                            "with_workers_after_warmup": self.tree_rss_before_kib,
                            "with_workers_after_run": self.tree_rss_after_kib},
                "failed_examples": [{"kind": o.kind, "path": o.path[:120], "expected": o.expect, "status": o.status,
                                     "error": o.error} for o in self.failures[:10]]}


def load(base: str, pid: int, requests: int, clients: int, timeout: float = REQUEST_TIMEOUT) -> LoadResult:
    """Warm-up of WARMUP requests, RSS, then ``requests`` mixed requests, RSS."""
    api, entities = discover(base)
    warm, _ = run(base, plan(WARMUP, api, entities), clients, timeout)
    bad = [o for o in warm if not o.ok]
    if bad:
        raise RuntimeError(f"warm-up failed: {bad[:3]}")
    before, tree_before = rss_kib(pid), tree_rss_kib(pid)
    outcomes, seconds = run(base, plan(requests, api, entities, offset=WARMUP), clients, timeout)
    return LoadResult(requests, clients, seconds, outcomes, before, rss_kib(pid), tree_before, tree_rss_kib(pid))


def table(summary: dict) -> str:
    lines = [f"{summary['requests']} requests, {summary['clients']} clients, {summary['seconds']} s: "
             f"{summary['requests_per_s']} requests/s, {summary['failures']} failures",
             f"{'kind':<12} {'count':>6} {'p50 ms':>9} {'p95 ms':>9} {'failures':>9}"]
    for kind, row in summary["kinds"].items():
        lines.append(f"{kind:<12} {row['count']:>6} {row['p50_ms']:>9.2f} {row['p95_ms']:>9.2f} {row['failures']:>9}")
    rss = summary["rss_kib"]
    lines.append(f"server RSS: {rss['server_after_warmup'] / 1024:.1f} MiB after warm-up, "
                 f"{rss['server_after_run'] / 1024:.1f} MiB after run "
                 f"({(rss['server_after_run'] - rss['server_after_warmup']) / 1024:+.1f} MiB)")
    lines.append(f"with query workers: {rss['with_workers_after_warmup'] / 1024:.1f} MiB -> "
                 f"{rss['with_workers_after_run'] / 1024:.1f} MiB")
    return "\n".join(lines)


# -- the mixed run: cheap requests while expensive ones hammer the server ---------------------------

#: A query that runs until the server's time limit stops it (a cross join counted).
SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . FILTER(?c = ?i) }"
#: A query whose one row is huge (every report's full text repeated once per typed subject): it
#: must end in 422 (--max-bytes or --worker-memory), never in a fat server.
HUGE_QUERY = ("SELECT (GROUP_CONCAT(?t) AS ?x) WHERE { ?s a ?o . "
              "?r <https://w3id.org/cppcckg/ontology#fullText> ?t }")
NETWORK_VIEWS = ("bodies", "initiatives", "sichuan-chongqing", "topics")
NETWORK_TYPES = ("", "consultation", "research", "study", "meeting", "proposal")


def _network_paths() -> list[str]:
    """Network pages with many distinct filter strings (years, ranges, types), as a crawler or a
    hostile client would ask for them."""
    out = []
    for i in range(200):
        view = NETWORK_VIEWS[i % len(NETWORK_VIEWS)]
        first = 2018 + i % 6
        year = f"{first}" if i % 3 else f"{first}-{first + 1 + i % 4}"
        kind = NETWORK_TYPES[(i // 4) % len(NETWORK_TYPES)]
        out.append(f"/network/{view}.html?year={year}" + (f"&type={kind}" if kind else ""))
    return out


@dataclass
class MixedResult:
    cheap: list[Outcome] = field(repr=False)
    expensive: dict[str, dict[int | None, int]]
    seconds: float
    peak_server_kib: int
    peak_worker_kib: int
    peak_tree_kib: int

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.cheap if not o.ok]

    def summary(self) -> dict:
        kinds = {}
        for kind in sorted({o.kind for o in self.cheap}):
            times = [o.seconds for o in self.cheap if o.kind == kind]
            kinds[kind] = {"count": len(times), "p50_ms": round(1000 * percentile(times, 50), 1),
                           "p95_ms": round(1000 * percentile(times, 95), 1),
                           "failures": sum(1 for o in self.cheap if o.kind == kind and not o.ok)}
        times = [o.seconds for o in self.cheap]
        return {"cheap": kinds, "cheap_p50_ms": round(1000 * percentile(times, 50), 1),
                "cheap_p95_ms": round(1000 * percentile(times, 95), 1), "seconds": round(self.seconds, 1),
                "expensive_statuses": {k: {str(s): n for s, n in v.items()} for k, v in self.expensive.items()},
                "peak_rss_mib": {"server": round(self.peak_server_kib / 1024, 1),
                                 "largest_worker": round(self.peak_worker_kib / 1024, 1),
                                 "server_and_workers": round(self.peak_tree_kib / 1024, 1)},
                "failed_examples": [{"kind": o.kind, "path": o.path[:120], "status": o.status, "error": o.error}
                                    for o in self.failures[:10]]}


def mixed(base: str, pid: int, cheap_requests: int = 60, slow_clients: int = 2,
          timeout: float = REQUEST_TIMEOUT) -> MixedResult:
    """While ``slow_clients`` threads send slow SPARQL queries, one a huge GROUP_CONCAT and two
    network pages with distinct filters, one client sends ``cheap_requests`` cheap requests in
    turn: ``ASK {}``, an entity page and a named query. Every request has a timeout; the
    hammering stops when the cheap ones are done. The resident memory of the server and of each
    worker is sampled throughout."""
    api, entities = discover(base)
    cheap_plan = [Req("ask", "GET", "/sparql?query=" + _q("ASK {}"), 200,
                      headers=(("Accept", "application/sparql-results+json"),)),
                  Req("entity", "GET", entities[0].path, 200, headers=(("Accept", "text/html"),)),
                  Req("named-query", api[0].method, api[0].path, 200, api[0].body, api[0].headers)]
    network = _network_paths()
    stop = threading.Event()
    expensive: dict[str, dict[int | None, int]] = {"slow-sparql": {}, "huge-sparql": {}, "network": {}}
    lock = threading.Lock()

    def count(kind: str, status: int | None) -> None:
        with lock:
            expensive[kind][status] = expensive[kind].get(status, 0) + 1

    def hammer(kind: str, offset: int) -> None:
        i = offset
        while not stop.is_set():
            if kind == "slow-sparql":
                req = Req(kind, "GET", "/sparql?query=" + _q(SLOW_QUERY), 503)
            elif kind == "huge-sparql":
                req = Req(kind, "POST", "/sparql", 422, HUGE_QUERY.encode(), (("Content-Type", "application/sparql-query"),))
            else:
                req = Req(kind, "GET", network[i % len(network)], 200)
            count(kind, send(base, req, timeout).status)
            i += 7

    peaks = {"server": 0, "worker": 0, "tree": 0}

    def sample() -> None:
        while not stop.is_set():
            try:
                server = rss_kib(pid)
                workers = []
                for child in children(pid):
                    try:
                        workers.append(rss_kib(child))
                    except (OSError, RuntimeError):
                        pass
                peaks["server"] = max(peaks["server"], server)
                peaks["worker"] = max([peaks["worker"], *workers])
                peaks["tree"] = max(peaks["tree"], server + sum(workers))
            except (OSError, RuntimeError):
                pass
            stop.wait(0.2)

    kinds = ["slow-sparql"] * slow_clients + ["huge-sparql", "network", "network"]
    threads = [threading.Thread(target=hammer, args=(kind, 31 * k), daemon=True) for k, kind in enumerate(kinds)]
    threads.append(threading.Thread(target=sample, daemon=True))
    start = time.perf_counter()
    for t in threads:
        t.start()
    time.sleep(2.0)  # let the expensive requests take the workers first
    cheap = []
    try:
        for i in range(cheap_requests):
            cheap.append(send(base, cheap_plan[i % len(cheap_plan)], timeout))
            time.sleep(0.1)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=timeout + 5)
    return MixedResult(cheap, expensive, time.perf_counter() - start, peaks["server"], peaks["worker"], peaks["tree"])


def mixed_table(summary: dict) -> str:
    lines = [f"cheap requests while expensive ones run ({summary['seconds']} s): "
             f"p50 {summary['cheap_p50_ms']} ms, p95 {summary['cheap_p95_ms']} ms",
             f"{'kind':<12} {'count':>6} {'p50 ms':>9} {'p95 ms':>9} {'failures':>9}"]
    for kind, row in summary["cheap"].items():
        lines.append(f"{kind:<12} {row['count']:>6} {row['p50_ms']:>9.1f} {row['p95_ms']:>9.1f} {row['failures']:>9}")
    for kind, statuses in summary["expensive_statuses"].items():
        lines.append(f"{kind:<12} answered: " + ", ".join(f"{s}×{n}" for s, n in sorted(statuses.items())))
    rss = summary["peak_rss_mib"]
    lines.append(f"peak RSS: server {rss['server']} MiB, largest worker {rss['largest_worker']} MiB, "
                 f"server and workers {rss['server_and_workers']} MiB")
    return "\n".join(lines)


# -- the server ------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(store: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    """`cppcckg serve` on 127.0.0.1 and a free port; the process and its base URL once it answers."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    for _ in range(3):
        port = free_port()
        process = subprocess.Popen([sys.executable, "-m", "cppcckg.cli", "serve", "--store", str(store),
                                    "--host", "127.0.0.1", "--port", str(port), *extra],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(base + "/sparql?query=ASK%7B%7D", timeout=2) as response:
                    response.read()
                    return process, base
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        stop_server(process)
    raise RuntimeError("cppcckg serve did not start")


def stop_server(process: subprocess.Popen) -> None:
    stop_process(process, timeout=15)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="requests after the warm-up (default 2000)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent client threads (default 8)")
    parser.add_argument("--store", type=Path, default=ROOT / "out" / "store", help="store folder (default out/store)")
    parser.add_argument("--timeout", type=float, default=REQUEST_TIMEOUT, help="seconds per request (default 60)")
    parser.add_argument("--mixed", action="store_true",
                        help="the mixed run instead: cheap requests while slow queries and network pages hammer")
    args = parser.parse_args()
    if args.mixed:
        return main_mixed(args)
    if args.requests <= 0 or args.clients <= 0:
        parser.error("--requests and --clients must be positive")
    process, base = start_server(args.store)
    try:
        result = load(base, process.pid, args.requests, args.clients, args.timeout)
        up = process.poll() is None and send(base, Req("check", "GET", "/sparql?query=ASK%7B%7D", 200)).ok
    finally:
        stop_server(process)
    summary = result.summary()
    summary["server_up_after_run"] = up
    summary["machine"] = {"arch": platform.machine(), "python": platform.python_version(), "cores": os.cpu_count()}
    print(table(summary))
    print(f"server up after the run: {up}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0 if up and not result.failures else 1


def main_mixed(args: argparse.Namespace) -> int:
    process, base = start_server(args.store, "--query-timeout", "10", "--worker-memory", "1024",
                                 "--max-bytes", "20000000")
    try:
        result = mixed(base, process.pid, cheap_requests=min(args.requests, 90), timeout=args.timeout)
    finally:
        stop_server(process)
    summary = result.summary()
    print(mixed_table(summary))
    path = RESULTS.with_name("serve_mixed.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")
    return 0 if not result.failures else 1


if __name__ == "__main__":
    sys.exit(main())
