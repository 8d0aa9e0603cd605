"""The `query` and `publish` commands: named SPARQL queries, and uploading the store to a server."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from cppcckg.cli.options import user_errors
from cppcckg.cli.output import check_format, render_rows, write
from cppcckg.errors import InputError

QUERY_FORMATS = ("table", "csv", "tsv", "json", "jsonl")


def _params(pairs: List[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise InputError(f"--param {pair!r}: write it as NAME=VALUE, e.g. --param body=万州区政协")
        if key in params:
            raise InputError(f"--param {key} is given twice")
        params[key] = value
    return params


def _table_cells(rows: list[dict], columns: list[str]) -> list[dict]:
    """Rows for a terminal table: IRIs of known namespaces shortened to prefixed names."""
    from cppcckg.vocab import curie

    def short(value: object) -> object:
        return curie(value) if isinstance(value, str) and value.startswith(("http://", "https://")) else value

    return [{c: short(r.get(c)) for c in columns} for r in rows]


def query(
    spec: Optional[str] = typer.Argument(
        None, metavar="NAME|FILE.rq|SPARQL", help="A named query (see --list), a .rq file or SPARQL text."
    ),
    list_: bool = typer.Option(False, "--list", help="List the named queries with their titles and parameters."),
    param: List[str] = typer.Option(
        [], "--param", "-p", metavar="NAME=VALUE", help="A parameter value; repeat for several."
    ),
    fmt: str = typer.Option("table", "--format", "-f", help="table | csv | tsv | json | jsonl"),
    store: Optional[Path] = typer.Option(None, "--store", help="Store folder made by `cppcckg build` (default: out/store)."),
    endpoint: Optional[str] = typer.Option(None, "--endpoint", help="Query this SPARQL endpoint URL instead of the store."),
    timeout: float = typer.Option(30.0, "--timeout", help="Deadline in seconds for each request to the endpoint (the whole answer, not each read)."),
    queries_dir: Optional[Path] = typer.Option(None, "--queries", help="Folder of named *.rq queries (default: the project's queries/)."),
) -> None:
    """Run a named SPARQL query, a .rq file or SPARQL text on the store or an endpoint.

    Queries run over the union of all named graphs. Parameters are bound as RDF terms, never
    pasted into the query; body, programme and topic parameters take a name, an alias or an IRI.

    Example: cppcckg query body-initiatives --param body=万州区政协 --format csv
    """
    from cppcckg.query import named as Q
    from cppcckg.query.kg import KnowledgeGraph

    check_format(fmt, QUERY_FORMATS)
    if list_:
        if spec is not None:
            raise InputError("--list takes no query; run `cppcckg query --list` alone")
        named = Q.list_queries(queries_dir)
        rows = [
            {"name": q.name, "title": q.title, "params": q.signature(), "description": q.description}
            for q in named
        ]
        columns = ["name", "title", "params"] if fmt == "table" else ["name", "title", "params", "description"]
        write(render_rows(rows, columns, fmt, title="Named queries" if fmt == "table" else None))
        return
    if spec is None:
        raise InputError("no query given: pass a query name, a .rq file or SPARQL text (`cppcckg query --list` shows the names)")
    if store is not None and endpoint is not None:
        raise InputError("give --store or --endpoint, not both")
    params = _params(param)
    with KnowledgeGraph.open(store, endpoint, timeout=timeout, queries_dir=queries_dir) as kg:
        result = kg.run(spec, params)
    for line in result.notes:
        typer.echo(f"warning: {line}", err=True)
    if fmt == "table":
        title = result.query.title if result.query is not None and result.query.title else None
        write(render_rows(_table_cells(result.rows, result.columns), result.columns, fmt, title=title))
        typer.echo(f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}", err=True)
    else:
        write(render_rows(result.rows, result.columns, fmt))


def publish(
    endpoint: str = typer.Option(..., "--endpoint", help="The server's SPARQL query endpoint URL, e.g. http://127.0.0.1:7878/query."),
    graph_store: Optional[str] = typer.Option(
        None, "--graph-store", help="Graph Store Protocol URL (default: from --endpoint, .../query → .../store)."
    ),
    replace: bool = typer.Option(False, "--replace", help="Replace each graph on the server (PUT) instead of adding to it (POST)."),
    store: Path = typer.Option(Path("out/store"), "--store", help="Store folder made by `cppcckg build`."),
    batch_size: int = typer.Option(50_000, "--batch-size", min=1, help="Triples per request for large graphs."),
    timeout: float = typer.Option(120.0, "--timeout", help="Deadline in seconds for each request (sent and answered in full)."),
    retries: int = typer.Option(3, "--retries", min=0, help="Retries of a failed request, with growing pauses."),
    user: Optional[str] = typer.Option(None, "--user", help="User name for a Graph Store endpoint that asks for one (basic or digest authentication)."),
    password_file: Optional[Path] = typer.Option(
        None, "--password-file", help="File whose first line is the password for --user (default: the netrc entry of the host)."
    ),
) -> None:
    """Upload every named graph of the store to a SPARQL server (Graph Store HTTP Protocol).

    Sends N-Triples in batches (blank nodes as skolem IRIs, so a retried request or a second
    run duplicates nothing), retries failed requests, reports each graph, and checks the triple
    counts through the query endpoint at the end: a graph the server does not hold as sent is
    an error (exit 7). Without --replace the triples are added to what the server holds.

    A server that takes writes only from known users (Virtuoso's /sparql-graph-crud-auth) gets
    --user with the password from --password-file or from a netrc entry for its host; the
    password never appears on the command line or in messages.

    Example: cppcckg publish --endpoint http://127.0.0.1:7878/query --replace
    """
    from cppcckg.query.httpauth import credentials
    from cppcckg.query.publish import graph_store_url
    from cppcckg.query.publish import publish as run_publish
    from cppcckg.store import open_store
    from cppcckg.vocab import curie

    creds = credentials(graph_store_url(endpoint, graph_store), user, password_file)
    st = open_store(store)

    def progress(graph: str, sent: int, total: int, batch: int, batches: int) -> None:
        if sent == total:
            typer.echo(f"published {curie(graph)}: {total} triples in {batches} request{'s' if batches != 1 else ''}", err=True)

    result = run_publish(
        st, endpoint=endpoint, graph_store=graph_store, replace=replace, batch_size=batch_size,
        timeout=timeout, retries=retries, progress=progress, credentials=creds,
    )
    typer.echo(
        f"published {len(result.graphs)} graphs, {result.triples} triples to {result.graph_store}"
        f" ({'replaced' if replace else 'added'})"
    )
    for line in result.notes:
        typer.echo(f"note: {line}", err=True)


def register(app: typer.Typer) -> None:
    app.command("query")(user_errors(query))
    app.command("publish")(user_errors(publish))
