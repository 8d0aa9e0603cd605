"""Facts → RDF. The only place instance IRIs are minted for extracted facts.

One named graph per report (its facts, evidence and metadata), one for the reference
entities, one for the ontology; IRIs come from stable keys so a rebuild gives the same graph.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from rdflib.plugins.serializers.nt import (
    _quoteLiteral,  # rdflib's own N-Triples literal writer
)

from cppcckg import resources
from cppcckg.ingest.reference import Entity, Reference
from cppcckg.model import (
    PLANNED,
    Evidence,
    Extraction,
    Initiative,
    Mention,
    Metric,
    Period,
    Report,
)
from cppcckg.vocab import (
    CPPCC,
    DCTERMS,
    OA,
    ONTOLOGY_GRAPH,
    ORG,
    PROV,
    QB,
    REFERENCE_GRAPH,
    SKOS,
    TIME,
    TYPE_CLASS,
    bind_prefixes,
    content_iri,
    mint,
    report_graph,
)

ONTOLOGY_FILE = resources.ontology_file()
MEDIA_TYPES = {"html": "text/html", "pdf": "application/pdf", "txt": "text/plain",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}

_UNIT_CLASSES = {"StandingCommittee", "ChairpersonsCouncil", "PlenarySession", "SpecialCommittee", "WorkingOrgan"}


class Piece:
    """One named graph's triples in the order they were added, without rdflib's indexes: a
    report's graph is written out and validated once, never queried, and indexing a million
    triples costs more than making them."""

    def __init__(self, identifier: URIRef):
        self.identifier = identifier
        self._seen: set[tuple] = set()
        self._triples: list[tuple] = []

    def add(self, triple: tuple) -> None:
        if triple not in self._seen:
            self._seen.add(triple)
            self._triples.append(triple)

    def __contains__(self, triple: object) -> bool:
        return triple in self._seen

    def __iter__(self) -> Iterator[tuple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)


Triples = Graph | Piece


def entity_iri(reference: Reference, key: str) -> URIRef:
    """The IRI of a reference entity (or of a body found only in text)."""
    entity = reference.get(key)
    kind = "body" if entity is None or entity.kind in ("body", "collective") else entity.kind
    return mint(kind, key)


def period_iri(period: Period) -> URIRef:
    return mint("period", period.label())


def initiative_key(report_id: str, initiative: Initiative) -> str:
    """Stable key of an initiative: the report, its clause and the activity word in it."""
    digest = hashlib.sha1(f"{initiative.type}|{initiative.trigger[0]}".encode("utf-8")).hexdigest()[:8]
    return f"{report_id}/{initiative.evidence.start}-{initiative.evidence.end}-{digest}"


def add_ontology(ds: Dataset, path: Path = ONTOLOGY_FILE) -> Graph:
    """The ontology in its own named graph, blank nodes (OWL restrictions and lists) given
    canonical labels so that two builds write byte-identical data."""
    from rdflib.compare import to_canonical_graph

    parsed = Graph()
    parsed.parse(path, format="turtle")
    graph = ds.graph(ONTOLOGY_GRAPH)
    for triple in to_canonical_graph(parsed):
        graph.add(triple)
    return graph


def add_reference(ds: Dataset, reference: Reference, measures: Iterable[tuple[str, str, str]] = ()) -> Graph:
    """Reference entities with zh/en labels, aliases, structure and seats."""
    g = ds.graph(REFERENCE_GRAPH)
    for e in sorted(reference.entities.values(), key=lambda x: x.key):
        node = entity_iri(reference, e.key)
        g.add((node, RDFS.label, Literal(e.name_zh, lang="zh")))
        g.add((node, RDFS.label, Literal(e.name_en, lang="en")))
        g.add((node, SKOS.prefLabel, Literal(e.name_zh, lang="zh")))
        g.add((node, SKOS.prefLabel, Literal(e.name_en, lang="en")))
        for alias in sorted(set(e.aliases) | set(e.local_aliases)):
            g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        if e.name_short:
            g.add((node, CPPCC.shortName, Literal(e.name_short, lang="zh")))
        _add_entity(g, reference, e, node)
    scheme = mint("scheme", "measures")
    for key, zh, en in measures:
        node = mint("measure", key)
        g.add((node, RDF.type, CPPCC.Measure))
        g.add((node, SKOS.inScheme, scheme))
        g.add((node, RDFS.label, Literal(zh, lang="zh")))
        g.add((node, RDFS.label, Literal(en, lang="en")))
    return g


def _add_entity(g: Graph, reference: Reference, e: Entity, node: URIRef) -> None:
    if e.kind == "body":
        g.add((node, RDF.type, getattr(CPPCC, e.cls)))
        g.add((node, CPPCC.inReference, Literal(True)))
        if e.parent:
            prop = ORG.unitOf if e.cls in _UNIT_CLASSES else ORG.subOrganizationOf
            g.add((node, prop, entity_iri(reference, e.parent)))
        if e.seat:
            g.add((node, CPPCC.seat, mint("place", e.seat)))
    elif e.kind == "collective":
        g.add((node, RDF.type, CPPCC.Collective))
        for member in e.members:
            g.add((node, CPPCC.comprises, entity_iri(reference, member)))
    elif e.kind == "place":
        g.add((node, RDF.type, getattr(CPPCC, e.cls)))
        province = e.province or (e.key if e.cls == "Province" else None)
        if province:
            g.add((node, CPPCC.withinProvince, mint("place", province)))
        if e.parent:
            g.add((node, DCTERMS.isPartOf, mint("place", e.parent)))
        if e.lat is not None and e.lon is not None:
            from cppcckg.vocab import GEO

            g.add((node, GEO.lat, Literal(Decimal(str(e.lat)))))
            g.add((node, GEO.long, Literal(Decimal(str(e.lon)))))
    elif e.kind == "topic":
        g.add((node, RDF.type, CPPCC.Topic))
        g.add((node, SKOS.inScheme, mint("scheme", "topics")))
        if e.broader:
            g.add((node, SKOS.broader, mint("topic", e.broader)))
    elif e.kind == "programme":
        g.add((node, RDF.type, CPPCC.Programme))
        if e.organizer:
            g.add((node, PROV.wasAttributedTo, entity_iri(reference, e.organizer)))
        for p in e.participants:
            for member in reference.members_of(p):
                g.add((node, CPPCC.programmeParticipant, entity_iri(reference, member)))
        for t in e.topics:
            g.add((node, CPPCC.topic, mint("topic", t)))


def add_period(g: Triples, period: Period) -> URIRef:
    node = period_iri(period)
    g.add((node, RDF.type, TIME.ProperInterval))
    g.add((node, RDFS.label, Literal(period.label())))
    g.add((node, CPPCC.startYear, Literal(period.start)))
    g.add((node, CPPCC.endYear, Literal(period.end)))
    return node


#: Facts (mentions, initiatives, statistics) per piece of a report's graph: a piece is what a
#: build holds and validates at once.
FACTS_PER_PIECE = 20_000


def report_pieces(
    reference: Reference,
    extraction: Extraction,
    merged: dict[tuple[str, int], tuple[str, str | None]] | None = None,
    facts_per_piece: int | None = None,
) -> Iterator[Piece]:
    """One report's named graph in pieces of at most `facts_per_piece` facts (default
    FACTS_PER_PIECE), each a Graph named after the report, so a build never holds a long
    report's graph whole.

    Every piece carries the report node (type, length, title) so that it can be validated on
    its own; the full text goes in the first piece only. Likewise a body found only in the text
    (not in the reference) is typed in every piece that names it, whichever piece holds its
    mention. The union of the pieces is the report's graph: a triple repeated in two pieces is
    one triple in the store.
    """
    facts_per_piece = facts_per_piece or FACTS_PER_PIECE
    report = extraction.report
    rnode = mint("report", report.id)
    unknown = {entity_iri(reference, m.entity): m.label for m in extraction.mentions if not m.in_reference}
    items: list[tuple[str, int, object]] = (
        [("mention", n, m) for n, m in enumerate(extraction.mentions)]
        + [("initiative", n, i) for n, i in enumerate(extraction.initiatives)]
        + [("metric", n, x) for n, x in enumerate(extraction.metrics)]
    )
    for first in range(0, max(len(items), 1), facts_per_piece):
        g = Piece(report_graph(report.id))
        _report_metadata(g, reference, report, rnode, full_text=first == 0)
        for kind, n, fact in items[first:first + facts_per_piece]:
            if kind == "mention":
                _mention(g, reference, report, rnode, fact)  # type: ignore[arg-type]
            elif kind == "initiative":
                key, rule = (merged or {}).get((report.id, n), (initiative_key(report.id, fact), None))  # type: ignore[arg-type]
                _initiative(g, reference, report, rnode, fact, key, rule)  # type: ignore[arg-type]
            else:
                _metric(g, reference, report, rnode, fact)  # type: ignore[arg-type]
        if unknown:
            _type_unknown_bodies(g, unknown)
        yield g


def _type_unknown_bodies(g: Piece, unknown: dict[URIRef, str]) -> None:
    """Type each body outside the reference that the piece points at, as its mention does."""
    named = {o for _s, _p, o in g if o in unknown}
    for target in sorted(named):
        _unknown_body(g, target, unknown[target])


def _report_metadata(g: Triples, reference: Reference, report: Report, rnode: URIRef, full_text: bool = True) -> None:
    g.add((rnode, RDF.type, CPPCC.Report))
    if report.title_zh:
        g.add((rnode, DCTERMS.title, Literal(report.title_zh, lang="zh")))
        g.add((rnode, RDFS.label, Literal(report.title_zh, lang="zh")))
    if report.title_en:
        g.add((rnode, DCTERMS.title, Literal(report.title_en, lang="en")))
        g.add((rnode, RDFS.label, Literal(report.title_en, lang="en")))
    if report.publisher and reference.get(report.publisher):
        g.add((rnode, DCTERMS.publisher, entity_iri(reference, report.publisher)))
    if report.delivered:
        dtype = XSD.gYearMonth if len(report.delivered) == 7 else XSD.date if len(report.delivered) == 10 else None
        g.add((rnode, DCTERMS.date, Literal(report.delivered, datatype=dtype)))
    if report.period:
        g.add((rnode, DCTERMS.temporal, add_period(g, report.period)))
    if report.source:
        g.add((rnode, DCTERMS.source, Literal(report.source)))
    g.add((rnode, CPPCC.textLength, Literal(len(report.text))))
    if full_text:
        g.add((rnode, CPPCC.fullText, Literal(report.text)))
    g.add((rnode, CPPCC.sha256, Literal(report.sha256)))
    if report.original is not None:  # the page, PDF or Word file `cppcckg add` took the text from
        source = URIRef(report.original.url) if report.original.url else content_iri(report.original.sha256)
        g.add((rnode, PROV.wasDerivedFrom, source))
        g.add((source, DCTERMS.format, Literal(MEDIA_TYPES.get(report.original.format, report.original.format))))
        g.add((source, RDFS.label, Literal(report.original.name)))


def _evidence(g: Triples, report: Report, rnode: URIRef, ev: Evidence, section: tuple[str, ...] = ()) -> URIRef:
    key = f"{report.id}/{ev.start}-{ev.end}"
    node = mint("evidence", key)
    if (node, RDF.type, CPPCC.Evidence) in g:
        return node
    pos, quote = mint("evidence", key + "/position"), mint("evidence", key + "/quote")
    g.add((node, RDF.type, CPPCC.Evidence))
    g.add((node, RDF.type, OA.SpecificResource))
    g.add((node, OA.hasSource, rnode))
    g.add((node, OA.hasSelector, pos))
    g.add((node, OA.hasSelector, quote))
    g.add((pos, RDF.type, OA.TextPositionSelector))
    g.add((pos, OA.start, Literal(ev.start)))
    g.add((pos, OA.end, Literal(ev.end)))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(ev.text)))
    if section:
        g.add((node, CPPCC.sectionPath, Literal(" / ".join(section))))
    return node


def _mention(g: Triples, reference: Reference, report: Report, rnode: URIRef, m: Mention) -> None:
    node = mint("mention", f"{report.id}/{m.evidence.start}-{m.evidence.end}")
    target = entity_iri(reference, m.entity)
    g.add((node, RDF.type, CPPCC.Mention))
    g.add((node, CPPCC.mentions, target))
    g.add((node, CPPCC.surfaceForm, Literal(m.surface or m.evidence.text)))
    g.add((node, CPPCC.reportedIn, rnode))
    g.add((node, CPPCC.evidence, _evidence(g, report, rnode, m.evidence)))
    if not m.in_reference:
        _unknown_body(g, target, m.label)


def _unknown_body(g: Triples, target: URIRef, label: str) -> None:
    g.add((target, RDF.type, CPPCC.Body))
    g.add((target, RDFS.label, Literal(label, lang="zh")))
    g.add((target, CPPCC.inReference, Literal(False)))


def _bodies(reference: Reference, keys: Iterable[str]) -> list[URIRef]:
    return [entity_iri(reference, member) for key in keys for member in reference.members_of(key)]


def _initiative(g: Triples, reference: Reference, report: Report, rnode: URIRef, i: Initiative,
                key: str, merge_rule: str | None) -> None:
    node = mint("initiative", key)
    if merge_rule:
        g.add((node, CPPCC.mergeRule, Literal(merge_rule)))
    g.add((node, RDF.type, TYPE_CLASS[i.type]))
    if i.subtype:
        g.add((node, RDF.type, getattr(CPPCC, i.subtype)))
    g.add((node, RDFS.label, Literal(i.label, lang="zh")))
    for body in _bodies(reference, i.organizers):
        g.add((node, CPPCC.organizer, body))
    for body in _bodies(reference, i.partners):
        g.add((node, CPPCC.partner, body))
    if not i.organizers:
        g.add((node, CPPCC.noOrganizerReason, Literal("the report names no organising body")))
    for t in i.topics:
        g.add((node, CPPCC.topic, mint("topic", t)))
    for p in i.places:
        g.add((node, CPPCC.place, mint("place", p)))
    g.add((node, CPPCC.status, CPPCC.planned if i.status == PLANNED else CPPCC.done))
    if i.period:
        g.add((node, CPPCC.period, add_period(g, i.period)))
    if i.programme:
        g.add((node, CPPCC.partOfProgramme, mint("programme", i.programme)))
    g.add((node, CPPCC.reportedIn, rnode))
    g.add((node, CPPCC.evidence, _evidence(g, report, rnode, i.evidence, i.section)))
    for rule in i.rules:
        g.add((node, CPPCC.ruleName, Literal(rule)))


def _metric(g: Triples, reference: Reference, report: Report, rnode: URIRef, x: Metric) -> None:
    digest = hashlib.sha1(f"{x.measure}|{x.value}|{x.unit}".encode("utf-8")).hexdigest()[:8]
    node = mint("observation", f"{report.id}/{x.evidence.start}-{x.evidence.end}-{digest}")
    g.add((node, RDF.type, QB.Observation))
    g.add((node, QB.dataSet, mint("dataset", "statistics")))
    g.add((node, CPPCC.measure, mint("measure", x.measure)))
    g.add((node, CPPCC.value, Literal(Decimal(repr(float(x.value))).normalize() if not float(x.value).is_integer() else Decimal(int(x.value)))))
    g.add((node, CPPCC.unit, Literal(x.unit)))
    if x.qualifier:
        g.add((node, CPPCC.qualifier, Literal(x.qualifier)))
    if x.subject:
        for body in _bodies(reference, [x.subject]):
            g.add((node, CPPCC.subject, body))
    if x.period:
        g.add((node, CPPCC.refPeriod, add_period(g, x.period)))
    g.add((node, CPPCC.reportedIn, rnode))
    g.add((node, CPPCC.evidence, _evidence(g, report, rnode, x.evidence, x.section)))


def new_dataset() -> Dataset:
    ds = Dataset()
    bind_prefixes(ds)
    return ds


def write_nquads(out: TextIO, graph: Triples) -> None:
    """Append a named graph to an N-Quads file (the graph's identifier names it)."""
    name = f" <{graph.identifier}> .\n"
    out.writelines(f"{_nq_term(s)} {_nq_term(p)} {_nq_term(o)}{name}" for s, p, o in graph)


def _nq_term(term: object) -> str:
    """A term in N-Quads syntax. IRIs minted here are checked when minted (vocab.mint), so
    they are written as they are; literals go through rdflib's own escaping."""
    if type(term) is URIRef:
        return f"<{term}>"
    if isinstance(term, Literal):
        return _quoteLiteral(term)
    return term.n3()  # type: ignore[attr-defined]
