"""The profiles of topics, places and programmes: a header of facts and tables, each the rows of
a named query (``profile-topic`` with ``initiatives-by-topic``; ``profile-place``;
``programme-initiatives`` with ``programme-figures``), and the generic property table folded
below. One page layout for the three, as they show less than a body or an initiative."""

from __future__ import annotations

from typing import Any, Callable

from starlette.requests import Request
from starlette.responses import Response

from cppcckg.errors import QueryError
from cppcckg.linked.templating import render
from cppcckg.server.pages import entity_view
from cppcckg.server.profiledata import Column, Table, linked, no_text, read_filters, rows
from cppcckg.server.responses import MEDIA_OF, alternates, html
from cppcckg.server.site import Site, local_href, reader_href
from cppcckg.server.views.profile_initiative import facts_by_kind

__all__ = ["place_profile", "programme_profile", "topic_profile"]


def _names(facts: dict[str, list[dict[str, Any]]]) -> tuple[str, str]:
    names = facts.get("name", [])
    zh = next((f["value"] for f in names if f.get("language") in ("zh", "")), "")
    en = next((f["value"] for f in names if f.get("language") == "en"), "")
    return zh, en


def _topic(site: Site, iri: str) -> dict[str, Any] | None:
    facts = facts_by_kind(rows(site, "profile-topic", topic=iri))
    table = Table("initiatives", "履职活动 Initiatives on this topic (and narrower ones)", "initiatives-by-topic",
                  [Column("year", "年份 year"), Column("label", "履职活动 initiative", "initiative"), Column("type", "类型 type"),
                   Column("status", "状态 status"), Column("organizers", "组织 organisers"),
                   Column("topicName", "主题 topic", "topicIri")],
                  linked(rows(site, "initiatives-by-topic", topic=iri), local_href), "initiative")
    return {"kind": "topic", "facts": facts, "tables": [table],
            "fact_titles": [("alias", "别名 aliases"), ("broader", "上位 broader"), ("narrower", "下位 narrower")],
            "links": [("/network/topics.html", "主题网络 the topics network →")]}


def _place(site: Site, iri: str) -> dict[str, Any] | None:
    facts = facts_by_kind(rows(site, "profile-place", place=iri))
    return {"kind": "place", "facts": facts, "tables": [],
            "fact_titles": [("alias", "别名 aliases"), ("province", "所在省市 province"), ("partOf", "隶属 part of"),
                            ("lat", "纬度 latitude"), ("long", "经度 longitude"), ("seatOf", "驻地机构 bodies seated here"),
                            ("jurisdictionOf", "管辖机构 bodies whose jurisdiction it is"),
                            ("initiative", "在此的履职 initiatives held here")],
            "links": []}


def _programme(site: Site, iri: str) -> dict[str, Any] | None:
    found = rows(site, "programme-initiatives", programme=iri)
    first = found[0] if found else {}
    facts = {"attributedTo": [{"text": first["attributedTo"], "href": None}] if first.get("attributedTo") else [],
             "participants": [{"text": first["programmeParticipants"], "href": None}] if first.get("programmeParticipants") else [],
             "name": [{"value": first.get("programmeName") or "", "language": "zh"}]}
    initiatives = Table("initiatives", "履职活动 Initiatives of the programme", "programme-initiatives",
                        [Column("year", "年份 year"), Column("label", "履职活动 initiative", "initiative"), Column("type", "类型 type"),
                         Column("status", "状态 status"), Column("participants", "参与 participants"), Column("reports", "报告 reports")],
                        linked([r for r in found if r.get("initiative")], local_href), "initiative")
    figures = Table("figures", "统计 Figures stated for it", "programme-figures",
                    [Column("measureZh", "指标 measure", "observation"), Column("qualifier", ""), Column("value", "数值 value"),
                     Column("unit", "单位 unit"), Column("period", "期间 period"), Column("evidence", "原文 quote"),
                     Column("report", "报告 report")],
                    linked(rows(site, "programme-figures", programme=iri), local_href), "observation")
    return {"kind": "programme", "facts": facts, "tables": [initiatives, figures],
            "fact_titles": [("attributedTo", "主办 attributed to"), ("participants", "参与 participants")], "links": []}


def _profile(make: Callable[[Site, str], dict[str, Any] | None]) -> Callable[[Site, Request, str], Any]:
    async def view(site: Site, request: Request, iri: str) -> Response | None:
        read_filters(request.query_params, ())

        def data() -> dict[str, Any] | None:
            try:
                found = make(site, iri)
            except QueryError:  # not an entity of this kind: the generic page shows it
                return None
            if found is None or not (found["facts"].get("name") or any(t.rows for t in found["tables"])):
                return None
            found["view"] = entity_view(site.current(), iri, local_href, reader_href, no_text)
            return found

        found = await site.run(site.cached, ("profile", make.__name__, iri), data)
        if found is None:
            return None
        zh, en = _names(found["facts"])
        return html(render("profile_simple.html", title=f"{zh or en or iri} · cppcckg", nav=site.nav, path=request.url.path,
                           iri=iri, formats=list(MEDIA_OF), name_zh=zh, name_en=en, **found),
                    headers={"Vary": "Accept", "Link": alternates(request.url.path)})

    view.__name__ = make.__name__.strip("_") + "_profile"
    return view


topic_profile = _profile(_topic)
place_profile = _profile(_place)
programme_profile = _profile(_programme)
