"""Issue 18 item 1: the public endpoint never fetches on a caller's behalf.

A real ``cppcckg serve`` on 127.0.0.1 receives SERVICE queries aimed at a listener on loopback
that records every connection; the listener must see none of them unless the operator named
that endpoint with ``--allow-service``. Host headers naming other sites (DNS rebinding) get 421.
"""

from __future__ import annotations

import http.server
import json
import socket

import pytest

from cppcckg.server.outbound import ServiceRefused, check_services, service_targets

from tests.helpers import get, loopback_http, q, start_server

pytestmark = pytest.mark.server


# ---------------------------------------------------------------------------------------------
# The lexical scan
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("query, targets", [
    ("SELECT * { SERVICE <http://a.example/sparql> { ?s ?p ?o } }", ["http://a.example/sparql"]),
    ("select * { service silent <http://a.example/> { ?s ?p ?o } }", ["http://a.example/"]),
    ("SELECT * { SERV\\u0049CE <http://a.example/> { ?s ?p ?o } }", ["http://a.example/"]),
    ("PREFIX e: <http://a.example/> SELECT * { SERVICE e:sparql { ?s ?p ?o } }", ["http://a.example/sparql"]),
    ("SELECT * { SERVICE ?endpoint { ?s ?p ?o } }", [None]),
    ("SELECT * {\n# SERVICE <http://a.example/> in a comment\n?s ?p 'SERVICE <http://b.example/>' }", []),
    ("PREFIX service: <http://s.example/> SELECT * { ?s service:x <http://SERVICE.example/> }", []),
    ("SELECT ?SERVICE { ?SERVICE ?p ?o }", []),
])
def test_service_targets_are_found_wherever_the_grammar_allows_them(query, targets):
    assert service_targets(query) == targets


def test_only_allowed_targets_pass():
    query = "SELECT * { SERVICE <http://a.example/sparql> { ?s ?p ?o } }"
    check_services(query, ("http://a.example/sparql",))
    with pytest.raises(ServiceRefused, match="--allow-service"):
        check_services(query, ("http://other.example/sparql",))
    with pytest.raises(ServiceRefused):
        check_services("SELECT * { SERVICE ?x { ?s ?p ?o } }", ("http://a.example/sparql",))


# ---------------------------------------------------------------------------------------------
# Against a real server
# ---------------------------------------------------------------------------------------------


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def _answer(self) -> None:
        type(self).hits.append(self.path)
        body = json.dumps({"head": {"vars": ["secret"]},
                           "results": {"bindings": [{"secret": {"type": "literal", "value": "internal"}}]}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args) -> None:  # keep the test output quiet
        pass


@pytest.fixture()
def internal_service():
    """A loopback HTTP listener standing for an internal service; it records each request."""
    _Recorder.hits = []
    with loopback_http(_Recorder) as url:
        yield f"{url}/sparql", _Recorder.hits


@pytest.mark.parametrize("shape", [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERV\\u0049CE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ BIND(<{url}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
    "ASK {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
])
def test_service_queries_never_reach_the_internal_service(cppcckg_server, internal_service, shape):
    url, hits = internal_service
    query = shape.format(url=url)
    for method in ("GET", "POST"):
        if method == "GET":
            status, _, body = get(f"{cppcckg_server.sparql}?query={q(query)}")
        else:
            status, _, body = get(cppcckg_server.sparql, method="POST", data=query.encode(),
                                  content_type="application/sparql-query")
        assert status == 403, body
        assert b"--allow-service" in body and b"internal" not in body
    assert hits == []


def test_an_allowed_service_is_reached(seed_store, oxigraph_server, tmp_path_factory, request):  # noqa: F811
    allowed = oxigraph_server.query_url
    folder = tmp_path_factory.mktemp("allow-service")
    server = start_server(seed_store, folder / "serve.log", "--allow-service", allowed)
    request.addfinalizer(server.stop)
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ SERVICE <{allowed}> {{ SELECT * {{ ?s ?p ?o }} LIMIT 3 }} }}"
    status, _, body = get(f"{server.sparql}?query={q(query)}")
    assert status == 200, body
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] in {"0", "1", "2", "3"}
    other = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, _, _ = get(f"{server.sparql}?query={q(other)}")
    assert status == 403


def _raw_get(port: int, host_header: str) -> tuple[int, bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: {host_header}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data.split(b"\r\n\r\n", 1)[1]


@pytest.mark.parametrize("host, status", [
    ("rebound.attacker.example", 421),
    ("rebound.attacker.example:{port}", 421),
    ("127.0.0.1:{port}", 200),
    ("localhost:{port}", 200),
    ("[::1]:{port}", 200),
])
def test_host_header_must_name_this_server(cppcckg_server, host, status):
    got, body = _raw_get(cppcckg_server.port, host.format(port=cppcckg_server.port))
    assert got == status, body
    if status == 421:
        assert b"--allow-host" in body
