"""A real OpenLink Virtuoso 7 (Debian's ``virtuoso-opensource``) on 127.0.0.1 for the tests.

``virtuoso_server`` starts ``virtuoso-t`` in the foreground with its own configuration and
database in a temporary folder (free ports for SQL and HTTP, no system files touched), waits
until ``/sparql`` answers, and stops it with SIGTERM by its pid when the session ends.
``virtuoso_loaded`` bulk-loads the seed store's N-Quads export with Virtuoso's loader
(``ld_dir`` + ``rdf_loader_run``), the way docs/scaling.md tells users to load a large dump.

The tests install nothing: ``.ci/run`` installs the package with apt-get. Without it the tests
are skipped, except where ``CI=true``, where a missing Virtuoso fails them.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import free_port

_STATE: dict[str, object] = {}

#: The default administrator of a fresh Virtuoso database.
USER, PASSWORD = "dba", "dba"

_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = ., {d}/load
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
CaseMode = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 4
MaxClientConnections = 4
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 400
"""


def missing(what: str) -> None:
    """Skip, or fail where CI=true (a missing real part must not pass unnoticed there)."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{what} is missing; .ci/run installs it with apt-get (virtuoso-opensource)")
    pytest.skip(f"{what} is not installed (apt-get install virtuoso-opensource)")


@dataclass
class VirtuosoServer:
    folder: Path
    sql_port: int
    http_port: int
    process: subprocess.Popen
    isql: str

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def query_url(self) -> str:
        return f"{self.base}/sparql"

    @property
    def graph_store_auth(self) -> str:
        """The Graph Store endpoint that asks for digest authentication."""
        return f"{self.base}/sparql-graph-crud-auth"

    def sql(self, statements: str, timeout: float = 300) -> str:
        """Run SQL statements through isql; their output (an error raises RuntimeError)."""
        done = subprocess.run(
            [self.isql, f"127.0.0.1:{self.sql_port}", USER, PASSWORD, f"exec={statements}"],
            capture_output=True, text=True, timeout=timeout,
        )
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql failed: {(done.stdout + done.stderr).strip()[-500:]}")
        return done.stdout


def _answering(server: VirtuosoServer, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    probe = f"{server.query_url}?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(probe, timeout=2) as response:
                response.read()
                return True
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    return False


def _stop(server: VirtuosoServer) -> None:
    if server.process.poll() is None:
        os.kill(server.process.pid, signal.SIGTERM)
        try:
            server.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.kill(server.process.pid, signal.SIGKILL)
            server.process.wait(timeout=10)


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory, request) -> VirtuosoServer:
    """A running Virtuoso with an empty database of its own, on free loopback ports."""
    if "server" not in _STATE:
        binary = shutil.which("virtuoso-t")
        isql = shutil.which("isql-vt") or shutil.which("isql-v")
        if binary is None or isql is None:
            missing("Virtuoso (virtuoso-t and isql-vt)")
        for _ in range(3):
            folder = tmp_path_factory.mktemp("virtuoso")
            (folder / "load").mkdir()
            sql_port, http_port = free_port(), free_port()
            (folder / "virtuoso.ini").write_text(_INI.format(d=folder, sql=sql_port, http=http_port), encoding="utf-8")
            log = open(folder / "stdout.log", "wb")
            process = subprocess.Popen([binary, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
                                       cwd=folder, stdout=log, stderr=subprocess.STDOUT)
            log.close()
            server = VirtuosoServer(folder, sql_port, http_port, process, isql)
            if _answering(server, 90):
                break
            _stop(server)
        else:
            pytest.fail("could not start virtuoso-t on free ports (see its virtuoso.log in the temporary folder)")
        _STATE["server"] = server
        request.config.add_cleanup(lambda: _stop(server))
    return _STATE["server"]  # type: ignore[return-value]


@pytest.fixture(scope="session")
def virtuoso_loaded(seed_store, virtuoso_server) -> VirtuosoServer:  # noqa: F811
    """The server holding the seed store's N-Quads, loaded with Virtuoso's bulk loader."""
    if "loaded" not in _STATE:
        import pyoxigraph as ox

        from cppcckg.store import open_store

        dump = virtuoso_server.folder / "load" / "seed.nq"
        open_store(seed_store).dump(str(dump), format=ox.RdfFormat.N_QUADS)
        virtuoso_server.sql(
            f"ld_dir('{dump.parent}', 'seed.nq', 'urn:cppcckg:default'); rdf_loader_run(); checkpoint;"
        )
        errors = virtuoso_server.sql("select ll_file, ll_error from DB.DBA.LOAD_LIST where ll_error is not null;")
        if "seed.nq" in errors:
            raise RuntimeError(f"the bulk loader refused the seed export: {errors.strip()[-500:]}")
        _STATE["loaded"] = True
    return virtuoso_server
