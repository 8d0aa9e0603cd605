"""The profile of a body at its entity page (``/id/body/X``): who it is, its initiatives (a
filtered, paged table with a CSV download), a chart of them per year and type, its partners
(cross-border first), its joint Sichuan-Chongqing activities and its statistics, with the
generic property table folded below.

Every table is the answer of a named query (``queries/profile-body*.rq``), so the page, ``cppcckg
query`` and ``/api/queries`` give the same rows for the same parameters.
"""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response

from cppcckg import vocab
from cppcckg.errors import CppcckgError, InputError, QueryError
from cppcckg.linked.templating import render
from cppcckg.server.chart import stacked
from cppcckg.server.pages import entity_view
from cppcckg.server.profiledata import (PAGE_SIZE, Filters, csv_text, no_text, page_href, profile_kg, read_filters, rows, split,
                                        worker_rows)
from cppcckg.server.responses import MEDIA_OF, alternates, html, json_for_script
from cppcckg.server.site import Site, local_href, reader_href

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


def ego_graph(iri: str, name: str, table: list[dict[str, Any]], partners: list[dict[str, Any]]) -> dict[str, Any]:
    """The ego network of a body from its tables' rows: the body, the initiatives of the page,
    its partners (cross-border ones marked), and an edge from an initiative to each partner the
    initiative's row names."""
    nodes = [{"id": iri, "label": name, "kind": "self", "href": local_href(iri)}]
    edges: list[dict[str, Any]] = []
    by_name = {}
    for p in partners[:EGO_PARTNERS]:
        label = p.get("nameZh") or p.get("nameEn") or vocab.curie(p["partner"])
        by_name[label] = p["partner"]
        nodes.append({"id": p["partner"], "label": label, "kind": "cross" if p.get("crossBorder") else "partner",
                      "href": local_href(p["partner"]), "title": f"{label}: {p.get('shared')}"})
        edges.append({"from": iri, "to": p["partner"], "weight": p.get("shared") or 1, "cross": bool(p.get("crossBorder"))})
    for r in table:
        label = (r.get("label") or "").split(" / ")[0]
        nodes.append({"id": r["initiative"], "label": label[:12], "title": label, "kind": "initiative",
                      "href": local_href(r["initiative"])})
        edges.append({"from": iri, "to": r["initiative"], "weight": 1})
        for other in split(r.get("partners")):
            if other in by_name:
                edges.append({"from": r["initiative"], "to": by_name[other], "weight": 1})
    return {"nodes": nodes, "edges": edges}


#: Most rows the side tables (partners, joint activities, statistics) show; all of them are
#: one click away in the named-query API.
SIDE_ROWS = 100


#: The side tables a first visit has the named-query worker processes answer (the heaviest
#: queries of the page: in worker processes they run beside the rest, which a thread of this
#: process cannot, since the engine keeps the interpreter's lock while it evaluates a query).
#: Each is (query, row key, paged).
IN_WORKERS = {"statistics": ("profile-body-statistics", "observation", True),
              "partners": ("profile-body-partners", "partner", False),
              "joint": ("profile-body-joint", "initiative", False)}


def _side_table(name: str, iri: str, key: str, paged: bool, found: list[dict[str, Any]]) -> dict[str, Any]:
    """The first SIDE_ROWS rows of a side table (``paged``: the query was given limit, and one
    row more says whether there are more), its total when known and the API link to all of it."""
    more = len(found) > SIDE_ROWS
    return {"rows": [dict(r, href=local_href(r[key])) for r in found[:SIDE_ROWS]], "more": more,
            "total": None if paged and more else len(found), "all": f"/api/queries/{name}?{urlencode({'body': iri})}"}


def _side_params(iri: str, paged: bool) -> dict[str, Any]:
    return {"body": iri, "limit": SIDE_ROWS + 1} if paged else {"body": iri}


async def _in_worker(site: Site, which: str, iri: str) -> dict[str, Any] | None:
    """A side table answered by a worker process (None when ``iri`` is no body)."""
    name, key, paged = IN_WORKERS[which]
    try:
        found = await worker_rows(site, name, **_side_params(iri, paged))
    except CppcckgError:
        return None
    return _side_table(name, iri, key, paged, found)


def _here(site: Site, iri: str, path: str, filters: Filters) -> tuple[dict[str, Any] | None, list[dict[str, Any]], dict[str, Any] | None]:
    """What a first visit reads in this process: the header (None: no body, nothing else is
    read), the generic view, the chart's counts, the figures and the requested page."""
    header = _header(site, iri)
    if header is None:
        return None, [], None
    counts = rows(site, "profile-body-counts", body=iri)
    found: dict[str, Any] = {
        "header": header,
        "everything": rows(site, "profile-body-summary", body=iri)[0],
        "view": entity_view(site.current(), iri, local_href, reader_href, no_text),
        "chart": stacked(counts, lambda year, kind: page_href(path, Filters({k: v for k, v in (("year", year), ("type", kind)) if v}))
                         + "#initiatives"),
        "choices": {
            "year": sorted({str(r["year"]) for r in counts if r.get("year") is not None}),
            "type": sorted({r["typeName"] for r in counts if r.get("typeName")}),
            "role": ["organizer", "partner"], "status": ["done", "planned"],
        },
    }
    table = initiatives(site, iri, filters)
    summary = _filtered("profile-body-summary", site, iri, **filters.params())[0] if filters.values else None
    return found, table, summary


async def _first_visit(site: Site, iri: str, path: str, filters: Filters) -> tuple[dict[str, Any] | None, list[dict[str, Any]], dict[str, Any] | None]:
    """A body's first visit: what its page shows whatever the filters (cached once per body),
    the requested page of its table and the filtered figures. The heaviest side tables are
    answered by worker processes while this process reads the rest; when the IRI is no body
    their answers are dropped."""
    await site.run(lambda: profile_kg(site).names("body"))  # resolves ``body``: once, before the queries start
    sides = [asyncio.ensure_future(_in_worker(site, which, iri)) for which in IN_WORKERS]
    try:
        body, table, summary = await site.run(_here, site, iri, path, filters)
    finally:
        answers = await asyncio.gather(*sides, return_exceptions=True)
    if body is None:
        return None, [], None
    for which, answer in zip(IN_WORKERS, answers):
        if isinstance(answer, BaseException):
            raise answer
        body[which] = answer
    return body, table, summary


_MISSING = object()


async def _data(site: Site, iri: str, path: str, filters: Filters) -> dict[str, Any] | None:
    key = ("profile-body", iri)
    body = site.cache.get(key, _MISSING)
    if body is _MISSING:
        body, table, summary = await _first_visit(site, iri, path, filters)
        site.cache.put(key, body)
        if body is None:
            return None
    elif body is None:
        return None
    else:
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
                ego=json_for_script(ego_graph(iri, name, table, body["partners"]["rows"]))
                if table or body["partners"]["rows"] else None)


async def body_profile(site: Site, request: Request, iri: str) -> Response | None:
    """The profile page of body ``iri``, or None when the store knows no such body."""
    filters = read_filters(request.query_params, FILTERS)
    path = request.url.path
    if request.query_params.get("download"):
        if request.query_params["download"] != "csv":
            raise InputError("parameter download: the table downloads as csv only (download=csv)")
        if await site.run(_header, site, iri) is None:
            return None
        table = await site.run(initiatives, site, iri, filters, False)
        name = iri.rsplit("/", 1)[-1]
        return Response(csv_text(INITIATIVE_COLUMNS, table), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}-initiatives.csv"',
                                 "X-Content-Type-Options": "nosniff"})
    key = ("profile-body-page", iri, tuple(sorted(filters.values.items())), filters.page)
    await site.run(site.current)  # a rebuilt store drops the cache first
    data = site.cache.get(key, _MISSING)
    if data is _MISSING:
        data = await _data(site, iri, path, filters)
        site.cache.put(key, data)
    if data is None:
        return None
    title = data["header"]["nameZh"] or data["header"]["nameEn"] or iri
    return html(render("profile_body.html", title=f"{title} · cppcckg", nav=site.nav, path=path, iri=iri,
                       formats=list(MEDIA_OF), **data),
                headers={"Vary": "Accept", "Link": alternates(path)})

