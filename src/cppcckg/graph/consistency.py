"""Why ontology and data are inconsistent, in one line, and the checks an OWL 2 RL closure needs.

HermiT only says *that* the data are inconsistent; :func:`explain` finds an individual in two
classes the ontology declares disjoint (through its asserted types, subclasses, and the domains
and ranges of its properties) or a literal outside a property's range, so the user learns which
fact to fix. :func:`closure_problems` checks a materialised closure (the in-process reasoner's
output) against the same axioms: an RL engine derives the memberships but does not refuse them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from cppcckg.graph.validate import short_name as _short
from cppcckg.vocab import OWL, RDF, RDFS, XSD

__all__ = ["closure_problems", "disjoint_pairs", "explain", "literal_problems"]

_INTEGER_TYPES = {
    XSD.integer,
    XSD.int,
    XSD.long,
    XSD.short,
    XSD.byte,
    XSD.nonNegativeInteger,
    XSD.positiveInteger,
    XSD.nonPositiveInteger,
    XSD.negativeInteger,
    XSD.unsignedLong,
    XSD.unsignedInt,
    XSD.unsignedShort,
    XSD.unsignedByte,
}
_COMPATIBLE = {
    XSD.integer: _INTEGER_TYPES,
    XSD.decimal: _INTEGER_TYPES | {XSD.decimal},
    XSD.string: {XSD.string},
    XSD.boolean: {XSD.boolean},
}


def explain(ontology: Graph, facts: Graph, engine: str = "HermiT", found: Iterable[str] = ()) -> str:
    """A one-line reason why ``engine`` found ``facts`` inconsistent with ``ontology``: the
    told facts that clash when they say why, else what the engine ``found``."""
    problems = _disjoint_problems(ontology, facts) + literal_problems(ontology, facts) or list(found)
    if not problems:
        return (
            f"ontology and data are inconsistent ({engine}); no individual in two disjoint classes "
            "and no value outside a property's range was found: check owl:sameAs and "
            "owl:differentFrom in the data"
        )
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"ontology and data are inconsistent: {problems[0]}{more}"


def _superclasses(ontology: Graph) -> dict[Node, set[Node]]:
    parents: dict[Node, set[Node]] = defaultdict(set)
    for sub, sup in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            parents[sub].add(sup)
    for a, b in ontology.subject_objects(OWL.equivalentClass):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            parents[a].add(b)
            parents[b].add(a)
    closure: dict[Node, set[Node]] = {}

    def up(cls: Node) -> set[Node]:
        if cls not in closure:
            closure[cls] = {cls}
            for parent in parents.get(cls, ()):
                closure[cls] |= up(parent)
        return closure[cls]

    for cls in list(parents):
        up(cls)
    return defaultdict(set, closure)


def _superproperties(ontology: Graph, prop: Node) -> set[Node]:
    seen = {prop}
    todo = [prop]
    while todo:
        for parent in ontology.objects(todo.pop(), RDFS.subPropertyOf):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def disjoint_pairs(ontology: Graph) -> set[frozenset[Node]]:
    pairs = {frozenset((a, b)) for a, b in ontology.subject_objects(OWL.disjointWith)}
    for group in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(ontology.items(ontology.value(group, OWL.members)))
        pairs |= {frozenset((a, b)) for a in members for b in members if a != b}
    return pairs


def _disjoint_problems(ontology: Graph, facts: Graph) -> list[str]:
    supers = _superclasses(ontology)
    pairs = disjoint_pairs(ontology)
    reasons: dict[Node, dict[Node, str]] = defaultdict(dict)  # individual → class → why
    for s, cls in facts.subject_objects(RDF.type):
        reasons[s].setdefault(cls, "")
    for s, p, o in facts:
        if p == RDF.type:
            continue
        for prop in _superproperties(ontology, p):
            for dom in ontology.objects(prop, RDFS.domain):
                reasons[s].setdefault(dom, f"as subject of {_short(p)}")
            if isinstance(o, URIRef):
                for rng in ontology.objects(prop, RDFS.range):
                    reasons[o].setdefault(rng, f"as value of {_short(p)}")
    problems = []
    for individual in sorted(reasons):
        closure: dict[Node, str] = {}
        for cls, why in sorted(reasons[individual].items()):
            for sup in sorted(supers.get(cls, {cls}) | {cls}):
                via = "" if sup == cls else f"via {_short(cls)}"
                because = ", ".join(part for part in (why, via) if part) or "asserted"
                closure.setdefault(sup, because)
        found = sorted(
            tuple(sorted(pair)) for pair in pairs if all(member in closure for member in pair)
        )
        for a, b in found:
            problems.append(
                f"{_short(individual)} is both {_short(a)} ({closure[a]}) and {_short(b)} "
                f"({closure[b]}), which the ontology declares disjoint"
            )
    return problems


def literal_problems(ontology: Graph, facts: Graph) -> list[str]:
    problems = []
    for prop in sorted(ontology.subjects(RDF.type, OWL.DatatypeProperty)):
        ranges = set(ontology.objects(prop, RDFS.range))
        for s, o in sorted(facts.subject_objects(prop)):
            if not isinstance(o, Literal):
                continue
            for rng in ranges:
                allowed = _COMPATIBLE.get(rng)
                datatype = o.datatype or (RDF.langString if o.language else XSD.string)
                if allowed is not None and datatype not in allowed:
                    kind = f"@{o.language}" if o.language else _short(datatype)
                    problems.append(
                        f"{_short(s)} {_short(prop)} {str(o)!r} is {kind}, "
                        f"outside the range {_short(rng)}"
                    )
    return problems


def closure_problems(ontology: Graph, closure: Iterable[tuple[Node, Node, Node]]) -> list[str]:
    """What makes a materialised closure inconsistent under the ontology's own axioms (OWL 2 RL
    rules cax-dw, cax-adc, cls-nothing2, eq-diff1): an individual in two disjoint classes or in
    owl:Nothing, or the same as an individual it is declared different from."""
    types: dict[Node, set[Node]] = defaultdict(set)
    same: set[tuple[Node, Node]] = set()
    different: list[tuple[Node, Node]] = []
    for s, p, o in closure:
        if not isinstance(s, URIRef):
            continue  # the ontology's own restrictions and lists
        if p == RDF.type:
            types[s].add(o)
        elif p == OWL.sameAs:
            same.add((s, o))
        elif p == OWL.differentFrom:
            different.append((s, o))
    pairs = sorted(tuple(sorted(pair)) for pair in disjoint_pairs(ontology) if len(pair) == 2)
    problems = []
    for individual in sorted(types):
        have = types[individual]
        if OWL.Nothing in have:
            problems.append(f"{_short(individual)} is a member of owl:Nothing")
        for a, b in pairs:
            if a in have and b in have:
                problems.append(f"{_short(individual)} is both {_short(a)} and {_short(b)} (inferred by OWL 2 RL), "
                                "which the ontology declares disjoint")
    for a, b in sorted(different):
        if (a, b) in same or (b, a) in same or a == b:
            problems.append(f"{_short(a)} is declared different from {_short(b)} but is the same individual")
    return problems
