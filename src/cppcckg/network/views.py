"""networkx projections of the knowledge graph, read from the store (never from reports).

Four views, one function each:

- :func:`bodies`: bodies linked to bodies, ``weight`` = number of initiatives they share.
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
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from cppcckg.errors import InputError
from cppcckg.fsutil import write_atomic
from cppcckg.store import run_query
from cppcckg.vocab import (
    CHONGQING,
    CPPCC,
    DATA_NS,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    SICHUAN,
    curie,
    report_graph,
)

__all__ = [
    "EXPORT_FORMATS",
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



def _key(iri: str, kind: str) -> str:
    """The stable key of an instance IRI minted by vocab.mint (``report``, ``place``, ...)."""
    prefix = f"{DATA_NS}{kind}/"
    return iri[len(prefix):] if iri.startswith(prefix) else curie(iri)


def _safe_report_graph(report_id: str) -> bool:
    try:
        report_graph(report_id)
    except ValueError:
        return False
    return True


def _local(iri: str) -> str:
    """Local name of an ontology term (``Consultation``)."""
    ns = str(CPPCC._NS)
    return iri[len(ns):] if iri.startswith(ns) else curie(iri)


def province_key(iri: str) -> str:
    """``sichuan`` for the Sichuan place IRI, etc."""
    return _key(iri, "place")


SICHUAN_KEY = province_key(str(SICHUAN))
CHONGQING_KEY = province_key(str(CHONGQING))


# ---------------------------------------------------------------------------------------------
# Filters
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """Which initiatives a view keeps. ``years`` is an inclusive (first, last) range that an
    initiative's period must overlap; ``type`` matches any of its classes (local name, zh or en
    label, or the extractor's key such as ``study``); ``status`` is ``done`` or ``planned``;
    ``report`` a report id."""

    years: tuple[int, int] | None = None
    type: str | None = None
    status: str | None = None
    report: str | None = None

    def describe(self) -> str:
        parts = []
        if self.years:
            parts.append(f"year {self.years[0]}" if self.years[0] == self.years[1] else f"years {self.years[0]}-{self.years[1]}")
        for name in ("type", "status", "report"):
            if getattr(self, name):
                parts.append(f"{name} {getattr(self, name)}")
        return ", ".join(parts) or "none"

    @property
    def empty(self) -> bool:
        return not (self.years or self.type or self.status or self.report)


def parse_year(text: str | int | None) -> tuple[int, int] | None:
    """``"2021"`` → (2021, 2021); ``"2018-2022"`` → (2018, 2022); None stays None."""
    if text is None or text == "":
        return None
    if isinstance(text, int):
        return (text, text)
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–~]\s*(\d{4}))?\s*", str(text))
    if not m:
        raise InputError(f"--year {text!r} is not a year (2021) or a range (2018-2022)")
    lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
    if hi < lo:
        raise InputError(f"--year {text!r}: the range ends before it starts")
    return (lo, hi)


# ---------------------------------------------------------------------------------------------
# Reading the store
# ---------------------------------------------------------------------------------------------


@dataclass
class Catalogue:
    """Everything the views need, read from the store in a few queries."""

    initiatives: dict[str, dict[str, Any]] = field(default_factory=dict)
    bodies: dict[str, dict[str, Any]] = field(default_factory=dict)
    topics: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: (initiative id, body id, role) with role organizer or partner
    participation: list[tuple[str, str, str]] = field(default_factory=list)
    #: (initiative id, topic id)
    topic_links: list[tuple[str, str]] = field(default_factory=list)
    #: class local name → {"zh", "en", "parent"}
    classes: dict[str, dict[str, str]] = field(default_factory=dict)
    #: report id → {"zh", "en"}
    reports: dict[str, dict[str, str]] = field(default_factory=dict)
    #: "inferred" when joint activities come from the reasoner, "computed" when the store has no
    #: inferred graph and the ontology's definition was applied here
    joint_source: str = "inferred"

    # -- filter values ----------------------------------------------------------------------
    def type_aliases(self) -> dict[str, str]:
        """Every accepted spelling of an initiative class → its local name."""
        aliases: dict[str, str] = {}
        used = {c for rec in self.initiatives.values() for c in rec["classes"]}
        for name in sorted(used):
            info = self.classes.get(name, {})
            for alias in (name, info.get("zh", ""), info.get("en", "")):
                if alias:
                    aliases[alias.lower()] = name
        try:
            from cppcckg.graph.rdf import TYPE_CLASS
        except ImportError:  # pragma: no cover
            TYPE_CLASS = {}
        for key, cls in TYPE_CLASS.items():
            if _local(str(cls)) in used:
                aliases.setdefault(key.lower(), _local(str(cls)))
        return aliases

    def resolve(self, filters: Filters) -> Filters:
        """Filters with type, status and report spelt canonically; InputError for unknown values."""
        ftype = fstatus = freport = None
        if filters.type:
            aliases = self.type_aliases()
            ftype = aliases.get(filters.type.strip().lower())
            if ftype is None:
                raise InputError(
                    f"--type {filters.type!r} is not an initiative type in the store; try one of "
                    + ", ".join(sorted(set(aliases.values())))
                )
        if filters.status:
            statuses = {}
            for rec in self.initiatives.values():
                for alias in (rec["status"], rec.get("status_zh", ""), rec.get("status_en", "")):
                    if alias:
                        statuses[alias.lower()] = rec["status"]
            fstatus = statuses.get(filters.status.strip().lower())
            if fstatus is None:
                raise InputError(f"--status {filters.status!r} is not one of {', '.join(sorted(set(statuses.values())))}")
        if filters.report:
            if filters.report in self.reports:
                freport = filters.report
            else:
                by_iri = {curie(f"{DATA_NS}report/{k}"): k for k in self.reports}
                freport = by_iri.get(filters.report)
                if freport is None:
                    raise InputError(f"--report {filters.report!r} is not a report id in the store; try one of {', '.join(sorted(self.reports))}")
        return Filters(filters.years, ftype, fstatus, freport)

    def keep(self, filters: Filters) -> set[str]:
        """Ids of the initiatives that pass ``filters`` (already resolved)."""
        out = set()
        for iid, rec in self.initiatives.items():
            if filters.years:
                if rec.get("year") is None:
                    continue
                if rec["year"] > filters.years[1] or rec["year_end"] < filters.years[0]:
                    continue
            if filters.type and filters.type not in rec["classes"]:
                continue
            if filters.status and rec["status"] != filters.status:
                continue
            if filters.report and filters.report not in rec["reports"]:
                continue
            out.add(iid)
        return out

    def years(self) -> tuple[int, int] | None:
        ys = [y for rec in self.initiatives.values() for y in (rec.get("year"), rec.get("year_end")) if y is not None]
        return (min(ys), max(ys)) if ys else None


def _query(store, text: str):
    return run_query(store, text)


def _v(term) -> str | None:
    return None if term is None else term.value


def load_catalogue(store) -> Catalogue:
    """Read initiatives, their bodies and topics, labels, classes and places from ``store``
    (a pyoxigraph Store). A Catalogue can feed several views without re-querying."""
    cat = Catalogue()
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for row in _query(store, "SELECT ?x ?l WHERE { ?x rdfs:label ?l } ORDER BY ?x ?l"):
        lit = row["l"]
        lang = lit.language or ""
        bucket = labels[row["x"].value]
        if lang in ("zh", "en") and lang not in bucket:
            bucket[lang] = lit.value
        elif lang == "" and "plain" not in bucket:
            bucket["plain"] = lit.value

    def label(iri: str, lang: str) -> str:
        b = labels.get(iri, {})
        return b.get(lang) or (b.get("plain", "") if lang == "zh" else "")

    # Class tree of the ontology (for main type vs subtype, class labels).
    for row in _query(store, f"SELECT ?c ?s WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?c rdfs:subClassOf ?s }} FILTER(isIRI(?s)) }}"):
        name = _local(row["c"].value)
        info = cat.classes.setdefault(name, {"zh": label(row["c"].value, "zh"), "en": label(row["c"].value, "en"), "parent": ""})
        if not info["parent"] and row["s"].value.startswith(str(CPPCC._NS)):
            info["parent"] = _local(row["s"].value)
    for term in (CPPCC.JointSichuanChongqingActivity, CPPCC.Body):
        cat.classes.setdefault(_local(str(term)), {"zh": label(str(term), "zh"), "en": label(str(term), "en"), "parent": ""})
    initiative_cls = _local(str(CPPCC.Initiative))

    # Initiatives. One merged across reports has a status, label, period and evidence in each
    # report's graph: the report whose graph minted its IRI is its primary report.
    inits: dict[str, dict[str, Any]] = {}
    for row in _query(store, "SELECT DISTINCT ?i ?report WHERE { ?i cppcc:status ?s ; cppcc:reportedIn ?report } ORDER BY ?i ?report"):
        iri, report = row["i"].value, _key(row["report"].value, "report")
        rec = inits.setdefault(iri, {
            "iri": iri, "label_zh": "", "label_en": label(iri, "en"), "status": "", "status_zh": "", "status_en": "",
            "reports": [], "year": None, "year_end": None, "evidence": "", "section": "", "classes": [],
        })
        rec["reports"].append(report)
        if report not in cat.reports:
            cat.reports[report] = {"zh": label(row["report"].value, "zh"), "en": label(row["report"].value, "en")}
    graph_report = {str(report_graph(r)): r for r in cat.reports if _safe_report_graph(r)}
    for iri, rec in inits.items():
        minted = _key(iri, "initiative").split("/", 1)[0]
        rec["primary"] = minted if minted in rec["reports"] else rec["reports"][0]
    q = """SELECT ?i ?g ?status ?label WHERE { GRAPH ?g { ?i cppcc:status ?status
             OPTIONAL { ?i rdfs:label ?label FILTER(lang(?label) = "zh") } } } ORDER BY ?i ?g ?status ?label"""
    for row in _query(store, q):
        rec = inits.get(row["i"].value)
        if rec is None:
            continue
        primary = graph_report.get(row["g"].value) == rec["primary"]
        if primary or not rec["status"]:
            status_iri = row["status"].value
            rec.update(status=_local(status_iri), status_zh=label(status_iri, "zh"), status_en=label(status_iri, "en"))
        if row["label"] is not None and (primary or not rec["label_zh"]):
            rec["label_zh"] = row["label"].value
    q = """SELECT DISTINCT ?i ?y0 ?y1 WHERE { ?i cppcc:status ?s ; cppcc:period ?p .
             ?p cppcc:startYear ?y0 ; cppcc:endYear ?y1 } ORDER BY ?i ?y0 ?y1"""
    for row in _query(store, q):
        rec = inits.get(row["i"].value)
        if rec is not None:
            y0, y1 = int(row["y0"].value), int(row["y1"].value)
            rec["year"] = y0 if rec["year"] is None else min(rec["year"], y0)
            rec["year_end"] = y1 if rec["year_end"] is None else max(rec["year_end"], y1)
    q = """SELECT DISTINCT ?i ?src ?start ?exact ?section WHERE { ?i cppcc:status ?s ; cppcc:evidence ?e .
             ?e oa:hasSelector ?quote . ?quote oa:exact ?exact .
             OPTIONAL { ?e oa:hasSource ?src } OPTIONAL { ?e oa:hasSelector ?pos . ?pos oa:start ?start }
             OPTIONAL { ?e cppcc:sectionPath ?section } } ORDER BY ?i ?src ?start ?exact"""
    for row in _query(store, q):
        rec = inits.get(row["i"].value)
        if rec is None:
            continue
        source = _key(row["src"].value, "report") if row["src"] is not None else ""
        if not rec["evidence"] or (source == rec["primary"] and rec.get("evidence_report") != rec["primary"]):
            rec.update(evidence=row["exact"].value, section=_v(row["section"]) or "", evidence_report=source)
    for row in _query(store, "SELECT DISTINCT ?i ?c WHERE { ?i cppcc:status ?s ; a ?c } ORDER BY ?i ?c"):
        rec = inits.get(row["i"].value)
        if rec is not None:
            rec["classes"].append(_local(row["c"].value))

    joint: set[str] = set()
    has_inferred = bool(store.query(f"ASK {{ GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }} }}"))
    for row in _query(store, f"SELECT DISTINCT ?i WHERE {{ GRAPH <{INFERRED_GRAPH}> {{ ?i a cppcc:JointSichuanChongqingActivity }} }}"):
        joint.add(row["i"].value)

    # Participants.
    part_rows = _query(store, """
    SELECT DISTINCT ?i ?role ?b WHERE {
      ?i cppcc:status ?s .
      { ?i cppcc:organizer ?b BIND("organizer" AS ?role) } UNION { ?i cppcc:partner ?b BIND("partner" AS ?role) }
    } ORDER BY ?i ?b ?role""")
    roles: dict[tuple[str, str], str] = {}
    for row in part_rows:
        k = (row["i"].value, row["b"].value)
        if row["i"].value in inits and roles.get(k) != "organizer":
            roles[k] = row["role"].value
    body_iris = sorted({b for _, b in roles})

    # Bodies: class, seat, province, coordinates.
    bclasses: dict[str, set[str]] = defaultdict(set)
    for row in _query(store, "SELECT DISTINCT ?b ?c WHERE { ?i cppcc:organizer|cppcc:partner ?b . ?b a ?c }"):
        bclasses[row["b"].value].add(_local(row["c"].value))
    seats: dict[str, dict[str, Any]] = {}
    q = """
    SELECT DISTINCT ?b ?seat ?prov ?lat ?lon ?inprov WHERE {
      ?i cppcc:organizer|cppcc:partner ?b .
      OPTIONAL { ?b cppcc:seat ?seat .
                 OPTIONAL { ?seat cppcc:withinProvince ?prov }
                 OPTIONAL { ?seat geo:lat ?lat ; geo:long ?lon } }
      OPTIONAL { ?b cppcc:inProvince ?inprov }
    } ORDER BY ?b ?seat ?prov ?inprov ?lat ?lon"""
    for row in _query(store, q):
        s = seats.setdefault(row["b"].value, {})
        if row["seat"] is not None and "seat" not in s:
            s["seat"] = row["seat"].value
        prov = row["prov"] or row["inprov"]
        if prov is not None and "province" not in s:
            s["province"] = prov.value
        if row["lat"] is not None and "lat" not in s:
            s["lat"], s["lon"] = float(row["lat"].value), float(row["lon"].value)
    for iri in body_iris:
        cls = sorted(bclasses.get(iri, ()))
        specific = [c for c in cls if c != _local(str(CPPCC.Body))] or cls or [_local(str(CPPCC.Body))]
        s = seats.get(iri, {})
        prov_iri = s.get("province", "")
        rec = {
            "iri": iri, "label_zh": label(iri, "zh"), "label_en": label(iri, "en"),
            "class": specific[0], "province": province_key(prov_iri) if prov_iri else "",
            "province_zh": label(prov_iri, "zh") if prov_iri else "", "province_en": label(prov_iri, "en") if prov_iri else "",
            "seat": _key(s["seat"], "place") if s.get("seat") else "",
        }
        if "lat" in s:
            rec["lat"], rec["lon"] = s["lat"], s["lon"]
        cat.bodies[curie(iri)] = rec

    # Computed joint activities when the store was built without the reasoner.
    if not has_inferred:
        cat.joint_source = "computed"
        provinces: dict[str, set[str]] = defaultdict(set)
        for (i, b) in roles:
            provinces[i].add(cat.bodies[curie(b)]["province"])
        joint = {i for i, ps in provinces.items() if {SICHUAN_KEY, CHONGQING_KEY} <= ps}

    for iri, rec in inits.items():
        classes = sorted(set(rec["classes"]))
        main = [c for c in classes if cat.classes.get(c, {}).get("parent") == initiative_cls]
        sub = [c for c in classes if c not in main and c != _local(str(CPPCC.JointSichuanChongqingActivity))
               and cat.classes.get(c, {}).get("parent")]
        rec["joint"] = iri in joint
        if rec["joint"] and _local(str(CPPCC.JointSichuanChongqingActivity)) not in classes:
            classes.append(_local(str(CPPCC.JointSichuanChongqingActivity)))
        rec["classes"] = classes
        rec["type"] = main[0] if main else (classes[0] if classes else initiative_cls)
        rec["class"] = sub[0] if sub else rec["type"]
        rec["subtypes"] = sub
        cat.initiatives[curie(iri)] = rec

    for (i, b), role in sorted(roles.items()):
        cat.participation.append((curie(i), curie(b), role))

    # Topics.
    for row in _query(store, "SELECT DISTINCT ?i ?t WHERE { ?i cppcc:status ?s ; cppcc:topic ?t } ORDER BY ?i ?t"):
        i, t = curie(row["i"].value), curie(row["t"].value)
        if i not in cat.initiatives:
            continue
        cat.topic_links.append((i, t))
        if t not in cat.topics:
            cat.topics[t] = {"iri": row["t"].value, "label_zh": label(row["t"].value, "zh"),
                             "label_en": label(row["t"].value, "en"), "class": _local(str(CPPCC.Topic))}
    for i, t in cat.topic_links:
        cat.initiatives[i].setdefault("topic_ids", []).append(t)
    return cat


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

    ``weight`` = number of initiatives two bodies share, ``joint`` = how many of them are joint
    Sichuan-Chongqing activities, ``initiative_ids`` = those initiatives (``;``-joined). Every
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
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for i in init_nodes:
        members = sorted(n for n in g[i] if g.nodes[n].get("kind") == "body")
        for a, b in combinations(members, 2):
            shared[(a, b)].append(i)
    for (a, b), ids in sorted(shared.items()):
        out.add_edge(a, b, weight=len(ids), joint=sum(1 for i in ids if g.nodes[i].get("joint")),
                     initiative_ids=";".join(ids))
    out.graph.setdefault("initiative_records", {})
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
