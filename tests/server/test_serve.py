"""Issue 6: `cppcckg serve` over real HTTP on 127.0.0.1: the SPARQL 1.1 Protocol endpoint
(SPARQLWrapper and plain requests), content negotiation on instance IRIs, read-only refusals,
the query time and size limits, the body size limit, VoID, the reader, the named-query API and
escaping of hostile text.

The server runs as `python -m cppcckg.cli serve` in a subprocess on a free port, started once
per session by conftest.py's fixture (shared with other modules) and stopped with SIGTERM by its pid.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph, Literal, URIRef

from cppcckg import vocab
from cppcckg.vocab import CPPCC, DATA_NS, RDFS

from tests.helpers import CQ_CPPCC, EVIL_START, HEAVY, MAX_BODY, MAX_ROWS, ROOT, TIMEOUT_S, get, q

pytestmark = pytest.mark.server


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
    status, _, body = get(cppcckg_server.base + "/network/sichuan-chongqing.html", "text/html")
    assert status == 200 and b"vis" in body
    status, _, _ = get(cppcckg_server.base + "/network/no-such-view.html", "text/html")
    assert status == 404


# ---------------------------------------------------------------------------------------------
# Hostile text is shown as text
# ---------------------------------------------------------------------------------------------

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
    store = cppcckg_server.process.args[cppcckg_server.process.args.index("--store") + 1]
    result = subprocess.run([sys.executable, "-m", "cppcckg.cli", "serve", "--store", store, "--port",
                             str(cppcckg_server.port)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert result.returncode == 2 and "--port" in result.stderr and "Traceback" not in result.stderr
