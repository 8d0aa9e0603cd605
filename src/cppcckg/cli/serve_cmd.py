"""`cppcckg serve`: the local linked-data server (SPARQL endpoint, entity pages, reader, docs)."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Optional

import typer

from cppcckg.cli.options import user_errors
from cppcckg.errors import InputError

DEFAULT_STORE = Path("out/store")


def _check_port(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise InputError(f"cannot listen on {host}:{port} ({exc.strerror}); is another server running? "
                             "choose another --port") from None


def register(app: typer.Typer) -> None:
    @app.command("serve")
    @user_errors
    def serve_cmd(
        store: Path = typer.Option(DEFAULT_STORE, "--store", help="Store folder made by `cppcckg build` (opened read-only)."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; 127.0.0.1 keeps the server local."),
        port: int = typer.Option(8000, "--port", "-p", help="TCP port."),
        query_timeout: float = typer.Option(30.0, "--query-timeout", help="Seconds a SPARQL query may run before it is stopped (503)."),
        max_rows: int = typer.Option(10_000, "--max-rows", help="Most rows (or triples) a query may return (else 422)."),
        max_body: int = typer.Option(1_000_000, "--max-body", help="Largest request body in bytes (else 413)."),
        workers: int = typer.Option(2, "--workers", help="Query worker processes (queries running at once)."),
        reports: Optional[Path] = typer.Option(None, "--reports", help="Report files, only for stores built before reports kept their full text."),
        queries: Optional[Path] = typer.Option(None, "--queries", help="Folder of named queries (default: the project's queries/)."),
        allow_service: list[str] = typer.Option([], "--allow-service", help="A SPARQL endpoint URL that queries may reach with SERVICE (repeat for more); none by default."),
        allow_host: list[str] = typer.Option([], "--allow-host", help="A Host name the server answers to besides localhost and --host, e.g. the name a proxy forwards (repeat for more; '*' for any)."),
        max_bytes: int = typer.Option(50_000_000, "--max-bytes", help="Largest answer in bytes a query or network page may write (else 422)."),
        worker_memory: int = typer.Option(2048, "--worker-memory", help="MiB of address space each worker process may use (a query that needs more gets 422); 0 for no limit."),
        queue_limit: int = typer.Option(16, "--queue-limit", help="Requests that may wait for busy workers before the server answers 503 with Retry-After."),
        network_timeout: float = typer.Option(60.0, "--network-timeout", help="Seconds one network page may take to build (503 after)."),
        max_url: int = typer.Option(65_536, "--max-url", help="Longest request URL in bytes (else 414; POST long queries)."),
    ) -> None:
        """Serve the knowledge graph: SPARQL endpoint, entity pages, evidence reader, docs, VoID.

        /sparql is a read-only SPARQL 1.1 Protocol endpoint (GET/POST; JSON, XML, CSV, TSV;
        Turtle or JSON-LD for graphs); /query a query page; every instance IRI (cppccid:X)
        is served at /id/X as HTML or RDF by content negotiation; /reader/ shows each report with
        its facts highlighted; /ontology documents the ontology; /.well-known/void describes the
        dataset; /api/queries/NAME runs a named query (see /openapi.json); /network/ draws the networks.
        Queries never reach other servers (SERVICE is refused) unless --allow-service names them;
        requests must carry a Host the server answers to (--allow-host behind a proxy).

        Example: cppcckg serve --store out/store --port 8000
        """
        import uvicorn

        from cppcckg.server.app import Settings, create_app
        from cppcckg.server.middleware import MAX_REQUEST_HEAD
        from cppcckg.store import open_store

        if min(query_timeout, max_rows, max_body, workers, max_bytes, network_timeout, max_url) <= 0:
            raise InputError("--query-timeout, --max-rows, --max-body, --workers, --max-bytes, --network-timeout "
                             "and --max-url must be positive")
        if worker_memory < 0 or 0 < worker_memory < 256 or queue_limit < 0:
            raise InputError("--worker-memory is 0 (no limit) or at least 256 MiB; --queue-limit cannot be negative")
        open_store(store)  # a clear error now if the store is missing or unreadable
        _check_port(host, port)
        settings = Settings(store=store, reports=reports, host=host, port=port, query_timeout=query_timeout,
                            max_rows=max_rows, max_body=max_body, workers=workers, queries_dir=queries,
                            allow_service=tuple(allow_service), allow_hosts=tuple(allow_host), max_bytes=max_bytes,
                            worker_memory=worker_memory, queue_limit=queue_limit, network_timeout=network_timeout,
                            max_url=max_url)
        shown = f"[{host}]" if ":" in host else host
        url = f"http://{shown}:{port}/"
        typer.echo(f"serving {store} at {url} (SPARQL endpoint {url}sparql); stop with Ctrl+C")
        if host not in ("127.0.0.1", "localhost", "::1"):
            typer.echo(f"warning: bound to {host}: other machines can reach this server", err=True)
        uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", access_log=False,
                    timeout_graceful_shutdown=5, http="h11", h11_max_incomplete_event_size=MAX_REQUEST_HEAD)
