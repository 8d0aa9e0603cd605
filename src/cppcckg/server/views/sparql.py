"""``/sparql``, the SPARQL 1.1 Protocol endpoint (read-only, queries run in worker processes),
and ``/query``, the query page with the named queries as examples."""

from __future__ import annotations

from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from cppcckg.errors import CppcckgError, QueryError
from cppcckg.linked.templating import render
from cppcckg.query import named as Q
from cppcckg.query.sparqltext import check_nesting
from cppcckg.server.responses import answer_response, error_page, html, json_for_script, wants_html
from cppcckg.server.site import Site
from cppcckg.server.sparql import QueryRequest, is_update
from cppcckg.vocab import DATA_NS

__all__ = ["query_page", "sparql"]

_READ_ONLY = "this endpoint is read-only: SPARQL Update is refused"


async def sparql(site: Site, request: Request) -> Response:
    params = request.query_params
    queries = params.getlist("query")
    default_graphs = params.getlist("default-graph-uri")
    named_graphs = params.getlist("named-graph-uri")
    if "update" in params:
        return error_page(request, 403, _READ_ONLY)
    if request.method == "POST":
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await request.body()
        if ctype == "application/sparql-update":
            return error_page(request, 403, _READ_ONLY)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return error_page(request, 400, "the request body is not UTF-8")
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(text, keep_blank_values=True)
            if "update" in form:
                return error_page(request, 403, _READ_ONLY)
            queries = queries + form.get("query", [])
            default_graphs = default_graphs + form.get("default-graph-uri", [])
            named_graphs = named_graphs + form.get("named-graph-uri", [])
        elif ctype == "application/sparql-query":
            queries = queries + [text]
        else:
            return error_page(request, 415, "POST a query as application/sparql-query or as the form field "
                                            "'query' (application/x-www-form-urlencoded)")
    if not queries:
        if request.method == "GET" and wants_html(request):
            return RedirectResponse("/query", status_code=303)
        return error_page(request, 400, "missing the 'query' parameter; e.g. /sparql?query=ASK%7B%7D")
    if len(queries) > 1:
        return error_page(request, 400, "give exactly one 'query' parameter")
    if is_update(queries[0]):
        return error_page(request, 403, _READ_ONLY)
    try:
        await site.run(check_nesting, queries[0], "query")
    except QueryError as exc:
        return error_page(request, 400, str(exc))
    settings = site.settings
    await site.run(site.current)
    req = QueryRequest(queries[0], accept=request.headers.get("accept"), fmt=params.get("format"),
                       default_graphs=default_graphs, named_graphs=named_graphs, max_rows=settings.max_rows,
                       allowed_services=settings.allow_service, max_bytes=settings.max_bytes)
    return answer_response(await site.queries.run(req, site.path))


def _examples(site: Site) -> list[dict]:
    out = []
    for q in Q.list_queries(site.settings.queries_dir):
        try:
            text, _ = Q.prepare(q.text)
        except CppcckgError:
            continue
        out.append({"name": q.name, "title": q.title or q.name, "description": q.description, "text": text,
                    "params": [p.describe() for p in q.params]})
    return out


async def query_page(site: Site, request: Request) -> Response:
    items = await site.run(site.cached, "examples", lambda: _examples(site))
    initial = request.query_params.get("query") or (items[0]["text"] if items else "SELECT * WHERE { ?s ?p ?o } LIMIT 10")
    return html(render("query.html", title="SPARQL 查询 query · cppcckg", nav=site.nav, examples=items,
                       examples_json=json_for_script(items), initial=initial, data_ns=str(DATA_NS),
                       max_rows=site.settings.max_rows, timeout=site.settings.query_timeout))
