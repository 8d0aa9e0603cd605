"""Publishing and querying against servers that misbehave (issue 18, items 6 and 7), all on
127.0.0.1: a real `oxigraph serve` behind a small proxy written here that silently drops a
batch or applies one and then answers with an error, and a server that trickles its answer a
byte at a time. Every server stops by itself; every request has a deadline."""

from __future__ import annotations

import http.client
import http.server
import socket
import socketserver
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from cppcckg.cli.main import app
from cppcckg.errors import EndpointError
from cppcckg.query.endpoint import Endpoint
from cppcckg.query.publish import publish
from cppcckg.store import graph_counts, open_store
from cppcckg.vocab import ONTOLOGY_GRAPH

from tests.conftest import ROOT
from tests.helpers import OxigraphServer, free_port, loopback_http
from tests.helpers import stop_oxigraph as _stop
from tests.helpers import wait_until_answering as _wait_until_answering

runner = CliRunner()
DATA_GRAPH = "https://w3id.org/cppcckg/id/graph/report/publish-test"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    """A small store: the ontology's graph (with its blank nodes) and a graph of 2,500 plain
    triples, enough for several batches."""
    path = tmp_path_factory.mktemp("publish-store") / "store"
    store = ox.Store(str(path))
    store.load(path=str(ROOT / "ontology" / "cppcc.ttl"), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)))
    graph = ox.NamedNode(DATA_GRAPH)
    store.extend(ox.Quad(ox.NamedNode(f"https://w3id.org/cppcckg/id/thing/{i}"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                         ox.Literal(f"thing {i}"), graph) for i in range(2500))
    store.flush()
    del store
    return path


@pytest.fixture()
def oxigraph(tmp_path) -> Iterator[OxigraphServer]:
    """A fresh, empty `oxigraph serve` for one test, stopped (SIGTERM by pid) after it."""
    import shutil
    import subprocess

    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "oxigraph"), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = OxigraphServer(port, process)
    try:
        _wait_until_answering(server)
        yield server
    finally:
        _stop(server)


def _local_counts(store_dir: Path) -> dict[str, int]:
    return dict(graph_counts(open_store(store_dir)))


def _remote_counts(server: OxigraphServer) -> dict[str, int]:
    _, rows = Endpoint(server.query_url, timeout=10).select(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}


# ---------------------------------------------------------------------------------------------
# A proxy in front of the real server that misbehaves on chosen requests
# ---------------------------------------------------------------------------------------------


@contextmanager
def proxy(upstream: OxigraphServer, misbehave: Callable[[int, str, str], str | None]) -> Iterator[tuple[str, list]]:
    """A Graph Store proxy on 127.0.0.1 forwarding to `upstream`; for request number n (from 1)
    with method and graph, ``misbehave(n, method, graph)`` says what to do instead of forwarding:
    "drop" (answer 204, store nothing) or "apply-then-error" (forward, then answer 500).
    Yields the proxy's graph store URL and the log of (n, method, graph, what was done)."""
    log: list[tuple[int, str, str, str]] = []
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        def _any(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            graph = parse_qs(urlsplit(self.path).query).get("graph", [""])[0]
            with lock:
                number = len(log) + 1
                what = misbehave(number, self.command, graph) or "forward"
                log.append((number, self.command, graph, what))
            status = 204
            if what != "drop":
                conn = http.client.HTTPConnection("127.0.0.1", upstream.port, timeout=30)
                try:
                    conn.request(self.command, self.path, body=body,
                                 headers={"Content-Type": self.headers.get("Content-Type", "application/n-triples")})
                    answer = conn.getresponse()
                    answer.read()
                    status = answer.status
                finally:
                    conn.close()
            if what == "apply-then-error":
                status = 500
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_PUT = do_POST = _any

        def log_message(self, *args: object) -> None:
            pass

    with loopback_http(Handler) as url:
        yield f"{url}/store", log


@pytest.mark.server
def test_a_server_that_silently_drops_a_batch_is_an_error(store_dir, oxigraph):
    local = _local_counts(store_dir)

    dropped: list[int] = []

    def drop_one_batch(n: int, method: str, graph: str) -> str | None:
        if graph == DATA_GRAPH and method == "POST" and not dropped:
            dropped.append(n)
            return "drop"
        return None

    with proxy(oxigraph, drop_one_batch) as (graph_store, log):
        result = runner.invoke(app, ["publish", "--endpoint", oxigraph.query_url, "--graph-store", graph_store,
                                     "--store", str(store_dir), "--replace", "--batch-size", "1000", "--timeout", "20"])
    assert [entry[3] for entry in log].count("drop") == 1
    assert result.exit_code == 7, result.output
    assert "the server does not hold what was sent: 1 graph differs:" in result.stderr
    assert f"{DATA_GRAPH} (server {local[DATA_GRAPH] - 1000}, store {local[DATA_GRAPH]})" in result.stderr
    assert str(ONTOLOGY_GRAPH) not in result.stderr.split("differs:")[1]  # only the graph that differs is named
    # run again with --replace through a well-behaved path: the server now holds the store
    publish(open_store(store_dir), endpoint=oxigraph.query_url, replace=True, batch_size=1000)
    assert _remote_counts(oxigraph) == local


@pytest.mark.server
@pytest.mark.parametrize("replace", [True, False])
def test_a_request_applied_then_answered_with_an_error_is_retried_without_duplicates(store_dir, oxigraph, replace):
    """The ontology's graph (with blank nodes) and a middle batch of the data graph are applied
    by the server and answered with HTTP 500; the retries change nothing on the server."""
    local = _local_counts(store_dir)
    seen: set[str] = set()

    def fail_once_after_applying(n: int, method: str, graph: str) -> str | None:
        chosen = graph == str(ONTOLOGY_GRAPH) or (graph == DATA_GRAPH and method == "POST")
        if chosen and graph not in seen:
            seen.add(graph)
            return "apply-then-error"
        return None

    with proxy(oxigraph, fail_once_after_applying) as (graph_store, log):
        result = publish(open_store(store_dir), endpoint=oxigraph.query_url, graph_store=graph_store, replace=replace,
                         batch_size=1000, backoff=0.01)
    assert sum(1 for entry in log if entry[3] == "apply-then-error") == 2
    assert {u.graph: u.remote_triples for u in result.graphs} == local
    assert _remote_counts(oxigraph) == local
    assert not [n for n in result.notes if "differ" in n or "server holds" in n]
    # and a second publish without --replace adds nothing either (blank nodes are skolem IRIs)
    publish(open_store(store_dir), endpoint=oxigraph.query_url, batch_size=1000)
    assert _remote_counts(oxigraph) == local
    from cppcckg.query.publish import GENID

    skolem = Endpoint(oxigraph.query_url).ask(f"ASK {{ GRAPH ?g {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), '{GENID}')) }} }}")
    assert skolem


# ---------------------------------------------------------------------------------------------
# A server that trickles its answer: --timeout is a deadline for the whole request
# ---------------------------------------------------------------------------------------------

TRICKLE_EVERY = 0.5  # seconds between two bytes: far below the deadline, so no single read times out
TRICKLE_FOR = 30.0  # the server gives up after this long, whatever the client does


@contextmanager
def trickling_server(phase: str) -> Iterator[str]:
    """A server on 127.0.0.1 that reads a request, then sends its answer one byte every
    TRICKLE_EVERY seconds: from the status line on ("headers") or after complete headers
    ("body"). It stops when the client hangs up or after TRICKLE_FOR seconds."""
    body = b'{"head": {}, "boolean": true}' + b" " * 4000
    head = (b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n")

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            sock: socket.socket = self.request
            sock.settimeout(TRICKLE_FOR)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = sock.recv(65536)
                if not chunk:
                    return
                data += chunk
            header, _, rest = data.partition(b"\r\n\r\n")
            length = next((int(line.split(b":")[1]) for line in header.split(b"\r\n")
                           if line.lower().startswith(b"content-length:")), 0)
            while len(rest) < length:
                chunk = sock.recv(65536)
                if not chunk:
                    return
                rest += chunk
            answer = head + body
            if phase == "body":
                sock.sendall(head)
                answer = body
            stop = time.monotonic() + TRICKLE_FOR
            for i in range(len(answer)):
                if time.monotonic() > stop:
                    return
                try:
                    sock.sendall(answer[i:i + 1])
                except OSError:
                    return  # the client hung up
                time.sleep(TRICKLE_EVERY)

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True
        allow_reuse_address = True

    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("phase", ["headers", "body"])
def test_query_timeout_is_a_deadline_for_the_whole_answer(phase):
    with trickling_server(phase) as base:
        started = time.monotonic()
        result = runner.invoke(app, ["query", "ASK {}", "--endpoint", f"{base}/query", "--timeout", "2"])
        elapsed = time.monotonic() - started
    assert result.exit_code == 7, result.output
    assert f"{base}/query: no answer within 2 s" in result.stderr
    assert elapsed < 5, f"stopped after {elapsed:.1f} s, not at the 2 s deadline"


@pytest.mark.parametrize("phase", ["headers", "body"])
def test_publish_timeout_is_a_deadline_for_each_request(store_dir, phase):
    with trickling_server(phase) as base:
        started = time.monotonic()
        result = runner.invoke(app, ["publish", "--endpoint", f"{base}/query", "--store", str(store_dir),
                                     "--timeout", "2", "--retries", "0"])
        elapsed = time.monotonic() - started
    assert result.exit_code == 7, result.output
    assert "no answer within 2 s" in result.stderr and "publishing stopped" in result.stderr
    assert elapsed < 5, f"stopped after {elapsed:.1f} s, not at the 2 s deadline"


def test_endpoint_deadline_in_the_library():
    with trickling_server("body") as base:
        started = time.monotonic()
        with pytest.raises(EndpointError, match=r"no answer within 1\.5 s"):
            Endpoint(f"{base}/query", timeout=1.5).ask("ASK {}")
        assert time.monotonic() - started < 4
