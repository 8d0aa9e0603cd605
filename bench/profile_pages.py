"""Profile pages on a large store: server time of a body's profile when the body has 1,000+
initiatives, cold (first request of each URL; pages are cached per URL afterwards).

Generates the synthetic graph of bench.query_latency (named graphs, default 1M triples), states
what a build would (cppcc:mostSpecificClass, cppcc:inProvince), makes 政协重庆市委员会 the
organiser of at least --initiatives initiatives, starts ``cppcckg serve`` on a free loopback port
and times, for that body: pages 1 to 5 of its profile (50 rows each), the last page, a year
filter, a type filter, the CSV of every row, the first page of each side table the profile loads
after it (joint activities, partners, statistics) and the statistics' second page; then an
initiative's profile, the search and the Sichuan-Chongqing page; then the body's first visit
again, each time to a freshly started server (--first-visits times, the median reported with the
CPU time the server and its query workers spent on it: one visit's wall time says little on a
busy machine). Writes bench/results/profile_pages.json.

    python -m bench.profile_pages                     # 1M triples
    python -m bench.profile_pages --triples 200000 --initiatives 1000
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.common import ROOT, stop_process, write_results

if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

RESULTS = ROOT / "bench" / "results" / "profile_pages.json"

STATE = """
PREFIX cppcc: <https://w3id.org/cppcckg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT { GRAPH <https://w3id.org/cppcckg/id/graph/inferred> { ?x cppcc:mostSpecificClass ?c } }
WHERE { ?x a ?c . FILTER(STRSTARTS(STR(?c), STR(cppcc:))) } ;
INSERT { GRAPH <https://w3id.org/cppcckg/id/graph/inferred> { ?b cppcc:inProvince ?p } }
WHERE { ?b cppcc:seat/cppcc:withinProvince ?p }
"""


def build(folder: Path, triples: int, initiatives: int) -> tuple[Path, str, int]:
    """The store, one initiative's IRI, and how many initiatives 政协重庆市委员会 has."""
    import pyoxigraph as ox

    from bench.query_latency import generate
    from cppcckg.vocab import CPPCC, mint

    data, _ = generate(triples, named_graphs=True)
    path = folder / "store"
    store = ox.Store(str(path))
    store.bulk_load(data, ox.RdfFormat.N_QUADS)
    store.update(STATE)
    body = ox.NamedNode(str(mint("body", "cq-cppcc")))
    organizer = ox.NamedNode(str(CPPCC.organizer))
    graph = ox.NamedNode("https://w3id.org/cppcckg/id/graph/inferred")
    own = {q.subject for q in store.quads_for_pattern(None, organizer, body, None)}
    own |= {q.subject for q in store.quads_for_pattern(None, ox.NamedNode(str(CPPCC.partner)), body, None)}
    others = (q.subject for q in store.quads_for_pattern(None, organizer, None, None) if q.subject not in own)
    for subject in others:
        if len(own) >= initiatives:
            break
        store.add(ox.Quad(subject, organizer, body, graph))
        own.add(subject)
    sample = next(iter(sorted(s.value for s in own)))
    count = len(own)
    store.flush()
    del store
    return path, sample, count


#: Seconds between a server answering and the first page request: a visitor comes after start-up,
#: not during it (the server reads its name lookups in the background meanwhile).
STARTUP_PAUSE = 2.0


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) so far of process ``pid`` and its children (the query workers),
    from /proc; NaN where there is none. Unlike wall time it hardly changes when other jobs
    share the machine."""
    clock = os.sysconf("SC_CLK_TCK")
    try:
        pids = [pid]
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                pids += [int(child) for child in handle.read().split()]
        total = 0
        for one in pids:
            with open(f"/proc/{one}/stat", encoding="ascii") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        return total / clock
    except (OSError, ValueError):
        return float("nan")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, float, int]:
    request = urllib.request.Request(url, headers={"Accept": "text/html"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        body = response.read()
        return response.status, time.perf_counter() - start, len(body)


def start_server(store: Path, log_path: Path) -> tuple[subprocess.Popen, str, object]:
    """``cppcckg serve`` on a free loopback port, answering; (process, base URL, log file)."""
    port = free_port()
    log = open(log_path, "ab")
    server = subprocess.Popen([sys.executable, "-m", "cppcckg.cli", "serve", "--store", str(store), "--port", str(port)],
                              stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
                              env=dict(os.environ, PYTHONPATH=str(ROOT / "src")))
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            fetch(base + "/sparql?query=ASK%7B%7D")
            return server, base, log
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                stop_process(server)
                log.close()
                raise SystemExit(log_path.read_text(errors="replace")) from None
            time.sleep(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--initiatives", type=int, default=1_000)
    parser.add_argument("--first-visits", type=int, default=3,
                        help="first visits of the body's page, each to a freshly started server (their median is reported)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cppcckg-profiles-") as tmp:
        t0 = time.perf_counter()
        store, sample, count = build(Path(tmp), args.triples, args.initiatives)
        built = time.perf_counter() - t0
        print(f"store: {args.triples:,} triples generated, 政协重庆市委员会 in {count:,} initiatives ({built:.0f} s)")
        log_path = Path(tmp) / "serve.log"
        last = (count + 49) // 50
        local = sample.split("/id/", 1)[1]
        urls = [("body page 1", "/id/body/cq-cppcc")] + [(f"body page {p}", f"/id/body/cq-cppcc?page={p}") for p in range(2, 6)]
        urls += [("body last page", f"/id/body/cq-cppcc?page={last}"), ("body year filter", "/id/body/cq-cppcc?year=2021"),
                 ("body type filter", "/id/body/cq-cppcc?type=research"),
                 ("body CSV, every row", "/id/body/cq-cppcc?download=csv")]
        urls += [(f"side table {name}", f"/id/body/cq-cppcc?table={name}") for name in ("joint", "partners", "statistics")]
        urls += [("side table statistics p. 2", "/id/body/cq-cppcc?table=statistics&page=2"),
                 ("initiative profile", f"/id/{local}"), ("search 政协", "/search?q=%E6%94%BF%E5%8D%8F"),
                 ("Sichuan-Chongqing pairs", "/sichuan-chongqing")]
        server, base, log = start_server(store, log_path)
        try:
            time.sleep(STARTUP_PAUSE)
            results = []
            for name, path in urls:
                status, seconds, size = fetch(base + path)
                results.append({"page": name, "path": path, "status": status, "cold_s": round(seconds, 3), "bytes": size})
                print(f"{name:28} {status} {seconds * 1000:8.0f} ms  {size / 1024:7.0f} KiB")
            warm = [fetch(base + "/id/body/cq-cppcc?page=3")[1] for _ in range(5)]
        finally:
            stop_process(server)
            log.close()
        firsts, cpus = [], []
        for _ in range(args.first_visits):  # the first visit again, each time to a fresh server
            server, base, log = start_server(store, log_path)
            try:
                time.sleep(STARTUP_PAUSE)
                before = cpu_seconds(server.pid)
                firsts.append(round(fetch(base + "/id/body/cq-cppcc")[1], 3))
                cpus.append(round(cpu_seconds(server.pid) - before, 2))
            finally:
                stop_process(server)
                log.close()
    pages = [r["cold_s"] for r in results if r["page"].startswith("body page")]
    summary = {"triples": args.triples, "body_initiatives": count, "store_build_s": round(built, 1), "pages": results,
               "body_first_visit_s": firsts, "body_first_visit_median_s": round(statistics.median(firsts), 3),
               "body_first_visit_cpu_s": cpus, "body_first_visit_cpu_median_s": statistics.median(cpus),
               "body_pages_cold_median_s": round(statistics.median(pages), 3), "body_page_cached_median_s": round(statistics.median(warm), 4)}
    print(f"body first visit (fresh server, {len(firsts)}x): median {summary['body_first_visit_median_s'] * 1000:.0f} ms "
          f"({', '.join(f'{f * 1000:.0f}' for f in firsts)}); CPU of the server and its workers: median "
          f"{summary['body_first_visit_cpu_median_s']:.2f} s; machine load {os.getloadavg()[0]:.1f}")
    print(f"body pages (cold) median {summary['body_pages_cold_median_s'] * 1000:.0f} ms; cached {summary['body_page_cached_median_s'] * 1000:.1f} ms")
    write_results(RESULTS, summary)


if __name__ == "__main__":
    main()
