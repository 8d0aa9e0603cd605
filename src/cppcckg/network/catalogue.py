"""What the network views are made from, read from the store once: the :class:`Catalogue` of
initiatives, bodies, topics, classes and reports, and the :class:`Filters` that select
initiatives (with the values each filter accepts, for the CLI and the server to check).

Example:
    >>> Filters(parse_year("2018-2022"), "study").describe()
    'years 2018-2022, type study'
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from cppcckg.errors import InputError
from cppcckg.network.links import listed_groups
from cppcckg.store import run_query
from cppcckg.vocab import (
    CHONGQING,
    CPPCC,
    DATA_NS,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    SICHUAN,
    TYPE_CLASS,
    curie,
    report_graph,
)

__all__ = [
    "CHONGQING_KEY",
    "SICHUAN_KEY",
    "Catalogue",
    "Filters",
    "load_catalogue",
    "parse_year",
    "province_key",
    "resolve_filters",
]


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


# -- Filters ----------------------------------------------------------------------------------
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


# -- Reading the store --------------------------------------------------------------------------
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
    #: initiative id → sets of its bodies named in one list (network.links: listed, not ran together)
    listed: dict[str, list[frozenset[str]]] = field(default_factory=dict)
    #: class local name → {"zh", "en", "parent"}
    classes: dict[str, dict[str, str]] = field(default_factory=dict)
    #: report id → {"zh", "en"}
    reports: dict[str, dict[str, str]] = field(default_factory=dict)
    #: "inferred" when joint activities come from the reasoner, "computed" when the store has no
    #: inferred graph and the ontology's definition was applied here
    joint_source: str = "inferred"

    # -- filter values ----------------------------------------------------------------------
    def type_aliases(self) -> dict[str, str]:
        """Every accepted spelling of an initiative class (lower case) → its local name."""
        aliases: dict[str, str] = {}
        used = {c for rec in self.initiatives.values() for c in rec["classes"]}
        for name in sorted(used):
            info = self.classes.get(name, {})
            for alias in (name, info.get("zh", ""), info.get("en", "")):
                if alias:
                    aliases[alias.lower()] = name
        for key, cls in TYPE_CLASS.items():
            if _local(str(cls)) in used:
                aliases.setdefault(key.lower(), _local(str(cls)))
        return aliases

    def choices(self) -> dict[str, Any]:
        """The values each filter accepts, as {spelling (lower case): canonical value}, and the
        years the initiatives span: what :func:`resolve_filters` checks filters against."""
        statuses: dict[str, str] = {}
        for rec in self.initiatives.values():
            for alias in (rec["status"], rec.get("status_zh", ""), rec.get("status_en", "")):
                if alias:
                    statuses[alias.lower()] = rec["status"]
        reports = {k: k for k in self.reports}
        reports.update({curie(f"{DATA_NS}report/{k}"): k for k in self.reports})
        return {"type": self.type_aliases(), "status": statuses, "report": reports, "years": self.years()}

    def resolve(self, filters: Filters) -> Filters:
        """Filters with type, status and report spelt canonically; InputError for unknown values."""
        return resolve_filters(self.choices(), filters)

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


_query = run_query


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
    spans: dict[str, list[tuple[str, int, int, str]]] = defaultdict(list)
    for row in _query(store, q):
        rec = inits.get(row["i"].value)
        if rec is None:
            continue
        if row["src"] is not None and row["start"] is not None:
            start = int(row["start"].value)
            spans[row["i"].value].append((row["src"].value, start, start + len(row["exact"].value), row["exact"].value))
        source = _key(row["src"].value, "report") if row["src"] is not None else ""
        if not rec["evidence"] or (source == rec["primary"] and rec.get("evidence_report") != rec["primary"]):
            rec.update(evidence=row["exact"].value, section=_v(row["section"]) or "", evidence_report=source)
    for row in _query(store, f"SELECT DISTINCT ?i ?c WHERE {{ ?i cppcc:status ?s . GRAPH ?g {{ ?i a ?c }} FILTER(?g != <{INFERRED_GRAPH}>) }} ORDER BY ?i ?c"):
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
    cat.listed = listed_groups(store, roles, spans)
    shorts = {row["b"].value: row["s"].value for row in _query(store, "SELECT ?b ?s WHERE { ?b cppcc:shortName ?s }")}

    # Bodies: class, seat, province, coordinates.
    bclasses: dict[str, set[str]] = defaultdict(set)
    for row in _query(store, f"SELECT DISTINCT ?b ?c WHERE {{ ?i cppcc:organizer|cppcc:partner ?b . GRAPH ?g {{ ?b a ?c }} FILTER(?g != <{INFERRED_GRAPH}>) }}"):
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
            "iri": iri, "label_zh": label(iri, "zh"), "label_en": label(iri, "en"), "short": shorts.get(iri, ""),
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


def resolve_filters(choices: dict[str, Any], filters: Filters) -> Filters:
    """``filters`` with type, status and report spelt canonically, checked against ``choices``
    (:meth:`Catalogue.choices`); InputError naming the accepted values for an unknown one."""
    ftype = fstatus = freport = None
    if filters.type:
        ftype = choices["type"].get(filters.type.strip().lower())
        if ftype is None:
            raise InputError(f"--type {filters.type!r} is not an initiative type in the store; try one of "
                             + ", ".join(sorted(set(choices["type"].values()))))
    if filters.status:
        fstatus = choices["status"].get(filters.status.strip().lower())
        if fstatus is None:
            raise InputError(f"--status {filters.status!r} is not one of {', '.join(sorted(set(choices['status'].values())))}")
    if filters.report:
        freport = choices["report"].get(filters.report.strip())
        if freport is None:
            raise InputError(f"--report {filters.report!r} is not a report id in the store; try one of "
                             + ", ".join(sorted(set(choices["report"].values()))))
    return Filters(filters.years, ftype, fstatus, freport)
