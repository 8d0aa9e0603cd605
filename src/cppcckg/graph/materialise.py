"""What the named queries would otherwise compute with property paths, written as plain triples.

SPARQL engines disagree on ``+``/``*`` paths inside OPTIONAL, MINUS and EXISTS (Virtuoso 7
loses bindings there without an error), so the build states their results once, in the
inferred graph, and the queries join on one-step patterns that every engine answers alike:

- ``C rdfs:subClassOf D`` for every class ``D`` above ``C`` (the transitive closure of the
  asserted class hierarchy; what ``rdfs:subClassOf+`` reached);
- ``x rdf:type D`` for every class ``D`` above an asserted class of ``x`` (RDFS entailment of
  types), so that ``?x a cppcc:Initiative``, ``?x a org:Organization`` or ``?x a prov:Entity``
  find every instance and generic ORG and PROV tools see them; code that wants the classes the
  data states reads them outside the inferred graph, or ``cppcc:mostSpecificClass``;
- ``x cppcc:mostSpecificClass C`` for each asserted class ``C`` of ``x`` that no other asserted
  class of ``x`` lies below (the "type" of an initiative, the class of a body; classes the
  reasoner infers, such as the joint Sichuan-Chongqing activity, are left out so that the
  answer does not depend on which reasoner ran);
- ``t skos:broaderTransitive u`` for every topic ``u`` above ``t`` (what ``skos:broader+`` reached);
- ``b cppcc:inProvince p`` for every body whose jurisdiction lies in province ``p``
  (jurisdiction ∘ withinProvince, as the ontology's property chain says; stated here too so that a build
  without the reasoner still has each body's side).

Provenance nodes (mentions, evidence and its selectors) get no ``mostSpecificClass``: they have
one class each and are most of the data.

Example:
    >>> import pyoxigraph as ox
    >>> store = ox.Store()
    >>> materialise(store)
    0
"""

from __future__ import annotations

from typing import Iterable

import pyoxigraph as ox

from cppcckg.vocab import CPPCC, INFERRED_GRAPH, OA, RDF, RDFS, SKOS

__all__ = ["closure", "materialise", "most_specific"]

_PROVENANCE = {str(CPPCC.Mention), str(CPPCC.Evidence), str(OA.SpecificResource), str(OA.TextPositionSelector),
               str(OA.TextQuoteSelector)}


def closure(edges: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Everything reachable from each node in one or more steps (cycles allowed; a node on a
    cycle reaches itself, which callers drop)."""
    step: dict[str, set[str]] = {}
    for a, b in edges:
        step.setdefault(a, set()).add(b)
    reach: dict[str, set[str]] = {}
    for start in step:
        seen: set[str] = set()
        todo = list(step[start])
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(step.get(node, ()))
        reach[start] = seen
    return reach


def most_specific(types: set[str], supers: dict[str, set[str]]) -> set[str]:
    """The classes of ``types`` that no other class of ``types`` lies below."""
    return {t for t in types if not any(u != t and t in supers.get(u, ()) for u in types)}


def _asserted(store: ox.Store, pattern: str) -> list[tuple[str, str]]:
    """(?a, ?b) pairs of ``pattern`` in every graph but the inferred one, IRIs only."""
    text = (f"SELECT DISTINCT ?a ?b WHERE {{ GRAPH ?g {{ {pattern} }} "
            f"FILTER(?g != <{INFERRED_GRAPH}> && isIRI(?a) && isIRI(?b)) }}")
    return [(row["a"].value, row["b"].value) for row in store.query(text)]


def _triples(store: ox.Store) -> Iterable[tuple[str, str, str]]:
    subclass = _asserted(store, f"?a <{RDFS.subClassOf}> ?b")
    supers = closure(subclass)
    direct = set(subclass)
    for cls in sorted(supers):
        for above in sorted(supers[cls]):
            if above != cls and (cls, above) not in direct:
                yield cls, str(RDFS.subClassOf), above
    types: dict[str, set[str]] = {}
    for thing, cls in _asserted(store, f"?a <{RDF.type}> ?b"):
        types.setdefault(thing, set()).add(cls)
    for thing in sorted(types):
        for above in sorted(set().union(*(supers.get(cls, ()) for cls in types[thing])) - types[thing]):
            yield thing, str(RDF.type), above
        if types[thing] & _PROVENANCE:
            continue
        for cls in sorted(most_specific(types[thing], supers)):
            yield thing, str(CPPCC.mostSpecificClass), cls
    broader = closure(_asserted(store, f"?a <{SKOS.broader}> ?b"))
    for topic in sorted(broader):
        for above in sorted(broader[topic] - {topic}):
            yield topic, str(SKOS.broaderTransitive), above
    within = dict(_asserted(store, f"?a <{CPPCC.withinProvince}> ?b"))
    provinces = {thing for thing, classes in types.items() if str(CPPCC.Province) in classes}
    for body, area in sorted(_asserted(store, f"?a <{CPPCC.jurisdiction}> ?b")):
        province = within.get(area) or (area if area in provinces else None)
        if province:
            yield body, str(CPPCC.inProvince), province


def materialise(store: ox.Store) -> int:
    """Add the triples of the module docstring to the inferred graph of ``store`` (a filled
    build store); the number of triples that were not there yet."""
    graph = ox.NamedNode(str(INFERRED_GRAPH))
    quads = [ox.Quad(ox.NamedNode(s), ox.NamedNode(p), ox.NamedNode(o), graph) for s, p, o in _triples(store)]
    new = [q for q in quads if q not in store]
    store.extend(new)
    return len(new)
