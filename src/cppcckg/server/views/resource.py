"""``/id/...``: every instance IRI dereferenced, as an HTML page or as RDF by content negotiation."""

from __future__ import annotations

import re

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from cppcckg.linked.describe import DATASET
from cppcckg.linked.templating import render
from cppcckg.server.pages import entity_view, subject_triples
from cppcckg.server.profiledata import report_text
from cppcckg.server.responses import MEDIA_OF, alternates, error_page, html, rdf_format, rdf_response
from cppcckg.server.site import Site, local_href, reader_href
from cppcckg.server.views.dataset import void
from cppcckg.server.views.profiles import profile_page
from cppcckg.server.views.search import not_found
from cppcckg.vocab import DATA_NS, OWL, REDIRECTS_GRAPH

__all__ = ["iri_problem", "report_text", "resource"]

# Characters an IRI may not contain (RFC 3987 and the SPARQL IRIREF rule), and U+FFFD, which
# only appears where a percent-escape was not UTF-8.
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f\ufffd]')


def _quads(store: ox.Store, iri: str) -> list[ox.Quad]:
    found = subject_triples(store, iri)
    if not found:  # a named graph: its content
        found = list(store.quads_for_pattern(None, None, None, ox.NamedNode(iri)))
    return found


def moved_to(store: ox.Store, iri: str) -> str | None:
    """The IRI an earlier build's IRI now goes by (its owl:sameAs in the redirects graph of
    build/redirects.py), or None."""
    for q in store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(str(OWL.sameAs)), None,
                                     ox.NamedNode(str(REDIRECTS_GRAPH))):
        return q.object.value
    return None


def iri_problem(iri: str) -> str | None:
    """Why ``iri`` cannot be an IRI (None if it can): the characters IRIs may not contain."""
    bad = _IRI_BAD.search(iri)
    return None if bad is None else f"it contains {bad.group()!r}"


async def resource(site: Site, request: Request) -> Response:
    local = request.path_params["path"]
    iri = f"{DATA_NS}{local}"
    problem = iri_problem(iri)
    if problem:
        return error_page(request, 400, f"/id/{local[:80]} names no IRI of this dataset: {problem} (IRIs cannot "
                                        'contain spaces, controls or <>"{}|^`\\); percent-encode such characters',
                          site.nav)
    fmt = rdf_format(request)
    if iri == str(DATASET) or iri.startswith(str(DATASET) + "/"):
        return await void(site, request, subject=iri)
    store = await site.run(site.current)
    new = await site.run(moved_to, store, iri)
    if new is not None:  # an initiative IRI of an earlier build: 301 to the one it goes by now
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(local_href(new) + query, status_code=301, headers={"Vary": "Accept"})
    if fmt != "html":
        found = await site.run(_quads, store, iri)
        if not found:
            return await not_found(site, request, iri)
        return rdf_response(found, fmt, request, {"Link": alternates(request.url.path)})

    profile = await profile_page(site, request, iri, local)
    if profile is not None:
        return profile
    page = await site.run(entity_view, store, iri, local_href, reader_href, lambda r: report_text(site, r))
    if page is None:
        return await not_found(site, request, iri)
    return html(render("entity.html", title=f"{page.label_zh or page.label_en or local} · cppcckg", nav=site.nav,
                       view=page, path=request.url.path, formats=list(MEDIA_OF)),
                headers={"Vary": "Accept", "Link": alternates(request.url.path)})
