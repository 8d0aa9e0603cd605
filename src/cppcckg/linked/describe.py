"""The dataset description (VoID + DCAT), generated from the store.

The hand-written part (titles and descriptions in Chinese and English, licence CC BY 4.0,
publisher, keywords, media types) lives in ``context/dataset.ttl``; :func:`describe` adds what
it measures in the store:

- ``void:triples``, ``void:entities`` (IRIs of the data namespace used as subjects),
  ``void:distinctSubjects``/``distinctObjects``, ``void:properties``, ``void:classes``;
- one ``void:classPartition`` per class and one ``void:propertyPartition`` per property;
- one ``void:subset`` per named graph (the graph IRI itself, with its triple count);
- ``dcterms:source``: the reports, with their titles;
- ``void:exampleResource``: the most mentioned body, a joint Sichuan-Chongqing activity, a
  statistic and a report;
- ``void:vocabulary``: the namespaces of the classes and properties used;
- ``void:sparqlEndpoint`` and a ``dcat:DataService`` when an endpoint URL is given;
- ``dcat:distribution`` (and ``void:dataDump`` when its URL is known) for each dump.

No clock values: the same store gives the same description, byte for byte (:func:`to_turtle`).

Example:
    >>> from cppcckg.store import open_store  # doctest: +SKIP
    >>> print(to_turtle(describe(open_store("out/store"))).decode()[:60])  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from cppcckg import resources
from cppcckg.errors import InputError
from cppcckg.store import select
from cppcckg.vocab import (
    CPPCC,
    DATA_NS,
    DCAT,
    DCTERMS,
    ONTOLOGY_GRAPH,
    PREFIXES,
    RDF,
    VOID,
    curie,
    mint,
)

__all__ = ["DATASET", "Distribution", "describe", "to_turtle"]

#: The IRI of the dataset as a whole.
DATASET = mint("dataset", "cppcckg")


@dataclass(frozen=True)
class Distribution:
    """A dump of the data: its export format (``ttl``, ``trig``, ...), file name and, when
    known, the URL it is downloaded from."""

    fmt: str
    name: str
    url: str | None = None


def _template(path: Path | None) -> Graph:

    path = Path(path) if path is not None else resources.context_dir() / "dataset.ttl"
    try:
        return Graph().parse(path, format="turtle")
    except FileNotFoundError:
        raise InputError(f"{path}: the dataset description template is missing; restore context/dataset.ttl") from None
    except Exception as exc:  # rdflib raises several parser error types
        raise InputError(f"{path}: cannot parse the dataset description template ({exc})") from None


def _rename(graph: Graph, old: URIRef, new: URIRef) -> None:
    if old == new:
        return
    for s, p, o in list(graph):
        if old in (s, o):
            graph.remove((s, p, o))
            graph.add((new if s == old else s, p, new if o == old else o))


def _query(store: ox.Store, text: str) -> list[dict[str, ox.NamedNode | ox.Literal | None]]:
    return select(store, text)


def _int(term) -> Literal:
    return Literal(int(term.value))


def _slug(iri: str) -> str:
    short = curie(iri)
    if short.startswith("cppccid:"):
        short = short[len("cppccid:"):]
    if short == iri or not all(c.isalnum() or c in "-_.:/" for c in short):
        return "x-" + hashlib.sha1(iri.encode("utf-8")).hexdigest()[:12]
    return short.replace(":", "-")


def _vocabularies(iris: Iterable[str]) -> list[str]:
    namespaces = {str(ns) for p, ns in PREFIXES.items() if p not in ("cppccid", "cppccsh")}
    used = set()
    for iri in iris:
        best = max((ns for ns in namespaces if iri.startswith(ns)), key=len, default=None)
        if best:
            used.add(best)
    return sorted(used)


def describe(
    store: ox.Store,
    *,
    endpoint: str | None = None,
    distributions: Sequence[Distribution] = (),
    template: Path | None = None,
) -> Graph:
    """The VoID/DCAT description of the dataset in ``store`` as an rdflib Graph."""
    from cppcckg.linked.formats import MEDIA_TYPES

    g = _template(template)
    found = sorted(g.subjects(RDF.type, VOID.Dataset))
    if len(found) != 1:
        raise InputError("the dataset description template must describe exactly one void:Dataset")
    _rename(g, found[0], DATASET)
    ds = DATASET
    media_nodes = {str(g.value(m, DCTERMS.identifier)): m for m in g.subjects(RDF.type, DCTERMS.MediaType)}
    standards = {str(g.value(m, DCTERMS.identifier)): m for m in g.subjects(RDF.type, DCTERMS.Standard)}
    used_media: set[URIRef] = set()

    # Sizes ----------------------------------------------------------------------------------
    g.add((ds, VOID.triples, Literal(len(store))))
    row = _query(store, """SELECT (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects)
        (COUNT(DISTINCT ?p) AS ?properties) WHERE { GRAPH ?g { ?s ?p ?o } }""")[0]
    g.add((ds, VOID.distinctSubjects, _int(row["subjects"])))
    g.add((ds, VOID.distinctObjects, _int(row["objects"])))
    g.add((ds, VOID.properties, _int(row["properties"])))
    entities = _query(store, f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
        FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{DATA_NS}")) }}""")[0]["n"]
    g.add((ds, VOID.entities, _int(entities)))
    g.add((ds, VOID.uriSpace, Literal(str(DATA_NS))))

    # Class and property partitions ----------------------------------------------------------
    classes = _query(store, f"""SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH ?g {{ ?s a ?c }}
        FILTER(?g != <{ONTOLOGY_GRAPH}> && isIRI(?c)) }} GROUP BY ?c ORDER BY ?c""")
    g.add((ds, VOID.classes, Literal(len(classes))))
    for r in classes:
        node = mint("dataset", f"cppcckg/class/{_slug(r['c'].value)}")
        g.add((ds, VOID.classPartition, node))
        g.add((node, VOID["class"], URIRef(r["c"].value)))
        g.add((node, VOID.entities, _int(r["n"])))
    properties = _query(store, "SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p ORDER BY ?p")
    for r in properties:
        node = mint("dataset", f"cppcckg/property/{_slug(r['p'].value)}")
        g.add((ds, VOID.propertyPartition, node))
        g.add((node, VOID.property, URIRef(r["p"].value)))
        g.add((node, VOID.triples, _int(r["n"])))
    for ns in _vocabularies([r["c"].value for r in classes] + [r["p"].value for r in properties]):
        g.add((ds, VOID.vocabulary, URIRef(ns)))

    # Named graphs as subsets ------------------------------------------------------------------
    for r in _query(store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"):
        if not isinstance(r["g"], ox.NamedNode):
            continue
        node = URIRef(r["g"].value)
        g.add((ds, VOID.subset, node))
        g.add((node, RDF.type, VOID.Dataset))
        g.add((node, VOID.triples, _int(r["n"])))

    # Sources: the reports ----------------------------------------------------------------------
    for r in _query(store, "SELECT ?r ?t WHERE { ?r a cppcc:Report . OPTIONAL { ?r dcterms:title ?t } } ORDER BY ?r"):
        report = URIRef(r["r"].value)
        g.add((ds, DCTERMS.source, report))
        g.add((report, RDF.type, CPPCC.Report))
        if r["t"] is not None:
            g.add((report, DCTERMS.title, Literal(r["t"].value, lang=r["t"].language or None)))

    # Example resources -------------------------------------------------------------------------
    examples = [
        "SELECT ?x WHERE { ?m cppcc:mentions ?x . ?x cppcc:inReference true } GROUP BY ?x ORDER BY DESC(COUNT(?m)) ?x LIMIT 1",
        "SELECT ?x WHERE { ?x a cppcc:JointSichuanChongqingActivity } ORDER BY ?x LIMIT 1",
        "SELECT ?x WHERE { ?x a qb:Observation } ORDER BY ?x LIMIT 1",
        "SELECT ?x WHERE { ?x a cppcc:Report } ORDER BY ?x LIMIT 1",
    ]
    for text in examples:
        for r in _query(store, text):
            g.add((ds, VOID.exampleResource, URIRef(r["x"].value)))

    # Access: endpoint and dumps ----------------------------------------------------------------
    licence = g.value(ds, DCTERMS.license)
    if endpoint:
        service = mint("dataset", "cppcckg/service/sparql")
        g.add((ds, VOID.sparqlEndpoint, URIRef(endpoint)))
        g.add((ds, DCAT.accessService, service))
        g.add((service, RDF.type, DCAT.DataService))
        g.add((service, DCAT.endpointURL, URIRef(endpoint)))
        g.add((service, DCAT.servesDataset, ds))
        g.add((service, DCTERMS.title, Literal("SPARQL 1.1 endpoint (read-only)", lang="en")))
        for standard in standards.values():
            g.add((service, DCTERMS.conformsTo, standard))
    for dist in distributions:
        node = mint("dataset", f"cppcckg/distribution/{dist.fmt}")
        media = MEDIA_TYPES.get(dist.fmt)
        g.add((ds, DCAT.distribution, node))
        g.add((node, RDF.type, DCAT.Distribution))
        g.add((node, DCTERMS.title, Literal(dist.name)))
        if media:
            g.add((node, DCTERMS["format"], Literal(media)))
            if media in media_nodes:
                g.add((node, DCAT.mediaType, media_nodes[media]))
                used_media.add(media_nodes[media])
        if licence is not None:
            g.add((node, DCTERMS.license, licence))
        if dist.url:
            g.add((node, DCAT.downloadURL, URIRef(dist.url)))
            g.add((node, DCAT.accessURL, URIRef(dist.url)))
            if dist.fmt != "csv":
                g.add((ds, VOID.dataDump, URIRef(dist.url)))
    for media, node in media_nodes.items():
        if node not in used_media:
            g.remove((node, None, None))
    if not endpoint:
        for node in standards.values():
            g.remove((node, None, None))
    return g




def to_turtle(graph: Graph) -> bytes:
    """``graph`` as Turtle with the project's prefixes, triples sorted: byte-stable."""
    from cppcckg.vocab import turtle_prefixes

    data = graph.serialize(format="nt", encoding="utf-8")
    triples = list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    triples.sort(key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=turtle_prefixes())
