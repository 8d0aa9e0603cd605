"""Shared fixtures: the project's own reports and reference data, read once per session; the
seed store, the servers and the browser, started once per session (or module) whichever test
asks first. Helpers that are not fixtures are in helpers.py."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The tests test this checkout's code, whatever else is installed (another checkout in editable
# mode, an older wheel).
sys.path.insert(0, str(ROOT / "src"))
REPORTS = ROOT / "data" / "reports"
REFERENCE = ROOT / "data" / "reference"
GOLD = ROOT / "data" / "gold"
SEED_IDS = ("cq-cppcc-2022-work-report", "cq-cppcc-2023-work-report-graphic")


@pytest.fixture(scope="session")
def reference():
    from cppcckg.ingest.reference import load_reference

    return load_reference(REFERENCE)


@pytest.fixture(scope="session")
def seed_reports():
    from cppcckg.ingest.reports import read_reports

    return read_reports(REPORTS)


@pytest.fixture(scope="session")
def pipeline(reference):
    from cppcckg.extract.pipeline import Pipeline

    return Pipeline(reference)


@pytest.fixture(scope="session")
def seed_extractions(pipeline, seed_reports):
    return [pipeline.run(r) for r in seed_reports]


# ---------------------------------------------------------------------------------------------
# Servers and a browser, shared by every module that needs them (started once per session)
# ---------------------------------------------------------------------------------------------

from .helpers import (  # noqa: E402  (after the sys.path line above, so that src/ is imported)
    CHROMIUM,
    OxigraphServer,
    build_evil_store,
    free_port,
    require,
    require_java,
    start_server,
    stop_oxigraph,
    wait_until_answering,
)


@pytest.fixture(scope="session")
def java() -> None:
    """Java for the reasoner: skipped without it on a developer's machine, a failure on CI."""
    require_java()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Path:
    """The seed reports built (with the reasoner) into a temporary store; its path."""
    require_java("the seed store is built with the reasoner")
    from cppcckg.build.run import assemble

    return assemble(REPORTS, tmp_path_factory.mktemp("seed-build"), reason=True).store


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory, request) -> OxigraphServer:
    """A running Oxigraph server (union default graph) on 127.0.0.1 with an empty store,
    stopped with SIGTERM by its pid when the session ends."""
    binary = shutil.which("oxigraph")
    if binary is None:
        require("the oxigraph server", "tests publish to a real SPARQL server", "pip install oxigraph")
    location = tmp_path_factory.mktemp("oxigraph-server")
    for _ in range(3):
        port = free_port()
        process = subprocess.Popen(
            [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        server = OxigraphServer(port, process)
        try:
            wait_until_answering(server)
        except RuntimeError:
            stop_oxigraph(server)
            continue
        request.config.add_cleanup(lambda: stop_oxigraph(server))
        return server
    pytest.fail("could not start oxigraph serve on a free port")


@pytest.fixture(scope="session")
def published(seed_store, oxigraph_server) -> OxigraphServer:
    """The Oxigraph server holding every named graph of the seed store."""
    from cppcckg.query.publish import publish
    from cppcckg.store import open_store

    publish(open_store(seed_store), endpoint=oxigraph_server.query_url, replace=True)
    return oxigraph_server


@pytest.fixture(scope="session")
def cppcckg_server(seed_store, tmp_path_factory, request):
    """`cppcckg serve` over the seed store with small limits (helpers.TIMEOUT_S, MAX_ROWS, MAX_BODY)."""
    server = start_server(seed_store, tmp_path_factory.mktemp("serve") / "serve.log")
    request.config.add_cleanup(server.stop)
    return server


@pytest.fixture(scope="session")
def evil_server(tmp_path_factory, request):
    """`cppcckg serve` over a store whose titles, text and labels hold HTML and script."""
    folder = tmp_path_factory.mktemp("evil")
    server = start_server(build_evil_store(folder / "store"), folder / "serve.log")
    request.config.add_cleanup(server.stop)
    return server


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium for one test module (Debian's, driven by Playwright)."""
    if not CHROMIUM.exists():
        require("Chromium", "the browser tests drive it", "apt-get install chromium fonts-wqy-zenhei")
    try:
        from playwright import sync_api
    except ImportError:
        require("Playwright for Python", "the browser tests drive Chromium with it", "pip install -e '.[test]'")
    from .helpers import ARGS

    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()
