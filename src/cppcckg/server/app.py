"""The Starlette application behind ``cppcckg serve``: routes and middleware, nothing else.

Why our own small app rather than ``oxigraph serve``: Oxigraph's server is a fine SPARQL
endpoint, but it cannot dereference instance IRIs as HTML pages with labels and evidence, serve
the evidence reader, the ontology docs, the VoID description, the named queries as JSON
endpoints with an OpenAPI document, or enforce a row limit; and it needs the store folder for
itself (it locks it). Here one process serves everything over one read-only store, with user
queries in killable worker processes (:mod:`cppcckg.server.workers`).

Each view lives in a module of :mod:`cppcckg.server.views` as ``async def view(site, request)``;
the :class:`~cppcckg.server.site.Site` (settings, store, cache, pools) is bound here.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from functools import partial

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from cppcckg.errors import CppcckgError
from cppcckg.linked import templating
from cppcckg.linked.templating import STATIC_DIR
from cppcckg.server import profiledata
from cppcckg.server.middleware import BodyLimit, KnownHosts, ReadOnly, RequestTarget, allowed_hosts
from cppcckg.server.site import Settings, Site
from cppcckg.server.views import api, assets, chuanyu, dataset, errors, home, network, ontology, reader, resource, search, sparql

__all__ = ["Settings", "create_app"]


def create_app(settings: Settings) -> Starlette:
    """The web application for ``settings`` (the store is opened and the workers start at startup)."""
    site = Site(settings)

    def route(path: str, view, methods: list[str] | None = None) -> Route:
        return Route(path, partial(view, site), methods=methods, name=view.__name__)

    @asynccontextmanager
    async def lifespan(app):
        await site.start()
        # the names lookups of the profiles' parameters and the compiled templates, made while
        # the server already answers
        site.threads.submit(profiledata.warm, site)
        site.threads.submit(templating.compile_all)
        try:
            yield
        finally:
            await site.close()

    routes = [
        route("/", home.home),
        route("/search", search.search),
        route("/sparql", sparql.sparql, methods=["GET", "POST"]),
        route("/query", sparql.query_page),
        route("/id/{path:path}", resource.resource),
        route("/ontology", ontology.ontology),
        route("/.well-known/void", dataset.void),
        route("/context.jsonld", dataset.context),
        route("/download/{name}", dataset.download),
        route("/reader/", reader.reader_index),
        route("/reader/{name}", reader.reader_page),
        route("/api/queries", api.api_list),
        route("/api/queries/{name}", api.api_run, methods=["GET", "POST"]),
        route("/openapi.json", api.openapi),
        route("/network/", network.network_index),
        route("/sichuan-chongqing", chuanyu.sichuan_chongqing),
        route("/network/{name}", network.network_page),
        route("/assets/{name}", assets.vis_asset),
        Mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static"),
    ]
    handlers = {HTTPException: partial(errors.http_error, site), CppcckgError: partial(errors.library_error, site),
                Exception: partial(errors.server_error, site)}
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers=handlers)
    app.state.site = site
    app.add_middleware(BodyLimit, limit=settings.max_body)
    app.add_middleware(ReadOnly)
    app.add_middleware(RequestTarget, limit=settings.max_url)
    app.add_middleware(KnownHosts, hosts=allowed_hosts(settings))
    return app
