"""``/sichuan-chongqing``: pairs of bodies across the Sichuan-Chongqing border with their shared
activities per year (the rows of the named query ``sichuan-chongqing-pairs``), each year's count
linked to the network view of that year and to both bodies' profiles."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from cppcckg.errors import InputError, QueryError
from cppcckg.linked.templating import render
from cppcckg.server.profiledata import read_filters, rows
from cppcckg.server.responses import html
from cppcckg.server.site import Site, local_href

__all__ = ["pairs", "sichuan_chongqing"]


def pairs(site: Site, year: str | None) -> dict[str, Any]:
    """The query's rows, and the same grouped by pair with a count per year."""
    try:
        found = rows(site, "sichuan-chongqing-pairs", year=year)
    except QueryError as exc:
        raise InputError(str(exc)) from None
    years = sorted({r["startYear"] for r in found if r.get("startYear") is not None})
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    for r in found:
        key = (r["chongqingBody"], r["sichuanBody"])
        pair = grouped.setdefault(key, {
            "chongqing": (r.get("chongqingName") or r["chongqingBody"], local_href(r["chongqingBody"])),
            "sichuan": (r.get("sichuanName") or r["sichuanBody"], local_href(r["sichuanBody"])),
            "years": {}, "total": 0, "labels": []})
        pair["years"][r.get("startYear")] = r["shared"]
        pair["total"] += r["shared"]
        pair["labels"] += [label for label in (r.get("initiatives") or "").split(" | ") if label and label not in pair["labels"]]
    ordered = sorted(grouped.values(), key=lambda p: (-p["total"], p["chongqing"][0], p["sichuan"][0]))
    return {"rows": found, "pairs": ordered, "years": years}


async def sichuan_chongqing(site: Site, request: Request) -> Response:
    filters = read_filters(request.query_params, ("year",), also=())
    year = filters.values.get("year")
    data = await site.run(site.cached, ("sichuan-chongqing", year), lambda: pairs(site, year))
    return html(render("sichuan_chongqing.html", title="川渝 Sichuan-Chongqing · cppcckg", nav=site.nav, year=year, **data))
