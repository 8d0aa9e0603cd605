"""Every output format of the store, deterministic and written atomically.

Formats (``FORMATS``): Turtle, N-Triples and RDF/XML hold the union of the chosen graphs (RDF/XML is
what Protégé and owlready2 read); N-Quads, TriG and JSON-LD keep the named graphs; ``csv`` writes a
folder of tables of the main entities (bodies, initiatives, statistics, joint Sichuan-Chongqing
links, reports).

Determinism: blank nodes (only the ontology's OWL axioms have them) get RDFC-1.0 canonical labels,
quads are sorted, JSON-LD arrays (never ``@list``) are sorted and keys ordered, so two exports of
one store are byte-identical. Every file is written to a temporary name beside its target and
renamed into place: a reader never sees a half-written file.

The JSON-LD dump refers to the project's published context (``context/context.jsonld``, copied
next to the dump as ``context.jsonld``); :func:`build_context` regenerates it from the ontology.

Example:
    >>> from cppcckg.store import open_store  # doctest: +SKIP
    >>> export(open_store("out/store"), "trig", "out/cppcckg.trig")  # doctest: +SKIP
    ExportResult(path=PosixPath('out/cppcckg.trig'), ...)
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import pyoxigraph as ox

from cppcckg import resources, vocab
from cppcckg.errors import InputError, StoreError
from cppcckg.fsutil import write_atomic
from cppcckg.linked.formats import MEDIA_TYPES
from cppcckg.store import run_query
from cppcckg.vocab import (
    CPPCC,
    DATA_NS,
    ONTOLOGY_GRAPH,
    curie,
    prefixes,
    turtle_prefixes,
)

__all__ = [
    "CONTEXT_FILE",
    "CSV_TABLES",
    "DATASET_FILE",
    "EXTENSIONS",
    "FORMATS",
    "MEDIA_TYPES",
    "ExportResult",
    "build_context",
    "canonical_quads",
    "csv_tables",
    "export",
    "load_context",
    "prefixes",
    "resolve_graphs",
    "serialize",
    "to_rdflib",
    "write_atomic",
]

#: The JSON-LD context the project publishes, and the hand-written part of the dataset description.
CONTEXT_DIR = resources.context_dir()
CONTEXT_FILE = CONTEXT_DIR / "context.jsonld"
DATASET_FILE = CONTEXT_DIR / "dataset.ttl"
#: The name of the context file written next to a JSON-LD dump (the dump refers to it by this name).
CONTEXT_NAME = "context.jsonld"

FORMATS = ("ttl", "nt", "nq", "trig", "jsonld", "rdfxml", "csv")
#: Formats whose file keeps the named graphs.
DATASET_FORMATS = ("nq", "trig", "jsonld")
EXTENSIONS = {"ttl": ".ttl", "nt": ".nt", "nq": ".nq", "trig": ".trig", "jsonld": ".jsonld", "rdfxml": ".rdf", "csv": ""}
_OX_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_CSV_LIST_SEPARATOR = "|"


@dataclass
class ExportResult:
    """What an export wrote: the main file (or folder) and the files written beside it."""

    path: Path
    fmt: str
    quads: int = 0
    files: list[Path] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Graph selection and canonical quads
# ---------------------------------------------------------------------------------------------


def _graph_names(store: ox.Store) -> list[str]:
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))


def resolve_graphs(store: ox.Store, names: Sequence[str] | None) -> list[ox.NamedNode] | None:
    """The named graphs ``names`` stand for (None: every graph).

    A name is ``ontology``, ``reference``, ``inferred``, a report id, a prefixed name
    (``cppccid:graph/reference``) or a full IRI. Unknown names raise InputError listing the graphs.
    """
    if not names:
        return None
    known = _graph_names(store)
    short = {"ontology": str(ONTOLOGY_GRAPH), "reference": str(vocab.REFERENCE_GRAPH), "inferred": str(vocab.INFERRED_GRAPH)}
    out: list[ox.NamedNode] = []
    for name in names:
        candidates = [short.get(name, "")]
        try:
            candidates.append(str(vocab.report_graph(name)))
        except ValueError:
            pass
        prefix, sep, rest = name.partition(":")
        if sep and prefix in prefixes():
            candidates.append(prefixes()[prefix] + rest)
        candidates.append(name)
        found = next((c for c in candidates if c in known), None)
        if found is None:
            listed = ", ".join(_graph_label(g) for g in known) or "none (build the store first)"
            raise InputError(f"--graph {name!r} is not a graph of the store; graphs: {listed}")
        if ox.NamedNode(found) not in out:
            out.append(ox.NamedNode(found))
    return out


def _graph_label(iri: str) -> str:
    for short, graph in (("ontology", ONTOLOGY_GRAPH), ("reference", vocab.REFERENCE_GRAPH), ("inferred", vocab.INFERRED_GRAPH)):
        if iri == str(graph):
            return short
    prefix = str(vocab.report_graph("x"))[:-1]
    return iri[len(prefix):] if iri.startswith(prefix) else iri


def _quad_key(q: ox.Quad) -> tuple[str, str, str, str]:
    graph = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
    return (graph, str(q.subject), str(q.predicate), str(q.object))


def canonical_quads(store: ox.Store, graphs: Sequence[ox.NamedNode] | None = None) -> list[ox.Quad]:
    """The quads of ``graphs`` (None: all, default graph included), blank nodes relabelled by
    RDFC-1.0, sorted by graph, subject, predicate and object."""
    try:
        if graphs is None:
            quads = list(store.quads_for_pattern(None, None, None, None))
        else:
            quads = [q for g in graphs for q in store.quads_for_pattern(None, None, None, g)]
    except OSError as exc:
        raise StoreError(f"cannot read the store ({exc})") from None
    if any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object, q.graph_name)):
        dataset = ox.Dataset(quads)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        quads = list(dataset)
    quads.sort(key=_quad_key)
    return quads


def union_triples(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The distinct triples of ``quads``, sorted."""
    seen = {q.triple for q in quads}
    return sorted(seen, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


# ---------------------------------------------------------------------------------------------
# rdflib bridge (JSON-LD, tests)
# ---------------------------------------------------------------------------------------------


def _rdflib_term(term: Any) -> Any:
    from rdflib import BNode, Literal, URIRef
    from rdflib.namespace import XSD

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise InputError(f"cannot export the RDF-star term {term}; the store should hold none")


def to_rdflib(quads: Iterable[ox.Quad]):
    """An rdflib Dataset holding ``quads`` with their blank node labels kept."""
    from rdflib import Dataset
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    ds = Dataset()
    vocab.bind_prefixes(ds)
    graphs: dict[str, Any] = {}
    for q in quads:
        if isinstance(q.graph_name, ox.DefaultGraph):
            key, name = "", DATASET_DEFAULT_GRAPH_ID
        else:
            key, name = str(q.graph_name), _rdflib_term(q.graph_name)
        graph = graphs.get(key)
        if graph is None:
            graph = graphs[key] = ds.graph(name)
        graph.add((_rdflib_term(q.subject), _rdflib_term(q.predicate), _rdflib_term(q.object)))
    return ds


# ---------------------------------------------------------------------------------------------
# JSON-LD context
# ---------------------------------------------------------------------------------------------

# Terms of reused vocabularies the data uses often: (term, prefixed IRI, coercion or None).
_REUSED_TERMS = (
    ("label", "rdfs:label", None),
    ("comment", "rdfs:comment", None),
    ("prefLabel", "skos:prefLabel", None),
    ("altLabel", "skos:altLabel", None),
    ("broader", "skos:broader", "@id"),
    ("inScheme", "skos:inScheme", "@id"),
    ("title", "dcterms:title", None),
    ("date", "dcterms:date", None),
    ("publisher", "dcterms:publisher", "@id"),
    ("temporal", "dcterms:temporal", "@id"),
    ("isPartOf", "dcterms:isPartOf", "@id"),
    ("subOrganizationOf", "org:subOrganizationOf", "@id"),
    ("unitOf", "org:unitOf", "@id"),
    ("wasAttributedTo", "prov:wasAttributedTo", "@id"),
    ("dataSet", "qb:dataSet", "@id"),
    ("hasSource", "oa:hasSource", "@id"),
    ("hasSelector", "oa:hasSelector", "@id"),
    ("start", "oa:start", None),
    ("end", "oa:end", None),
    ("exact", "oa:exact", None),
    ("lat", "geo:lat", None),
    ("long", "geo:long", None),
)
# Datatypes whose values are written as JSON numbers/booleans or coerced in the context.
_COERCED = {"decimal": "xsd:decimal"}


def build_context(ontology) -> dict[str, Any]:
    """The JSON-LD context for the data: every prefix of ``vocab.PREFIXES``, a term for each own
    property of ``ontology`` (an rdflib Graph; ``@type: @id`` for object properties) and short
    terms for the reused properties the data uses most. Deterministic (keys sorted on output)."""
    from rdflib.namespace import OWL, RDF, RDFS

    context: dict[str, Any] = dict(sorted(prefixes().items()))
    own = str(CPPCC._NS)
    for kind, coerce in ((OWL.ObjectProperty, "@id"), (OWL.DatatypeProperty, None)):
        for prop in sorted(ontology.subjects(RDF.type, kind)):
            if not str(prop).startswith(own):
                continue
            local = str(prop)[len(own):]
            term: dict[str, str] = {"@id": f"cppcc:{local}"}
            if coerce:
                term["@type"] = coerce
            else:
                rng = ontology.value(prop, RDFS.range)
                name = str(rng).rsplit("#", 1)[-1] if rng is not None else ""
                if name in _COERCED:
                    term["@type"] = _COERCED[name]
            context[local] = term
    for name, iri, coerce in _REUSED_TERMS:
        if name in context:
            continue
        context[name] = {"@id": iri, "@type": coerce} if coerce else {"@id": iri}
    return {"@context": context}


def load_context(path: Path | str = CONTEXT_FILE) -> dict[str, Any]:
    """The published context document (``{"@context": {...}}``)."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: the JSON-LD context file is missing; restore context/context.jsonld") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read the JSON-LD context ({exc})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("@context"), dict):
        raise InputError(f"{path}: a JSON-LD context file must be an object with an @context object")
    return doc


def context_bytes(doc: Mapping[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _sort_json(node: Any, key: str | None = None) -> Any:
    if isinstance(node, dict):
        return {k: (v if k == "@context" else _sort_json(v, k)) for k, v in sorted(node.items())}
    if isinstance(node, list):
        items = [_sort_json(v) for v in node]
        if key == "@list":
            return items
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return node


def to_jsonld(quads: Sequence[ox.Quad], context: Mapping[str, Any] | None = None, context_ref: Any = CONTEXT_NAME) -> bytes:
    """Compacted JSON-LD of ``quads`` (named graphs kept) with ``context``; the document's
    ``@context`` is ``context_ref`` (a URL or file name of the same context; None: inline)."""
    context = context if context is not None else load_context()
    ds = to_rdflib(quads)
    text = ds.serialize(format="json-ld", context=context["@context"], auto_compact=True)
    doc = json.loads(text)
    if isinstance(doc, list):  # an empty dataset
        doc = {"@graph": doc}
    doc = _sort_json(doc)
    doc["@context"] = context["@context"] if context_ref is None else context_ref
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------
# Serialisation
# ---------------------------------------------------------------------------------------------


def serialize(quads: Sequence[ox.Quad], fmt: str, context: Mapping[str, Any] | None = None, context_ref: Any = CONTEXT_NAME) -> bytes:
    """``quads`` (as from :func:`canonical_quads`) in RDF format ``fmt`` (any of ``FORMATS``
    but ``csv``). Triple formats get the union of the graphs."""
    if fmt == "jsonld":
        return to_jsonld(quads, context, context_ref)
    if fmt not in _OX_FORMATS:
        raise InputError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    if fmt in DATASET_FORMATS:
        return ox.serialize(quads, format=_OX_FORMATS[fmt], prefixes=turtle_prefixes() if fmt == "trig" else None)
    triples = union_triples(quads)
    use_prefixes = turtle_prefixes() if fmt in ("ttl", "rdfxml") else None
    return ox.serialize(triples, format=_OX_FORMATS[fmt], prefixes=use_prefixes)


# ---------------------------------------------------------------------------------------------
# CSV tables
# ---------------------------------------------------------------------------------------------


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
    for prop, col in (("org:subOrganizationOf", "subOrganizationOf"), ("org:unitOf", "unitOf")):
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
              ?b (org:subOrganizationOf|org:unitOf)*/cppcc:seat/cppcc:withinProvince ?prov ."""
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
          OPTIONAL { ?r dcterms:date ?date } OPTIONAL { ?r dcterms:publisher ?publisher }
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


# ---------------------------------------------------------------------------------------------
# The export command's work
# ---------------------------------------------------------------------------------------------


def default_name(fmt: str) -> str:
    return "cppcckg-csv" if fmt == "csv" else f"cppcckg{EXTENSIONS[fmt]}"


def export(
    store: ox.Store,
    fmt: str,
    out: Path | str,
    graphs: Sequence[str] | None = None,
    *,
    describe: bool = True,
    base_url: str | None = None,
    endpoint: str | None = None,
) -> ExportResult:
    """Export ``store`` (or the named ``graphs``) as ``fmt`` to ``out`` (a file; a folder for csv).

    Beside it: ``void.ttl`` (the VoID/DCAT description, unless ``describe`` is false) and, for
    JSON-LD, ``context.jsonld``. ``base_url`` is where the files will be published (for the
    description's download links); ``endpoint`` a SPARQL endpoint serving the data.
    """
    if fmt not in FORMATS:
        raise InputError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    out = Path(out)
    if out.is_dir() and fmt != "csv":
        out = out / default_name(fmt)
    selected = resolve_graphs(store, graphs)
    result = ExportResult(path=out, fmt=fmt)
    if fmt == "csv":
        if selected is not None:
            raise InputError("--graph does not apply to --format csv (the tables join every graph)")
        result.files = write_csv(store, out)
        folder = out
    else:
        quads = canonical_quads(store, selected)
        result.quads = len(quads)
        context = load_context() if fmt == "jsonld" else None
        write_atomic(out, serialize(quads, fmt, context))
        result.files.append(out)
        if context is not None:
            result.files.append(write_atomic(out.parent / CONTEXT_NAME, context_bytes(context)))
        folder = out.parent
    if describe:
        from cppcckg.linked.describe import Distribution, to_turtle
        from cppcckg.linked.describe import describe as make_description

        name = out.name
        url = f"{base_url.rstrip('/')}/{name}" if base_url else None
        dump = Distribution(fmt=fmt, name=name, url=url)
        graph = make_description(store, endpoint=endpoint, distributions=[dump])
        result.files.append(write_atomic(folder / "void.ttl", to_turtle(graph)))
    return result


def file_digest(path: Path) -> str:
    """SHA-256 of a file (for tests and messages)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def copy_atomic(source: Path, target: Path) -> Path:
    """Copy a file atomically (temporary file + rename)."""
    with open(source, "rb") as handle:
        return write_atomic(target, handle.read())

