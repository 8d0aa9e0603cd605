"""``/search``: names, aliases and labels containing a text (Chinese substrings, English words),
each result with its kind and a link to its profile; and the page an unknown IRI gets (404), a
search box with the results for the IRI's last segment.

Results are the rows of the named query ``search``, so ``cppcckg query search -p text=万州``
gives the same list.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from cppcckg.linked.templating import render
from cppcckg.server.profiledata import read_filters, rows
from cppcckg.server.responses import html, wants_html
from cppcckg.server.site import Site, local_href

__all__ = ["MAX_RESULTS", "MAX_SEARCH", "find", "not_found", "search"]

#: Longest search text used (longer input is cut), and most results shown.
MAX_SEARCH = 100
MAX_RESULTS = 100


def find(site: Site, text: str) -> list[dict[str, Any]]:
    """The first MAX_RESULTS rows of ``search`` for ``text``, each with its page's link."""
    text = text.strip()[:MAX_SEARCH]
    if not text:
        return []
    return [dict(r, href=local_href(r["entity"])) for r in rows(site, "search", text=text, limit=MAX_RESULTS)]


async def search(site: Site, request: Request) -> Response:
    read_filters(request.query_params, (), also=("q",))
    q = (request.query_params.get("q") or "").strip()
    results = await site.run(find, site, q) if q else []
    return html(render("search.html", title=f"搜索 search: {q[:MAX_SEARCH]}", nav=site.nav, q=q[:MAX_SEARCH],
                       results=results, limit=MAX_RESULTS))


async def not_found(site: Site, request: Request, iri: str) -> Response:
    """The 404 of an IRI the store knows nothing about: a search box (HTML) or one line (text)."""
    message = f"nothing is known about {iri}; search for a name at /search"
    if not wants_html(request):
        return Response(message + "\n", status_code=404, media_type="text/plain; charset=utf-8",
                        headers={"X-Content-Type-Options": "nosniff"})
    guess = iri.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")[:MAX_SEARCH]
    results = await site.run(find, site, guess) if guess else []
    return html(render("not_found.html", title="404 · cppcckg", nav=site.nav, iri=iri, q=guess, results=results,
                       limit=MAX_RESULTS), status=404)
