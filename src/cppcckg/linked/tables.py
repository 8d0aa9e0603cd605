"""The CSV export: a folder of tables of the main entities (bodies, initiatives, statistics,
joint Sichuan-Chongqing links, reports), one row per entity, read from the store with a few
queries. Lists in a cell are joined with ``|``; files are written atomically."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import pyoxigraph as ox

from cppcckg import vocab
from cppcckg.errors import InputError
from cppcckg.fsutil import write_atomic
from cppcckg.store import run_query
from cppcckg.vocab import CPPCC, DATA_NS, curie

__all__ = ["CSV_TABLES", "csv_tables", "write_csv"]

_CSV_LIST_SEPARATOR = "|"


def _rows(store: ox.Store, query: str) -> list[dict[str, str]]:
    answer = run_query(store, query)
    names = [v.value for v in answer.variables]
    out = []
    for solution in answer:
        row = {}
        for name in names:
            term = solution[name]
            row[name] = "" if term is None else term.value
        out.append(row)
    return out


def _labels(store: ox.Store) -> dict[str, dict[str, str]]:
    """IRI → {lang: label} (rdfs:label, first in sort order per language)."""
    out: dict[str, dict[str, str]] = {}
    for r in sorted(_rows(store, "SELECT ?s ?l ?lang WHERE { ?s rdfs:label ?l BIND(LANG(?l) AS ?lang) }"),
                    key=lambda r: (r["s"], r["lang"], r["l"])):
        out.setdefault(r["s"], {}).setdefault(r["lang"], r["l"])
    return out


def _label(labels: Mapping[str, Mapping[str, str]], iri: str, lang: str = "zh") -> str:
    found = labels.get(iri, {})
    return found.get(lang) or (found.get("") if lang == "zh" else "") or ""


def _join(values: Iterable[str]) -> str:
    return _CSV_LIST_SEPARATOR.join(sorted({v for v in values if v}))


def _local(iri: str, kind: str) -> str:
    prefix = f"{DATA_NS}{kind}/"
    return iri[len(prefix):] if iri.startswith(prefix) else iri


def _most_specific(types: set[str], sub_of: Mapping[str, set[str]]) -> list[str]:
    """The classes of ``types`` no other class of ``types`` is a subclass of."""
    return sorted(t for t in types if not any(o != t and t in sub_of.get(o, set()) for o in types))


def _superclasses(store: ox.Store) -> dict[str, set[str]]:
    rows = _rows(store, "SELECT ?c ?super WHERE { GRAPH ?g { ?c rdfs:subClassOf+ ?super } FILTER(isIRI(?super)) }")
    out: dict[str, set[str]] = {}
    for r in rows:
        out.setdefault(r["c"], set()).add(r["super"])
    return out


def csv_tables(store: ox.Store) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """The CSV tables: name → (columns, rows sorted by their first column). Lists in a cell are
    joined with ``|`` in sorted order; names are the zh (and en) labels."""
    labels = _labels(store)
    supers = _superclasses(store)
    tables: dict[str, tuple[list[str], list[dict[str, Any]]]] = {}

    # Bodies ---------------------------------------------------------------------------------
    bodies: dict[str, dict[str, Any]] = {}
    for r in _rows(store, """
        SELECT ?b ?c ?known WHERE { ?b cppcc:inReference ?known ; a ?c .
          FILTER(STRSTARTS(STR(?c), STR(cppcc:))) }"""):
        row = bodies.setdefault(r["b"], {"types": set(), "in_reference": r["known"], "parents": set(), "relations": set(),
                                         "seats": set(), "provinces": set(), "mentions": 0})
        row["types"].add(r["c"])
    for prop, col in (("org:subOrganizationOf", "subOrganizationOf"), ("org:unitOf", "unitOf"), ("cppcc:guidedBy", "guidedBy")):
        for r in _rows(store, f"SELECT ?b ?p WHERE {{ ?b {prop} ?p }}"):
            if r["b"] in bodies:
                bodies[r["b"]]["parents"].add(r["p"])
                bodies[r["b"]]["relations"].add(col)
    for r in _rows(store, "SELECT ?b ?seat WHERE { ?b cppcc:seat ?seat }"):
        if r["b"] in bodies:
            bodies[r["b"]]["seats"].add(r["seat"])
    for r in _rows(store, "SELECT ?b ?prov WHERE { ?b cppcc:inProvince ?prov }"):
        if r["b"] in bodies:
            bodies[r["b"]]["provinces"].add(r["prov"])
    for r in _rows(store, "SELECT ?b (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m cppcc:mentions ?b } GROUP BY ?b"):
        if r["b"] in bodies:
            bodies[r["b"]]["mentions"] = int(r["n"])
    columns = ["iri", "key", "name_zh", "name_en", "class", "parent", "parent_zh", "parent_relation", "seat", "seat_zh",
               "province_zh", "in_reference", "mentions"]
    rows = []
    for iri, b in sorted(bodies.items()):
        rows.append({
            "iri": iri, "key": _local(iri, "body"), "name_zh": _label(labels, iri, "zh"), "name_en": _label(labels, iri, "en"),
            "class": _join(curie(c) for c in _most_specific(b["types"], supers)),
            "parent": _join(b["parents"]), "parent_zh": _join(_label(labels, p) for p in b["parents"]),
            "parent_relation": _join(b["relations"]), "seat": _join(b["seats"]),
            "seat_zh": _join(_label(labels, s) for s in b["seats"]),
            "province_zh": _join(_label(labels, p) for p in b["provinces"]),
            "in_reference": b["in_reference"], "mentions": b["mentions"],
        })
    tables["bodies"] = (columns, rows)

    # Evidence of every fact -----------------------------------------------------------------
    # A fact merged across reports has evidence in each: the table shows the first (by report id,
    # then offset) and lists every report in ``reports``.
    evidence: dict[str, dict[str, str]] = {}
    sources: dict[str, set[str]] = {}
    for r in sorted(_rows(store, """
        SELECT ?x ?report ?start ?end ?exact WHERE {
          ?x cppcc:evidence ?ev . ?ev oa:hasSource ?report ; oa:hasSelector ?pos , ?quote .
          ?pos oa:start ?start ; oa:end ?end . ?quote oa:exact ?exact }"""),
            key=lambda r: (r["x"], r["report"], int(r["start"]), int(r["end"]))):
        evidence.setdefault(r["x"], r)
        sources.setdefault(r["x"], set()).add(_local(r["report"], "report"))

    def multi(query: str) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for r in _rows(store, query):
            out.setdefault(r["x"], set()).add(r["v"])
        return out

    # Initiatives ----------------------------------------------------------------------------
    init_types = multi("SELECT ?x ?v WHERE { ?x a ?v . ?v rdfs:subClassOf* cppcc:Initiative }")
    organizers = multi("SELECT ?x ?v WHERE { ?x cppcc:organizer ?v }")
    partners = multi("SELECT ?x ?v WHERE { ?x cppcc:partner ?v }")
    topics = multi("SELECT ?x ?v WHERE { ?x cppcc:topic ?v . FILTER EXISTS { ?x cppcc:status ?s } }")
    places = multi("SELECT ?x ?v WHERE { ?x cppcc:place ?v }")
    programmes = multi("SELECT ?x ?v WHERE { ?x cppcc:partOfProgramme ?v }")
    status = multi("SELECT ?x ?v WHERE { ?x cppcc:status ?v }")
    periods = {r["x"]: r for r in _rows(store, """
        SELECT ?x ?start ?end WHERE { ?x cppcc:period ?p . OPTIONAL { ?p cppcc:startYear ?start } OPTIONAL { ?p cppcc:endYear ?end } }""")}
    joint = str(CPPCC.JointSichuanChongqingActivity)
    joint_members = {r["x"] for r in _rows(store, f"SELECT ?x WHERE {{ ?x a <{joint}> }}")}
    columns = ["iri", "label_zh", "type", "status", "organizers_zh", "organizers", "partners_zh", "partners", "topics_zh",
               "places_zh", "programme_zh", "start_year", "end_year", "joint_sichuan_chongqing", "reports", "report", "start", "end",
               "evidence"]
    rows = []
    for iri in sorted(init_types):
        types = init_types[iri]
        ev = evidence.get(iri, {})
        period = periods.get(iri, {})
        rows.append({
            "iri": iri, "label_zh": _label(labels, iri),
            "type": _join(curie(c) for c in _most_specific(types - {joint}, supers)),
            "status": _join(s.rsplit("#", 1)[-1] for s in status.get(iri, ())),
            "organizers_zh": _join(_label(labels, b) for b in organizers.get(iri, ())), "organizers": _join(organizers.get(iri, ())),
            "partners_zh": _join(_label(labels, b) for b in partners.get(iri, ())), "partners": _join(partners.get(iri, ())),
            "topics_zh": _join(_label(labels, t) for t in topics.get(iri, ())),
            "places_zh": _join(_label(labels, p) for p in places.get(iri, ())),
            "programme_zh": _join(_label(labels, p) for p in programmes.get(iri, ())),
            "start_year": period.get("start", ""), "end_year": period.get("end", ""),
            "joint_sichuan_chongqing": "true" if iri in joint_members else "false", "reports": _join(sources.get(iri, ())),
            "report": _local(ev.get("report", ""), "report"), "start": ev.get("start", ""), "end": ev.get("end", ""),
            "evidence": ev.get("exact", ""),
        })
    tables["initiatives"] = (columns, rows)

    # Statistics -----------------------------------------------------------------------------
    columns = ["iri", "measure", "measure_zh", "measure_en", "value", "unit", "qualifier", "subjects_zh", "subjects",
               "start_year", "end_year", "report", "start", "end", "evidence"]
    stats = {r["x"]: r for r in _rows(store, """
        SELECT ?x ?measure ?value ?unit ?qualifier ?start ?end WHERE {
          ?x a qb:Observation ; cppcc:measure ?measure ; cppcc:value ?value .
          OPTIONAL { ?x cppcc:unit ?unit } OPTIONAL { ?x cppcc:qualifier ?qualifier }
          OPTIONAL { ?x cppcc:refPeriod ?p . OPTIONAL { ?p cppcc:startYear ?start } OPTIONAL { ?p cppcc:endYear ?end } } }""")}
    subjects = multi("SELECT ?x ?v WHERE { ?x a qb:Observation ; cppcc:subject ?v }")
    rows = []
    for iri, s in sorted(stats.items()):
        ev = evidence.get(iri, {})
        rows.append({
            "iri": iri, "measure": _local(s["measure"], "measure"), "measure_zh": _label(labels, s["measure"], "zh"),
            "measure_en": _label(labels, s["measure"], "en"), "value": s["value"], "unit": s["unit"], "qualifier": s["qualifier"],
            "subjects_zh": _join(_label(labels, b) for b in subjects.get(iri, ())), "subjects": _join(subjects.get(iri, ())),
            "start_year": s["start"], "end_year": s["end"],
            "report": _local(ev.get("report", ""), "report"), "start": ev.get("start", ""), "end": ev.get("end", ""),
            "evidence": ev.get("exact", ""),
        })
    tables["statistics"] = (columns, rows)

    # Joint Sichuan-Chongqing links -----------------------------------------------------------
    side = """?i cppcc:participant|cppcc:organizer|cppcc:partner ?b .
              ?b (org:subOrganizationOf|org:unitOf)*/cppcc:jurisdiction/cppcc:withinProvince ?prov ."""
    sides: dict[tuple[str, str], set[str]] = {}
    for r in _rows(store, f"""
        SELECT DISTINCT ?i ?b ?prov WHERE {{ ?i a cppcc:JointSichuanChongqingActivity . {side}
          FILTER(?prov IN (<{vocab.CHONGQING}>, <{vocab.SICHUAN}>)) }}"""):
        sides.setdefault((r["i"], r["prov"]), set()).add(r["b"])
    columns = ["initiative", "initiative_zh", "chongqing_body", "chongqing_body_zh", "sichuan_body", "sichuan_body_zh",
               "start_year", "report", "start", "end", "evidence"]
    rows = []
    for iri in sorted({i for i, _ in sides}):
        ev = evidence.get(iri, {})
        for cq in sorted(sides.get((iri, str(vocab.CHONGQING)), ())):
            for sc in sorted(sides.get((iri, str(vocab.SICHUAN)), ())):
                if cq == sc:
                    continue
                rows.append({
                    "initiative": iri, "initiative_zh": _label(labels, iri), "chongqing_body": cq,
                    "chongqing_body_zh": _label(labels, cq), "sichuan_body": sc, "sichuan_body_zh": _label(labels, sc),
                    "start_year": periods.get(iri, {}).get("start", ""), "report": _local(ev.get("report", ""), "report"),
                    "start": ev.get("start", ""), "end": ev.get("end", ""), "evidence": ev.get("exact", ""),
                })
    tables["joint_links"] = (columns, rows)

    # Reports ------------------------------------------------------------------------------
    columns = ["iri", "id", "title_zh", "title_en", "date", "publisher", "text_length", "sha256", "initiatives",
               "statistics", "mentions"]
    counts: dict[tuple[str, str], int] = {}
    for cls, name in (("cppcc:Initiative", "initiatives"), ("qb:Observation", "statistics"), ("cppcc:Mention", "mentions")):
        for r in _rows(store, f"""SELECT ?r (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a ?c ; cppcc:reportedIn ?r .
                ?c rdfs:subClassOf* {cls} }} GROUP BY ?r"""):
            counts[(r["r"], name)] = int(r["n"])
    titles: dict[str, dict[str, str]] = {}
    for r in _rows(store, "SELECT ?r ?t (LANG(?t) AS ?lang) WHERE { ?r a cppcc:Report ; dcterms:title ?t }"):
        titles.setdefault(r["r"], {})[r["lang"]] = r["t"]
    rows = []
    for r in _rows(store, """
        SELECT ?r ?date ?publisher ?length ?sha WHERE { ?r a cppcc:Report .
          OPTIONAL { ?r dcterms:date ?date } OPTIONAL { ?r prov:wasAttributedTo ?publisher }
          OPTIONAL { ?r cppcc:textLength ?length } OPTIONAL { ?r cppcc:sha256 ?sha } }"""):
        iri = r["r"]
        rows.append({
            "iri": iri, "id": _local(iri, "report"), "title_zh": titles.get(iri, {}).get("zh", ""),
            "title_en": titles.get(iri, {}).get("en", ""), "date": r["date"], "publisher": r["publisher"],
            "text_length": r["length"], "sha256": r["sha"], "initiatives": counts.get((iri, "initiatives"), 0),
            "statistics": counts.get((iri, "statistics"), 0), "mentions": counts.get((iri, "mentions"), 0),
        })
    tables["reports"] = (columns, sorted(rows, key=lambda r: r["iri"]))
    return tables


#: The tables ``csv`` export writes, in this order.
CSV_TABLES = ("bodies", "initiatives", "statistics", "joint_links", "reports")


def _csv_bytes(columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else str(row.get(c)) for c in columns])
    return buf.getvalue().encode("utf-8")


def write_csv(store: ox.Store, out: Path) -> list[Path]:
    """Write the CSV tables into the folder ``out`` (each file atomically); their paths."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: is a file; --format csv writes a folder of tables, give a folder path")
    tables = csv_tables(store)
    return [write_atomic(out / f"{name}.csv", _csv_bytes(*tables[name])) for name in CSV_TABLES]


