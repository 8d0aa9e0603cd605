"""Facts → RDF. The only place instance IRIs are minted for extracted facts.

One named graph per report (its facts, evidence and metadata), one for the reference
entities, one for the ontology; IRIs come from stable keys so a rebuild gives the same graph.

Longer than 400 lines because every kind of fact (report, body, initiative, observation,
evidence) is written here, so that instance IRIs are minted in one module only.
"""

from __future__ import annotations

import hashlib
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from rdflib.plugins.serializers.nt import (
    _quoteLiteral,  # rdflib's own N-Triples literal writer
)

from cppcckg import resources
from cppcckg.graph import cube
from cppcckg.graph.relations import committee_of, is_collaboration, relations
from cppcckg.extract.recognize import unknown_label
from cppcckg.graph.sessions import add_session, add_term_and_session
from cppcckg.ingest.identifiers import load_identifiers
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
    REFERENCE_GRAPH,
    SKOS,
    TIME,
    TYPE_CLASS,
    WIKIDATA_ENTITY,
    bind_prefixes,
    content_iri,
    mint,
    report_graph,
)

ONTOLOGY_FILE = resources.ontology_file()
MEDIA_TYPES = {"html": "text/html", "pdf": "application/pdf", "txt": "text/plain",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


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
    """Stable key of an initiative, made from its content rather than from where it sits in the
    report, so that a correction elsewhere in the text leaves it unchanged: the report, the
    initiative's label (letters and digits, at most 40) and a digest of its type, status, the
    clause that states it and where the activity word sits in that clause."""
    ev = initiative.evidence
    slug = "".join(c for c in initiative.label if unicodedata.category(c)[0] in "LN")[:40] or initiative.type
    content = f"{initiative.type}|{initiative.status}|{ev.text}|{initiative.trigger[0] - ev.start}"
    return f"{report_id}/{slug}-{hashlib.sha1(content.encode('utf-8')).hexdigest()[:8]}"


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
    """Reference entities with zh/en labels, aliases, structure, seats and jurisdictions."""
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
    for key, codes in sorted(load_identifiers(reference.directory, set(reference.entities)).items()):
        if "gb2260" in codes:
            g.add((entity_iri(reference, key), CPPCC.gbt2260Code, Literal(codes["gb2260"])))
        if "wikidata" in codes:
            g.add((entity_iri(reference, key), SKOS.exactMatch, URIRef(WIKIDATA_ENTITY + codes["wikidata"])))
    cube.structure(g, measures)
    topics = mint("scheme", "topics")
    g.add((topics, RDF.type, SKOS.ConceptScheme))
    g.add((topics, RDFS.label, Literal("议题", lang="zh")))
    g.add((topics, RDFS.label, Literal("Topics", lang="en")))
    return g


def _add_entity(g: Graph, reference: Reference, e: Entity, node: URIRef) -> None:
    if e.kind == "body":
        g.add((node, RDF.type, getattr(CPPCC, e.cls)))
        g.add((node, CPPCC.inReference, Literal(True)))
        for prop, other in relations(reference, e.key):  # guidance, units, Party organisations
            g.add((node, prop, entity_iri(reference, other)))
        if e.seat:
            g.add((node, CPPCC.seat, mint("place", e.seat)))
        if e.area:
            g.add((node, CPPCC.jurisdiction, mint("place", e.area)))
    elif e.kind == "collective":
        g.add((node, RDF.type, CPPCC.Collective))
        collaboration = is_collaboration(reference, e.key)
        if collaboration:
            g.add((node, RDF.type, CPPCC.Collaboration))
        for member in e.members:
            g.add((node, CPPCC.comprises, entity_iri(reference, member)))
            if collaboration:
                g.add((node, ORG.hasMember, entity_iri(reference, member)))
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
    elif e.kind == "session" and e.ordinals and e.parent:
        add_term_and_session(g, e.parent, entity_iri(reference, e.parent), *e.ordinals, e.name_zh, e.date)
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
    merged: dict[tuple, tuple[str, str | None]] | None = None,
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
    unknown = _unknown_bodies(reference, extraction.mentions)
    items: list[tuple[str, int, object]] = (
        [("mention", n, m) for n, m in enumerate(extraction.mentions)]
        + [("initiative", n, i) for n, i in enumerate(extraction.initiatives)]
        + [("metric", n, x) for n, x in enumerate(extraction.metrics)]
    )
    observation_of = _observations(report, extraction.metrics, merged or {})
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
                _metric(g, reference, report, rnode, fact, observation_of)  # type: ignore[arg-type]
        if unknown:
            _type_unknown_bodies(g, unknown)
        yield g


#: Classes of body a mention outside the reference may carry into the graph (each a subclass of
#: cppcc:Body in the ontology): a user asking for standing committees finds Suining's too.
UNKNOWN_BODY_CLASSES = frozenset({
    "StandingCommittee", "ChairpersonsCouncil", "PartyGroup", "PlenarySession", "SpecialCommittee",
    "WorkingOrgan", "MemberGroup", "Sector"})


def _unknown_bodies(reference: Reference, mentions: Iterable[Mention]) -> dict[URIRef, tuple[str, str | None]]:
    """IRI → (label, class) of each body outside the reference the mentions name; the class
    only where every mention of it agrees on one of UNKNOWN_BODY_CLASSES."""
    labels: dict[URIRef, str] = {}
    classes: dict[URIRef, set[str]] = {}
    through: dict[URIRef, str] = {}  # (区政协主席会议 acts through 区政协, which the text may never write alone)
    for m in mentions:
        for key in m.members:
            if reference.get(key) is None and (label := unknown_label(key)) is not None:
                through.setdefault(entity_iri(reference, key), label)
        if m.in_reference:
            continue
        target = entity_iri(reference, m.entity)
        labels.setdefault(target, m.label)
        classes.setdefault(target, set()).add(m.cls)
    for target, label in through.items():
        labels.setdefault(target, label)
    return {t: (label, next(iter(kinds)) if len(kinds := classes.get(t, set())) == 1 and kinds <= UNKNOWN_BODY_CLASSES
                else None) for t, label in labels.items()}


def _type_unknown_bodies(g: Piece, unknown: dict[URIRef, tuple[str, str | None]]) -> None:
    """Type each body outside the reference that the piece points at, as its mention does."""
    named = {o for _s, _p, o in g if o in unknown}
    for target in sorted(named):
        _unknown_body(g, target, *unknown[target])


def _report_metadata(g: Triples, reference: Reference, report: Report, rnode: URIRef, full_text: bool = True) -> None:
    g.add((rnode, RDF.type, CPPCC.Report))
    if report.title_zh:
        g.add((rnode, DCTERMS.title, Literal(report.title_zh, lang="zh")))
        g.add((rnode, RDFS.label, Literal(report.title_zh, lang="zh")))
    if report.title_en:
        g.add((rnode, DCTERMS.title, Literal(report.title_en, lang="en")))
        g.add((rnode, RDFS.label, Literal(report.title_en, lang="en")))
    if report.publisher and reference.get(report.publisher):
        g.add((rnode, PROV.wasAttributedTo, entity_iri(reference, report.publisher)))  # the body whose report it is
    if report.delivered:
        dtype = XSD.gYearMonth if len(report.delivered) == 7 else XSD.date if len(report.delivered) == 10 else None
        g.add((rnode, DCTERMS.date, Literal(report.delivered, datatype=dtype)))
    if report.period:
        g.add((rnode, DCTERMS.temporal, add_period(g, report.period)))
    publisher = reference.get(report.publisher) if report.publisher else None
    committee = committee_of(reference, publisher) if publisher else None
    if report.session and committee is not None:  # the term and session it was delivered at
        add_session(g, rnode, report.session, committee.key, entity_iri(reference, committee.key), report.delivered)
    if report.source:
        g.add((rnode, RDFS.comment, Literal(report.source)))  # a note on the copy the text is from
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
    if ev.sentence:  # the rest of the sentence either side of the quote (W3C Web Annotation)
        g.add((quote, OA["prefix"], Literal(report.text[ev.sentence[0]:ev.start])))
        g.add((quote, OA["suffix"], Literal(report.text[ev.end:ev.sentence[1]])))
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



def _unknown_body(g: Triples, target: URIRef, label: str, cls: str | None = None) -> None:
    g.add((target, RDF.type, CPPCC.Body))
    if cls is not None:
        g.add((target, RDF.type, getattr(CPPCC, cls)))
    g.add((target, RDFS.label, Literal(label, lang="zh")))
    g.add((target, CPPCC.inReference, Literal(False)))


def _bodies(reference: Reference, keys: Iterable[str]) -> list[URIRef]:
    """The bodies `keys` stand for: a collective's members; one committee's special committees
    taken together (a collective, no body) are shown by their committee."""
    return [entity_iri(reference, member) for key in keys
            for member in (reference.members_of(key) or tuple(filter(None, [reference.organs_taken_together(key)])))]


def _initiative(g: Triples, reference: Reference, report: Report, rnode: URIRef, i: Initiative,
                key: str, merge_rule: str | None) -> None:
    node = mint("initiative", key)
    if merge_rule:
        g.add((node, CPPCC.mergeRule, Literal(merge_rule)))
    g.add((node, RDF.type, TYPE_CLASS[i.type]))
    if i.subtype:
        g.add((node, RDF.type, getattr(CPPCC, i.subtype)))
    g.add((node, RDFS.label, Literal(i.label, lang="zh")))
    for prop, role, keys in ((CPPCC.organizer, CPPCC.organizerRole, i.organizers), (CPPCC.partner, CPPCC.partnerRole, i.partners)):
        for body in _bodies(reference, keys):
            g.add((node, prop, body))
            # the same as a PROV qualified association: the body in its role in the activity
            association = mint("initiative", f"{key}/{str(role).rsplit('#', 1)[-1]}/{str(body).rsplit('/', 1)[-1]}")
            g.add((node, PROV.qualifiedAssociation, association))
            g.add((association, RDF.type, PROV.Association))
            g.add((association, PROV.agent, body))
            g.add((association, PROV.hadRole, role))
    if not i.organizers:
        g.add((node, CPPCC.noOrganizerReason, Literal("the report names no organising body")))
    for t in i.topics:
        g.add((node, CPPCC.topic, mint("topic", t)))
    for t in i.context_topics:
        g.add((node, CPPCC.contextTopic, mint("topic", t)))
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


def observation_key(report_id: str, x: Metric) -> str:
    """Stable key of a figure's observation: the report, the span of its first statement and a
    digest of its measure, value and unit."""
    digest = hashlib.sha1(f"{x.measure}|{x.value}|{x.unit}".encode("utf-8")).hexdigest()[:8]
    return f"{report_id}/{x.evidence.start}-{x.evidence.end}-{digest}"


def _observations(report: Report, metrics: tuple[Metric, ...],
                  merged: dict) -> Callable[[Metric], tuple[URIRef, bool]]:
    """The observation IRI of each figure of a report, and whether it is another report's
    (a figure two reports state is one observation: graph/figures.py)."""
    index = {id(m): n for n, m in enumerate(metrics)}

    def observation_of(x: Metric) -> tuple[URIRef, bool]:
        n = index.get(id(x))
        if n is None and x in metrics:  # an equal copy (a cached extraction)
            n = metrics.index(x)
        found = merged.get((report.id, n, "metric")) if n is not None else None
        if found is not None:
            return mint("observation", found[0]), True
        return mint("observation", observation_key(report.id, x)), False
    return observation_of


def _metric(g: Triples, reference: Reference, report: Report, rnode: URIRef, x: Metric,
            observation_of: Callable[[Metric], tuple[URIRef, bool]]) -> None:
    """A figure as an observation of the statistics data set (graph/cube.py): its subject is
    the body or collective name the sentence names, else the report's publisher; its period
    the sentence's, else the report's. A figure stated again, in this report or in another
    one, is one more piece of evidence of the first statement's observation (of the most
    precise statement's, across reports); a part (其中…) points at its total."""
    first = x.same_as if x.same_as is not None else x
    node, elsewhere = observation_of(first)
    if x.programme:  # stated for a programme here, even where an earlier statement was not
        g.add((node, CPPCC.forProgramme, mint("programme", x.programme)))
    if x.same_as is not None or elsewhere:
        g.add((node, CPPCC.evidence, _evidence(g, report, rnode, x.evidence, x.section)))
        if elsewhere:
            g.add((node, CPPCC.reportedIn, rnode))
        return
    if x.part_of is not None:
        total = x.part_of.same_as or x.part_of  # a total stated twice is the first statement's observation
        g.add((node, CPPCC.partOfTotal, observation_of(total)[0]))
    subject_key = x.subject or (report.publisher if report.publisher and reference.get(report.publisher) else None)
    period = x.period or report.period
    cube.observation(g, node, measure=x.measure, value=x.value, unit=x.unit, qualifier=x.qualifier,
                     subject=entity_iri(reference, subject_key) if subject_key else None,
                     period=add_period(g, period) if period else None,
                     evidence=_evidence(g, report, rnode, x.evidence, x.section), report=rnode)


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
