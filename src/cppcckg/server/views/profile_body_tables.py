"""The side tables of a body's profile (its joint Sichuan-Chongqing activities, partners and
statistics), each a paged page of its own at ``/id/body/X?table=NAME&page=N``.

The profile itself links to them and its script loads each into the page after the page has
arrived: on a body in a thousand initiatives they cost more than the rest of the profile
together (grouping and ordering every partner, every figure), and a first visit should not wait
for tables below the fold. Without JavaScript the links open the same tables. Every table is the
answer of its named query for the same page (``limit``/``offset``), so ``cppcckg query`` gives
the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import pyoxigraph as ox

from cppcckg.errors import InputError
from cppcckg.server.profiledata import PAGE_SIZE, Filters, worker_rows
from cppcckg.server.site import Site, local_href
from cppcckg.vocab import CPPCC

__all__ = ["SIDE_TABLES", "SideTable", "check", "has_figures", "side_links", "side_page", "table_href"]


@dataclass(frozen=True)
class SideTable:
    """A side table: its named query, the column each row's link goes to, and its heading."""

    name: str
    query: str
    key: str
    title: str
    #: The column of profile-body-summary that counts its rows, when one does.
    counted_by: str | None = None


#: The side tables in the order the profile shows them.
SIDE_TABLES = {t.name: t for t in (
    SideTable("joint", "profile-body-joint", "initiative", "川渝联合履职 Joint Sichuan-Chongqing activities",
              "jointSichuanChongqing"),
    SideTable("partners", "profile-body-partners", "partner", "合作方 Partners", "otherBodies"),
    SideTable("statistics", "profile-body-statistics", "observation", "统计 Statistics"),
)}


def table_href(path: str, name: str, page: int = 1) -> str:
    """The URL of a page of side table ``name`` of the profile at ``path``."""
    return f"{path}?{urlencode({'table': name, **({'page': page} if page > 1 else {})})}"


def has_figures(store: ox.Store, iri: str) -> bool:
    """Whether the reports give any figure about body ``iri`` (it, or a group comprising it, is an
    observation's cppcc:subject), so that the profile links a statistics table only where it has
    rows. Two index look-ups: the table itself orders every figure, which is what a first visit
    must not wait for."""
    body, subject = ox.NamedNode(iri), ox.NamedNode(str(CPPCC.subject))
    if next(iter(store.quads_for_pattern(None, subject, body, None)), None) is not None:
        return True
    groups = (q.subject for q in store.quads_for_pattern(None, ox.NamedNode(str(CPPCC.comprises)), body, None))
    return any(next(iter(store.quads_for_pattern(None, subject, g, None)), None) is not None for g in groups)


def side_links(path: str, summary: dict[str, Any], figures: bool) -> list[dict[str, Any]]:
    """The side tables a profile links (those with rows), each with its URL and row count."""
    out = []
    for table in SIDE_TABLES.values():
        total = int(summary.get(table.counted_by) or 0) if table.counted_by else None
        if (total > 0) if total is not None else figures:
            out.append({"id": table.name, "title": table.title, "href": table_href(path, table.name), "total": total})
    return out


def check(name: str, filters: Filters) -> SideTable:
    """The side table ``name`` a request asks for; InputError for another name or a filter."""
    table = SIDE_TABLES.get(name)
    if table is None:
        raise InputError(f"parameter table: expected one of {', '.join(SIDE_TABLES)}, got {name[:40]!r}")
    if filters.values:
        raise InputError(f"parameter {sorted(filters.values)[0]}: the {name} table takes no filters, only page")
    return table


async def side_page(site: Site, iri: str, path: str, table: SideTable, page: int) -> dict[str, Any]:
    """The rows of one page of a side table of body ``iri``, with the links to the pages before
    and after it and to the named query's whole answer."""
    found = await worker_rows(site, table.query, body=iri, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    return {"table": table, "first": (page - 1) * PAGE_SIZE + 1, "page": page,
            "rows": [dict(r, href=local_href(r[table.key])) for r in found[:PAGE_SIZE]],
            "prev": table_href(path, table.name, page - 1) if page > 1 else None,
            "next": table_href(path, table.name, page + 1) if len(found) > PAGE_SIZE else None,
            "all": f"/api/queries/{table.query}?{urlencode({'body': iri})}"}
