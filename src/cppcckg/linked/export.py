"""Every output format of the store, deterministic and written atomically.

Formats (``FORMATS``): Turtle, N-Triples and RDF/XML hold the union of the chosen graphs (RDF/XML is
what Protégé and owlready2 read); N-Quads, TriG and JSON-LD keep the named graphs; ``csv`` writes a
folder of tables of the main entities (:mod:`cppcckg.linked.tables`).

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

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import pyoxigraph as ox

from cppcckg import resources, vocab
from cppcckg.errors import InputError, StoreError
from cppcckg.fsutil import write_atomic
from cppcckg.linked.formats import MEDIA_TYPES
from cppcckg.linked.tables import CSV_TABLES, csv_tables, write_csv
from cppcckg.vocab import (
    CPPCC,
    ONTOLOGY_GRAPH,
    prefixes,
    turtle_prefixes,
)

__all__ = [
    "CONTEXT_FILE", "CSV_TABLES", "DATASET_FILE", "EXTENSIONS", "FORMATS", "MEDIA_TYPES",
    "ExportResult", "build_context", "canonical_quads", "csv_tables", "export", "load_context",
    "prefixes", "resolve_graphs", "serialize", "to_rdflib", "write_atomic",
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

