"""A bounded load on `cppcckg serve` over loopback (run with `pytest -m slow`).

8 client threads send a fixed list of mixed requests to the real server on 127.0.0.1: SPARQL
SELECT queries by GET and POST to /sparql, named-query API calls (/api/queries/NAME), entity
pages /id/... and one update attempt per 100 requests (which must get 403). 2,000 requests, or
400 with CPPCCKG_SLOW_BUDGET=bounded. Every request has a timeout and the list ends by itself.

Asserted: every status is the expected one, the server still answers afterwards, and the
server process's resident memory (VmRSS) grew by less than RSS_GROWTH_BOUND_MIB over its value
after a warm-up of 50 requests. No times are asserted. The load itself is bench/serve_load.py
(`python -m bench.serve_load` prints the figures).

The server is this module's own `cppcckg serve` over the seed store (the session fixture of
conftest.py), started with helpers.start_server but with the default query time and
row limits, so that the memory figure is not shared with other tests' requests.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.helpers import CppcckgServer, start_server

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import serve_load as L  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.server]

CLIENTS = 8
REQUESTS = 400 if os.environ.get("CPPCCKG_SLOW_BUDGET", "").strip().lower() == "bounded" else 2000
#: Seconds each request may take (a failure, not a hang, if the server stops answering).
REQUEST_TIMEOUT = 60.0
#: Most the server's VmRSS may grow between the warm-up and the end of the run.
RSS_GROWTH_BOUND_MIB = 200


@pytest.fixture(scope="module")
def load_server(seed_store, tmp_path_factory) -> CppcckgServer:  # noqa: F811
    # the last --query-timeout/--max-rows given win over the small limits test_serve's helper passes
    server = start_server(seed_store, tmp_path_factory.mktemp("serve-load") / "serve.log",
                          "--query-timeout", "30", "--max-rows", "10000")
    try:
        yield server
    finally:
        server.stop()


def test_bounded_mixed_load(load_server):
    base, pid = load_server.base, load_server.process.pid
    assert base.startswith("http://127.0.0.1:")

    result = L.load(base, pid, REQUESTS, CLIENTS, REQUEST_TIMEOUT)
    summary = result.summary()
    print("\n" + L.table(summary))

    assert len(result.outcomes) == REQUESTS
    kinds = {kind: row["count"] for kind, row in summary["kinds"].items()}
    assert set(kinds) == set(L.KINDS), kinds
    assert kinds["update"] == REQUESTS // 100
    assert not result.failures, summary["failed_examples"]

    assert load_server.process.poll() is None, "the server exited during the load"
    assert L.send(base, L.Req("check", "GET", "/sparql?query=ASK%7B%7D", 200), REQUEST_TIMEOUT).ok

    growth_mib = (result.rss_after_kib - result.rss_before_kib) / 1024
    assert growth_mib < RSS_GROWTH_BOUND_MIB, (
        f"server RSS grew by {growth_mib:.1f} MiB (bound {RSS_GROWTH_BOUND_MIB} MiB): "
        f"{result.rss_before_kib} KiB after warm-up, {result.rss_after_kib} KiB after the run")


#: Most resident memory the server process may reach during the mixed run, and the address
#: space each worker gets (--worker-memory): a worker cannot hold more than that.
SERVER_RSS_BOUND_MIB = 512
WORKER_MEMORY_MIB = 1024


def test_cheap_requests_succeed_while_expensive_ones_run(seed_store, tmp_path_factory):
    """Issue 18 item 5: while slow queries, a huge GROUP_CONCAT and network pages with distinct
    filters hammer the server, every cheap request (ASK {}, an entity page, a named query)
    succeeds, and the memory of the server and of each worker stays bounded. Times are printed
    (bench.serve_load --mixed), not asserted."""
    server = start_server(seed_store, tmp_path_factory.mktemp("serve-mixed") / "serve.log",
                          "--query-timeout", "10", "--max-rows", "10000", "--worker-memory", str(WORKER_MEMORY_MIB),
                          "--max-bytes", "20000000")
    try:
        result = L.mixed(server.base, server.process.pid, cheap_requests=30 if REQUESTS < 2000 else 90,
                         timeout=REQUEST_TIMEOUT)
        summary = result.summary()
        print("\n" + L.mixed_table(summary))
        assert len(result.cheap) in (30, 90)
        assert not result.failures, summary["failed_examples"]
        assert sum(summary["expensive_statuses"]["slow-sparql"].values()) > 0
        assert server.process.poll() is None
        assert result.peak_server_kib / 1024 < SERVER_RSS_BOUND_MIB, summary["peak_rss_mib"]
        assert result.peak_worker_kib / 1024 < WORKER_MEMORY_MIB, summary["peak_rss_mib"]
    finally:
        server.stop()
