"""networkx projections of the knowledge graph, read from the store (never from reports).

Four views, one function each:

- :func:`bodies`: bodies linked to bodies, ``weight`` = number of initiatives they share; a
  link's ``link`` says whether they ran one together (``ran``) or were only named in one list
  (``listed``, see :mod:`cppcckg.network.links`).
- :func:`initiatives`: the bipartite graph bodies - initiatives; every edge has ``role``
  ``organizer`` or ``partner``.
- :func:`sichuan_chongqing`: only joint Sichuan-Chongqing activities (the reasoner's
  ``cppcc:JointSichuanChongqingActivity``) and their bodies on each side. The activities are
  nodes, so they keep their type, year, status and evidence; :func:`project_bodies` folds them
  into body-body links whose ``weight`` is the number of joint activities.
- :func:`topics`: initiatives grouped by topic (bipartite topics - initiatives; initiatives
  without a topic are left out).

Every view takes :class:`Filters` (year overlap, initiative type, status, report). Node ids are
prefixed names (``cppccid:body/cq-cppcc``); the full IRI is the ``iri`` attribute. Attributes
are scalars (str, int, float, bool) so GraphML and GEXF can hold them; lists are joined with
``;``. :func:`write_graph` writes GraphML or GEXF.

Example:
    >>> from cppcckg.store import open_store
    >>> g = sichuan_chongqing(open_store("out/store"))  # doctest: +SKIP
    >>> sorted({d["province"] for _, d in g.nodes(data=True) if d["kind"] == "body"})  # doctest: +SKIP
    ['', 'chongqing', 'sichuan']
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from cppcckg.errors import InputError
from cppcckg.fsutil import write_atomic
from cppcckg.network.links import link_kind
from cppcckg.network.catalogue import (
    CHONGQING_KEY,
    SICHUAN_KEY,
    Catalogue,
    Filters,
    load_catalogue,
    parse_year,
    province_key,
)

__all__ = [
    "CHONGQING_KEY",
    "EXPORT_FORMATS",
    "SICHUAN_KEY",
    "VIEWS",
    "Catalogue",
    "Filters",
    "bodies",
    "initiatives",
    "load_catalogue",
    "parse_year",
    "project",
    "project_bodies",
    "province_key",
    "sichuan_chongqing",
    "topics",
    "write_graph",
]

#: View names as the CLI spells them.
VIEWS = ("bodies", "initiatives", "sichuan-chongqing", "topics")
EXPORT_FORMATS = ("graphml", "gexf")


# ---------------------------------------------------------------------------------------------
# Building the graphs
# ---------------------------------------------------------------------------------------------


def _catalogue(source) -> Catalogue:
    return source if isinstance(source, Catalogue) else load_catalogue(source)


def _class_labels(cat: Catalogue, name: str) -> tuple[str, str]:
    info = cat.classes.get(name, {})
    return info.get("zh", ""), info.get("en", "")


def _body_attrs(cat: Catalogue, bid: str) -> dict[str, Any]:
    rec = cat.bodies[bid]
    zh, en = _class_labels(cat, rec["class"])
    attrs = {
        "kind": "body", "iri": rec["iri"], "label": rec["label_zh"] or rec["label_en"] or bid,
        "label_zh": rec["label_zh"], "label_en": rec["label_en"],
        "label_short": rec.get("short") or rec["label_zh"] or rec["label_en"] or bid,
        "class": rec["class"], "class_zh": zh, "class_en": en,
        "province": rec["province"], "province_zh": rec["province_zh"], "province_en": rec["province_en"],
        "seat": rec["seat"],
    }
    if "lat" in rec:
        attrs["lat"], attrs["lon"] = rec["lat"], rec["lon"]
    return attrs


def _initiative_attrs(cat: Catalogue, iid: str) -> dict[str, Any]:
    rec = cat.initiatives[iid]
    zh, en = _class_labels(cat, rec["class"])
    tzh, ten = _class_labels(cat, rec["type"])
    report = rec.get("evidence_report") or rec.get("primary") or (rec["reports"][0] if rec["reports"] else "")
    topics = [cat.topics[t] for t in rec.get("topic_ids", ()) if t in cat.topics]
    attrs = {
        "kind": "initiative", "iri": rec["iri"], "label": rec["label_zh"] or iid,
        "label_zh": rec["label_zh"], "label_en": rec["label_en"],
        "class": rec["class"], "class_zh": zh, "class_en": en,
        "type": rec["type"], "type_zh": tzh, "type_en": ten, "subtypes": ";".join(rec["subtypes"]),
        "joint": bool(rec["joint"]), "status": rec["status"], "status_zh": rec["status_zh"], "status_en": rec["status_en"],
        "evidence": rec["evidence"], "section": rec["section"],
        "report": report, "reports": ";".join(rec["reports"]),
        "report_zh": cat.reports.get(report, {}).get("zh", ""), "report_en": cat.reports.get(report, {}).get("en", ""),
        "topics": "、".join(t["label_zh"] for t in topics),
    }
    if rec.get("year") is not None:
        attrs["year"], attrs["year_end"] = rec["year"], rec["year_end"]
        attrs["period"] = str(rec["year"]) if rec["year"] == rec["year_end"] else f"{rec['year']}-{rec['year_end']}"
    return attrs


def _topic_attrs(cat: Catalogue, tid: str) -> dict[str, Any]:
    rec = cat.topics[tid]
    zh, en = _class_labels(cat, rec["class"])
    return {"kind": "topic", "iri": rec["iri"], "label": rec["label_zh"] or rec["label_en"] or tid,
            "label_zh": rec["label_zh"], "label_en": rec["label_en"], "class": rec["class"], "class_zh": zh, "class_en": en}


def _records(cat: Catalogue, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Filter facets of initiatives (for pages whose nodes are not initiatives)."""
    out = {}
    for iid in sorted(ids):
        rec = cat.initiatives[iid]
        out[iid] = {"classes": list(rec["classes"]), "year": rec.get("year"), "year_end": rec.get("year_end"),
                    "status": rec["status"], "reports": list(rec["reports"]), "joint": bool(rec["joint"])}
    return out


def _new_graph(view: str, cat: Catalogue, filters: Filters) -> nx.Graph:
    g = nx.Graph()
    g.graph.update({"view": view, "filters": filters.describe(), "joint_source": cat.joint_source})
    # Non-scalar helpers for the renderer and analytics; write_graph leaves them out.
    g.graph["classes"] = {k: dict(v) for k, v in cat.classes.items()}
    g.graph["reports"] = {k: dict(v) for k, v in cat.reports.items()}
    return g


def _bipartite(view: str, cat: Catalogue, filters: Filters, keep: set[str]) -> nx.Graph:
    g = _new_graph(view, cat, filters)
    rows = [(i, b, role) for i, b, role in cat.participation if i in keep]
    for b in sorted({b for _, b, _ in rows}):
        g.add_node(b, **_body_attrs(cat, b))
    for i in sorted({i for i, _, _ in rows}):
        g.add_node(i, **_initiative_attrs(cat, i))
    for i, b, role in sorted(rows, key=lambda r: (r[1], r[0])):
        g.add_edge(b, i, role=role, weight=1)
    g.graph["initiative_records"] = _records(cat, (n for n, d in g.nodes(data=True) if d["kind"] == "initiative"))
    g.graph["listed"] = {i: [sorted(s) for s in cat.listed[i]] for i in sorted(keep) if i in cat.listed and i in g}
    return g


def initiatives(source, filters: Filters | None = None) -> nx.Graph:
    """Bipartite bodies - initiatives. Edge ``role`` is ``organizer`` or ``partner``.

    ``source`` is a pyoxigraph Store or a :class:`Catalogue`.
    """
    cat = _catalogue(source)
    filters = cat.resolve(filters or Filters())
    return _bipartite("initiatives", cat, filters, cat.keep(filters))


def sichuan_chongqing(source, filters: Filters | None = None) -> nx.Graph:
    """Joint Sichuan-Chongqing activities as nodes, with every body taking part, each body
    with its ``province`` (``sichuan``, ``chongqing``, another key or ``""``)."""
    cat = _catalogue(source)
    filters = cat.resolve(filters or Filters())
    keep = {i for i in cat.keep(filters) if cat.initiatives[i]["joint"]}
    return _bipartite("sichuan-chongqing", cat, filters, keep)


def bodies(source, filters: Filters | None = None) -> nx.Graph:
    """Bodies linked when they take part in the same initiative; ``weight`` = how many.

    Bodies that act alone in every kept initiative are isolated nodes. Edge and node attribute
    ``initiative_ids`` lists the initiatives behind them.
    """
    cat = _catalogue(source)
    filters = cat.resolve(filters or Filters())
    g = project_bodies(_bipartite("initiatives", cat, filters, cat.keep(filters)))
    g.graph["view"] = "bodies"
    return g


def topics(source, filters: Filters | None = None) -> nx.Graph:
    """Bipartite topics - initiatives: each initiative linked to its topics."""
    cat = _catalogue(source)
    filters = cat.resolve(filters or Filters())
    keep = cat.keep(filters)
    g = _new_graph("topics", cat, filters)
    links = [(i, t) for i, t in cat.topic_links if i in keep]
    for t in sorted({t for _, t in links}):
        g.add_node(t, **_topic_attrs(cat, t))
    for i in sorted({i for i, _ in links}):
        g.add_node(i, **_initiative_attrs(cat, i))
    for i, t in sorted(links, key=lambda r: (r[1], r[0])):
        g.add_edge(t, i, role="topic", weight=1)
    g.graph["initiative_records"] = _records(cat, (n for n, d in g.nodes(data=True) if d["kind"] == "initiative"))
    return g


def project_bodies(g: nx.Graph) -> nx.Graph:
    """Fold the initiative nodes of a bipartite view into body-body links.

    Two bodies that ran at least one initiative together get a ``ran`` link: ``weight`` = how
    many they ran together, ``joint`` = how many of those are joint Sichuan-Chongqing
    activities, ``initiative_ids`` = those initiatives (``;``-joined). Two bodies only ever named
    in one list get a ``listed`` link (``weight`` = how many lists, ``joint`` 0). Either kind
    also says ``ran`` and ``listed`` (counts) and ``listed_ids``. Every
    body keeps its attributes, plus ``initiatives`` (count) and ``initiative_ids``; the graph
    keeps the initiatives' filter facets in ``graph["initiative_records"]``.
    """
    out = nx.Graph()
    out.graph.update({k: v for k, v in g.graph.items()})
    body_nodes = sorted(n for n, d in g.nodes(data=True) if d.get("kind") == "body")
    init_nodes = sorted(n for n, d in g.nodes(data=True) if d.get("kind") == "initiative")
    for b in body_nodes:
        ids = sorted(n for n in g[b] if g.nodes[n].get("kind") == "initiative")
        out.add_node(b, **g.nodes[b], initiatives=len(ids), initiative_ids=";".join(ids))
    listed = g.graph.get("listed", {})
    shared: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: {"ran": [], "listed": []})
    for i in init_nodes:
        members = sorted(n for n in g[i] if g.nodes[n].get("kind") == "body")
        for a, b in combinations(members, 2):
            shared[(a, b)][link_kind(a, b, listed.get(i, ()))].append(i)
    for (a, b), kinds in sorted(shared.items()):
        ran, lst = kinds["ran"], kinds["listed"]
        ids = ran or lst
        out.add_edge(a, b, link="ran" if ran else "listed", weight=len(ids),
                     joint=sum(1 for i in ran if g.nodes[i].get("joint")), initiative_ids=";".join(ids),
                     ran=len(ran), listed=len(lst), listed_ids=";".join(lst))
    out.graph.setdefault("initiative_records", {})
    # What a link's tooltip lists about the initiatives behind it (the nodes are gone).
    out.graph["initiative_info"] = {
        i: {"zh": g.nodes[i].get("label_zh", ""), "period": g.nodes[i].get("period", ""), "ev": g.nodes[i].get("evidence", ""),
            "report": g.nodes[i].get("report_zh") or g.nodes[i].get("report", "")}
        for i in init_nodes}
    return out


_VIEW_FUNCTIONS = {"bodies": bodies, "initiatives": initiatives, "sichuan-chongqing": sichuan_chongqing, "topics": topics}


def project(source, view: str, filters: Filters | None = None, collapse: bool = False) -> nx.Graph:
    """The named view (one of VIEWS); ``collapse`` folds initiative nodes into body links."""
    if view not in _VIEW_FUNCTIONS:
        raise InputError(f"--view {view!r} is not one of {', '.join(VIEWS)}")
    cat = _catalogue(source)
    g = _VIEW_FUNCTIONS[view](cat, filters)
    if collapse:
        if view not in ("initiatives", "sichuan-chongqing"):
            raise InputError(f"--collapse folds initiative nodes into body links; the {view} view has none to fold")
        g = project_bodies(g)
        g.graph["view"] = f"{view} (bodies)"
    return g


# ---------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------


def _scalar_copy(g: nx.Graph, positions: dict | None = None, gexf: bool = False) -> nx.Graph:
    out = nx.Graph()
    out.graph.update({k: v for k, v in g.graph.items() if isinstance(v, (str, int, float, bool))})
    for n in sorted(g.nodes):
        attrs = {k: v for k, v in g.nodes[n].items() if isinstance(v, (str, int, float, bool)) and v is not None}
        if positions and n in positions:
            x, y = positions[n]
            attrs["x"], attrs["y"] = float(round(x, 3)), float(round(y, 3))
            if gexf:
                attrs["viz"] = {"position": {"x": attrs["x"], "y": -attrs["y"], "z": 0.0}}
        out.add_node(n, **attrs)
    for a, b in sorted(tuple(sorted(e)) for e in g.edges):
        out.add_edge(a, b, **{k: v for k, v in g.edges[a, b].items() if isinstance(v, (str, int, float, bool)) and v is not None})
    return out


def write_graph(g: nx.Graph, path: Path | str, fmt: str, positions: dict | None = None) -> Path:
    """Write ``g`` as GraphML or GEXF (scalar attributes only, sorted, no timestamp).

    ``positions`` (node → (x, y)) are added as ``x``/``y`` attributes (and GEXF viz positions).
    """
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"--format {fmt!r} is not one of html, {', '.join(EXPORT_FORMATS)}")
    path = Path(path)
    if fmt == "graphml":
        text = "\n".join(nx.generate_graphml(_scalar_copy(g, positions), named_key_ids=True)) + "\n"
    else:
        text = "\n".join(nx.generate_gexf(_scalar_copy(g, positions, gexf=True))) + "\n"
        text = re.sub(r'\s+lastmodifieddate="[^"]*"', "", text, count=1)
    return write_atomic(path, text.encode("utf-8"))
