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

__all__ = ["AssertedPairs", "asserted_in_nquads", "closure", "materialise", "most_specific", "new_triples", "path_triples"]

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


#: The predicates whose asserted (IRI, IRI) pairs the triples are made from.
_PREDICATES = (str(RDFS.subClassOf), str(RDF.type), str(SKOS.broader), str(CPPCC.withinProvince),
               str(CPPCC.jurisdiction))
_TYPE = str(RDF.type)

Pairs = dict[str, list[tuple[str, str]]]
#: thing → its asserted class, or classes (a tuple when more than one): most things have one,
#: and a build holds this for every typed node of the corpus.
Types = dict[str, "str | tuple[str, ...]"]


def _add_type(types: Types, thing: str, cls: str) -> None:
    have = types.get(thing)
    if have is None:
        types[thing] = cls
    elif type(have) is str:
        if have != cls:
            types[thing] = (have, cls)
    elif cls not in have:
        types[thing] = have + (cls,)


def _classes(value: "str | tuple[str, ...]") -> set[str]:
    return {value} if type(value) is str else set(value)


def _asserted(store: ox.Store) -> tuple[Pairs, Types]:
    """predicate → distinct (?a, ?b) pairs stated in every graph but the inferred one, IRIs
    only; rdf:type as the classes of each thing."""
    pairs: Pairs = {}
    for predicate in _PREDICATES:
        text = (f"SELECT DISTINCT ?a ?b WHERE {{ GRAPH ?g {{ ?a <{predicate}> ?b }} "
                f"FILTER(?g != <{INFERRED_GRAPH}> && isIRI(?a) && isIRI(?b)) }}")
        pairs[predicate] = [(row["a"].value, row["b"].value) for row in store.query(text)]
    types: Types = {}
    for thing, cls in pairs.pop(_TYPE):
        _add_type(types, thing, cls)
    return pairs, types


class AssertedPairs:
    """:func:`_asserted` read from N-Quads text as a build writes it (IRIs as they are, without
    escapes; one statement a line), fed slice by slice before it is loaded into a store."""

    def __init__(self) -> None:
        self._wanted = {f"<{p}>": p for p in _PREDICATES}
        self._found: dict[str, dict[tuple[str, str], None]] = {p: {} for p in _PREDICATES if p != _TYPE}
        self._types: Types = {}
        self._classes: dict[str, str] = {}  # one string per class, however many things have it
        self._inferred = f"<{INFERRED_GRAPH}>"

    def feed(self, text: str) -> None:
        """Read whole N-Quads lines."""
        self.feed_lines(text.split("\n"))

    def feed_lines(self, lines: Iterable[str]) -> None:
        wanted, found, inferred, types, classes = self._wanted, self._found, self._inferred, self._types, self._classes
        for line in lines:
            if not line.startswith("<"):
                continue  # a blank-node subject
            parts = line.split(" ", 2)
            predicate = wanted.get(parts[1]) if len(parts) == 3 else None
            if predicate is None or not parts[2].startswith("<"):
                continue  # another property, or a literal or blank node value
            rest = parts[2].split(" ", 2)
            if len(rest) == 3 and rest[1].startswith("<") and rest[1] != inferred:  # not the default graph
                if predicate == _TYPE:
                    cls = rest[0][1:-1]
                    _add_type(types, parts[0][1:-1], classes.setdefault(cls, cls))
                else:
                    found[predicate][(parts[0][1:-1], rest[0][1:-1])] = None

    def asserted(self) -> tuple[Pairs, Types]:
        return {p: list(pairs) for p, pairs in self._found.items()}, self._types


def asserted_in_nquads(lines: Iterable[str]) -> tuple[Pairs, Types]:
    """:class:`AssertedPairs` of N-Quads lines."""
    collector = AssertedPairs()
    collector.feed_lines(lines)
    return collector.asserted()


def _triples(asserted: tuple[Pairs, Types]) -> Iterable[tuple[str, str, str]]:
    pairs, types = asserted
    subclass = pairs[str(RDFS.subClassOf)]
    supers = closure(subclass)
    direct = set(subclass)
    for cls in sorted(supers):
        for above in sorted(supers[cls]):
            if above != cls and (cls, above) not in direct:
                yield cls, str(RDFS.subClassOf), above
    provinces = set()
    for thing in sorted(types):
        classes = _classes(types[thing])
        for above in sorted(set().union(*(supers.get(cls, ()) for cls in classes)) - classes):
            yield thing, _TYPE, above
        if str(CPPCC.Province) in classes:
            provinces.add(thing)
        if classes & _PROVENANCE:
            continue
        for cls in sorted(most_specific(classes, supers)):
            yield thing, str(CPPCC.mostSpecificClass), cls
    broader = closure(pairs[str(SKOS.broader)])
    for topic in sorted(broader):
        for above in sorted(broader[topic] - {topic}):
            yield topic, str(SKOS.broaderTransitive), above
    within = dict(pairs[str(CPPCC.withinProvince)])
    for body, area in sorted(pairs[str(CPPCC.jurisdiction)]):
        province = within.get(area) or (area if area in provinces else None)
        if province:
            yield body, str(CPPCC.inProvince), province


def path_triples(asserted: tuple[Pairs, Types]) -> list[tuple[str, str, str]]:
    """The triples of the module docstring made from ``asserted`` pairs (some may be in the
    inferred graph already: see :func:`new_triples`)."""
    return list(_triples(asserted))


def new_triples(asserted: tuple[Pairs, Types], inferred: set[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The triples of the module docstring made from ``asserted`` pairs, less those already in
    the inferred graph (``inferred``)."""
    return [t for t in _triples(asserted) if t not in inferred]


def materialise(store: ox.Store) -> int:
    """Add the triples of the module docstring to the inferred graph of ``store`` (a filled
    build store); the number of triples that were not there yet."""
    graph = ox.NamedNode(str(INFERRED_GRAPH))
    quads = [ox.Quad(ox.NamedNode(s), ox.NamedNode(p), ox.NamedNode(o), graph) for s, p, o in _triples(_asserted(store))]
    new = [q for q in quads if q not in store]
    store.extend(new)
    return len(new)
