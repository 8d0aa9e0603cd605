"""OWL 2 reasoning with HermiT (through owlready2), behind one function.

:func:`infer` returns only the new triples worth keeping: ``rdf:type`` of the ontology's
defined classes (``cppcc:JointSichuanChongqingActivity``) and ``cppcc:inProvince`` of bodies.
owlready2 is imported inside the functions: it is heavy and needs Java only here.

Each call uses a fresh owlready2 World and a temporary directory that is removed afterwards.
The reasoner sees the ontology plus the part of the data it can use: ``rdf:type`` triples and
triples whose predicate the ontology declares as a property (labels, selectors and the like are
left out, which keeps HermiT fast and away from datatypes it does not support).

Example:
    >>> inferred = infer(graph)  # doctest: +SKIP
    >>> (initiative, RDF.type, CPPCC.JointSichuanChongqingActivity) in inferred  # doctest: +SKIP
    True
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from cppcckg import errors
from cppcckg.graph.validate import ONTOLOGY_FILE, load_turtle
from cppcckg.graph.validate import short_name as _short
from cppcckg.vocab import (
    CPPCC,
    INFERRED_GRAPH,
    OA,
    OWL,
    QB,
    RDF,
    RDFS,
    XSD,
    bind_prefixes,
)

__all__ = ["JAVA_MISSING", "consistent", "infer", "infer_from", "load_ontology", "reasoner_input"]

JAVA_MISSING = (
    "Java not found: install a JRE (e.g. apt-get install default-jre-headless) "
    "or run build with --no-reason"
)

_PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
_KEEP_PREDICATES = (OWL.sameAs, OWL.differentFrom)
_BUILTIN = (str(OWL), str(RDF), str(RDFS))
_PROVENANCE_CLASSES = frozenset({
    CPPCC.Mention, CPPCC.Evidence, OA.SpecificResource, OA.TextPositionSelector, OA.TextQuoteSelector,
    QB.Observation,
})


# ---------------------------------------------------------------------------------------------
# Public functions
# ---------------------------------------------------------------------------------------------


def infer(data: Graph | Dataset, ontology: Path | None = None) -> Graph:
    """Run HermiT over the ontology and ``data``; return only the new triples worth keeping.

    Raises errors.DependencyError when Java is missing and errors.ValidationError (naming the
    individual and classes where it can) when ontology and data are inconsistent.
    """
    ontology_graph = load_ontology(ontology)
    return infer_from(reasoner_input(data, ontology_graph), ontology_graph)


def load_ontology(ontology: Path | None = None) -> Graph:
    """The ontology the reasoner works with (default: ontology/cppcc.ttl)."""
    return load_turtle(ontology or ONTOLOGY_FILE, "ontology file")


def infer_from(facts: Graph, ontology_graph: Graph) -> Graph:
    """:func:`infer` over facts already cut down by :func:`reasoner_input`, so a build can
    gather them report by report instead of holding the whole dataset."""
    java = _java()
    combined = _combine(ontology_graph, facts)
    try:
        inferred, _ = _hermit(combined, java)
    except _Inconsistent as exc:
        raise errors.ValidationError(_explain(ontology_graph, facts)) from exc

    defined = {
        cls
        for cls in ontology_graph.subjects(OWL.equivalentClass, None)
        if isinstance(cls, URIRef)
    }
    individuals = {s for s in facts.subjects() if isinstance(s, URIRef)}
    result = bind_prefixes(Graph())
    for s, p, o in inferred:
        if s not in individuals or (s, p, o) in facts:
            continue
        if (p == RDF.type and o in defined) or p == CPPCC.inProvince:
            result.add((s, p, o))
    return result


def consistent(ontology: Path | None = None) -> bool:
    """True when HermiT finds the ontology consistent and none of its classes unsatisfiable."""
    java = _java()
    ontology_graph = load_turtle(ontology or ONTOLOGY_FILE, "ontology file")
    try:
        _, unsatisfiable = _hermit(_combine(ontology_graph, Graph()), java)
    except _Inconsistent:
        return False
    return not unsatisfiable


# ---------------------------------------------------------------------------------------------
# HermiT through owlready2
# ---------------------------------------------------------------------------------------------


class _Inconsistent(Exception):
    pass


def _java() -> str:
    java = shutil.which("java")
    if java is None:
        raise errors.DependencyError(JAVA_MISSING)
    return java


def _hermit(graph: Graph, java: str) -> tuple[Graph, list[str]]:
    """Reason over ``graph``; return what HermiT added and the IRIs of unsatisfiable classes."""
    import owlready2

    owlready2.JAVA_EXE = java
    with tempfile.TemporaryDirectory(prefix="cppcckg-reason-") as tmp:
        source = Path(tmp) / "input.nt"
        graph.serialize(destination=str(source), format="nt", encoding="utf-8")
        world = owlready2.World()
        # owlready2 writes its own temporary N-Triples file for HermiT with tempfile and keeps it
        # when HermiT fails; point tempfile at our directory so that file goes with it.
        saved_tempdir = tempfile.tempdir
        tempfile.tempdir = tmp
        try:
            world.get_ontology(source.as_uri()).load()
            inferred_onto = world.get_ontology(str(INFERRED_GRAPH) + "#")
            with inferred_onto:
                owlready2.sync_reasoner(
                    world,
                    infer_property_values=True,
                    debug=0,
                    ignore_unsupported_datatypes=True,
                )
            buffer = io.BytesIO()
            inferred_onto.save(file=buffer, format="ntriples")
            unsatisfiable = sorted(
                cls.iri for cls in world.inconsistent_classes() if hasattr(cls, "iri")
            )
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            raise _Inconsistent() from exc
        except owlready2.OwlReadyJavaError as exc:
            lines = [line for line in str(exc).splitlines() if line.strip()]
            detail = lines[-1].strip() if lines else "no message"
            raise errors.ValidationError(
                f"HermiT could not reason over the ontology and data: {detail}"
            ) from exc
        finally:
            tempfile.tempdir = saved_tempdir
            world.close()
    inferred = Graph()
    inferred.parse(data=buffer.getvalue().decode("utf-8"), format="nt")
    return inferred, unsatisfiable


def _triples(data: Graph | Dataset) -> Iterable[tuple[Node, Node, Node]]:
    """Every triple of ``data``; for a Dataset all graphs except a previous inferred graph."""
    if isinstance(data, Dataset):
        for s, p, o, g in data.quads((None, None, None, None)):
            if g != INFERRED_GRAPH:
                yield s, p, o
    else:
        yield from data


def _triples_typed(data: Graph | Dataset | Iterable) -> Iterable[tuple[Node, Node, Node]]:
    if isinstance(data, Dataset):
        for s, p, o, _g in data.quads((None, RDF.type, None, None)):
            yield s, p, o
    elif isinstance(data, Graph):
        yield from data.triples((None, RDF.type, None))
    else:  # a build's piece of a report graph: a plain collection of triples
        yield from (t for t in data if t[1] == RDF.type)


def reasoner_input(data: Graph | Dataset, ontology: Graph) -> Graph:
    """The part of ``data`` the reasoner can use: types of named nodes, and values of the
    properties the ontology declares; provenance nodes (mentions, evidence and its selectors,
    statistics) are left out: no axiom of the ontology reaches them from an initiative or a
    body, SHACL checks their shape, and they are three quarters of the data (HermiT takes a
    third of the time without them and infers the same)."""
    object_properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty))
    provenance = {s for s, _p, o in _triples_typed(data) if o in _PROVENANCE_CLASSES}
    datatype_properties = set(ontology.subjects(RDF.type, OWL.DatatypeProperty))
    facts = Graph()
    misused = []
    for s, p, o in _triples(data):
        if not isinstance(s, URIRef) or isinstance(o, BNode) or s in provenance:
            continue
        if p in object_properties and not isinstance(o, URIRef):
            misused.append(f"{_short(s)} {_short(p)} {_short(o)}: expected an IRI, not a literal")
        elif p in datatype_properties and not isinstance(o, Literal):
            misused.append(f"{_short(s)} {_short(p)} {_short(o)}: expected a literal, not an IRI")
        elif (
            (p == RDF.type and isinstance(o, URIRef))
            or p in object_properties
            or p in datatype_properties
            or p in _KEEP_PREDICATES
        ):
            facts.add((s, p, o))
    if misused:
        misused.sort()
        more = f" (and {len(misused) - 1} more)" if len(misused) > 1 else ""
        raise errors.ValidationError(f"cannot reason over the data: {misused[0]}{more}")
    return facts


def _combine(ontology: Graph, facts: Graph) -> Graph:
    """Ontology plus facts, without the Data Cube typing of properties (qb:DimensionProperty
    and friends): that punning adds nothing for the reasoner and owlready2 warns about it."""
    combined = Graph()
    for triple in ontology:
        combined.add(triple)
    for triple in facts:
        combined.add(triple)
    properties = {s for t in _PROPERTY_TYPES for s in combined.subjects(RDF.type, t)}
    for prop in properties:
        for cls in list(combined.objects(prop, RDF.type)):
            if not str(cls).startswith(_BUILTIN):
                combined.remove((prop, RDF.type, cls))
    return combined


# ---------------------------------------------------------------------------------------------
# Explaining an inconsistency
# ---------------------------------------------------------------------------------------------

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


def _explain(ontology: Graph, facts: Graph) -> str:
    """A one-line reason why HermiT found ``facts`` inconsistent with ``ontology``."""
    problems = _disjoint_problems(ontology, facts) + _literal_problems(ontology, facts)
    if not problems:
        return (
            "ontology and data are inconsistent (HermiT); no individual in two disjoint classes "
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


def _disjoint_pairs(ontology: Graph) -> set[frozenset[Node]]:
    pairs = {frozenset((a, b)) for a, b in ontology.subject_objects(OWL.disjointWith)}
    for group in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(ontology.items(ontology.value(group, OWL.members)))
        pairs |= {frozenset((a, b)) for a in members for b in members if a != b}
    return pairs


def _disjoint_problems(ontology: Graph, facts: Graph) -> list[str]:
    supers = _superclasses(ontology)
    pairs = _disjoint_pairs(ontology)
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


def _literal_problems(ontology: Graph, facts: Graph) -> list[str]:
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
