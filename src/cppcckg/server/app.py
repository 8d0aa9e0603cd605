"""The Starlette application behind ``cppcckg serve``.

Why our own small app rather than ``oxigraph serve``: Oxigraph's server is a fine SPARQL
endpoint, but it cannot dereference instance IRIs as HTML pages with labels and evidence, serve
the evidence reader, the ontology docs, the VoID description, the named queries as JSON
endpoints with an OpenAPI document, or enforce a row limit; and it needs the store folder for
itself (it locks it). Here one process serves everything over one read-only store, with user
queries in killable worker processes (:mod:`cppcckg.server.workers`).
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, quote

import pyoxigraph as ox
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from cppcckg.errors import CppcckgError, InputError
from cppcckg.linked.templating import STATIC_DIR, render, script_hash
from cppcckg.server.conneg import negotiate, parse_accept
from cppcckg.server.sparql import Answer, QueryRequest, is_update
from cppcckg.server.workers import QueryPool
from cppcckg.vocab import CPPCC, DATA_NS, ONTOLOGY_GRAPH, ONTOLOGY_IRI

__all__ = ["Settings", "create_app"]

_RDF_MEDIA = {
    "text/turtle": "ttl", "application/ld+json": "jsonld", "application/n-triples": "nt", "application/rdf+xml": "rdfxml",
}
_FORMAT_KEYS = {"ttl": "ttl", "turtle": "ttl", "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld", "nt": "nt",
                "rdfxml": "rdfxml", "rdf": "rdfxml", "xml": "rdfxml", "html": "html"}
_MEDIA_OF = {"ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples", "rdfxml": "application/rdf+xml"}
_DOWNLOADS = {"cppcckg.ttl": "ttl", "cppcckg.nt": "nt", "cppcckg.nq": "nq", "cppcckg.trig": "trig",
              "cppcckg.jsonld": "jsonld", "cppcckg.rdf": "rdfxml"}
_SECURITY = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}


@dataclass
class Settings:
    """How ``cppcckg serve`` runs. Limits apply to user queries (``/sparql``, ``/api``)."""

    store: Path = Path("out/store")
    reports: Path | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    query_timeout: float = 30.0
    max_rows: int = 10_000
    max_body: int = 1_000_000
    workers: int = 2
    queries_dir: Path | None = None
    allow_service: tuple[str, ...] = ()  # SERVICE endpoints queries may reach (none by default)
    allow_hosts: tuple[str, ...] = ()  # Host header values accepted besides the loopback names and --host


# ---------------------------------------------------------------------------------------------
# The store, reopened when a rebuild swaps it
# ---------------------------------------------------------------------------------------------


@dataclass
class Site:
    settings: Settings
    pool: QueryPool
    store: ox.Store | None = None
    path: str = ""
    checked: float = 0.0
    cache: dict[Any, Any] = field(default_factory=dict)

    def current(self) -> ox.Store:
        """The open store; reopened (and caches dropped) when ``cppcckg build`` replaced it."""
        now = time.monotonic()
        if self.store is not None and now - self.checked < 1.0:
            return self.store
        self.checked = now
        from cppcckg.store import open_store

        resolved = os.path.realpath(self.settings.store)
        if self.store is None or resolved != self.path:
            try:
                store = open_store(resolved, read_only=True)
            except CppcckgError:
                if self.store is None:
                    raise
                return self.store  # a rebuild is swapping the store: keep the old one, retry soon
            self.store, self.path = store, resolved
            self.cache.clear()
        return self.store

    def cached(self, key: Any, make: Callable[[], Any]) -> Any:
        self.current()
        if key not in self.cache:
            if len(self.cache) > 256:
                self.cache.clear()
            self.cache[key] = make()
        return self.cache[key]


def local_href(iri: str) -> str:
    """Where the server shows ``iri``: /id/... for data, /ontology#Term for ontology terms."""
    ns = str(DATA_NS)
    if iri.startswith(ns):
        return "/id/" + quote(iri[len(ns):], safe="/-._~:@!$&'()*+,;=")
    onto = str(CPPCC._NS)
    if iri.startswith(onto):
        return "/ontology#" + quote(iri[len(onto):], safe="-._~")
    if iri == str(ONTOLOGY_IRI):
        return "/ontology"
    return iri


def _reader_href(report_iri: str, start: int, end: int) -> str:
    from cppcckg.linked.reader import anchor_id, report_id

    page = f"/reader/{quote(report_id(report_iri))}.html"
    return page if start < 0 else f"{page}#{anchor_id(start, end)}"


def _csp(*scripts: str) -> str:
    script_src = " ".join(("'self'",) + scripts)
    return (f"default-src 'self'; script-src {script_src}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def _html(content: str, status: int = 200, scripts: tuple[str, ...] = (), headers: dict[str, str] | None = None) -> Response:
    all_headers = dict(_SECURITY)
    all_headers["Content-Security-Policy"] = _csp(*scripts)
    all_headers.update(headers or {})
    return Response(content, status_code=status, media_type="text/html; charset=utf-8", headers=all_headers)


def _answer(answer: Answer) -> Response:
    headers = dict(answer.headers)
    headers["X-Content-Type-Options"] = "nosniff"
    return Response(answer.body, status_code=answer.status, media_type=answer.media_type, headers=headers)


def json_for_script(value: Any) -> Markup:
    """JSON to embed in a ``<script type="application/json">``: ``<``, ``>`` and ``&`` escaped,
    so no text of the data can close the element."""
    text = json.dumps(value, ensure_ascii=False)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _wants_html(request: Request) -> bool:
    """True when the client names text/html in Accept (a browser), not for */* (curl, libraries)."""
    return any(media == "text/html" and q > 0 for media, q, _ in parse_accept(request.headers.get("accept")))


def _error_page(request: Request, status: int, message: str, site: Site | None = None) -> Response:
    if _wants_html(request):
        nav = _nav(site) if site else None
        return _html(render("error.html", title=f"{status}", status=status, message=message, nav=nav), status)
    return Response(message.rstrip() + "\n", status_code=status, media_type="text/plain; charset=utf-8",
                    headers={"X-Content-Type-Options": "nosniff"})


def _nav(site: Site) -> dict:
    return {"network": True, "api": True}


def _base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


# ---------------------------------------------------------------------------------------------
# Request body limit (ASGI middleware)
# ---------------------------------------------------------------------------------------------


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413, by Content-Length or while reading."""

    def __init__(self, app, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        message = (f"request body too large: this server accepts at most {self.limit} bytes (--max-body); "
                   "send the query with POST application/sparql-query, or shorten it\n").encode("utf-8")
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.limit
            except ValueError:
                too_big = False
            if too_big:
                await Response(message, 413, media_type="text/plain; charset=utf-8")(scope, receive, send)
                return
        received = 0
        started = False

        async def limited_receive():
            nonlocal received
            event = await receive()
            if event["type"] == "http.request":
                received += len(event.get("body", b""))
                if received > self.limit:
                    raise _TooLarge
            return event

        async def tracking_send(event):
            nonlocal started
            if event["type"] == "http.response.start":
                started = True
            await send(event)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await Response(message, 413, media_type="text/plain; charset=utf-8")(scope, receive, send)


class ReadOnly:
    """Every method that could write (PUT, DELETE, PATCH, POST outside the query endpoints) gets 403."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            method = scope["method"].upper()
            path = scope.get("path", "")
            allowed = method in ("GET", "HEAD", "OPTIONS") or (
                method == "POST" and (path == "/sparql" or path.startswith("/api/queries/")))
            if not allowed:
                body = (f"this server is read-only: {method} {path} is refused; "
                        "query with GET or POST /sparql (SPARQL Update is not accepted)\n").encode("utf-8")
                await Response(body, 403, media_type="text/plain; charset=utf-8")(scope, receive, send)
                return
        await self.app(scope, receive, send)


def allowed_hosts(settings: Settings) -> frozenset[str]:
    """Host names (without port) this server answers to: the loopback names, the bound address
    and the operator's --allow-host values (``*`` accepts any)."""
    names = {"localhost", "127.0.0.1", "::1", settings.host.strip("[]").lower()}
    names.update(h.strip().strip("[]").lower() for h in settings.allow_hosts if h.strip())
    return frozenset(names)


def _host_name(header: str) -> str:
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class KnownHosts:
    """Answer only requests whose Host header names this server (421 otherwise), so a web page
    cannot reach a loopback server through a DNS name rebound to 127.0.0.1."""

    def __init__(self, app, hosts: frozenset[str]) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and "*" not in self.hosts:
            header = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
            if _host_name(header) not in self.hosts:
                body = (f"unknown Host {header!r}: this server answers to {', '.join(sorted(self.hosts))}; "
                        "its operator can add a name with --allow-host\n").encode("utf-8")
                await Response(body, 421, media_type="text/plain; charset=utf-8")(scope, receive, send)
                return
        await self.app(scope, receive, send)


# ---------------------------------------------------------------------------------------------
# The application
# ---------------------------------------------------------------------------------------------


def create_app(settings: Settings) -> Starlette:
    """The web application for ``settings`` (the store is opened at startup)."""
    pool = QueryPool(settings.workers, settings.query_timeout)
    site = Site(settings, pool)

    async def run_blocking(func, *args):
        return await asyncio.get_running_loop().run_in_executor(None, func, *args)

    # -- home, search ------------------------------------------------------------------------

    async def home(request: Request) -> Response:
        def make():
            from cppcckg.linked.describe import DATASET, describe
            from cppcckg.linked.reader import list_reports
            from cppcckg.vocab import DCTERMS, VOID

            store = site.current()
            g = describe(store)
            titles = {t.language: str(t) for t in g.objects(DATASET, DCTERMS.title)}
            descriptions = {t.language: str(t) for t in g.objects(DATASET, DCTERMS.description)}
            counts = {"triples": int(g.value(DATASET, VOID.triples)), "entities": int(g.value(DATASET, VOID.entities))}
            classes = []
            for part in g.objects(DATASET, VOID.classPartition):
                cls = str(g.value(part, VOID["class"]))
                classes.append((cls, int(g.value(part, VOID.entities))))
            classes.sort(key=lambda c: (-c[1], c[0]))
            examples = sorted(str(x) for x in g.objects(DATASET, VOID.exampleResource))
            from cppcckg.server.pages import best_label, labels_for

            labels = labels_for(store, [c for c, _ in classes] + examples)
            return {
                "titles": titles, "descriptions": descriptions, "counts": counts,
                "classes": [(best_label(labels, c), local_href(c), n) for c, n in classes[:30]],
                "examples": [(best_label(labels, x), local_href(x)) for x in examples],
                "reports": list_reports(store), "license": str(g.value(DATASET, DCTERMS.license) or ""),
            }

        data = await run_blocking(site.cached, "home", make)
        return _html(render("home.html", title="cppcckg", nav=_nav(site), downloads=sorted(_DOWNLOADS), **data))

    async def search(request: Request) -> Response:
        q = (request.query_params.get("q") or "").strip()
        results: list = []
        if q:
            def find():
                from cppcckg.query.named import literal
                from cppcckg.server.pages import _select

                needle = literal(q.lower()[:100])
                rows = _select(site.current(), f"""SELECT ?x (SAMPLE(?l) AS ?label) (SAMPLE(?c) AS ?class) WHERE {{
                    ?x rdfs:label|skos:prefLabel|skos:altLabel ?l . FILTER(CONTAINS(LCASE(STR(?l)), {needle}))
                    FILTER(STRSTARTS(STR(?x), "{DATA_NS}"))
                    OPTIONAL {{ ?x a ?c . FILTER(STRSTARTS(STR(?c), STR(cppcc:))) }}
                  }} GROUP BY ?x ORDER BY STRLEN(STR(?label)) ?x LIMIT 100""")
                return [(r["label"].value, local_href(r["x"].value), r["x"].value,
                         r["class"].value.rsplit("#", 1)[-1] if r["class"] is not None else "") for r in rows]

            results = await run_blocking(find)
        return _html(render("search.html", title=f"搜索 search: {q}", nav=_nav(site), q=q, results=results))

    # -- SPARQL ----------------------------------------------------------------------------------

    async def sparql(request: Request) -> Response:
        params = request.query_params
        queries = params.getlist("query")
        default_graphs = params.getlist("default-graph-uri")
        named_graphs = params.getlist("named-graph-uri")
        if "update" in params:
            return _error_page(request, 403, "this endpoint is read-only: SPARQL Update is refused")
        if request.method == "POST":
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            body = await request.body()
            if ctype == "application/sparql-update":
                return _error_page(request, 403, "this endpoint is read-only: SPARQL Update is refused")
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return _error_page(request, 400, "the request body is not UTF-8")
            if ctype == "application/x-www-form-urlencoded":
                form = parse_qs(text, keep_blank_values=True)
                if "update" in form:
                    return _error_page(request, 403, "this endpoint is read-only: SPARQL Update is refused")
                queries = queries + form.get("query", [])
                default_graphs = default_graphs + form.get("default-graph-uri", [])
                named_graphs = named_graphs + form.get("named-graph-uri", [])
            elif ctype == "application/sparql-query":
                queries = queries + [text]
            else:
                return _error_page(request, 415, "POST a query as application/sparql-query or as the form field "
                                                 "'query' (application/x-www-form-urlencoded)")
        if not queries:
            if request.method == "GET" and _wants_html(request):
                return RedirectResponse("/query", status_code=303)
            return _error_page(request, 400, "missing the 'query' parameter; e.g. /sparql?query=ASK%7B%7D")
        if len(queries) > 1:
            return _error_page(request, 400, "give exactly one 'query' parameter")
        if is_update(queries[0]):
            return _error_page(request, 403, "this endpoint is read-only: SPARQL Update is refused")
        site.current()
        req = QueryRequest(queries[0], accept=request.headers.get("accept"), fmt=params.get("format"),
                           default_graphs=default_graphs, named_graphs=named_graphs, max_rows=settings.max_rows,
                           allowed_services=settings.allow_service)
        return _answer(await pool.run(req, site.path))

    async def query_page(request: Request) -> Response:
        def examples():
            from cppcckg.query import named as Q

            out = []
            for q in Q.list_queries(settings.queries_dir):
                try:
                    text, _ = Q.prepare(q.text)
                except CppcckgError:
                    continue
                out.append({"name": q.name, "title": q.title or q.name, "description": q.description, "text": text,
                            "params": [p.describe() for p in q.params]})
            return out

        items = await run_blocking(site.cached, "examples", examples)
        initial = request.query_params.get("query") or (items[0]["text"] if items else "SELECT * WHERE { ?s ?p ?o } LIMIT 10")
        return _html(render("query.html", title="SPARQL 查询 query · cppcckg", nav=_nav(site), examples=items,
                            examples_json=json_for_script(items), initial=initial,
                            data_ns=str(DATA_NS), max_rows=settings.max_rows, timeout=settings.query_timeout))

    # -- linked data -------------------------------------------------------------------------------

    def _rdf_format(request: Request, offers_html: bool = True) -> str:
        fmt = (request.query_params.get("format") or "").lower()
        if fmt:
            if fmt not in _FORMAT_KEYS:
                raise HTTPException(400, f"format {fmt!r} is not one of html, ttl, jsonld, nt, rdfxml")
            return _FORMAT_KEYS[fmt]
        offers = (["text/html"] if offers_html else []) + list(_RDF_MEDIA)
        media = negotiate(request.headers.get("accept"), offers, default="text/html" if offers_html else "text/turtle")
        return "html" if media == "text/html" else _RDF_MEDIA[media]

    def _rdf_response(quads: list, fmt: str, request: Request, headers: dict[str, str] | None = None) -> Response:
        from cppcckg.linked.export import serialize

        quads = sorted(quads, key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))
        if fmt == "jsonld":
            flat = [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads]
            body = serialize(flat, "jsonld", context_ref=_base_url(request) + "/context.jsonld")
        else:
            body = serialize(quads, fmt)
        all_headers = {"Vary": "Accept", "X-Content-Type-Options": "nosniff"}
        all_headers.update(headers or {})
        return Response(body, media_type=_MEDIA_OF[fmt] + "; charset=utf-8", headers=all_headers)

    def _alternates(path: str) -> str:
        return ", ".join(f'<{path}?format={key}>; rel="alternate"; type="{media}"' for key, media in _MEDIA_OF.items())

    async def resource(request: Request) -> Response:
        local = request.path_params["path"]
        iri = f"{DATA_NS}{local}"
        fmt = _rdf_format(request)
        from cppcckg.linked.describe import DATASET

        if iri == str(DATASET) or iri.startswith(str(DATASET) + "/"):
            return await void(request, subject=iri)
        store = await run_blocking(site.current)
        if fmt != "html":
            def quads():
                from cppcckg.server.pages import subject_triples

                found = subject_triples(store, iri)
                if not found:  # a named graph: its content
                    found = list(store.quads_for_pattern(None, None, None, ox.NamedNode(iri)))
                return found

            found = await run_blocking(quads)
            if not found:
                return _error_page(request, 404, f"nothing is known about {iri}")
            return _rdf_response(found, fmt, request, {"Link": _alternates(request.url.path)})

        def view():
            from cppcckg.server.pages import entity_view

            return entity_view(store, iri, local_href, _reader_href, report_text)

        page = await run_blocking(view)
        if page is None:
            return _error_page(request, 404, f"nothing is known about {iri}; search for a name at /search", site)
        return _html(render("entity.html", title=f"{page.label_zh or page.label_en or local} · cppcckg", nav=_nav(site),
                            view=page, path=request.url.path, formats=list(_MEDIA_OF)),
                     headers={"Vary": "Accept", "Link": _alternates(request.url.path)})

    def report_text(report_iri: str) -> str | None:
        def make():
            from cppcckg.linked.reader import load_report, report_id

            try:
                return load_report(site.current(), report_id(report_iri), settings.reports).text
            except CppcckgError:
                return None

        return site.cached(("text", report_iri), make)

    async def void(request: Request, subject: str | None = None) -> Response:
        fmt = _rdf_format(request, offers_html=subject is not None)
        base = _base_url(request)

        def make():
            from cppcckg.linked.describe import Distribution, describe
            from cppcckg.linked.export import canonical_quads  # noqa: F401  (keeps the import cost off the event loop)

            dists = [Distribution(key, name, f"{base}/download/{name}") for name, key in sorted(_DOWNLOADS.items())]
            g = describe(site.current(), endpoint=f"{base}/sparql", distributions=dists)
            data = g.serialize(format="nt", encoding="utf-8")
            return [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                    for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]

        quads = await run_blocking(site.cached, ("void", base), make)
        if subject is not None:
            node = ox.NamedNode(subject)
            quads = [q for q in quads if q.subject == node]
            if not quads:
                return _error_page(request, 404, f"nothing is known about {subject}", site)
            if fmt == "html":
                return _html(render("void_item.html", title=subject, nav=_nav(site), iri=subject,
                                    rows=[(str(q.predicate.value), q.object.value, local_href(q.object.value)
                                           if isinstance(q.object, ox.NamedNode) else None) for q in quads],
                                    path=request.url.path, formats=list(_MEDIA_OF)))
        return _rdf_response(quads, fmt, request)

    async def context(request: Request) -> Response:
        from cppcckg.linked.export import context_bytes, load_context

        return Response(context_bytes(load_context()), media_type="application/ld+json",
                        headers={"Access-Control-Allow-Origin": "*"})

    async def download(request: Request) -> Response:
        name = request.path_params["name"]
        if name == "context.jsonld":
            return await context(request)
        fmt = _DOWNLOADS.get(name)
        if fmt is None:
            return _error_page(request, 404, f"no download {name!r}; downloads: {', '.join(sorted(_DOWNLOADS))}", site)

        def make():
            from cppcckg.linked.export import MEDIA_TYPES, canonical_quads, serialize

            return serialize(canonical_quads(site.current()), fmt), MEDIA_TYPES[fmt]

        body, media = await run_blocking(site.cached, ("download", fmt), make)
        return Response(body, media_type=media + "; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    async def ontology(request: Request) -> Response:
        fmt = _rdf_format(request)
        store = await run_blocking(site.current)
        if fmt != "html":
            from cppcckg.linked.export import canonical_quads

            quads = await run_blocking(canonical_quads, store, [ox.NamedNode(str(ONTOLOGY_GRAPH))])
            return _rdf_response(quads, fmt, request)

        def make():
            from cppcckg.linked.ontodocs import load_ontology, render_docs

            return render_docs(load_ontology(store), external_href=local_href, nav=_nav(site),
                               downloads=[("Turtle", "/ontology?format=ttl"), ("RDF/XML (Protégé)", "/ontology?format=rdfxml"),
                                          ("JSON-LD", "/ontology?format=jsonld")])

        try:
            page = await run_blocking(site.cached, "ontology", make)
        except InputError as exc:
            return _error_page(request, 404, str(exc), site)
        return _html(page, headers={"Vary": "Accept"})

    # -- evidence reader ----------------------------------------------------------------------------

    async def reader_index(request: Request) -> Response:
        def make():
            from cppcckg.linked.reader import list_reports, render_index

            return render_index(list_reports(site.current()), local_href, nav=_nav(site))

        return _html(await run_blocking(site.cached, "reader-index", make))

    async def reader_page(request: Request) -> Response:
        name = request.path_params["name"]
        if not name.endswith(".html"):
            return RedirectResponse(f"/reader/{quote(name)}.html", status_code=301)
        rid = name[: -len(".html")]

        def make():
            from cppcckg.linked.reader import load_report, render_report

            return render_report(load_report(site.current(), rid, settings.reports), local_href, index_href="/reader/",
                                 nav=_nav(site))

        try:
            page = await run_blocking(site.cached, ("reader", rid), make)
        except InputError as exc:
            return _error_page(request, 404, str(exc), site)
        return _html(page, scripts=(script_hash("reader.js"),))

    # -- named queries -----------------------------------------------------------------------------

    def _kg():
        from cppcckg.query.kg import KnowledgeGraph

        return KnowledgeGraph.from_store(site.current(), name=str(settings.store), queries_dir=settings.queries_dir)

    def _query_list() -> list[dict]:
        from cppcckg.query import named as Q

        out = []
        for q in Q.list_queries(settings.queries_dir):
            try:
                form = q.form
            except CppcckgError:
                form = "SELECT"
            out.append({"name": q.name, "title": q.title, "description": q.description, "form": form,
                        "params": [{"name": p.name, "kind": p.kind, "optional": p.optional, "description": p.description}
                                   for p in q.params],
                        "url": f"/api/queries/{q.name}"})
        return out

    async def api_list(request: Request) -> Response:
        try:
            return JSONResponse({"queries": await run_blocking(_query_list)})
        except CppcckgError as exc:
            return JSONResponse({"error": str(exc)}, 500)

    async def api_run(request: Request) -> Response:
        name = request.path_params["name"]
        values: dict[str, Any] = {k: v for k, v in request.query_params.items() if k != "format"}
        if request.method == "POST":
            try:
                posted = json.loads((await request.body()) or b"{}")
            except ValueError:
                return JSONResponse({"error": "the request body must be a JSON object of parameters"}, 400)
            if not isinstance(posted, dict):
                return JSONResponse({"error": "the request body must be a JSON object of parameters"}, 400)
            values.update(posted)
        known = {q["name"] for q in await run_blocking(site.cached, "query-list", _query_list)}
        if name not in known:
            return JSONResponse({"error": f"no named query {name!r}; see /api/queries", "queries": sorted(known)}, 404)

        def bind():
            return site.cached("kg", _kg).bind(name, values)

        try:
            query, text = await run_blocking(bind)
        except CppcckgError as exc:  # QueryError: unknown, missing or malformed parameters
            return JSONResponse({"error": str(exc)}, 400)
        graph = query.form in ("CONSTRUCT", "DESCRIBE")
        answer = await pool.run(QueryRequest(text, fmt="nt" if graph else "json", max_rows=settings.max_rows,
                                             allowed_services=settings.allow_service), site.path)
        if answer.status != 200:
            return JSONResponse({"error": answer.body.decode("utf-8").strip()}, answer.status)
        from cppcckg.query.kg import python_value

        def plain(term: dict | None) -> Any:
            return None if term is None else python_value(term.get("type", "literal"), term.get("value", ""), term.get("datatype"))

        if graph:
            triples = list(ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES))
            columns = ["subject", "predicate", "object"]
            rows = [{"subject": t.subject.value, "predicate": t.predicate.value, "object": t.object.value} for t in triples]
        else:
            data = json.loads(answer.body)
            if "boolean" in data:
                columns, rows = ["ask"], [{"ask": bool(data["boolean"])}]
            else:
                columns = data["head"]["vars"]
                rows = [{c: plain(b.get(c)) for c in columns} for b in data["results"]["bindings"]]
        return JSONResponse({"query": name, "title": query.title, "params": {k: v for k, v in values.items()},
                             "columns": columns, "rows": rows})

    async def openapi(request: Request) -> Response:
        from cppcckg.server.openapi import document

        items = await run_blocking(site.cached, "query-list", _query_list)
        return JSONResponse(document(items, _base_url(request), settings))

    # -- network pages -----------------------------------------------------------------------------

    async def network_index(request: Request) -> Response:
        from cppcckg.network.views import VIEWS

        return _html(render("network_index.html", title="网络 networks · cppcckg", nav=_nav(site), views=VIEWS))

    async def network_page(request: Request) -> Response:
        from cppcckg.network.views import VIEWS

        name = request.path_params["name"]
        view = name[:-5] if name.endswith(".html") else name
        if view not in VIEWS:
            return _error_page(request, 404, f"no network view {view!r}; views: {', '.join(VIEWS)}", site)
        p = request.query_params
        key = ("network", view, p.get("year"), p.get("type"), p.get("status"), p.get("report"))

        def make():
            from cppcckg.network.analytics import annotate
            from cppcckg.network.layout import compute_layout
            from cppcckg.network.render import render_html
            from cppcckg.network.views import (
                Filters,
                load_catalogue,
                parse_year,
                project,
            )

            filters = Filters(parse_year(p.get("year")), p.get("type") or None, p.get("status") or None, p.get("report") or None)
            g = project(load_catalogue(site.current()), view, filters)
            if g.number_of_nodes() == 0:
                raise InputError(f"the {view} view is empty with these filters ({filters.describe()})")
            g = annotate(g)
            return render_html(g, positions=compute_layout(g, "spring"), layout="spring")

        try:
            page = await run_blocking(site.cached, key, make)
        except CppcckgError as exc:
            return _error_page(request, 400, str(exc), site)
        headers = dict(_SECURITY)
        return Response(page, media_type="text/html; charset=utf-8", headers=headers)

    # -- errors and lifecycle ----------------------------------------------------------------------

    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error_page(request, exc.status_code, str(exc.detail), site)

    async def library_error(request: Request, exc: Exception) -> Response:
        from cppcckg.errors import StoreError

        status = 503 if isinstance(exc, StoreError) else 400
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status)
        return _error_page(request, status, str(exc), site)

    async def server_error(request: Request, exc: Exception) -> Response:
        return _error_page(request, 500, f"internal error: {type(exc).__name__}: {exc}", site)

    async def startup() -> None:
        await run_blocking(site.current)
        await run_blocking(pool.start)

    async def shutdown() -> None:
        await run_blocking(pool.close)

    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(app):
        await startup()
        try:
            yield
        finally:
            await shutdown()

    routes = [
        Route("/", home),
        Route("/search", search),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/query", query_page),
        Route("/id/{path:path}", resource),
        Route("/ontology", ontology),
        Route("/.well-known/void", void),
        Route("/context.jsonld", context),
        Route("/download/{name}", download),
        Route("/reader/", reader_index),
        Route("/reader/{name}", reader_page),
        Route("/api/queries", api_list),
        Route("/api/queries/{name}", api_run, methods=["GET", "POST"]),
        Route("/openapi.json", openapi),
        Route("/network/", network_index),
        Route("/network/{name}", network_page),
        Mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={HTTPException: http_error, CppcckgError: library_error, Exception: server_error})
    app.state.site = site
    app.add_middleware(BodyLimit, limit=settings.max_body)
    app.add_middleware(ReadOnly)
    app.add_middleware(KnownHosts, hosts=allowed_hosts(settings))
    return app
