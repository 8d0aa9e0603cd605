"""``/api/queries``: the named queries as JSON endpoints (GET with query parameters, or POST with
a JSON object of parameters), and ``/openapi.json`` describing them."""

from __future__ import annotations

import json
from typing import Any

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from cppcckg.errors import CppcckgError
from cppcckg.query import named as Q
from cppcckg.query.kg import KnowledgeGraph
from cppcckg.query.normalise import normalise
from cppcckg.query.results import from_sparql_json, from_triples
from cppcckg.server.openapi import document
from cppcckg.server.responses import base_url
from cppcckg.server.site import Site
from cppcckg.server.sparql import QueryRequest

__all__ = ["api_list", "api_run", "openapi"]

_NOT_AN_OBJECT = "the request body must be a JSON object of parameters, e.g. {\"body\": \"达州市政协\"}"


def query_list(site: Site) -> list[dict]:
    """The named queries as /api/queries lists them."""
    out = []
    for q in Q.list_queries(site.settings.queries_dir):
        try:
            form = q.form
        except CppcckgError:
            form = "SELECT"
        out.append({"name": q.name, "title": q.title, "description": q.description, "form": form,
                    "params": [{"name": p.name, "kind": p.kind, "optional": p.optional, "description": p.description}
                               for p in q.params],
                    "url": f"/api/queries/{q.name}"})
    return out


def _kg(site: Site) -> KnowledgeGraph:
    return KnowledgeGraph.from_store(site.current(), name=str(site.settings.store), queries_dir=site.settings.queries_dir)


async def api_list(site: Site, request: Request) -> Response:
    try:
        return JSONResponse({"queries": await site.run(query_list, site)})
    except CppcckgError as exc:
        return JSONResponse({"error": str(exc)}, 500)


async def api_run(site: Site, request: Request) -> Response:
    name = request.path_params["name"]
    values: dict[str, Any] = {k: v for k, v in request.query_params.items() if k != "format"}
    if request.method == "POST":
        try:
            posted = json.loads((await request.body()) or b"{}")
        except (ValueError, RecursionError):  # RecursionError: JSON nested deeper than Python parses
            return JSONResponse({"error": _NOT_AN_OBJECT}, 400)
        if not isinstance(posted, dict):
            return JSONResponse({"error": _NOT_AN_OBJECT}, 400)
        nested = sorted(k for k, v in posted.items() if not isinstance(v, (str, int, float, bool, type(None))))
        if nested:
            return JSONResponse({"error": f"parameter {nested[0][:40]!r} must be a string, a number or a boolean, "
                                          "not a list or an object"}, 400)
        values.update(posted)
    known = {q["name"] for q in await site.run(site.cached, "query-list", lambda: query_list(site))}
    if name not in known:
        return JSONResponse({"error": f"no named query {name!r}; see /api/queries", "queries": sorted(known)}, 404)

    def bind() -> tuple[Q.Query, str]:
        return site.cached("kg", lambda: _kg(site)).bind(name, values)

    try:
        query, text = await site.run(bind)
    except CppcckgError as exc:  # QueryError: unknown, missing or malformed parameters
        return JSONResponse({"error": str(exc)}, 400)
    graph = query.form in ("CONSTRUCT", "DESCRIBE")
    settings = site.settings
    answer = await site.named.run(QueryRequest(text, fmt="nt" if graph else "json", max_rows=settings.max_rows,
                                               allowed_services=settings.allow_service, max_bytes=settings.max_bytes),
                                  site.path)
    if answer.status != 200:
        return JSONResponse({"error": answer.body.decode("utf-8").strip()}, answer.status, headers=answer.headers)
    if graph:
        result = from_triples(ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES), query.form)
    else:
        result = from_sparql_json(json.loads(answer.body))
        result.rows = normalise(query, result.rows)  # the same values as KnowledgeGraph gives
    return JSONResponse({"query": name, "title": query.title, "params": dict(values),
                         "columns": result.columns, "rows": result.rows})


async def openapi(site: Site, request: Request) -> Response:
    items = await site.run(site.cached, "query-list", lambda: query_list(site))
    return JSONResponse(document(items, base_url(request), site.settings))
