"""What several test modules use that is not a fixture: servers started as subprocesses on a free
loopback port (and stopped by their pid), HTTP helpers, the hostile-text store, the browser
page that refuses every request leaving the machine, and the one policy for a missing Java or
Chromium (skip on a developer's machine, fail when CI=true). The fixtures are in conftest.py."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from cppcckg import vocab
from cppcckg.vocab import CPPCC, RDFS

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "data" / "reports"


def require(tool: str, why: str, hint: str) -> None:
    """The one policy for a missing system tool: skip on a developer's machine, fail on CI
    (CI=true), whose .ci/run installs it."""
    if os.environ.get("CI", "").strip().lower() == "true":
        pytest.fail(f"{tool} is missing on CI ({why}); .ci/run installs it: {hint}")
    pytest.skip(f"{tool} is not installed ({why}); {hint}")


def require_java(why: str = "the reasoner runs HermiT on Java") -> None:
    if shutil.which("java") is None:
        require("Java", why, "apt-get install default-jre-headless")


#: Values for every required parameter of the named queries, for tests that run them all.
SAMPLE_PARAMS = {
    "body-initiatives": {"body": "政协四川省委员会"},
    "evidence": {"entity": "cppccid:body/sc-cppcc"},
    "programme-figures": {"programme": "渝事好商量"},
    "profile-body": {"body": "政协四川省委员会"},
    "profile-body-initiatives": {"body": "政协四川省委员会"},
    "profile-body-counts": {"body": "政协四川省委员会"},
    "profile-body-summary": {"body": "政协四川省委员会"},
    "profile-body-partners": {"body": "政协四川省委员会"},
    "profile-body-statistics": {"body": "政协重庆市委员会"},
    "profile-body-joint": {"body": "政协四川省委员会"},
    "profile-initiative": {"initiative": "cppccid:initiative/cq-cppcc-2022-work-report/川渝政协联合推动昆昆高铁建设-033fbfd0"},
    "profile-initiative-participants": {"initiative": "cppccid:initiative/cq-cppcc-2022-work-report/川渝政协联合推动昆昆高铁建设-033fbfd0"},
    "profile-initiative-evidence": {"initiative": "cppccid:initiative/cq-cppcc-2022-work-report/川渝政协联合推动昆昆高铁建设-033fbfd0"},
    "search": {"text": "万州"},
    "profile-topic": {"topic": "成渝地区双城经济圈"},
    "profile-place": {"place": "cppccid:place/wanzhou"},
}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class OxigraphServer:
    port: int
    process: subprocess.Popen

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        return f"{self.base}/query"

    @property
    def store_url(self) -> str:
        return f"{self.base}/store"

    @property
    def pid(self) -> int:
        return self.process.pid


def wait_until_answering(server: OxigraphServer, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    probe = f"{server.query_url}?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited with code {server.process.returncode}")
        try:
            with urllib.request.urlopen(probe, timeout=1) as response:
                response.read()
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.05)
    raise RuntimeError(f"oxigraph serve did not answer on port {server.port} within {seconds} s")


def stop_oxigraph(server: OxigraphServer) -> None:
    if server.process.poll() is None:
        os.kill(server.pid, signal.SIGTERM)
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(server.pid, signal.SIGKILL)
            server.process.wait(timeout=10)


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


def get(url: str, accept: str | None = None, method: str = "GET", data: bytes | None = None,
        content_type: str | None = None, timeout: float = 60) -> tuple[int, dict[str, str], bytes]:
    """The status, headers and body of a request; ``timeout`` (s) must outlast the server's own
    time limit where the test expects the server's answer to a slow job."""
    headers = {}
    if accept:
        headers["Accept"] = accept
    if content_type:
        headers["Content-Type"] = content_type
    # IRIs minted from content hold Chinese characters: send them percent-encoded, as browsers do
    url = urllib.parse.quote(url, safe=":/?#[]@!$&'()*+,;=%")
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


def q(text: str) -> str:
    return urllib.parse.quote(text)


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


#: Headless Chromium for the browser tests: Debian's chromium driven by Playwright (never a
#: browser Playwright downloads), with the flags that keep it from reaching the network.
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


class GuardedPage:
    """A browser page where every request not `allowed` is refused and recorded in `remote`;
    page errors and dialogs are recorded too, so a test can assert nothing left the machine."""

    def __init__(self, browser, width: int = 1400, console_errors: bool = False):
        self.context = browser.new_context(viewport={"width": width, "height": 900})
        self.page = self.context.new_page()
        self.remote: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        if console_errors:
            self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def allowed(self, url: str) -> bool:
        return url.startswith(("data:", "blob:"))

    def _route(self, route):
        url = route.request.url
        if self.allowed(url):
            route.continue_()
        else:
            self.remote.append(url)
            route.abort()

    def close(self):
        self.context.close()


def wait_for(page, expression: str, seconds: float = 30.0) -> None:
    """Wait until ``expression`` is true in ``page``, polling from Python: Playwright's own
    wait_for_function compiles its predicate with eval inside the page, which the server's
    Content-Security-Policy rightly refuses."""
    deadline = time.monotonic() + seconds
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {seconds:g} s: {expression}")
        time.sleep(0.1)


@contextmanager
def loopback_http(handler: type) -> Iterator[str]:
    """A threaded HTTP server on 127.0.0.1 with ``handler`` (a BaseHTTPRequestHandler class), for
    tests that need a peer behaving in a particular way; yields its base URL."""
    import http.server
    import threading

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def owl2_dl_violations(*documents: Path) -> list[str]:
    """The OWL 2 DL profile violations the OWL API finds in RDF documents (one line each; empty
    when all are in the profile). Runs tests/owlapi/ProfileCheck.java with the OWL API that
    owlready2's HermiT.jar carries; needs Java (require_java first)."""
    import owlready2

    jar = Path(owlready2.__file__).parent / "hermit" / "HermiT.jar"
    source = ROOT / "tests" / "owlapi" / "ProfileCheck.java"
    done = subprocess.run(["java", "-cp", str(jar), str(source), *map(str, documents)],
                          capture_output=True, text=True, timeout=600)
    if done.returncode not in (0, 1) or (done.returncode == 1 and not done.stdout.strip()):
        raise RuntimeError(f"the OWL API profile check did not run: {done.stderr[-2000:]}")
    return done.stdout.splitlines()
