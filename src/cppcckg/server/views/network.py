"""``/network/``: the network pages, one self-contained page per view and filters.

A page is built in a worker process (:class:`cppcckg.server.jobs.NetworkPage`), never in the
server's process, under its own time limit (``--network-timeout``) and queue limit. Its filters
are checked first, against the values the store holds (unknown names and values: 400), and
spelt canonically, so that ``type=协商`` and ``type=Consultation`` share one entry of the
bounded cache of built pages; one request builds a page that several ask for at once.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from cppcckg.errors import CppcckgError, InputError
from cppcckg.linked.templating import render
from cppcckg.network.catalogue import Filters, parse_year, resolve_filters
from cppcckg.network.views import VIEWS
from cppcckg.server.jobs import NetworkChoices, NetworkPage
from cppcckg.server.responses import SECURITY, error_page, html
from cppcckg.server.site import Site

__all__ = ["network_index", "network_page"]

PARAMS = ("year", "type", "status", "report", "layout")
#: Layouts a page may ask for (``force`` runs physics in the reader's browser: not offered).
LAYOUTS = ("spring", "geo", "map")
#: Longest filter value accepted.
MAX_VALUE = 200
#: Years a filter may name.
YEARS = (1949, 2100)


async def network_index(site: Site, request: Request) -> Response:
    return html(render("network_index.html", title="网络 networks · cppcckg", nav=site.nav, views=VIEWS))


async def _choices(site: Site) -> dict[str, Any]:
    found = site.cache.get("network-choices")
    if found is None:
        answer = await site.networks.run(NetworkChoices(), site.path)
        if answer.status != 200:
            raise _Failed(answer)
        found = json.loads(answer.body)
        site.cache.put("network-choices", found)
    return found


class _Failed(Exception):
    def __init__(self, answer) -> None:
        super().__init__(answer.body.decode("utf-8", "replace"))
        self.answer = answer


def normalise(params: Any, choices: dict[str, Any]) -> Filters:
    """The filters of a request, checked and spelt canonically; InputError says what is wrong."""
    unknown = sorted(k for k in params.keys() if k not in PARAMS)
    if unknown:
        raise InputError(f"unknown parameter {unknown[0][:40]!r}; the network pages take {', '.join(PARAMS)}")
    values = {}
    for name in PARAMS:
        found = params.getlist(name)
        if len(found) > 1:
            raise InputError(f"give {name} once")
        value = (found[0] if found else "").strip()
        if len(value) > MAX_VALUE:
            raise InputError(f"{name} is longer than {MAX_VALUE} characters")
        values[name] = value or None
    if values["layout"] not in (None,) + LAYOUTS:
        raise InputError(f"layout {values['layout'][:40]!r} is not one of {', '.join(LAYOUTS)}")
    years = parse_year(values["year"])
    if years is not None:
        if years[0] < YEARS[0] or years[1] > YEARS[1]:
            raise InputError(f"year {values['year']!r} is outside {YEARS[0]}-{YEARS[1]}")
        span = choices.get("years")
        if span:
            first, last = max(years[0], span[0]), min(years[1], span[1])
            if first > last:
                raise InputError(f"no initiative in year {values['year']}; the store's initiatives span {span[0]}-{span[1]}")
            years = None if (first, last) == tuple(span) else (first, last)
    return resolve_filters(choices, Filters(years, values["type"], values["status"], values["report"]))


async def network_page(site: Site, request: Request) -> Response:
    name = request.path_params["name"]
    view = name[:-5] if name.endswith(".html") else name
    if view not in VIEWS:
        return error_page(request, 404, f"no network view {view[:80]!r}; views: {', '.join(VIEWS)}", site.nav)
    await site.run(site.current)
    try:
        filters = normalise(request.query_params, await _choices(site))
    except CppcckgError as exc:
        return error_page(request, 400, str(exc).replace("--", ""), site.nav)
    except _Failed as failed:
        return error_page(request, failed.answer.status, str(failed), site.nav, headers=failed.answer.headers)
    layout = request.query_params.get("layout") or "spring"
    key = (view, filters.years, filters.type, filters.status, filters.report, layout)
    page = site.network_pages.get(key)
    if page is None:
        pending = site.building.get(key)
        if pending is None:
            job = NetworkPage(view, filters.years, filters.type, filters.status, filters.report, site.settings.max_bytes, layout)
            pending = site.building[key] = asyncio.ensure_future(site.networks.run(job, site.path))
            pending.add_done_callback(lambda _: site.building.pop(key, None))
        answer = await asyncio.shield(pending)
        if answer.status != 200:
            return error_page(request, answer.status, answer.body.decode("utf-8", "replace"), site.nav,
                              headers=answer.headers)
        page = answer.body
        site.network_pages.put(key, page)
    return Response(page, media_type="text/html; charset=utf-8", headers=dict(SECURITY))
