"""Time to the first stable frame of large network pages in headless Chromium.

Builds synthetic stores of the project's shape (bodies seated in Sichuan, Chongqing and
elsewhere; initiatives with types, periods, statuses, evidence, reports and topics; joint
Sichuan-Chongqing activities in the inferred graph), projects the ``initiatives`` view to about
1,000 and 5,000 nodes, annotates, lays out and renders each page with cppcckg's own code, then
opens it in Chromium with every non-file request refused and waits for ``window.cppcckg.ready``
(the first frame drawn once the layout is stable: physics off with a precomputed layout, or
after vis-network's stabilisation with ``force``). Prints a table and writes
bench/results/network_frame.json. Tests never assert these times.

Usage: python bench/network_frame.py [--sizes 1000 5000] [--repeat 3] [--force-max 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import pyoxigraph as ox  # noqa: E402

from cppcckg.network import analytics  # noqa: E402

from cppcckg.network import layout

from cppcckg.network import views as network

from cppcckg.network import render
from cppcckg.vocab import (  # noqa: E402
    CPPCC, GEO, INFERRED_GRAPH, OA, ONTOLOGY_GRAPH, RDF, RDFS, REFERENCE_GRAPH, XSD, mint, report_graph,
)

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
TYPES = ["Consultation", "Research", "Inspection", "Supervision", "Proposal", "Briefing", "Meeting",
         "StudySession", "Publication", "Event", "Campaign", "OtherInitiative"]
BODY_CLASSES = ["CountyCommittee", "SpecialCommittee", "WorkingOrgan", "DemocraticParty", "PeoplesOrganisation",
                "Sector", "MemberGroup", "GovernmentBody", "MunicipalCommittee"]
ZH_WORDS = "推动 成渝地区 双城经济圈 建设 开展 专题 协商 调研 视察 民主 监督 乡村 振兴 生态 保护 长江 交通 物流 科技 创新 民生".split()


def _n(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def _lit(value, lang: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(value, language=lang)
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(str(XSD.integer)))
    return ox.Literal(str(value))


def synth_store(n_nodes: int, seed: int = 7) -> ox.Store:
    """An in-memory store whose ``initiatives`` view has about ``n_nodes`` nodes."""
    rng = random.Random(seed)
    store = ox.Store()
    store.load(path=str(ROOT / "ontology" / "cppcc.ttl"), format=ox.RdfFormat.TURTLE, to_graph=_n(ONTOLOGY_GRAPH))
    ref = _n(REFERENCE_GRAPH)
    inferred = _n(INFERRED_GRAPH)
    quads: list[ox.Quad] = []

    def add(s, p, o, g=ref):
        quads.append(ox.Quad(s, _n(p), o, g))

    provinces = {"sichuan": ("四川省", "Sichuan", (26.0, 34.0), (97.5, 107.5)),
                 "chongqing": ("重庆市", "Chongqing", (28.2, 32.2), (105.3, 110.2)),
                 "beijing": ("北京市", "Beijing", (39.4, 41.0), (115.5, 117.5))}
    places: dict[str, list[ox.NamedNode]] = {}
    for key, (zh, en, (la0, la1), (lo0, lo1)) in provinces.items():
        prov = _n(mint("place", key))
        add(prov, RDF.type, _n(CPPCC.Province))
        add(prov, RDFS.label, _lit(zh, "zh"))
        add(prov, RDFS.label, _lit(en, "en"))
        add(prov, CPPCC.withinProvince, prov)
        places[key] = [prov]
        for k in range(25 if key != "beijing" else 1):
            place = _n(mint("place", f"bench-{key}-{k}"))
            add(place, RDF.type, _n(CPPCC.District))
            add(place, RDFS.label, _lit(f"{zh}第{k}区", "zh"))
            add(place, CPPCC.withinProvince, prov)
            add(place, GEO.lat, ox.Literal(f"{rng.uniform(la0, la1):.2f}", datatype=ox.NamedNode(str(XSD.decimal))))
            add(place, GEO.long, ox.Literal(f"{rng.uniform(lo0, lo1):.2f}", datatype=ox.NamedNode(str(XSD.decimal))))
            places[key].append(place)
    n_bodies = max(30, n_nodes // 10)
    n_inits = n_nodes - n_bodies
    bodies = []
    side: dict[str, str] = {}
    for b in range(n_bodies):
        node = _n(mint("body", f"bench-body-{b}"))
        if b == 0:
            prov, cls = "chongqing", "ProvincialCommittee"
        elif b == 1:
            prov, cls = "sichuan", "ProvincialCommittee"
        else:
            prov = rng.choices(["chongqing", "sichuan", "beijing", ""], [65, 25, 5, 5])[0]
            cls = rng.choice(BODY_CLASSES)
        add(node, RDF.type, _n(getattr(CPPCC, cls)))
        add(node, RDFS.label, _lit(f"合成机构{b}号", "zh"))
        add(node, RDFS.label, _lit(f"Synthetic body {b}", "en"))
        if prov:
            add(node, CPPCC.seat, rng.choice(places[prov][1:] or places[prov]))
        bodies.append(node)
        side[node.value] = prov
    topics = []
    for t in range(30):
        node = _n(mint("topic", f"bench-topic-{t}"))
        add(node, RDF.type, _n(CPPCC.Topic))
        add(node, RDFS.label, _lit(f"议题{t}", "zh"))
        add(node, RDFS.label, _lit(f"Topic {t}", "en"))
        topics.append(node)
    reports = []
    for r in range(3):
        rid = f"bench-report-{r}"
        node = _n(mint("report", rid))
        add(node, RDF.type, _n(CPPCC.Report), _n(report_graph(rid)))
        add(node, RDFS.label, _lit(f"合成工作报告{r}", "zh"), _n(report_graph(rid)))
        reports.append((rid, node))
    weights = [1.0 / (1 + k) ** 0.9 for k in range(n_bodies)]
    for i in range(n_inits):
        rid, rnode = reports[i % len(reports)]
        g = _n(report_graph(rid))
        node = _n(mint("initiative", f"{rid}/{i}"))
        add(node, RDF.type, _n(getattr(CPPCC, rng.choice(TYPES))), g)
        label = "".join(rng.sample(ZH_WORDS, 4))
        add(node, RDFS.label, _lit(label, "zh"), g)
        organiser = bodies[0] if rng.random() < 0.55 else bodies[i % n_bodies]
        members = {organiser.value}
        add(node, CPPCC.organizer, organiser, g)
        if rng.random() < 0.12:
            members.add(bodies[1].value)
            add(node, CPPCC.partner, bodies[1], g)
        for partner in rng.choices(bodies, weights, k=rng.choice([0, 0, 1, 1, 2, 3])):
            if partner.value not in members:
                members.add(partner.value)
                add(node, CPPCC.partner, partner, g)
        if {"sichuan", "chongqing"} <= {side[m] for m in members}:
            add(node, RDF.type, _n(CPPCC.JointSichuanChongqingActivity), inferred)
        add(node, CPPCC.status, _n(CPPCC.planned if rng.random() < 0.1 else CPPCC.done), g)
        y0 = rng.randint(2018, 2023)
        period = _n(mint("period", f"{y0}-{y0 + rng.choice([0, 0, 0, 1, 4])}"))
        add(node, CPPCC.period, period, g)
        add(period, CPPCC.startYear, _lit(y0), g)
        add(period, CPPCC.endYear, _lit(int(period.value.rsplit("-", 1)[1])), g)
        add(node, CPPCC.reportedIn, rnode, g)
        ev = _n(mint("evidence", f"{rid}/{i}-{i + 40}"))
        quote = _n(mint("evidence", f"{rid}/{i}-{i + 40}/quote"))
        add(node, CPPCC.evidence, ev, g)
        add(ev, OA.hasSelector, quote, g)
        add(quote, OA.exact, _lit(f"{label}，" + "".join(rng.sample(ZH_WORDS, 8)) + "。"), g)
        for t in rng.sample(topics, rng.choice([0, 1, 1, 2])):
            add(node, CPPCC.topic, t, g)
    store.extend(quads)
    return store


def _chromium_version() -> str:
    try:
        return subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def time_page(browser, path: Path, timeout_ms: int = 300_000) -> dict:
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    page = ctx.new_page()
    remote: list[str] = []

    def route(r):
        if r.request.url.startswith(("file:", "data:", "blob:")):
            r.continue_()
        else:
            remote.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri(), wait_until="commit")
    page.wait_for_function("window.cppcckg && window.cppcckg.ready", timeout=timeout_ms, polling=50)
    result = page.evaluate("""() => ({ready: cppcckg.readyAt,
        dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
        nodes: network.body.data.nodes.length, edges: network.body.data.edges.length})""")
    ctx.close()
    if remote:
        raise RuntimeError(f"page requested remote resources: {remote[:3]}")
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--force-max", type=int, default=1000, help="Largest size also timed with the force layout.")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "network_frame.json")
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found: apt-get install chromium fonts-wqy-zenhei", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for size in args.sizes:
            t0 = time.perf_counter()
            store = synth_store(size)
            t_store = time.perf_counter() - t0
            t0 = time.perf_counter()
            cat = network.load_catalogue(store)
            g = network.initiatives(cat)
            t_project = time.perf_counter() - t0
            t0 = time.perf_counter()
            analytics.annotate(g)
            t_analytics = time.perf_counter() - t0
            layouts = ["spring", "geo"] + (["force"] if size <= args.force_max else [])
            for name in layouts:
                t0 = time.perf_counter()
                pos = layout.compute_layout(g, name)
                t_layout = time.perf_counter() - t0
                t0 = time.perf_counter()
                path = render.write_html(g, Path(tmp) / f"n{size}-{name}.html", positions=pos, layout=name)
                t_render = time.perf_counter() - t0
                runs = [time_page(browser, path) for _ in range(args.repeat)]
                assert all(r["nodes"] == g.number_of_nodes() and r["edges"] == g.number_of_edges() for r in runs)
                row = {
                    "target_nodes": size, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "layout": name,
                    "html_mb": round(path.stat().st_size / 1e6, 2),
                    "store_s": round(t_store, 2), "project_s": round(t_project, 2), "analytics_s": round(t_analytics, 2),
                    "layout_s": round(t_layout, 2), "render_s": round(t_render, 2),
                    "dom_ready_ms": round(statistics.median(r["dcl"] for r in runs)),
                    "first_stable_frame_ms": round(statistics.median(r["ready"] for r in runs)),
                    "first_stable_frame_runs_ms": [round(r["ready"]) for r in runs],
                }
                rows.append(row)
                print(f"  {size:>5} {name:<6} done: {row['first_stable_frame_ms']} ms", file=sys.stderr, flush=True)
        browser.close()
    header = ["nodes", "edges", "layout", "html_mb", "project_s", "analytics_s", "layout_s", "render_s",
              "dom_ready_ms", "first_stable_frame_ms"]
    widths = [max(len(h), *(len(str(r[h])) for r in rows)) for h in header]
    print("  ".join(h.rjust(w) for h, w in zip(header, widths)))
    for r in rows:
        print("  ".join(str(r[h]).rjust(w) for h, w in zip(header, widths)))
    result = {
        "benchmark": "network_frame",
        "description": "time from navigation start to the first frame drawn with a stable layout "
                       "(median of repeats), initiatives view of synthetic stores",
        "repeat": args.repeat,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "chromium": _chromium_version()},
        "rows": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
