"""What an entity page shows, read from the store: labels, classes, properties, links in,
and the evidence quotes (each linking to its place in the evidence reader)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

import pyoxigraph as ox

from cppcckg.store import select
from cppcckg.vocab import CPPCC, DATA_NS, OA, RDF, RDFS, SKOS, curie

__all__ = ["EntityView", "Value", "entity_view", "labels_for", "subject_triples"]

#: How many statements pointing at an entity a page lists, and how many evidence quotes.
MAX_INCOMING = 200
MAX_EVIDENCE = 100
CONTEXT_CHARS = 40
_LABEL_PROPS = (str(RDFS.label), str(SKOS.prefLabel))
_HIDDEN = {str(CPPCC.fullText)}
Href = Callable[[str], str]


def labels_for(store: ox.Store, iris: Iterable[str]) -> dict[str, dict[str, str]]:
    """IRI → {"zh": ..., "en": ..., "": ...} from rdfs:label and skos:prefLabel."""
    iris = sorted({i for i in iris if i})
    out: dict[str, dict[str, str]] = {}
    for start in range(0, len(iris), 300):
        values = " ".join(f"<{i}>" for i in iris[start:start + 300])
        rows = select(store, f"SELECT ?x ?l WHERE {{ VALUES ?x {{ {values} }} ?x rdfs:label|skos:prefLabel ?l }} ORDER BY ?x ?l")
        for r in rows:
            label = r["l"]
            if isinstance(label, ox.Literal):
                out.setdefault(r["x"].value, {}).setdefault(label.language or "", label.value)
    return out


def best_label(labels: dict[str, dict[str, str]], iri: str) -> str:
    found = labels.get(iri, {})
    return found.get("zh") or found.get("") or found.get("en") or curie(iri)


@dataclass
class Value:
    """One object of a statement, ready for the page."""

    text: str
    href: str | None = None
    note: str = ""  # language tag, datatype or the IRI in prefixed form
    graphs: list[str] = field(default_factory=list)
    long: bool = False


@dataclass
class EntityView:
    iri: str
    label_zh: str
    label_en: str
    types: list[Value]
    properties: list[tuple[Value, list[Value]]]
    incoming: list[tuple[Value, Value]]
    incoming_more: int
    evidence: list[dict[str, Any]]
    evidence_more: int
    reader: str | None = None  # reader page of a report
    graph_triples: int = 0  # when the IRI names a graph


def subject_triples(store: ox.Store, iri: str) -> list[ox.Quad]:
    """Every quad with ``iri`` as subject, plus those of the selectors of an evidence node."""
    node = ox.NamedNode(iri)
    quads = list(store.quads_for_pattern(node, None, None, None))
    selector = ox.NamedNode(str(OA.hasSelector))
    for q in list(quads):
        if q.predicate == selector and isinstance(q.object, ox.NamedNode):
            quads.extend(store.quads_for_pattern(q.object, None, None, None))
    return quads


def _graph_name(graph: Any) -> str:
    if isinstance(graph, ox.DefaultGraph):
        return ""
    text = graph.value
    prefix = f"{DATA_NS}graph/"
    return text[len(prefix):] if text.startswith(prefix) else curie(text)


def _value(term: Any, labels: dict[str, dict[str, str]], href: Href) -> Value:
    if isinstance(term, ox.NamedNode):
        return Value(best_label(labels, term.value), href(term.value), curie(term.value))
    if isinstance(term, ox.BlankNode):
        return Value(f"_:{term.value}")
    if isinstance(term, ox.Literal):
        note = f"@{term.language}" if term.language else ""
        if not note and not term.datatype.value.endswith("#string"):
            note = curie(term.datatype.value)
        return Value(term.value, None, note, long=len(term.value) > 300)
    return Value(str(term))


#: Statements pointing at an entity that its page never lists (the mentions and evidence nodes
#: are shown as evidence quotes instead).
_HIDDEN_IN = (str(CPPCC.mentions), str(CPPCC.evidence), str(OA.hasSource))


def _incoming(store: ox.Store, node: ox.NamedNode) -> tuple[list[ox.Quad], int]:
    """The statements pointing at ``node`` that a page lists (the first MAX_INCOMING by predicate
    and subject; hidden predicates left out) and how many such statements there are. The engine
    counts them per predicate and only the predicates the list reaches are read: an entity
    thousands of statements point at (a body every figure is about) is not read whole."""
    counted = store.query(f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ {{ ?s ?p {node} }} UNION {{ GRAPH ?g {{ ?s ?p {node} }} }} }} GROUP BY ?p")
    counts = {row["p"].value: int(row["n"].value) for row in counted if row["p"].value not in _HIDDEN_IN}
    shown: list[ox.Quad] = []
    for predicate in sorted(counts):
        if len(shown) >= MAX_INCOMING:
            break
        quads = list(store.quads_for_pattern(None, ox.NamedNode(predicate), node, None))
        quads.sort(key=lambda q: q.subject.value if not isinstance(q.subject, ox.Triple) else "")
        shown += quads[:MAX_INCOMING - len(shown)]
    return shown, sum(counts.values())


def entity_view(store: ox.Store, iri: str, href: Href, reader_href: Callable[[str, int, int], str],
                report_text: Callable[[str], str | None]) -> EntityView | None:
    """The page content for ``iri``, or None if the store says nothing about it."""
    node = ox.NamedNode(iri)
    own = list(store.quads_for_pattern(node, None, None, None))
    shown_in, incoming_total = _incoming(store, node)
    graph_triples = sum(1 for _ in store.quads_for_pattern(None, None, None, node)) if not own else 0
    if not own and not incoming_total and not graph_triples:
        return None
    wanted = {q.predicate.value for q in own} | {q.object.value for q in own if isinstance(q.object, ox.NamedNode)}
    wanted |= {q.predicate.value for q in shown_in} | {iri}
    wanted |= {q.subject.value for q in shown_in if isinstance(q.subject, ox.NamedNode)}
    labels = labels_for(store, wanted)

    types: dict[str, Value] = {}
    grouped: dict[str, dict[str, Value]] = {}
    for q in sorted(own, key=lambda q: (q.predicate.value, str(q.object), str(q.graph_name))):
        p = q.predicate.value
        if p in _HIDDEN:
            continue
        graph = _graph_name(q.graph_name)
        if p == str(RDF.type) and isinstance(q.object, ox.NamedNode):
            value = types.setdefault(q.object.value, _value(q.object, labels, href))
        else:
            key = str(q.object)
            value = grouped.setdefault(p, {}).setdefault(key, _value(q.object, labels, href))
        if graph and graph not in value.graphs:
            value.graphs.append(graph)
    properties = [(_value(ox.NamedNode(p), labels, href), list(values.values())) for p, values in sorted(grouped.items())]
    incoming = [(_value(q.subject, labels, href), _value(q.predicate, labels, href)) for q in shown_in]
    found = labels.get(iri, {})

    evidence, more = _evidence(store, iri, reader_href, report_text)
    reader = None
    if any(q.predicate.value == str(RDF.type) and q.object == ox.NamedNode(str(CPPCC.Report)) for q in own):
        reader = reader_href(iri, -1, -1)
    return EntityView(
        iri=iri, label_zh=found.get("zh") or found.get("") or "", label_en=found.get("en", ""),
        types=sorted(types.values(), key=lambda v: v.note), properties=properties, incoming=incoming,
        incoming_more=max(0, incoming_total - len(shown_in)), evidence=evidence, evidence_more=more, reader=reader,
        graph_triples=graph_triples,
    )


def _evidence(store: ox.Store, iri: str, reader_href: Callable[[str, int, int], str],
              report_text: Callable[[str], str | None]) -> tuple[list[dict[str, Any]], int]:
    rows = select(store, f"""
        SELECT DISTINCT ?ev ?report ?start ?end ?exact ?section ?how WHERE {{
          {{ <{iri}> cppcc:evidence ?ev BIND("fact" AS ?how) }}
          UNION {{ ?m cppcc:mentions <{iri}> ; cppcc:evidence ?ev BIND("mention" AS ?how) }}
          UNION {{ <{iri}> oa:hasSource ?any BIND(<{iri}> AS ?ev) BIND("self" AS ?how) }}
          ?ev oa:hasSource ?report ; oa:hasSelector ?pos , ?quote .
          ?pos oa:start ?start ; oa:end ?end . ?quote oa:exact ?exact .
          OPTIONAL {{ ?ev cppcc:sectionPath ?section }}
        }} ORDER BY ?report ?start ?end LIMIT {MAX_EVIDENCE + 1}""")
    count = len(rows)
    if count > MAX_EVIDENCE:
        total = select(store, f"""SELECT (COUNT(DISTINCT ?ev) AS ?n) WHERE {{
            {{ <{iri}> cppcc:evidence ?ev }} UNION {{ ?m cppcc:mentions <{iri}> ; cppcc:evidence ?ev }} }}""")
        count = int(total[0]["n"].value)
    reports = labels_for(store, {r["report"].value for r in rows})
    out = []
    for r in rows[:MAX_EVIDENCE]:
        report = r["report"].value
        start, end = int(r["start"].value), int(r["end"].value)
        exact = r["exact"].value
        before = after = ""
        if r["how"].value == "mention":
            text = report_text(report)
            if text and text[start:end] == exact:
                before = text[max(0, start - CONTEXT_CHARS):start]
                after = text[end:end + CONTEXT_CHARS]
        out.append({
            "report": report, "report_label": best_label(reports, report), "start": start, "end": end,
            "exact": exact, "before": before, "after": after, "how": r["how"].value,
            "section": r["section"].value if r["section"] is not None else "",
            "href": reader_href(report, start, end),
        })
    return out, max(0, count - MAX_EVIDENCE)
