"""The profile of an initiative at its entity page (``/id/initiative/...``): what (labels, type,
topics), who (organisers and partners with their side), when and where, planned or done, its
programme, every report that speaks of it with the evidence sentences (cross-report identity),
and the merge rule when reports were merged; the generic property table folded below.

Tables come from the named queries ``profile-initiative``, ``profile-initiative-participants``
and ``profile-initiative-evidence``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from cppcckg import vocab
from cppcckg.errors import QueryError
from cppcckg.linked.templating import render
from cppcckg.server.pages import entity_view
from cppcckg.server.profiledata import no_text, read_filters, rows
from cppcckg.server.responses import MEDIA_OF, alternates, html
from cppcckg.server.site import Site, local_href, reader_href

__all__ = ["facts_by_kind", "initiative_profile"]


def facts_by_kind(found: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Rows of a ``fact, value, nameZh, nameEn`` query grouped by fact, each with its text and
    link (an IRI's page; None for a literal); a fact with no row has no values."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in found:
        value = row["value"]
        is_iri = isinstance(value, str) and value.startswith(("http://", "https://"))
        text = row.get("nameZh") or row.get("nameEn") or (vocab.curie(value) if is_iri else str(value))
        out[row["fact"]].append(dict(row, text=text, en=row.get("nameEn") or "",
                                                    href=local_href(value) if is_iri else None))
    return out


def _data(site: Site, iri: str) -> dict[str, Any] | None:
    try:
        found = rows(site, "profile-initiative", initiative=iri)
    except QueryError:
        return None
    facts = facts_by_kind(found)
    if "label" not in facts and "type" not in facts:  # not an initiative
        return None
    evidence = [dict(r, href=reader_href(str(vocab.mint("report", r["report"])), r["start"], r["end"]))
                for r in rows(site, "profile-initiative-evidence", initiative=iri)]
    participants = [dict(r, href=local_href(r["body"])) for r in rows(site, "profile-initiative-participants", initiative=iri)]
    return {"facts": facts, "evidence": evidence, "participants": participants,
            "view": entity_view(site.current(), iri, local_href, reader_href, no_text)}


async def initiative_profile(site: Site, request: Request, iri: str) -> Response | None:
    """The profile page of initiative ``iri``, or None when the store knows no such initiative."""
    read_filters(request.query_params, ())
    data = await site.run(site.cached, ("profile-initiative", iri), lambda: _data(site, iri))
    if data is None:
        return None
    labels = data["facts"].get("label", [])
    title = labels[0]["text"] if labels else iri
    return html(render("profile_initiative.html", title=f"{title} · cppcckg", nav=site.nav, path=request.url.path,
                       iri=iri, formats=list(MEDIA_OF), **data),
                headers={"Vary": "Accept", "Link": alternates(request.url.path)})
