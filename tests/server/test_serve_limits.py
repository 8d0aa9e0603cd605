"""Issue 18, items 5 and 8 on `cppcckg serve`: a server one client cannot stall or crash.

Hostile requests get a clear 4xx, never a 500 with a Python exception name or a reset
connection: IRIs that are no IRIs, paths that are not UTF-8, JSON nested 100,000 deep, a 1.1 MB
URL, a query nested 50,000 deep. Answers are capped in bytes while they are written, workers in
memory, queues in length (503 with Retry-After), network-page filters are checked.

The server runs with small limits (one general query worker, a queue of two, 20,000 bytes per
answer, 1 GiB per worker) so that each limit is reached quickly; the mixed load that keeps cheap
requests fast is tests/server/test_load.py::test_cheap_requests_succeed_while_expensive_ones_run.
"""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
import threading
import urllib.parse

import pytest

from tests.helpers import ROOT, get, q, start_server

pytestmark = pytest.mark.server

MAX_BYTES = 20_000
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . FILTER(?c = ?i) }"
HUGE = ("SELECT (GROUP_CONCAT(?t) AS ?x) WHERE { ?s a ?o . "
        "?r <https://w3id.org/cppcckg/ontology#fullText> ?t }")
DEEP = "SELECT * WHERE " + "{" * 50_000 + " ?s ?p ?o " + "}" * 50_000


@pytest.fixture(scope="module")
def limited(seed_store, tmp_path_factory):
    # (the default address space per worker: a whole network page built near 1 GiB of it must meet
    # --max-bytes, not the memory limit, which memory_limited tests)
    server = start_server(seed_store, tmp_path_factory.mktemp("serve-limits") / "serve.log",
                          "--workers", "1", "--queue-limit", "2", "--max-bytes", str(MAX_BYTES), "--max-body", "1000000",
                          "--worker-memory", "2048")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def memory_limited(seed_store, tmp_path_factory):
    """One worker with little memory and time enough to reach it: on a busy machine the huge
    query must meet the memory limit, not the time limit, first (a later --query-timeout wins)."""
    server = start_server(seed_store, tmp_path_factory.mktemp("serve-memory") / "serve.log",
                          "--workers", "1", "--worker-memory", "1024", "--query-timeout", "120")
    try:
        yield server
    finally:
        server.stop()


def _no_python_error(body: bytes) -> None:
    text = body.decode("utf-8", "replace")
    assert "internal error" not in text and "Error:" not in text and "Traceback" not in text, text


@pytest.mark.parametrize("path, says", [("/id/a%20b", "contains ' '"), ("/id/%3E", "contains '>'"),
                                        ("/id/body/%FF%FE", "not UTF-8")])
def test_paths_that_name_no_iri_are_400(limited, path, says):
    for accept in ("text/html", "text/turtle"):
        status, _, body = get(limited.base + path, accept)
        assert status == 400, (path, status, body[:200])
        _no_python_error(body)
        assert says in html.unescape(body.decode("utf-8"))


def test_deeply_nested_json_to_a_named_query_is_400(limited):
    url = limited.base + "/api/queries/body-initiatives"
    for body in (b"[" * 100_000 + b"]" * 100_000, b'{"body": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
                 b'{"body": {"a": 1}}'):
        status, _, answer = get(url, None, "POST", body, "application/json")
        assert status == 400
        assert "error" in json.loads(answer)
        _no_python_error(answer)


def test_an_over_long_url_is_414_not_a_reset(limited):
    status, _, body = get(limited.sparql + "?query=" + "A" * 1_100_000)
    assert status == 414
    assert b"--max-url" in body and b"POST" in body


def test_a_query_nested_50000_deep_is_refused_before_parsing(limited):
    status, _, body = get(limited.sparql, None, "POST", DEEP.encode(), "application/sparql-query")
    assert status == 400 and b"nests more than" in body
    status, _, body = get(limited.sparql + "?query=" + q("ASK { " + "FILTER(" + "!" * 20_000 + "true) }"))
    assert status == 400 and b"nests more than" in body
    status, _, body = get(limited.sparql + "?query=" + q("ASK {}"))
    assert status == 200 and json.loads(body)["boolean"] is True
    assert "stopped unexpectedly" not in limited.log.read_text()


def test_the_cli_refuses_a_query_nested_50000_deep(seed_store, tmp_path):
    query = tmp_path / "deep.rq"
    query.write_text(DEEP, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    result = subprocess.run([sys.executable, "-m", "cppcckg.cli", "query", str(query), "--store", str(seed_store)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 6, (result.returncode, result.stderr[-500:])
    assert "nests more than" in result.stderr and "Traceback" not in result.stderr


def test_the_python_api_refuses_a_query_nested_50000_deep(seed_store):
    from cppcckg.errors import QueryError
    from cppcckg.query.kg import KnowledgeGraph

    with KnowledgeGraph.open(seed_store) as kg:
        with pytest.raises(QueryError, match="nests more than"):
            kg.sparql(DEEP)
        assert kg.sparql("ASK {}").rows == [{"ask": True}]


def test_answers_are_capped_in_bytes_while_written(limited):
    texts = "SELECT ?t WHERE { ?r <https://w3id.org/cppcckg/ontology#fullText> ?t }"  # two rows, 40 kB
    status, _, body = get(limited.sparql + "?query=" + q(texts))
    assert status == 422
    assert b"--max-bytes" in body and str(MAX_BYTES).encode() in body
    status, _, body = get(limited.sparql + "?query=" + q("SELECT * WHERE { ?s ?p ?o } LIMIT 3"))
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 3


def test_a_query_past_the_worker_memory_gets_422_and_a_new_worker(memory_limited):
    status, _, body = get(memory_limited.sparql, None, "POST", HUGE.encode(), "application/sparql-query")
    assert status == 422, body[:300]
    assert b"--worker-memory" in body or b"--max-bytes" in body
    _no_python_error(body)
    status, _, body = get(memory_limited.sparql + "?query=" + q("ASK { ?s ?p ?o }"))
    assert status == 200 and json.loads(body)["boolean"] is True


def test_a_full_queue_answers_503_with_retry_after(limited):
    results: list[tuple[int, dict, bytes]] = []

    def slow(i: int) -> None:
        results.append(get(limited.sparql + "?query=" + q(SLOW + f" # {i}")))

    threads = [threading.Thread(target=slow, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    busy = [(h, b) for s, h, b in results if s == 503 and b"busy" in b]
    assert busy, [(s, b[:100]) for s, _, b in results]
    assert all(h.get("retry-after", "").isdigit() for h, _ in busy)
    assert {s for s, _, _ in results} <= {503}
    status, _, _ = get(limited.sparql + "?query=" + q("ASK {}"))
    assert status == 200


@pytest.mark.parametrize("query, says", [
    ("year=2021&colour=red", "unknown parameter 'colour'"),
    ("type=no-such-type", "not an initiative type"),
    ("status=sleeping", "is not one of"),
    ("year=3000", "outside"),
    ("year=" + "9" * 300, "longer than"),
    ("report=no-such-report", "not a report id"),
])
def test_network_filters_are_checked(cppcckg_server, query, says):
    status, _, body = get(f"{cppcckg_server.base}/network/bodies.html?{query}")
    assert status == 400, (query, status, body[:200])
    assert says in html.unescape(body.decode("utf-8"))


def test_network_pages_spelt_differently_are_one_page(cppcckg_server, limited):
    first = get(f"{cppcckg_server.base}/network/initiatives.html?type=" + urllib.parse.quote("Consultation"))
    second = get(f"{cppcckg_server.base}/network/initiatives.html?type=" + urllib.parse.quote("consultation "))
    assert first[0] == second[0] == 200, (first[2][:300], second[2][:300])
    assert first[2] == second[2]
    # a page over --max-bytes: the whole network, built by a worker started now; the client waits
    # longer than the server's --network-timeout (60 s), so a busy machine gets the server's answer
    status, _, body = get(f"{limited.base}/network/initiatives.html", timeout=180)
    assert status == 422 and b"--max-bytes" in body, (status, body[:300])
