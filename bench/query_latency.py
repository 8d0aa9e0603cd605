"""Named-query latency: pyoxigraph (in memory) against rdflib (in-memory Graph).

Generates a synthetic graph of the project's shape — the real ontology, bodies with names,
aliases, parents and seats in Chongqing and Sichuan, collectives, topics, programmes,
measures, reports, and per "unit" one initiative, one statistic (qb:Observation) and four
mentions, each with its evidence and text selectors, plus the inferred joint
Sichuan-Chongqing types — until it reaches each requested size. Both engines hold the same
triples in their default graph. Every named query of queries/ is bound (with synthetic
parameter values) and run RUNS times on each engine; p50 and p95 are printed side by side with
the ratio rdflib/oxigraph and the row counts (which must agree), and everything goes to
bench/results/query_latency.json.

rdflib runs in a child process so that a query slower than --timeout can be stopped: the rest
of its runs are skipped and it is reported as "timeout" (the child is restarted, which reloads
the graph). rdflib 7 raises NotBoundError for GROUP_CONCAT(DISTINCT ...) over a variable that
an OPTIONAL left unbound (RDFLib/rdflib issues 716 and 882); the child patches that one check
so that unbound values are skipped, as SPARQL 1.1 says.

The child also reports how much its resident memory grew while parsing. Sizes above
--skip-rdflib-above (default 1,000,000) run on Oxigraph only — an rdflib Graph of millions of
triples takes gigabytes and its queries mostly time out — and the output says how much memory
the rdflib graph would have needed, extrapolated from the bytes per triple measured at a smaller
size of the same run (or on a 100,000-triple graph when there is none).

    python -m bench.query_latency                      # 100k triples
    python -m bench.query_latency --sizes 100000,1000000 --runs 5 --timeout 120
    python -m bench.query_latency --sizes 5000000 --runs 3     # Oxigraph only at 5M

:func:`generate` with ``named_graphs=True`` writes N-Quads instead, spread over the named graphs
a real build makes (ontology, reference, one per report, inferred); bench.export_cost and
bench.publish_throughput use it.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing as mp
import os
import platform
import random
import sys
import time
from pathlib import Path

from bench.common import write_results

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "query_latency.json"
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from cppcckg.query import named as Q  # noqa: E402
from cppcckg.vocab import (  # noqa: E402
    CPPCC, INFERRED_GRAPH, OA, ONTOLOGY_GRAPH, ORG, PROV, QB, RDF, RDFS, REFERENCE_GRAPH, SKOS, TIME, XSD, mint, report_graph,
)

#: Sizes above this run on Oxigraph only unless --skip-rdflib-above says otherwise.
SKIP_RDFLIB_ABOVE = 1_000_000
#: Triples of the small graph rdflib's memory per triple is measured on when no smaller size ran.
MEMORY_PROBE = 100_000

BODY_CLASSES = ["SpecialCommittee", "WorkingOrgan", "DemocraticParty", "PeoplesOrganisation", "MemberGroup",
                "Sector", "GovernmentBody", "ExternalOrgan", "MunicipalCommittee", "SubPartyGroup"]
TYPES = ["Consultation", "Research", "Inspection", "Supervision", "Proposal", "Briefing", "Meeting", "StudySession",
         "Publication", "Event", "Campaign", "InformationReport", "OtherInitiative"]
SUBTYPES = {"Consultation": ["ThematicConsultation", "SectorConsultation", "RemoteConsultation"], "Proposal": ["JointProposal"]}
WORDS = "协商 调研 视察 监督 提案 会议 学习 发展 建设 经济 生态 乡村 振兴 城市 交通 文化 科技 创新 民生 教育".split()


class Writer:
    """N-Triples lines for the synthetic graph, or N-Quads lines in ``graph`` when ``quads`` is
    set (the generator switches ``graph`` as it goes, the way a build fills its named graphs)."""

    def __init__(self, quads: bool = False) -> None:
        self.lines: list[str] = []
        self.quads = quads
        self.graph: str | None = None

    def __len__(self) -> int:
        return len(self.lines)

    def add(self, s: str, p: str, o: str) -> None:
        self.raw(f"<{s}> <{p}> {o}")

    def raw(self, triple: str) -> None:
        """One statement given as the N-Triples text of a triple without its final dot."""
        if self.quads and self.graph:
            self.lines.append(f"{triple} <{self.graph}> .\n")
        else:
            self.lines.append(f"{triple} .\n")


def iri(x: object) -> str:
    return f"<{x}>"


def lit(text: str, lang: str | None = None) -> str:
    return Q.literal(text) + (f"@{lang}" if lang else "")


def num(value: int | float, datatype: str = "integer") -> str:
    return f'"{value}"^^<{XSD[datatype]}>'


def _ontology(w: Writer) -> None:
    import pyoxigraph as ox

    data = (ROOT / "ontology" / "cppcc.ttl").read_bytes()
    for quad in ox.parse(data, format=ox.RdfFormat.TURTLE):
        w.raw(str(quad.triple))


def generate(target: int, seed: int = 7, named_graphs: bool = False) -> tuple[bytes, dict[str, str]]:
    """About ``target`` triples as N-Triples, and parameter values for the named queries.

    With ``named_graphs`` the same statements come as N-Quads in the graphs a build would put
    them in: the ontology, the reference (places, bodies, topics, programmes, measures,
    periods), one graph per synthetic report and the inferred joint Sichuan-Chongqing types.
    """
    rng = random.Random(seed)
    w = Writer(quads=named_graphs)
    w.graph = str(ONTOLOGY_GRAPH)
    _ontology(w)
    w.graph = str(REFERENCE_GRAPH)
    scale = max(1.0, target / 100_000)
    chongqing, sichuan, beijing = mint("place", "chongqing"), mint("place", "sichuan"), mint("place", "beijing")
    for place, zh in ((chongqing, "重庆市"), (sichuan, "四川省"), (beijing, "北京市")):
        w.add(place, RDF.type, iri(CPPCC.Province))
        w.add(place, RDFS.label, lit(zh, "zh"))
        w.add(place, CPPCC.withinProvince, iri(place))
    places = []
    for i in range(int(120 * scale)):
        place = mint("place", f"p{i}")
        province = chongqing if i < 38 or i % 2 else sichuan
        w.add(place, RDF.type, iri(CPPCC.District))
        w.add(place, RDFS.label, lit(f"地方{i}区", "zh"))
        w.add(place, CPPCC.withinProvince, iri(province))
        places.append((place, province))
    places.append((beijing, beijing))

    def body(key: str, cls: str, zh: str, seat: tuple[str, str] | None, parent: str | None) -> str:
        node = mint("body", key)
        w.add(node, RDF.type, iri(CPPCC[cls]))
        w.add(node, RDFS.label, lit(zh, "zh"))
        w.add(node, RDFS.label, lit(f"Body {key}", "en"))
        w.add(node, SKOS.prefLabel, lit(zh, "zh"))
        w.add(node, SKOS.altLabel, lit(f"{zh}简称", "zh"))
        w.add(node, CPPCC.inReference, '"true"^^<' + str(XSD.boolean) + ">")
        if seat:
            w.add(node, CPPCC.seat, iri(seat[0]))
        if parent:
            w.add(node, ORG.subOrganizationOf if cls not in ("SpecialCommittee", "WorkingOrgan") else ORG.unitOf, iri(parent))
        return node

    national = body("national-cppcc", "NationalCommittee", "全国政协", places[-1], None)
    cq = body("cq-cppcc", "ProvincialCommittee", "政协重庆市委员会", (chongqing, chongqing), national)
    sc = body("sc-cppcc", "ProvincialCommittee", "政协四川省委员会", (sichuan, sichuan), national)
    bodies = [(cq, chongqing), (sc, sichuan)]
    for i in range(38):
        bodies.append((body(f"cppcc-d{i}", "CountyCommittee", f"政协重庆市地方{i}区委员会", places[i], cq), chongqing))
    for i in range(int(160 * scale)):
        seat = rng.choice(places[:-1])
        parent = cq if seat[1] == chongqing else sc
        bodies.append((body(f"b{i}", rng.choice(BODY_CLASSES), f"机构{i}", seat, parent), seat[1]))
    for i in range(int(16 * scale)):
        node = mint("body", f"group{i}")
        w.add(node, RDF.type, iri(CPPCC.Collective))
        w.add(node, RDFS.label, lit(f"集体{i}", "zh"))
        for member, _ in rng.sample(bodies, 5):
            w.add(node, CPPCC.comprises, iri(member))
    topics = []
    for i in range(int(100 * scale)):
        node = mint("topic", f"t{i}")
        w.add(node, RDF.type, iri(CPPCC.Topic))
        w.add(node, RDFS.label, lit(f"主题{i}", "zh"))
        w.add(node, SKOS.altLabel, lit(f"主题别名{i}", "zh"))
        if i > 10:
            w.add(node, SKOS.broader, iri(rng.choice(topics[:10])))
        topics.append(node)
    programmes = []
    for i in range(int(35 * scale)):
        node = mint("programme", f"g{i}")
        name = "渝事好商量" if i == 0 else f"品牌{i}"
        w.add(node, RDF.type, iri(CPPCC.Programme))
        w.add(node, RDFS.label, lit(name, "zh"))
        w.add(node, SKOS.altLabel, lit(f"“{name}”工作", "zh"))
        w.add(node, PROV.wasAttributedTo, iri(cq))
        programmes.append(node)
    measures = []
    for i in range(60):
        node = mint("measure", f"m{i}")
        w.add(node, RDF.type, iri(CPPCC.Measure))
        w.add(node, RDFS.label, lit(f"指标{i}", "zh"))
        w.add(node, RDFS.label, lit(f"measure {i}", "en"))
        measures.append(node)
    periods = []
    for start, end in [(y, y) for y in range(2018, 2024)] + [(2018, 2022)]:
        key = str(start) if start == end else f"{start}-{end}"
        node = mint("period", key)
        w.add(node, RDF.type, iri(TIME.ProperInterval))
        w.add(node, RDFS.label, lit(key))
        w.add(node, CPPCC.startYear, num(start))
        w.add(node, CPPCC.endYear, num(end))
        periods.append(node)
    reports: list[list] = []

    def new_report() -> None:
        rid = f"r{len(reports)}"
        w.graph = str(report_graph(rid))
        node = mint("report", rid)
        w.add(node, RDF.type, iri(CPPCC.Report))
        w.add(node, RDFS.label, lit(f"工作报告{rid}", "zh"))
        reports.append([rid, node, 0])

    new_report()

    def evidence(report: list, text: str) -> str:
        rid, rnode, cursor = report
        start, end = cursor, cursor + len(text)
        report[2] = end + rng.randint(1, 40)
        node = mint("evidence", f"{rid}/{start}-{end}")
        pos, quote = mint("evidence", f"{rid}/{start}-{end}/position"), mint("evidence", f"{rid}/{start}-{end}/quote")
        w.add(node, RDF.type, iri(CPPCC.Evidence))
        w.add(node, RDF.type, iri(OA.SpecificResource))
        w.add(node, OA.hasSource, iri(rnode))
        w.add(node, OA.hasSelector, iri(pos))
        w.add(node, OA.hasSelector, iri(quote))
        w.add(pos, RDF.type, iri(OA.TextPositionSelector))
        w.add(pos, OA.start, num(start))
        w.add(pos, OA.end, num(end))
        w.add(quote, RDF.type, iri(OA.TextQuoteSelector))
        w.add(quote, OA.exact, lit(text))
        w.add(node, CPPCC.sectionPath, lit(f"要闻 / 第{start // 2000}节"))
        return node

    unit = 0
    sample_initiative = ""
    while len(w) < target:
        if unit and unit % 120 == 0:
            new_report()
        report = reports[-1]
        rid = report[0]
        # One initiative.
        kind = rng.choice(TYPES)
        text = "".join(rng.choices(WORDS, k=6))
        node = mint("initiative", f"{rid}/{report[2]}-{unit}")
        sample_initiative = sample_initiative or str(node)
        w.add(node, RDF.type, iri(CPPCC[kind]))
        if kind in SUBTYPES and rng.random() < 0.3:
            w.add(node, RDF.type, iri(CPPCC[rng.choice(SUBTYPES[kind])]))
        w.add(node, RDFS.label, lit(text, "zh"))
        participants = [rng.choice(bodies) for _ in range(rng.randint(1, 4))]
        for i, (b, _) in enumerate(participants):
            w.add(node, CPPCC.organizer if i == 0 else CPPCC.partner, iri(b))
        if {chongqing, sichuan} <= {p for _, p in participants}:
            w.graph, here = str(INFERRED_GRAPH), w.graph
            w.add(node, RDF.type, iri(CPPCC.JointSichuanChongqingActivity))
            w.graph = here
        for t in rng.sample(topics, rng.randint(1, 2)):
            w.add(node, CPPCC.topic, iri(t))
        w.add(node, CPPCC.status, iri(CPPCC.planned if rng.random() < 0.1 else CPPCC.done))
        w.add(node, CPPCC.period, iri(rng.choice(periods)))
        if rng.random() < 0.3:
            w.add(node, CPPCC.partOfProgramme, iri(rng.choice(programmes)))
        w.add(node, CPPCC.reportedIn, iri(report[1]))
        w.add(node, CPPCC.evidence, iri(evidence(report, text)))
        if len(reports) > 1 and rng.random() < 0.05:  # merged across reports
            w.add(node, CPPCC.reportedIn, iri(reports[-2][1]))
            w.add(node, CPPCC.evidence, iri(evidence(reports[-2], text)))
        w.add(node, CPPCC.ruleName, lit("trigger:" + kind.lower()))
        # One statistic.
        obs = mint("observation", f"{rid}/{report[2]}-{unit}")
        value = rng.randint(1, 5000)
        w.add(obs, RDF.type, iri(QB.Observation))
        w.add(obs, QB.dataSet, iri(mint("dataset", "statistics")))
        w.add(obs, CPPCC.measure, iri(rng.choice(measures)))
        w.add(obs, CPPCC.value, num(value, "decimal"))
        w.add(obs, CPPCC.unit, lit("件"))
        if rng.random() < 0.2:
            w.add(obs, CPPCC.qualifier, lit("余"))
        w.add(obs, CPPCC.subject, iri(cq))
        w.add(obs, CPPCC.refPeriod, iri(rng.choice(periods)))
        w.add(obs, CPPCC.reportedIn, iri(report[1]))
        w.add(obs, CPPCC.evidence, iri(evidence(report, f"共{value}件")))
        # Four mentions.
        for k in range(4):
            mention = mint("mention", f"{rid}/{report[2]}-{unit}-{k}")
            if rng.random() < 0.01:
                target_node = mint("body", f"unknown-{unit}-{k}")
                w.add(target_node, RDF.type, iri(CPPCC.Body))
                w.add(target_node, RDFS.label, lit(f"未知{unit}", "zh"))
                w.add(target_node, CPPCC.inReference, '"false"^^<' + str(XSD.boolean) + ">")
            else:
                target_node = rng.choice(bodies)[0] if k < 2 else rng.choice(topics)
            w.add(mention, RDF.type, iri(CPPCC.Mention))
            w.add(mention, CPPCC.mentions, iri(target_node))
            w.add(mention, CPPCC.surfaceForm, lit(f"名称{k}"))
            w.add(mention, CPPCC.reportedIn, iri(report[1]))
            w.add(mention, CPPCC.evidence, iri(evidence(report, f"名称{k}")))
        unit += 1
    params = {
        "body-initiatives": {"body": str(cq)},
        "evidence": {"entity": sample_initiative},
        "programme-figures": {"programme": str(programmes[0])},
    }
    return "".join(w.lines).encode("utf-8"), params  # type: ignore[return-value]


# ---------------------------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------------------------


def percentile(times: list[float], p: float) -> float | None:
    """Nearest-rank percentile."""
    if not times:
        return None
    ordered = sorted(times)
    return ordered[max(0, math.ceil(p * len(ordered)) - 1)]


def run_oxigraph(data: bytes, texts: dict[str, str], runs: int) -> tuple[float, dict]:
    import pyoxigraph as ox

    start = time.perf_counter()
    store = ox.Store()
    store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
    load = time.perf_counter() - start
    out = {}
    for name, text in texts.items():
        rows = len(list(store.query(text)))  # warm-up, also the row count
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            for _ in store.query(text):
                pass
            times.append(time.perf_counter() - t0)
        out[name] = {"rows": rows, "times": times}
    return load, out


_DATA: bytes = b""


def _patch_rdflib() -> None:
    from rdflib.plugins.sparql import aggregates
    from rdflib.plugins.sparql.sparql import NotBoundError

    original = aggregates.Accumulator.use_row

    def use_row(self, row):  # noqa: ANN001
        try:
            return original(self, row)
        except NotBoundError:
            return False

    aggregates.Accumulator.use_row = use_row


def rss_bytes() -> int | None:
    """Resident memory of this process now (Linux /proc; None elsewhere)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _rdflib_child(conn) -> None:  # noqa: ANN001
    import gc

    import rdflib

    _patch_rdflib()
    before = rss_bytes()
    start = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(data=_DATA.decode("utf-8"), format="nt")
    elapsed = time.perf_counter() - start
    gc.collect()
    after = rss_bytes()
    grown = after - before if before is not None and after is not None else None
    conn.send(("loaded", elapsed, grown, len(graph)))
    while True:
        job = conn.recv()
        if job is None:
            return
        name, text, runs, budget = job
        times, rows, spent = [], None, 0.0
        for _ in range(runs):
            t0 = time.perf_counter()
            count = sum(1 for _ in graph.query(text))
            elapsed = time.perf_counter() - t0
            times.append(elapsed)
            rows = count
            spent += elapsed
            if spent > budget:
                break
        conn.send((name, rows, times))


class RdflibWorker:
    def __init__(self) -> None:
        ctx = mp.get_context("fork")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_rdflib_child, args=(child,), daemon=True)
        self.process.start()
        kind, self.load, self.grown, self.triples = self.conn.recv()
        assert kind == "loaded"

    def run(self, name: str, text: str, runs: int, timeout: float) -> tuple[int | None, list[float]] | None:
        self.conn.send((name, text, runs, timeout))
        if not self.conn.poll(timeout):
            self.process.kill()
            self.process.join()
            return None
        _, rows, times = self.conn.recv()
        return rows, times

    def close(self) -> None:
        if self.process.is_alive():
            self.conn.send(None)
            self.process.join(5)
            if self.process.is_alive():
                self.process.kill()


def rdflib_bytes_per_triple(worker: RdflibWorker) -> float | None:
    """How much the rdflib child grew per triple it parsed (the in-memory Graph's cost)."""
    return worker.grown / worker.triples if worker.grown and worker.triples else None


def probe_rdflib_memory(size: int = MEMORY_PROBE) -> float | None:
    """Bytes per triple of an rdflib Graph, measured by loading ``size`` synthetic triples."""
    global _DATA
    _DATA, _ = generate(size)
    worker = RdflibWorker()
    worker.close()
    _DATA = b""
    return rdflib_bytes_per_triple(worker)


def run_rdflib(data: bytes, texts: dict[str, str], runs: int, timeout: float) -> tuple[float, dict, float | None]:
    """Load time, per-query results and memory per triple of rdflib on ``data``."""
    global _DATA
    _DATA = data
    worker = RdflibWorker()
    load = worker.load
    per_triple = rdflib_bytes_per_triple(worker)
    out = {}
    for name, text in texts.items():
        answer = worker.run(name, text, runs, timeout)
        if answer is None:
            out[name] = {"rows": None, "times": [], "timeout": timeout}
            worker = RdflibWorker()
        else:
            rows, times = answer
            out[name] = {"rows": rows, "times": times, "skipped_runs": runs - len(times)}
    worker.close()
    _DATA = b""
    return load, out, per_triple


def _fmt(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def bench_size(size: int, runs: int, timeout: float, names: list[str] | None, skip_rdflib: bool,
               skip_reason: str = "", memory: dict | None = None) -> dict:
    """Time every named query on ``size`` triples; ``memory`` carries rdflib's measured bytes
    per triple between sizes (key ``bytes_per_triple``) so a skipped size can be estimated."""
    memory = memory if memory is not None else {}
    t0 = time.perf_counter()
    data, params = generate(size)
    triples = data.count(b"\n")
    generated = time.perf_counter() - t0
    queries = [q for q in Q.list_queries() if names is None or q.name in names]
    texts = {q.name: Q.bind(q, params.get(q.name, {})) for q in queries}
    ox_load, ox = run_oxigraph(data, texts, runs)
    rdflib_memory: dict = {}
    if skip_rdflib:
        rl_load, rl = None, {}
        if skip_reason:
            per_triple = memory.get("bytes_per_triple")
            if per_triple is None:
                per_triple = memory["bytes_per_triple"] = probe_rdflib_memory()
                memory["measured_at"] = MEMORY_PROBE
            if per_triple:
                need = per_triple * triples
                skip_reason += f"; rdflib in-memory graph would need ~{need / 1e9:.1f} GB"
                skip_reason += f" ({per_triple:.0f} bytes per triple measured at {memory['measured_at']:,} triples)"
                rdflib_memory = {"estimated_bytes": round(need), "bytes_per_triple": round(per_triple),
                                 "measured_at_triples": memory["measured_at"]}
    else:
        rl_load, rl, per_triple = run_rdflib(data, texts, runs, timeout)
        if per_triple:
            memory["bytes_per_triple"], memory["measured_at"] = per_triple, triples
            rdflib_memory = {"grown_bytes": round(per_triple * triples), "bytes_per_triple": round(per_triple)}
    del data
    print(f"\n{triples:,} triples (generated in {generated:.1f} s); load: oxigraph {_fmt(ox_load)}, "
          f"rdflib {_fmt(rl_load) if not skip_reason else 'skipped'}; {runs} runs per query, rdflib timeout {timeout:g} s")
    if skip_reason:
        print(f"rdflib skipped: {skip_reason}")
    elif rdflib_memory:
        print(f"rdflib graph: ~{rdflib_memory['grown_bytes'] / 1e9:.2f} GB resident "
              f"({rdflib_memory['bytes_per_triple']} bytes per triple)")
    header = f"{'query':26} {'ox p50':>10} {'ox p95':>10} {'rdflib p50':>11} {'rdflib p95':>11} {'ratio':>8} {'rows':>13}"
    print(header)
    print("-" * len(header))
    rows = {}
    for name in texts:
        o, r = ox[name], rl.get(name, {"rows": None, "times": []})
        op50, op95 = percentile(o["times"], 0.5), percentile(o["times"], 0.95)
        rp50, rp95 = percentile(r["times"], 0.5), percentile(r["times"], 0.95)
        if r.get("timeout"):
            rtext, ratio = f"> {timeout:g} s", f"> {timeout / op50:.0f}x" if op50 else "—"
            rp95_text = "timeout"
        else:
            rtext, rp95_text = _fmt(rp50), _fmt(rp95)
            ratio = f"{rp50 / op50:.0f}x" if rp50 and op50 else "—"
        count = f"{o['rows']}/{r['rows'] if r['rows'] is not None else '—'}"
        mismatch = " !" if r["rows"] is not None and r["rows"] != o["rows"] else ""
        print(f"{name:26} {_fmt(op50):>10} {_fmt(op95):>10} {rtext:>11} {rp95_text:>11} {ratio:>8} {count:>13}{mismatch}")
        rows[name] = {
            "oxigraph": {"p50_s": op50, "p95_s": op95, "rows": o["rows"], "runs": len(o["times"])},
            "rdflib": {"p50_s": rp50, "p95_s": rp95, "rows": r["rows"], "runs": len(r["times"]),
                       "timeout_s": r.get("timeout")},
            "ratio_p50": (rp50 / op50) if rp50 and op50 else None,
        }
    return {"size_target": size, "triples": triples, "load_s": {"oxigraph": ox_load, "rdflib": rl_load},
            "rdflib_skipped": skip_reason or None, "rdflib_memory": rdflib_memory or None, "queries": rows}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000", help="comma-separated triple counts (default 100000)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per query and engine (default 5)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before an rdflib query is stopped (default 60)")
    parser.add_argument("--queries", default=None, help="comma-separated query names (default: all)")
    parser.add_argument("--no-rdflib", action="store_true", help="time pyoxigraph only")
    parser.add_argument("--skip-rdflib-above", type=int, default=SKIP_RDFLIB_ABOVE, metavar="N",
                        help=f"run sizes above N triples on pyoxigraph only (default {SKIP_RDFLIB_ABOVE:,})")
    parser.add_argument("--out", type=Path, default=RESULTS, help="JSON results file")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    names = [n.strip() for n in args.queries.split(",")] if args.queries else None
    import pyoxigraph
    import rdflib

    results = {
        "benchmark": "query_latency",
        "engines": {"pyoxigraph": pyoxigraph.__version__, "rdflib": rdflib.__version__},
        "python": platform.python_version(),
        "machine": {"system": platform.system(), "cpus": os.cpu_count()},
        "runs": args.runs,
        "rdflib_timeout_s": args.timeout,
        "skip_rdflib_above": args.skip_rdflib_above,
        "sizes": [],
    }
    memory: dict = {}
    for size in sorted(sizes):
        reason = ""
        if not args.no_rdflib and size > args.skip_rdflib_above:
            reason = f"{size:,} triples is above --skip-rdflib-above {args.skip_rdflib_above:,}"
        results["sizes"].append(bench_size(size, args.runs, args.timeout, names, args.no_rdflib or bool(reason), reason, memory))
    write_results(args.out, results)


if __name__ == "__main__":
    main()
