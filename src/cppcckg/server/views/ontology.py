"""``/ontology``: the ontology's documentation page, or the ontology graph as RDF."""

from __future__ import annotations

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import Response

from cppcckg.errors import InputError
from cppcckg.linked.export import canonical_quads
from cppcckg.linked.ontodocs import load_ontology, render_docs
from cppcckg.server.responses import error_page, html, rdf_format, rdf_response
from cppcckg.server.site import Site, local_href
from cppcckg.vocab import ONTOLOGY_GRAPH

__all__ = ["ontology"]

_DOWNLOADS = [("Turtle", "/ontology?format=ttl"), ("RDF/XML (Protégé)", "/ontology?format=rdfxml"),
              ("JSON-LD", "/ontology?format=jsonld")]


async def ontology(site: Site, request: Request) -> Response:
    fmt = rdf_format(request)
    store = await site.run(site.current)
    if fmt != "html":
        quads = await site.run(canonical_quads, store, [ox.NamedNode(str(ONTOLOGY_GRAPH))])
        return rdf_response(quads, fmt, request)

    def make() -> str:
        return render_docs(load_ontology(store), external_href=local_href, nav=site.nav, downloads=_DOWNLOADS)

    try:
        page = await site.run(site.cached, "ontology", make)
    except InputError as exc:
        return error_page(request, 404, str(exc), site.nav)
    return html(page, headers={"Vary": "Accept"})
