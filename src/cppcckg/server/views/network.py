"""``/network/``: the network pages, one self-contained page per view and filters."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from cppcckg.errors import CppcckgError, InputError
from cppcckg.linked.templating import render
from cppcckg.network.analytics import annotate
from cppcckg.network.layout import compute_layout
from cppcckg.network.render import render_html
from cppcckg.network.views import VIEWS, Filters, load_catalogue, parse_year, project
from cppcckg.server.responses import SECURITY, error_page, html
from cppcckg.server.site import Site

__all__ = ["network_index", "network_page"]


async def network_index(site: Site, request: Request) -> Response:
    return html(render("network_index.html", title="网络 networks · cppcckg", nav=site.nav, views=VIEWS))


async def network_page(site: Site, request: Request) -> Response:
    name = request.path_params["name"]
    view = name[:-5] if name.endswith(".html") else name
    if view not in VIEWS:
        return error_page(request, 404, f"no network view {view[:80]!r}; views: {', '.join(VIEWS)}", site.nav)
    p = request.query_params
    key = ("network", view, p.get("year"), p.get("type"), p.get("status"), p.get("report"))

    def make() -> str:
        filters = Filters(parse_year(p.get("year")), p.get("type") or None, p.get("status") or None, p.get("report") or None)
        g = project(load_catalogue(site.current()), view, filters)
        if g.number_of_nodes() == 0:
            raise InputError(f"the {view} view is empty with these filters ({filters.describe()})")
        g = annotate(g)
        return render_html(g, positions=compute_layout(g, "spring"), layout="spring")

    try:
        page = await site.run(site.cached, key, make)
    except CppcckgError as exc:
        return error_page(request, 400, str(exc), site.nav)
    return Response(page, media_type="text/html; charset=utf-8", headers=dict(SECURITY))
