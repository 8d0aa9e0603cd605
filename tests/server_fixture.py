"""Session fixtures for tests against the seed store and a real Oxigraph server.

Import the fixtures a test module needs (``from .server_fixture import oxigraph_server``...).
pytest makes one fixture definition per importing module, so the expensive parts (building
the seed store with the reasoner, starting the server, publishing) are cached here and done
once per session whichever module asks first.

- ``seed_store``: the seed reports built into a temporary folder (``assemble(reason=True)``);
  the path of its store.
- ``oxigraph_server``: ``oxigraph serve --location TMP --bind 127.0.0.1:PORT
  --union-default-graph`` on a free port, waited for until it answers, stopped with SIGTERM
  by its pid when the session ends.
- ``published``: the seed store published to that server with ``--replace`` semantics.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "data" / "reports"

_STATE: dict[str, object] = {}

#: Values for every required parameter of the named queries, for tests that run them all.
SAMPLE_PARAMS = {
    "body-initiatives": {"body": "政协四川省委员会"},
    "evidence": {"entity": "cppccid:body/sc-cppcc"},
    "programme-figures": {"programme": "渝事好商量"},
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


def _wait_until_answering(server: OxigraphServer, seconds: float = 15.0) -> None:
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


def _stop(server: OxigraphServer) -> None:
    if server.process.poll() is None:
        os.kill(server.pid, signal.SIGTERM)
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(server.pid, signal.SIGKILL)
            server.process.wait(timeout=10)


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Path:
    """The seed reports built (with the reasoner) into a temporary store; its path."""
    if "store" not in _STATE:
        if shutil.which("java") is None:
            pytest.skip("Java is needed to build the seed store with the reasoner")
        from cppcckg.build.run import assemble

        out = tmp_path_factory.mktemp("seed-build")
        result = assemble(REPORTS, out, reason=True)
        _STATE["store"] = result.store
    return _STATE["store"]  # type: ignore[return-value]


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory, request) -> OxigraphServer:
    """A running Oxigraph server (union default graph) on 127.0.0.1 with an empty store."""
    if "server" not in _STATE:
        binary = shutil.which("oxigraph")
        if binary is None:
            pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
        location = tmp_path_factory.mktemp("oxigraph-server")
        for _ in range(3):
            port = free_port()
            process = subprocess.Popen(
                [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            server = OxigraphServer(port, process)
            try:
                _wait_until_answering(server)
                break
            except RuntimeError:
                _stop(server)
        else:
            pytest.fail("could not start oxigraph serve on a free port")
        _STATE["server"] = server
        request.config.add_cleanup(lambda: _stop(server))
    return _STATE["server"]  # type: ignore[return-value]


@pytest.fixture(scope="session")
def published(seed_store, oxigraph_server) -> OxigraphServer:
    """The server holding every named graph of the seed store."""
    if "published" not in _STATE:
        from cppcckg.query.publish import publish
        from cppcckg.store import open_store

        publish(open_store(seed_store), endpoint=oxigraph_server.query_url, replace=True)
        _STATE["published"] = True
    return oxigraph_server
