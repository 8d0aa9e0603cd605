"""The dataset as a whole: its VoID/DCAT description (``/.well-known/void``, and the pages of
its parts under ``/id/dataset/``), the JSON-LD context and the dumps under ``/download/``."""

from __future__ import annotations

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import Response

from cppcckg.linked.describe import Distribution, describe
from cppcckg.linked.export import MEDIA_TYPES, canonical_quads, context_bytes, load_context, serialize
from cppcckg.linked.templating import render
from cppcckg.server.responses import DOWNLOADS, MEDIA_OF, base_url, error_page, html, rdf_format, rdf_response
from cppcckg.server.site import Site, local_href

__all__ = ["context", "download", "void"]


def _void_quads(site: Site, base: str) -> list[ox.Quad]:
    dists = [Distribution(key, name, f"{base}/download/{name}") for name, key in sorted(DOWNLOADS.items())]
    g = describe(site.current(), endpoint=f"{base}/sparql", distributions=dists)
    data = g.serialize(format="nt", encoding="utf-8")
    return [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
            for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


async def void(site: Site, request: Request, subject: str | None = None) -> Response:
    fmt = rdf_format(request, offers_html=subject is not None)
    base = base_url(request)
    quads = await site.run(site.cached, ("void", base), lambda: _void_quads(site, base))
    if subject is not None:
        node = ox.NamedNode(subject)
        quads = [q for q in quads if q.subject == node]
        if not quads:
            return error_page(request, 404, f"nothing is known about {subject}", site.nav)
        if fmt == "html":
            return html(render("void_item.html", title=subject, nav=site.nav, iri=subject,
                               rows=[(str(q.predicate.value), q.object.value, local_href(q.object.value)
                                      if isinstance(q.object, ox.NamedNode) else None) for q in quads],
                               path=request.url.path, formats=list(MEDIA_OF)))
    return rdf_response(quads, fmt, request)


async def context(site: Site, request: Request) -> Response:
    return Response(context_bytes(load_context()), media_type="application/ld+json",
                    headers={"Access-Control-Allow-Origin": "*"})


async def download(site: Site, request: Request) -> Response:
    name = request.path_params["name"]
    if name == "context.jsonld":
        return await context(site, request)
    fmt = DOWNLOADS.get(name)
    if fmt is None:
        return error_page(request, 404, f"no download {name[:80]!r}; downloads: {', '.join(sorted(DOWNLOADS))}", site.nav)

    def make() -> tuple[bytes, str]:
        return serialize(canonical_quads(site.current()), fmt), MEDIA_TYPES[fmt]

    body, media = await site.run(site.cached, ("download", fmt), make)
    return Response(body, media_type=media + "; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
