"""The profile of a body at its entity page (``/id/body/X``): who it is, its initiatives (a
filtered, paged table with a CSV download), a chart of them per year and type, an ego network of
the page's initiatives, links to its side tables (joint Sichuan-Chongqing activities, partners
with the cross-border ones first, statistics: pages of their own, see profile_body_tables), with
the generic property table folded below.

Every table is the answer of a named query (``queries/profile-body*.rq``), so the page, ``cppcckg
query`` and ``/api/queries`` give the same rows for the same parameters.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response

from cppcckg import vocab
from cppcckg.errors import InputError, QueryError
from cppcckg.linked.templating import render
from cppcckg.server.chart import stacked
from cppcckg.server.pages import entity_view
from cppcckg.server.profiledata import PAGE_SIZE, Filters, csv_text, no_text, page_href, read_filters, rows, split
from cppcckg.server.responses import MEDIA_OF, alternates, html, json_for_script
from cppcckg.server.site import Site, local_href, reader_href
from cppcckg.server.views.profile_body_tables import check, has_figures, side_links, side_page

__all__ = ["FILTERS", "INITIATIVE_COLUMNS", "body_profile", "evidence_links", "initiatives"]

#: The filters of the initiatives table (parameters of profile-body-initiatives).
FILTERS = ("year", "type", "role", "status")
INITIATIVE_COLUMNS = ["initiative", "firstYear", "typeName", "label", "roles", "statusName", "topics", "partners",
                      "jointSichuanChongqing", "evidence"]


def evidence_links(evidence: str | None) -> list[tuple[str, str]]:
    """(text, reader link) of each ``REPORT:START-END`` of an evidence cell."""
    out = []
    for span in split(evidence, " "):
        report, _, offsets = span.rpartition(":")
        start, _, end = offsets.partition("-")
        if report and start.isdigit() and end.isdigit():
            out.append((span, reader_href(str(vocab.mint("report", report)), int(start), int(end))))
    return out


def _header(site: Site, iri: str) -> dict[str, Any] | None:
    try:
        found = rows(site, "profile-body", body=iri)
    except QueryError:  # not a body the names lookup knows: the generic page shows it
        return None
    if not found:
        return None
    facts: dict[str, list[dict[str, Any]]] = {}
    for row in found:
        facts.setdefault(row["fact"], []).append(row)

    def names(fact: str, lang: str) -> list[str]:
        return [r["value"] for r in facts.get(fact, []) if r.get("language") == lang]

    def links(fact: str) -> list[tuple[str, str]]:
        return [(r.get("nameZh") or r.get("nameEn") or vocab.curie(r["value"]), local_href(r["value"]))
                for r in facts.get(fact, [])]

    kinds = [(r.get("nameZh") or "", r.get("nameEn") or vocab.curie(r["value"])) for r in facts.get("kind", [])]
    return {"nameZh": (names("name", "zh") or names("name", "") or [""])[0], "nameEn": (names("name", "en") or [""])[0],
            "aliases": sorted({r["value"] for r in facts.get("alias", [])}), "kinds": kinds,
            "seat": links("seat"), "jurisdiction": links("jurisdiction"), "province": links("province"),
            "related": {"parent": links("parent"), "sub-body": links("part"),
                        "guided-by": links("guidedBy"), "guides": links("guides")}}


def _filtered(name: str, site: Site, iri: str, **params: Any) -> list[dict[str, Any]]:
    try:
        return rows(site, name, body=iri, **params)
    except QueryError as exc:  # a filter value the query cannot take (year=abc)
        raise InputError(str(exc)) from None


#: Rows read per query when the CSV gathers every row (a page's query reads one page's details).
CSV_CHUNK = 200


def initiatives(site: Site, iri: str, filters: Filters, paged: bool = True) -> list[dict[str, Any]]:
    """The rows of the initiatives table: a page of them, or all of them (read CSV_CHUNK at a
    time, in the query's order: the same rows as the query without limit)."""
    if paged:
        return _filtered("profile-body-initiatives", site, iri, limit=PAGE_SIZE, offset=(filters.page - 1) * PAGE_SIZE,
                         **filters.params())
    out: list[dict[str, Any]] = []
    while True:
        chunk = _filtered("profile-body-initiatives", site, iri, limit=CSV_CHUNK, offset=len(out), **filters.params())
        out += chunk
        if len(chunk) < CSV_CHUNK:
            return out


#: Most partners the ego network draws (the partners table lists them all).
EGO_PARTNERS = 40


def ego_graph(iri: str, name: str, table: list[dict[str, Any]]) -> dict[str, Any]:
    """The ego network of a body from the rows of its table's page: the body, those initiatives,
    and the other bodies they name (each linked to the search for its name, as in the table),
    with an edge from an initiative to each body its row names. The page's script marks the
    partners across the border once the partners table has arrived."""
    nodes = [{"id": iri, "label": name, "kind": "self", "href": local_href(iri)}]
    edges: list[dict[str, Any]] = []
    partners: dict[str, str] = {}
    for r in table:
        label = (r.get("label") or "").split(" / ")[0]
        nodes.append({"id": r["initiative"], "label": label[:12], "title": label, "kind": "initiative",
                      "href": local_href(r["initiative"])})
        edges.append({"from": iri, "to": r["initiative"], "weight": 1})
        for other in split(r.get("partners")):
            if other not in partners and len(partners) < EGO_PARTNERS:
                partners[other] = f"partner:{other}"
                nodes.append({"id": partners[other], "label": other, "kind": "partner",
                              "href": "/search?" + urlencode({"q": other})})
            if other in partners:
                edges.append({"from": r["initiative"], "to": partners[other], "weight": 1})
    return {"nodes": nodes, "edges": edges}


def header(site: Site, iri: str) -> dict[str, Any] | None:
    """The facts heading the profile of ``iri`` (None: no body), read once per body."""
    return site.cached(("profile-body-header", iri), lambda: _header(site, iri))


def _first_visit(site: Site, iri: str, path: str) -> dict[str, Any] | None:
    """What the profile of ``iri`` shows whatever the filters and page (cached once per body):
    the header, the figures, the chart, the generic view and the links to the side tables;
    None when the IRI is no body. The side tables themselves are pages of their own."""
    found = header(site, iri)
    if found is None:
        return None
    counts = rows(site, "profile-body-counts", body=iri)
    everything = rows(site, "profile-body-summary", body=iri)[0]
    return {
        "header": found,
        "everything": everything,
        "view": entity_view(site.current(), iri, local_href, reader_href, no_text),
        "chart": stacked(counts, lambda year, kind: page_href(path, Filters({k: v for k, v in (("year", year), ("type", kind)) if v}))
                         + "#initiatives"),
        "choices": {
            "year": sorted({str(r["year"]) for r in counts if r.get("year") is not None}),
            "type": sorted({r["typeName"] for r in counts if r.get("typeName")}),
            "role": ["organizer", "partner"], "status": ["done", "planned"],
        },
        "side": side_links(path, everything, has_figures(site.current(), iri)),
    }


_MISSING = object()


async def _data(site: Site, iri: str, path: str, filters: Filters) -> dict[str, Any] | None:
    body = site.cache.get(("profile-body", iri), _MISSING)
    if body is _MISSING:
        body = await site.run(_first_visit, site, iri, path)
        site.cache.put(("profile-body", iri), body)
    if body is None:
        return None
    table, summary = await site.run(_page, site, iri, filters)
    return _page_data(site, iri, path, filters, body, table, summary)


def _page(site: Site, iri: str, filters: Filters) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    table = initiatives(site, iri, filters)
    summary = _filtered("profile-body-summary", site, iri, **filters.params())[0] if filters.values else None
    return table, summary


def _page_data(site: Site, iri: str, path: str, filters: Filters, body: dict[str, Any], table: list[dict[str, Any]],
               summary: dict[str, Any] | None) -> dict[str, Any]:
    if summary is None:
        summary = body["everything"]
    total = int(summary.get("initiatives") or 0)
    first = (filters.page - 1) * PAGE_SIZE + 1
    name = body["header"]["nameZh"] or body["header"]["nameEn"] or iri
    return dict(body, summary=summary, total=total, filters=filters, first=first,
                table=[dict(r, href=local_href(r["initiative"]), evidence_links=evidence_links(r.get("evidence")),
                            topic_list=split(r.get("topics")), partner_list=split(r.get("partners"))) for r in table],
                pages=max(1, -(-total // PAGE_SIZE)),
                prev=page_href(path, filters, page=filters.page - 1) + "#initiatives" if filters.page > 1 else None,
                next=page_href(path, filters, page=filters.page + 1) + "#initiatives" if first + PAGE_SIZE <= total else None,
                csv=page_href(path, filters, page=None, download="csv"),
                ego=json_for_script(ego_graph(iri, name, table)) if table else None)


async def _csv(site: Site, iri: str, filters: Filters) -> Response | None:
    """Every row of the filtered initiatives table as CSV (None when ``iri`` is no body)."""
    if await site.run(header, site, iri) is None:
        return None
    table = await site.run(initiatives, site, iri, filters, False)
    name = iri.rsplit("/", 1)[-1]
    return Response(csv_text(INITIATIVE_COLUMNS, table), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}-initiatives.csv"',
                             "X-Content-Type-Options": "nosniff"})


async def _side(site: Site, iri: str, path: str, name: str, filters: Filters) -> dict[str, Any] | None:
    """The page of a side table (None when ``iri`` is no body)."""
    table = check(name, filters)
    found = await site.run(header, site, iri)
    if found is None:
        return None
    return dict(await side_page(site, iri, path, table, filters.page), header=found)


async def body_profile(site: Site, request: Request, iri: str) -> Response | None:
    """The profile page of body ``iri`` (or a page of one of its side tables, ``?table=NAME``),
    or None when the store knows no such body."""
    filters = read_filters(request.query_params, FILTERS, also=("format", "table"))
    path = request.url.path
    if request.query_params.get("download"):
        if request.query_params["download"] != "csv":
            raise InputError("parameter download: the table downloads as csv only (download=csv)")
        return await _csv(site, iri, filters)
    side = request.query_params.get("table")
    key = ("profile-body-page", iri, side, tuple(sorted(filters.values.items())), filters.page)
    await site.run(site.current)  # a rebuilt store drops the cache first
    data = site.cache.get(key, _MISSING)
    if data is _MISSING:
        data = await (_side(site, iri, path, side, filters) if side is not None else _data(site, iri, path, filters))
        site.cache.put(key, data)
    if data is None:
        return None
    title = data["header"]["nameZh"] or data["header"]["nameEn"] or iri
    if side is not None:
        return html(render("profile_body_table.html", title=f"{title} · {data['table'].title} · cppcckg", nav=site.nav,
                           path=path, iri=iri, **data))
    return html(render("profile_body.html", title=f"{title} · cppcckg", nav=site.nav, path=path, iri=iri,
                       formats=list(MEDIA_OF), **data),
                headers={"Vary": "Accept", "Link": alternates(path)})
