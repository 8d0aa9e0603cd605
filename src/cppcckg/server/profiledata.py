"""What the profile pages share: their tables come from named queries of the project's
``queries/`` (never from SPARQL written in a view), run in-process on the read-only store, and
their filters are read from the request and checked the same way for every profile.

The queries always come from the project's folder, not from ``--queries``: a page depends on
the columns of its own queries, whatever folder the API serves.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any, Mapping
from urllib.parse import urlencode

from cppcckg.errors import CppcckgError, InputError
from cppcckg.linked.reader import load_report, report_id
from cppcckg.query.kg import KnowledgeGraph
from cppcckg.query.names import NAMED_KINDS
from cppcckg.query.normalise import normalise
from cppcckg.query.results import from_sparql_json
from cppcckg.server.site import Site
from cppcckg.server.sparql import QueryRequest

__all__ = ["PAGE_SIZE", "no_text", "profile_kg", "warm", "worker_rows", "report_text", "Column", "Filters", "Table", "csv_text", "linked", "page_href", "read_filters", "rows", "split"]

#: Rows of a paged table on one page.
PAGE_SIZE = 50
#: Longest filter value accepted.
MAX_VALUE = 100
#: Highest page number accepted (a page past the end is simply empty).
MAX_PAGE = 100_000


def report_text(site: Site, report_iri: str) -> str | None:
    """The full text of a report (for the context around evidence quotes), or None."""
    def make() -> str | None:
        try:
            return load_report(site.current(), report_id(report_iri), site.settings.reports).text
        except CppcckgError:
            return None

    return site.cached(("text", report_iri), make)


def no_text(report_iri: str) -> None:
    """No report text for a profile's folded evidence list: reading a report for the words around
    each quote costs more than the rest of the page (the quote itself is shown and linked)."""
    return None


def profile_kg(site: Site) -> KnowledgeGraph:
    """The graph the profiles query (made again when a rebuild replaced the store)."""
    return site.cached("profile-kg", lambda: KnowledgeGraph.from_store(site.current(), name=str(site.settings.store)))


def warm(site: Site) -> None:
    """Read the names lookups once, so that no visitor's first profile waits for them."""
    kg = profile_kg(site)
    for kind in NAMED_KINDS:
        kg.names(kind)


def rows(site: Site, name: str, **params: Any) -> list[dict[str, Any]]:
    """The rows of named query ``name`` with ``params`` (None values left out)."""
    given = {k: v for k, v in params.items() if v is not None}
    return profile_kg(site).run(name, given).rows


async def worker_rows(site: Site, name: str, **params: Any) -> list[dict[str, Any]]:
    """The rows of named query ``name`` with ``params``, as :func:`rows` gives them, answered by a
    worker process of the named-query pool (beside this process); in this process when no worker
    is free or the pool answers otherwise (busy, a limit)."""
    if not site.named.idle():  # every worker busy (with slow API queries): never wait behind them
        return await site.run(lambda: rows(site, name, **params))
    given = {k: v for k, v in params.items() if v is not None}
    query, text = await site.run(profile_kg(site).bind, name, given)
    settings = site.settings
    answer = await site.named.run(QueryRequest(text, fmt="json", max_rows=settings.max_rows, max_bytes=settings.max_bytes),
                                  site.path)
    if answer.status != 200:
        return await site.run(lambda: rows(site, name, **params))
    return normalise(query, from_sparql_json(json.loads(answer.body)).rows)


def split(value: Any, sep: str = "; ") -> list[str]:
    """A GROUP_CONCAT cell as a list (empty cell: no items)."""
    return [part for part in str(value or "").split(sep) if part]


@dataclass
class Filters:
    """The filters and page of a profile table, as given in the request's query string."""

    values: dict[str, str] = field(default_factory=dict)
    page: int = 1

    def params(self) -> dict[str, str]:
        """The filter values as named-query parameters."""
        return dict(self.values)

    def query_string(self, **changes: Any) -> str:
        """The query string of this table with ``changes`` (None removes a value; page 1 is the
        default and left out)."""
        merged: dict[str, Any] = dict(self.values, page=self.page)
        merged.update(changes)
        if merged.get("page") == 1:
            del merged["page"]
        return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def read_filters(query: Mapping[str, str], names: tuple[str, ...], also: tuple[str, ...] = ("format",)) -> Filters:
    """The filters ``names`` and ``page`` of a request; InputError names a wrong parameter."""
    known = set(names) | {"page", "download"} | set(also)
    unknown = sorted(k for k in query.keys() if k not in known)
    if unknown:
        raise InputError(f"unknown parameter {unknown[0][:40]!r}; this page takes {', '.join(sorted(known))}")
    values = {}
    for name in names:
        value = (query.get(name) or "").strip()
        if len(value) > MAX_VALUE:
            raise InputError(f"parameter {name} is longer than {MAX_VALUE} characters")
        if value:
            values[name] = value
    raw = (query.get("page") or "1").strip()
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE:
        raise InputError(f"parameter page: expected a page number from 1 to {MAX_PAGE}, got {raw[:20]!r}")
    return Filters(values, int(raw))


def page_href(path: str, filters: Filters, **changes: Any) -> str:
    text = filters.query_string(**changes)
    return f"{path}?{text}" if text else path


def csv_text(columns: list[str], table: list[dict[str, Any]]) -> str:
    """Rows as CSV (header line first), cells as ``cppcckg query --format csv`` writes them."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in table:
        writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
    return buf.getvalue()


@dataclass(frozen=True)
class Column:
    """A column of a profile table: the row key, its heading, and the key of the IRI it links to."""

    key: str
    heading: str
    link: str | None = None


@dataclass
class Table:
    """A table of a profile page: the rows of one named query, shown as they come."""

    id: str
    title: str
    query: str
    columns: list[Column]
    rows: list[dict[str, Any]]
    key: str  # the column whose value is each row's data-iri


def linked(table_rows: list[dict[str, Any]], href: Any) -> list[dict[str, Any]]:
    """Rows with ``href_NAME`` added for every IRI value (the page a link goes to)."""
    out = []
    for row in table_rows:
        extra = {f"href_{k}": href(v) for k, v in row.items() if isinstance(v, str) and v.startswith(("http://", "https://"))}
        out.append(dict(row, **extra))
    return out
