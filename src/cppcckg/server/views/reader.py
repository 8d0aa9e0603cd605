"""``/reader/``: the evidence reader, each report with its facts highlighted."""

from __future__ import annotations

from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from cppcckg.errors import InputError
from cppcckg.linked.reader import list_reports, load_report, render_index, render_report
from cppcckg.linked.templating import script_hash
from cppcckg.server.responses import error_page, html
from cppcckg.server.site import Site, local_href

__all__ = ["reader_index", "reader_page"]


async def reader_index(site: Site, request: Request) -> Response:
    def make() -> str:
        return render_index(list_reports(site.current()), local_href, nav=site.nav)

    return html(await site.run(site.cached, "reader-index", make))


async def reader_page(site: Site, request: Request) -> Response:
    name = request.path_params["name"]
    if not name.endswith(".html"):
        return RedirectResponse(f"/reader/{quote(name)}.html", status_code=301)
    rid = name[: -len(".html")]

    def make() -> str:
        return render_report(load_report(site.current(), rid, site.settings.reports), local_href, index_href="/reader/",
                             nav=site.nav)

    try:
        page = await site.run(site.cached, ("reader", rid), make)
    except InputError as exc:
        return error_page(request, 404, str(exc), site.nav)
    return html(page, scripts=(script_hash("reader.js"),))
