"""Issue 6: `cppcckg serve` over real HTTP on 127.0.0.1: the SPARQL 1.1 Protocol endpoint
(SPARQLWrapper and plain requests), content negotiation on instance IRIs, read-only refusals,
the query time and size limits, the body size limit, VoID, the reader, the named-query API and
escaping of hostile text.

The server runs as `python -m cppcckg.cli serve` in a subprocess on a free port, started once
per session (shared with test_serve_browser.py) and stopped with SIGTERM by its pid.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from cppcckg import vocab
from cppcckg.vocab import CPPCC, DATA_NS, RDFS

from .server_fixture import free_port, seed_store  # noqa: F401  (session fixture: the seed reports built once)

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[1]
_SERVERS: dict[str, "CppcckgServer"] = {}
#: Limits the test server runs with (small, so that tests can pass them quickly).
TIMEOUT_S = 3
MAX_ROWS = 60
MAX_BODY = 20_000
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . FILTER(?c = ?i) }"
CQ_CPPCC = str(vocab.mint("body", "cq-cppcc"))


@dataclass
class CppcckgServer:
    port: int
    process: subprocess.Popen
    log: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def sparql(self) -> str:
        return self.base + "/sparql"

    def stop(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


def start_server(store: Path, log: Path, *extra: str) -> CppcckgServer:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    for _ in range(3):
        port = free_port()
        handle = open(log, "wb")
        process = subprocess.Popen(
            [sys.executable, "-m", "cppcckg.cli", "serve", "--store", str(store), "--port", str(port),
             "--query-timeout", str(TIMEOUT_S), "--max-rows", str(MAX_ROWS), "--max-body", str(MAX_BODY), *extra],
            stdout=handle, stderr=subprocess.STDOUT, env=env, cwd=ROOT,
        )
        handle.close()
        server = CppcckgServer(port, process, log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(server.base + "/sparql?query=ASK%7B%7D", timeout=2) as response:
                    response.read()
                    return server
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        server.stop()
    pytest.fail(f"cppcckg serve did not start: {log.read_text(errors='replace')}")


@pytest.fixture(scope="session")
def cppcckg_server(seed_store, tmp_path_factory, request) -> CppcckgServer:  # noqa: F811
    if "seed" not in _SERVERS:
        server = start_server(seed_store, tmp_path_factory.mktemp("serve") / "serve.log")
        _SERVERS["seed"] = server
        request.config.add_cleanup(server.stop)
    return _SERVERS["seed"]


def get(url: str, accept: str | None = None, method: str = "GET", data: bytes | None = None,
        content_type: str | None = None) -> tuple[int, dict[str, str], bytes]:
    headers = {}
    if accept:
        headers["Accept"] = accept
    if content_type:
        headers["Content-Type"] = content_type
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


def q(text: str) -> str:
    return urllib.parse.quote(text)


# ---------------------------------------------------------------------------------------------
# SPARQL 1.1 Protocol with SPARQLWrapper
# ---------------------------------------------------------------------------------------------


def test_the_address_is_printed(cppcckg_server):
    assert f"http://127.0.0.1:{cppcckg_server.port}/" in cppcckg_server.log.read_text()


def test_sparqlwrapper_select_ask_construct(cppcckg_server):
    from SPARQLWrapper import JSON, POST, TURTLE, XML, SPARQLWrapper

    sw = SPARQLWrapper(cppcckg_server.sparql)
    sw.setQuery(f'SELECT ?l WHERE {{ <{CQ_CPPCC}> <{RDFS.label}> ?l }} ORDER BY ?l')
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert {r["l"]["value"] for r in rows} >= {"政协重庆市委员会"}
    assert any(r["l"].get("xml:lang") == "zh" for r in rows)

    sw.setMethod(POST)
    sw.setQuery(f"ASK {{ <{CQ_CPPCC}> a <{CPPCC.ProvincialCommittee}> }}")
    assert sw.query().convert()["boolean"] is True

    sw.setQuery(f"CONSTRUCT {{ <{CQ_CPPCC}> ?p ?o }} WHERE {{ <{CQ_CPPCC}> ?p ?o }}")
    sw.setReturnFormat(TURTLE)
    graph = Graph().parse(data=sw.query().convert(), format="turtle")
    assert (URIRef(CQ_CPPCC), RDFS.label, Literal("政协重庆市委员会", lang="zh")) in graph
    sw.setReturnFormat(XML)
    graph = sw.query().convert()
    assert (URIRef(CQ_CPPCC), RDFS.label, Literal("政协重庆市委员会", lang="zh")) in graph


def test_sparqlwrapper_bad_query_and_update_are_refused(cppcckg_server):
    from SPARQLWrapper import JSON, POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    sw = SPARQLWrapper(cppcckg_server.sparql)
    sw.setReturnFormat(JSON)
    sw.setQuery("SELECT ?x WHERE { ?x ")
    with pytest.raises(QueryBadFormed):
        sw.query()
    sw.setMethod(POST)
    sw.setQuery(f"INSERT DATA {{ <{CQ_CPPCC}> <{RDFS.label}> \"pwned\" }}")
    with pytest.raises(urllib.error.HTTPError) as info:
        sw.query()
    assert info.value.code == 403
    status, _, body = get(f"{cppcckg_server.sparql}?query={q(f'ASK {{ ?s ?p {chr(34)}pwned{chr(34)} }}')}")
    assert status == 200 and json.loads(body)["boolean"] is False


@pytest.mark.parametrize(
    "accept, media, check",
    [
        ("application/sparql-results+json", "application/sparql-results+json", b'"bindings"'),
        ("application/sparql-results+xml", "application/sparql-results+xml", b"<sparql"),
        ("text/csv", "text/csv", b"l\r\n"),
        ("text/tab-separated-values", "text/tab-separated-values", b"?l\n"),
        (None, "application/sparql-results+json", b'"bindings"'),
    ],
)
def test_select_result_formats(cppcckg_server, accept, media, check):
    status, headers, body = get(f"{cppcckg_server.sparql}?query={q(f'SELECT ?l WHERE {{ <{CQ_CPPCC}> <{RDFS.label}> ?l }}')}",
                                accept)
    assert status == 200
    assert headers["content-type"].startswith(media)
    assert check in body
    assert "政协重庆市委员会" in body.decode("utf-8")


@pytest.mark.parametrize("accept, fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                         ("application/n-triples", "nt"), ("application/rdf+xml", "xml")])
def test_construct_graph_formats(cppcckg_server, accept, fmt):
    query = f"CONSTRUCT {{ <{CQ_CPPCC}> ?p ?o }} WHERE {{ <{CQ_CPPCC}> ?p ?o }}"
    status, headers, body = get(f"{cppcckg_server.sparql}?query={q(query)}", accept)
    assert status == 200 and headers["content-type"].startswith(accept)
    graph = Graph().parse(data=body, format=fmt)
    assert (URIRef(CQ_CPPCC), RDFS.label, Literal("政协重庆市委员会", lang="zh")) in graph


def test_post_forms_of_the_protocol(cppcckg_server):
    query = f"ASK {{ <{CQ_CPPCC}> ?p ?o }}"
    status, _, body = get(cppcckg_server.sparql, "application/sparql-results+json", "POST",
                          urllib.parse.urlencode({"query": query}).encode(), "application/x-www-form-urlencoded")
    assert status == 200 and json.loads(body)["boolean"] is True
    status, _, body = get(cppcckg_server.sparql, "application/sparql-results+json", "POST", query.encode(),
                          "application/sparql-query")
    assert status == 200 and json.loads(body)["boolean"] is True
    status, _, body = get(cppcckg_server.sparql, None, "POST", b"query", "text/plain")
    assert status == 415


def test_named_graph_parameters(cppcckg_server):
    graph = str(vocab.REFERENCE_GRAPH)
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ <{CQ_CPPCC}> ?p ?o }}"
    status, _, body = get(f"{cppcckg_server.sparql}?query={q(query)}&default-graph-uri={q(str(vocab.ONTOLOGY_GRAPH))}")
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "0"
    status, _, body = get(f"{cppcckg_server.sparql}?query={q(query)}&default-graph-uri={q(graph)}")
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 3


# ---------------------------------------------------------------------------------------------
# Read-only and limits
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, method, data, ctype",
    [
        ("/sparql", "POST", b"update=INSERT+DATA+%7B%3Ca%3A1%3E+%3Ca%3A2%3E+%3Ca%3A3%3E%7D", "application/x-www-form-urlencoded"),
        ("/sparql", "POST", b"INSERT DATA { <a:1> <a:2> <a:3> }", "application/sparql-update"),
        ("/sparql", "POST", b"DROP ALL", "application/sparql-query"),
        ("/sparql?update=CLEAR+ALL", "GET", None, None),
        ("/sparql", "PUT", b"<a:1> <a:2> <a:3> .", "text/turtle"),
        ("/sparql", "DELETE", None, None),
        ("/id/body/cq-cppcc", "PUT", b"<a:1> <a:2> <a:3> .", "text/turtle"),
        ("/id/body/cq-cppcc", "POST", b"x", "text/plain"),
        ("/store?default", "POST", b"<a:1> <a:2> <a:3> .", "text/turtle"),
    ],
)
def test_writes_are_refused_with_403(cppcckg_server, path, method, data, ctype):
    status, _, body = get(cppcckg_server.base + path, None, method, data, ctype)
    assert status == 403
    assert b"read-only" in body


def test_row_limit_gives_a_clear_error(cppcckg_server):
    status, _, body = get(f"{cppcckg_server.sparql}?query={q('SELECT * WHERE { ?s ?p ?o }')}")
    assert status == 422
    text = body.decode()
    assert f"more than {MAX_ROWS} rows" in text and "--max-rows" in text and "LIMIT" in text
    status, _, body = get(f"{cppcckg_server.sparql}?query={q(f'SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_ROWS}')}")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    status, _, body = get(f"{cppcckg_server.sparql}?query={q('CONSTRUCT WHERE { ?s ?p ?o }')}", "text/turtle")
    assert status == 422 and b"triples" in body


def test_time_limit_stops_the_query_and_the_server_stays_up(cppcckg_server):
    started = time.monotonic()
    status, _, body = get(f"{cppcckg_server.sparql}?query={q(HEAVY)}")
    elapsed = time.monotonic() - started
    assert status == 503
    assert b"time limit" in body and b"--query-timeout" in body
    assert elapsed < TIMEOUT_S + 10
    status, _, body = get(f"{cppcckg_server.sparql}?query={q('ASK { ?s ?p ?o }')}")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_body_size_limit(cppcckg_server):
    big = ("SELECT * WHERE { ?s ?p ?o } #" + "x" * (MAX_BODY + 10)).encode()
    status, _, body = get(cppcckg_server.sparql, None, "POST", big, "application/sparql-query")
    assert status == 413 and b"--max-body" in body


def test_missing_query_is_a_clear_400(cppcckg_server):
    status, _, body = get(cppcckg_server.sparql, "application/sparql-results+json")
    assert status == 400 and b"query" in body


# ---------------------------------------------------------------------------------------------
# Dereferencing and content negotiation
# ---------------------------------------------------------------------------------------------


def test_instance_iri_is_dereferenceable_by_content_negotiation(cppcckg_server):
    url = cppcckg_server.base + "/id/body/cq-cppcc"
    status, headers, body = get(url, "text/turtle")
    assert status == 200 and headers["content-type"].startswith("text/turtle") and "accept" in headers["vary"].lower()
    graph = Graph().parse(data=body, format="turtle")
    assert (URIRef(CQ_CPPCC), RDFS.label, Literal("政协重庆市委员会", lang="zh")) in graph

    status, headers, body = get(url, "application/ld+json")
    assert status == 200 and headers["content-type"].startswith("application/ld+json")
    doc = json.loads(body)
    assert doc["@context"] == cppcckg_server.base + "/context.jsonld"
    graph = Graph().parse(data=body, format="json-ld")  # fetches the context from the server
    assert (URIRef(CQ_CPPCC), RDFS.label, Literal("政协重庆市委员会", lang="zh")) in graph

    status, headers, body = get(url, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
    assert status == 200 and headers["content-type"].startswith("text/html")
    page = body.decode()
    assert "政协重庆市委员会" in page and "/reader/" in page and "#ev-" in page
    assert "content-security-policy" in headers

    for fmt, parse in (("nt", "nt"), ("rdfxml", "xml"), ("ttl", "turtle")):
        status, _, body = get(f"{url}?format={fmt}")
        assert status == 200
        assert (URIRef(CQ_CPPCC), RDFS.label, Literal("政协重庆市委员会", lang="zh")) in Graph().parse(data=body, format=parse)


def test_evidence_and_graph_iris(cppcckg_server):
    status, _, body = get(f"{cppcckg_server.sparql}?query=" + q(
        f"SELECT ?ev WHERE {{ ?ev a <{CPPCC.Evidence}> }} ORDER BY ?ev LIMIT 1"))
    evidence = json.loads(body)["results"]["bindings"][0]["ev"]["value"]
    local = evidence[len(str(DATA_NS)):]
    status, _, body = get(f"{cppcckg_server.base}/id/{local}", "text/turtle")
    graph = Graph().parse(data=body, format="turtle")
    assert any(str(p).endswith("#exact") for p in graph.predicates())  # the selectors come with it
    status, _, body = get(f"{cppcckg_server.base}/id/graph/reference", "text/turtle")
    assert status == 200 and len(Graph().parse(data=body, format="turtle")) > 1000
    status, _, _ = get(f"{cppcckg_server.base}/id/body/no-such-body", "text/turtle")
    assert status == 404
    status, _, body = get(f"{cppcckg_server.base}/id/body/no-such-body", "text/html")
    assert status == 404 and b"nothing is known" in body


def test_void_description(cppcckg_server):
    from rdflib.namespace import DCAT, DCTERMS, VOID

    status, headers, body = get(cppcckg_server.base + "/.well-known/void")
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=body, format="turtle")
    dataset = URIRef(str(vocab.mint("dataset", "cppcckg")))
    assert (dataset, VOID.sparqlEndpoint, URIRef(cppcckg_server.sparql)) in graph
    assert graph.value(dataset, DCTERMS.license) is not None
    dumps = set(graph.objects(dataset, VOID.dataDump))
    assert URIRef(cppcckg_server.base + "/download/cppcckg.trig") in dumps
    assert len(list(graph.objects(dataset, DCAT.distribution))) >= 5
    status, _, body = get(cppcckg_server.base + "/download/cppcckg.nt")
    assert status == 200 and len(Graph().parse(data=body, format="nt")) > 10_000


def test_reader_and_ontology_pages(cppcckg_server):
    status, _, body = get(cppcckg_server.base + "/reader/cq-cppcc-2022-work-report.html", "text/html")
    page = body.decode()
    assert status == 200 and 'id="ev-' in page and "k-initiative" in page and "k-mention" in page
    status, _, body = get(cppcckg_server.base + "/reader/no-such-report.html", "text/html")
    assert status == 404
    status, _, body = get(cppcckg_server.base + "/ontology", "text/html")
    assert status == 200 and 'id="JointSichuanChongqingActivity"' in body.decode()
    status, _, body = get(cppcckg_server.base + "/ontology", "text/turtle")
    ontology = Graph().parse(data=body, format="turtle")
    assert status == 200 and (URIRef(str(CPPCC.Initiative)), RDFS.label, Literal("履职活动", lang="zh")) in ontology


# ---------------------------------------------------------------------------------------------
# Named queries as HTTP endpoints, OpenAPI, networks
# ---------------------------------------------------------------------------------------------


def test_named_query_endpoints_and_openapi(cppcckg_server):
    status, _, body = get(cppcckg_server.base + "/api/queries")
    assert status == 200
    names = {item["name"] for item in json.loads(body)["queries"]}
    assert "body-initiatives" in names
    status, _, body = get(cppcckg_server.base + "/api/queries/body-initiatives?body=" + q("达州市政协"))
    assert status == 200
    result = json.loads(body)
    assert result["rows"] and "initiative" in result["columns"]
    status, _, body = get(cppcckg_server.base + "/api/queries/body-initiatives", None, "POST",
                          json.dumps({"body": "达州市政协", "year": 2021}).encode(), "application/json")
    assert status == 200 and json.loads(body)["rows"]
    status, _, body = get(cppcckg_server.base + "/api/queries/body-initiatives")
    assert status == 400 and "body" in json.loads(body)["error"]
    status, _, body = get(cppcckg_server.base + "/api/queries/body-initiatives?body=" + q("无此机构"))
    assert status == 400
    status, _, body = get(cppcckg_server.base + "/api/queries/no-such-query")
    assert status == 404

    status, _, body = get(cppcckg_server.base + "/openapi.json")
    doc = json.loads(body)
    assert doc["openapi"].startswith("3.")
    for name in names:
        operation = doc["paths"][f"/api/queries/{name}"]["get"]
        assert operation["responses"]["200"] and operation["summary"]
    params = {p["name"]: p for p in doc["paths"]["/api/queries/body-initiatives"]["get"]["parameters"]}
    assert params["body"]["required"] is True and params["year"]["required"] is False
    assert params["year"]["schema"]["type"] == "integer"


def test_network_pages(cppcckg_server):
    pytest.importorskip("cppcckg.network.render")
    status, _, body = get(cppcckg_server.base + "/network/sichuan-chongqing.html", "text/html")
    assert status == 200 and b"vis" in body
    status, _, _ = get(cppcckg_server.base + "/network/no-such-view.html", "text/html")
    assert status == 404


# ---------------------------------------------------------------------------------------------
# Hostile text is shown as text
# ---------------------------------------------------------------------------------------------

EVIL_TITLE = "<script>alert('title')</script>报告"
EVIL_TEXT = "前言。<script>alert('text')</script>重庆市政协<img src=x onerror=alert('img')>开展协商。"
EVIL_BODY = "<b onmouseover=alert('body')>恶意机构</b>"
EVIL_START = EVIL_TEXT.index("重庆市政协")


def build_evil_store(path: Path) -> Path:
    """A store whose report title, text and body label hold HTML and script."""
    import pyoxigraph as ox

    from cppcckg.vocab import OA, RDF, report_graph

    def n(x):
        return ox.NamedNode(str(x))

    rid = "evil-report"
    graph = n(report_graph(rid))
    report, body = n(vocab.mint("report", rid)), n(vocab.mint("body", "evil-body"))
    start = EVIL_TEXT.index("重庆市政协")
    end = start + len("重庆市政协")
    key = f"{rid}/{start}-{end}"
    mention, ev = n(vocab.mint("mention", key)), n(vocab.mint("evidence", key))
    pos, quote = n(vocab.mint("evidence", key + "/position")), n(vocab.mint("evidence", key + "/quote"))
    s_start = EVIL_TEXT.index("<script>")
    s_key = f"{rid}/{s_start}-{s_start + 8}"
    mention2, ev2 = n(vocab.mint("mention", s_key)), n(vocab.mint("evidence", s_key))
    pos2, quote2 = n(vocab.mint("evidence", s_key + "/position")), n(vocab.mint("evidence", s_key + "/quote"))
    lit = ox.Literal
    integer = ox.NamedNode(str(vocab.XSD.integer))
    triples = [
        (report, n(RDF.type), n(CPPCC.Report)),
        (report, n(vocab.DCTERMS.title), lit(EVIL_TITLE, language="zh")),
        (report, n(RDFS.label), lit(EVIL_TITLE, language="zh")),
        (report, n(CPPCC.fullText), lit(EVIL_TEXT)),
        (report, n(CPPCC.textLength), lit(str(len(EVIL_TEXT)), datatype=integer)),
        (body, n(RDF.type), n(CPPCC.Body)),
        (body, n(RDFS.label), lit(EVIL_BODY, language="zh")),
    ]
    for m, e, p, qn, a, b in ((mention, ev, pos, quote, start, end), (mention2, ev2, pos2, quote2, s_start, s_start + 8)):
        triples += [
            (m, n(RDF.type), n(CPPCC.Mention)), (m, n(CPPCC.mentions), body), (m, n(CPPCC.reportedIn), report),
            (m, n(CPPCC.evidence), e), (e, n(RDF.type), n(CPPCC.Evidence)), (e, n(OA.hasSource), report),
            (e, n(OA.hasSelector), p), (e, n(OA.hasSelector), qn), (p, n(OA.start), lit(str(a), datatype=integer)),
            (p, n(OA.end), lit(str(b), datatype=integer)), (qn, n(OA.exact), lit(EVIL_TEXT[a:b])),
        ]
    store = ox.Store(str(path))
    store.extend([ox.Quad(s, p, o, graph) for s, p, o in triples])
    store.flush()
    del store
    return path


@pytest.fixture(scope="session")
def evil_server(tmp_path_factory, request) -> CppcckgServer:
    if "evil" not in _SERVERS:
        folder = tmp_path_factory.mktemp("evil")
        store = build_evil_store(folder / "store")
        server = start_server(store, folder / "serve.log")
        _SERVERS["evil"] = server
        request.config.add_cleanup(server.stop)
    return _SERVERS["evil"]


@pytest.mark.parametrize("path", ["/id/report/evil-report", "/id/body/evil-body", "/reader/evil-report.html",
                                  "/reader/", "/search?q=" + q("恶意"),
                                  f"/id/mention/evil-report/{EVIL_START}-{EVIL_START + 5}"])
def test_hostile_text_is_escaped(evil_server, path):
    status, _, body = get(evil_server.base + path, "text/html")
    assert status == 200, path
    page = body.decode()
    assert "<script>alert" not in page and "<img src=x" not in page and "<b onmouseover" not in page
    assert "&lt;script&gt;" in page or "&lt;b onmouseover" in page


def test_serve_refuses_a_busy_port(cppcckg_server, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    result = subprocess.run([sys.executable, "-m", "cppcckg.cli", "serve", "--store", "no-such-store", "--port",
                             str(cppcckg_server.port)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert result.returncode == 5 and "cppcckg build" in result.stderr and "Traceback" not in result.stderr
    store = _SERVERS["seed"].process.args[_SERVERS["seed"].process.args.index("--store") + 1]
    result = subprocess.run([sys.executable, "-m", "cppcckg.cli", "serve", "--store", store, "--port",
                             str(cppcckg_server.port)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert result.returncode == 2 and "--port" in result.stderr and "Traceback" not in result.stderr
