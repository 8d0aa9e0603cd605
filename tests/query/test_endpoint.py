"""Remote endpoints and publishing, against a real Oxigraph server on 127.0.0.1 and small stub
HTTP servers for the failures a real server does not produce on demand."""

from __future__ import annotations

import http.server
import json
import re
import time
from contextlib import contextmanager
from typing import Callable, Iterator

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from cppcckg.query import named as Q
from cppcckg.query.endpoint import Endpoint
from cppcckg.errors import EndpointError, QueryError
from cppcckg.query.kg import KnowledgeGraph
from cppcckg.query.publish import batches, graph_store_url, publish
from cppcckg.store import graph_counts, open_store

from tests.helpers import SAMPLE_PARAMS, free_port, loopback_http

ALL = [q.name for q in Q.list_queries()]
runner = CliRunner()


def _key(row: dict) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False)


# ---------------------------------------------------------------------------------------------
# Stub servers
# ---------------------------------------------------------------------------------------------


@contextmanager
def stub_server(handle: Callable[[http.server.BaseHTTPRequestHandler], None]) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 whose every GET/POST/PUT is answered by ``handle``; its URL."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            handle(self)

        do_GET = do_POST = do_PUT = _any

        def log_message(self, *args: object) -> None:
            pass

    with loopback_http(Handler) as url:
        yield url


def _answer(status: int, body: bytes, content_type: str = "text/html") -> Callable:
    def handle(h: http.server.BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return handle


# ---------------------------------------------------------------------------------------------
# Failures (no Oxigraph needed)
# ---------------------------------------------------------------------------------------------


def test_unreachable_endpoint_names_the_url():
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(EndpointError, match=rf"{url}: unreachable"):
        KnowledgeGraph.open(endpoint=url, timeout=5).query("district-cppccs")


def test_non_sparql_answer():
    with stub_server(_answer(200, b"<html><body>Welcome</body></html>")) as base:
        with pytest.raises(EndpointError, match=rf"{base}/sparql: the answer is not a SPARQL result"):
            Endpoint(f"{base}/sparql").select("SELECT * WHERE { ?s ?p ?o }")


@pytest.mark.parametrize(("status", "fragment"), [(404, "HTTP 404"), (500, "HTTP 500"), (503, "HTTP 503"), (401, "HTTP 401")])
def test_http_errors_name_the_url_and_status(status, fragment):
    with stub_server(_answer(status, b"something broke")) as base:
        with pytest.raises(EndpointError, match=rf"{base}/query: {fragment}.*something broke"):
            Endpoint(f"{base}/query", timeout=5).select("SELECT * WHERE { ?s ?p ?o }")


def test_timeout():
    def slow(h: http.server.BaseHTTPRequestHandler) -> None:
        time.sleep(2)
        _answer(200, b"{}", "application/json")(h)

    with stub_server(slow) as base:
        with pytest.raises(EndpointError, match=rf"{base}/query: no answer within 0.5 s"):
            Endpoint(f"{base}/query", timeout=0.5).ask("ASK {}")


def test_bad_urls():
    with pytest.raises(EndpointError, match="not an http"):
        Endpoint("ftp://example.org/query")
    with pytest.raises(EndpointError, match="pass --graph-store"):
        graph_store_url("http://127.0.0.1:1/sparql")
    assert graph_store_url("http://127.0.0.1:1/query") == "http://127.0.0.1:1/store"


def test_store_and_endpoint_together_is_an_error(tmp_path):
    from cppcckg.errors import InputError

    with pytest.raises(InputError):
        KnowledgeGraph.open(tmp_path, "http://127.0.0.1:1/query")


def test_batches_keep_blank_node_groups_together():
    n = ox.NamedNode
    b1, b2, b3 = ox.BlankNode("a"), ox.BlankNode("b"), ox.BlankNode("c")
    triples = [ox.Triple(n(f"http://e.org/s{i}"), n("http://e.org/p"), ox.Literal(str(i))) for i in range(5)]
    triples += [ox.Triple(n("http://e.org/x"), n("http://e.org/p"), b1), ox.Triple(b1, n("http://e.org/q"), b2),
                ox.Triple(b2, n("http://e.org/r"), ox.Literal("1")), ox.Triple(b3, n("http://e.org/r"), ox.Literal("2"))]
    parts = list(batches(triples, 2))
    assert sum(len(p) for p in parts) == len(triples)
    with_b1 = [p for p in parts if any(b1 in (t.subject, t.object) for t in p)]
    assert len(with_b1) == 1 and len([t for t in with_b1[0] if b2 in (t.subject, t.object)]) == 2
    assert all(len(p) <= 2 for p in parts if not any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in p))


def test_publish_failure_midway_says_which_graphs_made_it(seed_store):  # noqa: F811
    calls = {"n": 0}

    def flaky(h: http.server.BaseHTTPRequestHandler) -> None:
        calls["n"] += 1
        if calls["n"] <= 2:
            _answer(204, b"")(h)
        else:
            _answer(400, b"no more, thank you", "text/plain")(h)

    graphs = [g for g, _ in graph_counts(open_store(seed_store))]
    with stub_server(flaky) as base:
        with pytest.raises(EndpointError) as info:
            publish(open_store(seed_store), graph_store=f"{base}/store", replace=True, retries=0)
    message = str(info.value)
    assert f"{base}/store?graph=" in message and "HTTP 400" in message and "no more, thank you" in message
    assert f"Published completely: {graphs[0]}, {graphs[1]};" in message
    assert f"{graphs[2]} is not published" in message
    assert f"not published: {', '.join(graphs[3:])}" in message


def test_publish_retries_server_errors(seed_store):  # noqa: F811
    calls = {"n": 0}

    def busy_once(h: http.server.BaseHTTPRequestHandler) -> None:
        calls["n"] += 1
        _answer(503 if calls["n"] == 1 else 204, b"")(h)

    with stub_server(busy_once) as base:
        result = publish(open_store(seed_store), graph_store=f"{base}/store", backoff=0.01)
    assert calls["n"] == len(result.graphs) + 1


# ---------------------------------------------------------------------------------------------
# The real server
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def embedded(seed_store):  # noqa: F811
    with KnowledgeGraph.open(seed_store) as kg:
        yield kg


@pytest.fixture(scope="module")
def remote(published):  # noqa: F811
    return KnowledgeGraph.open(endpoint=published.query_url, timeout=30)


@pytest.mark.server
@pytest.mark.parametrize("name", ALL)
def test_every_named_query_answers_the_same_embedded_and_remote(name, embedded, remote):
    params = SAMPLE_PARAMS.get(name, {})
    here, there = embedded.run(name, params), remote.run(name, params)
    assert here.columns == there.columns
    assert sorted(map(_key, here.rows)) == sorted(map(_key, there.rows))
    assert here.rows, f"{name} answered nothing on the seed store"


@pytest.mark.server
def test_remote_body_names_and_errors(remote):
    rows = remote.query("body-initiatives", body="万州区政协")
    assert any("交通物流" in r["label"] for r in rows)  # the 万达开 counterpart consultation
    with pytest.raises(QueryError, match="parameter body: no body is called"):
        remote.query("body-initiatives", body="没有这个政协")
    assert remote.query("metrics", measure='"} ; DROP ALL ; #') == []
    assert remote.sparql("ASK { ?s ?p ?o }").rows == [{"ask": True}]
    construct = remote.sparql("CONSTRUCT { ?b ?p ?o } WHERE { ?b a cppcc:CountyCommittee ; ?p ?o } LIMIT 5")
    assert len(construct.rows) == 5 and set(construct.columns) == {"subject", "predicate", "object"}


@pytest.mark.server
def test_http_404_from_the_real_server(published):  # noqa: F811
    url = f"{published.base}/no-such-endpoint"
    with pytest.raises(EndpointError, match=rf"{url}: HTTP 404"):
        Endpoint(url).ask("ASK {}")


@pytest.mark.server
def test_publish_replace_is_idempotent(seed_store, published):  # noqa: F811
    local = dict(graph_counts(open_store(seed_store)))
    counts = []
    for _ in range(2):
        result = publish(open_store(seed_store), endpoint=published.query_url, replace=True, batch_size=4000)
        assert result.notes == []
        counts.append({u.graph: u.remote_triples for u in result.graphs})
    assert counts[0] == counts[1] == local
    # A graph larger than a batch went in several requests.
    assert max(u.requests for u in result.graphs) > 1
    total = Endpoint(published.query_url).select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[1]
    assert int(total[0]["n"]["value"]) == sum(local.values())


@pytest.mark.server
def test_cli_query_and_publish_against_the_server(seed_store, published):  # noqa: F811
    from cppcckg.cli.main import app

    result = runner.invoke(app, ["publish", "--endpoint", published.query_url, "--store", str(seed_store), "--replace",
                                 "--batch-size", "5000"])
    assert result.exit_code == 0, result.output
    assert re.search(r"published \d+ graphs", result.stdout) and "cppccid:graph/reference" in result.stderr
    args = ["query", "metrics", "-p", "measure=proposals_received", "-p", "year=2021", "--format", "json"]
    remote = runner.invoke(app, [*args, "--endpoint", published.query_url, "--timeout", "10"])
    local = runner.invoke(app, [*args, "--store", str(seed_store)])
    assert remote.exit_code == local.exit_code == 0
    assert json.loads(remote.stdout) == json.loads(local.stdout)
    down = runner.invoke(app, ["query", "district-cppccs", "--endpoint", f"http://127.0.0.1:{free_port()}/query"])
    assert down.exit_code == 7 and "unreachable" in down.stderr


# ---------------------------------------------------------------------------------------------
# Secured servers and their error pages (issue 17)
# ---------------------------------------------------------------------------------------------

VIRTUOSO_403 = b"""<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head><title>SPARQL Graph Protocol request failed</title></head><body>
<h1>HTTP/1.1 403 Forbidden</h1><h3>Error 42000</h3>
<xmp>SQ110:SECURITY: Permission denied for delete from DB.DBA.RDF_QUAD (user ID = 107)</xmp></body></html>"""


def _one_quad_store() -> ox.Store:
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://e.org/s"), ox.NamedNode("http://e.org/p"), ox.Literal("o"),
                      ox.NamedNode("http://e.org/g")))
    return store


def test_the_servers_message_is_taken_out_of_its_html_page():
    with stub_server(_answer(403, VIRTUOSO_403)) as base:
        with pytest.raises(EndpointError) as info:
            publish(_one_quad_store(), graph_store=f"{base}/sparql-graph-crud", retries=0)
    message = str(info.value)
    assert "HTTP 403" in message and "SQ110:SECURITY: Permission denied for delete from DB.DBA.RDF_QUAD" in message
    assert "<" not in message and "request failed" not in message and "\n" not in message


def test_basic_auth_answers_the_challenge_and_a_refusal_names_user_and_realm():
    from cppcckg.query.httpauth import Credentials

    seen: list[str | None] = []

    def guarded(h: http.server.BaseHTTPRequestHandler) -> None:
        seen.append(h.headers.get("Authorization"))
        if h.headers.get("Authorization") == "Basic dTpzM2NyZXQ=":  # u:s3cret
            _answer(204, b"")(h)
            return
        h.send_response(401, "Unauthorized")
        h.send_header("WWW-Authenticate", 'Basic realm="graphs"')
        h.send_header("Content-Length", "0")
        h.end_headers()

    with stub_server(guarded) as base:
        publish(_one_quad_store(), graph_store=f"{base}/store", credentials=Credentials("u", "s3cret"))
        assert seen == [None, "Basic dTpzM2NyZXQ="]
        with pytest.raises(EndpointError) as wrong:
            publish(_one_quad_store(), graph_store=f"{base}/store", credentials=Credentials("u", "nope"))
        with pytest.raises(EndpointError) as anonymous:
            publish(_one_quad_store(), graph_store=f"{base}/store")
    assert "HTTP 401" in str(wrong.value) and "user 'u'" in str(wrong.value) and 'realm "graphs"' in str(wrong.value)
    assert "nope" not in str(wrong.value)
    assert "pass --user and --password-file" in str(anonymous.value)


def test_credentials_come_from_a_file_or_netrc(tmp_path, monkeypatch):
    from cppcckg.errors import InputError
    from cppcckg.query.httpauth import credentials

    netrc_file = tmp_path / "netrc"
    netrc_file.write_text("machine 127.0.0.1 login dba password from-netrc\n", encoding="utf-8")
    netrc_file.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc_file))
    url = "http://127.0.0.1:8890/sparql-graph-crud-auth"
    assert credentials(url).user == "dba" and credentials(url).password == "from-netrc"
    assert credentials("http://localhost:1/store") is None
    secret = tmp_path / "pw"
    secret.write_text("s3cret\n", encoding="utf-8")
    assert credentials(url, "other", secret).password == "s3cret"
    with pytest.raises(InputError, match="cannot read the password file"):
        credentials(url, "dba", tmp_path / "missing")
    with pytest.raises(InputError, match="--password-file needs --user"):
        credentials(url, None, secret)
    with pytest.raises(InputError, match="no password for localhost"):
        credentials("http://localhost:1/store", "dba")


@pytest.mark.server
def test_an_empty_default_graph_gives_a_warning_not_silence(tmp_path):
    import shutil
    import subprocess

    from tests.helpers import OxigraphServer
    from tests.helpers import stop_oxigraph as _stop
    from tests.helpers import wait_until_answering as _wait_until_answering

    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    server = OxigraphServer(port, subprocess.Popen([binary, "serve", "--location", str(tmp_path / "db"), "--bind",
                                                    f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    try:
        _wait_until_answering(server)
        publish(_one_quad_store(), endpoint=server.query_url)
        result = KnowledgeGraph.open(endpoint=server.query_url).sparql("SELECT ?s WHERE { ?s ?p ?o }")
        assert result.rows == []
        assert len(result.notes) == 1 and "--union-default-graph" in result.notes[0] and "unionDefaultGraph" in result.notes[0]
        from cppcckg.cli.main import app

        cli = runner.invoke(app, ["query", "SELECT ?s WHERE { ?s ?p ?o }", "--endpoint", server.query_url, "--format", "csv"])
        assert cli.exit_code == 0 and "warning:" in cli.stderr and "--union-default-graph" in cli.stderr
    finally:
        _stop(server)
