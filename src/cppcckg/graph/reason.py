"""OWL reasoning behind one function, by one of two engines.

- ``rl``: OWL 2 RL in this process (:mod:`cppcckg.graph.rl`, the `reasonable` engine plus the
  ontology's property chains and self restrictions); needs no Java.
- ``hermit``: HermiT through owlready2, a full OWL 2 DL reasoner; needs Java.

``auto`` (:func:`choose`) takes HermiT when ``java`` is on the PATH and RL otherwise, and says
which. Both return only the new triples worth keeping: ``rdf:type`` of the ontology's defined
classes (``cppcc:JointSichuanChongqingActivity``) and the values of properties defined by a
property chain (``cppcc:inProvince`` of bodies); both refuse an inconsistent graph with
errors.ValidationError naming the individual and classes where they can.

HermiT runs in a fresh owlready2 World and a temporary directory that is removed afterwards.
Either engine sees the ontology plus the part of the data it can use (:func:`reasoner_input`):
``rdf:type`` triples and triples whose predicate the ontology declares as a property (labels,
selectors and the like are left out, which keeps it fast and away from datatypes HermiT does
not support).

Example:
    >>> inferred = infer(graph, reasoner="rl")  # doctest: +SKIP
    >>> (initiative, RDF.type, CPPCC.JointSichuanChongqingActivity) in inferred  # doctest: +SKIP
    True
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from cppcckg import errors
from cppcckg.graph.consistency import closure_problems, explain, literal_problems
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
    bind_prefixes,
)

__all__ = ["ENGINES", "JAVA_MISSING", "REASONERS", "choose", "consistent", "infer", "infer_from",
           "FactSet", "load_ontology", "reasoner_input", "reasoner_triples", "require"]

#: What ``--reasoner`` accepts.
REASONERS = ("auto", "rl", "hermit", "none")
#: How each engine is named to the user.
ENGINES = {"rl": "OWL 2 RL (reasonable, in-process)", "hermit": "HermiT (OWL 2 DL, Java)"}

JAVA_MISSING = (
    "--reasoner hermit needs Java, which is not on the PATH: install a JRE "
    "(e.g. apt-get install default-jre-headless) or use --reasoner rl (in-process, no Java)"
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


def choose(reasoner: str) -> tuple[str, str]:
    """The engine a ``--reasoner`` value means here ("rl", "hermit" or "none") and why, for the
    user: ``auto`` takes HermiT when Java is on the PATH, RL when it is not."""
    if reasoner not in REASONERS:
        raise errors.InputError(f"--reasoner {reasoner!r}: use one of {', '.join(REASONERS)}")
    if reasoner != "auto":
        return reasoner, "asked for"
    if shutil.which("java") is None:
        return "rl", "auto: no Java on the PATH"
    return "hermit", "auto: Java found"


def require(engine: str) -> None:
    """Fail before any work when ``engine`` cannot run here (Java for HermiT, the `reasonable`
    package for RL), with errors.DependencyError saying what to install or choose instead."""
    if engine == "hermit":
        _java()
    elif engine == "rl":
        from cppcckg.graph.rl import MISSING

        try:
            import reasonable  # noqa: F401
        except ImportError:
            raise errors.DependencyError(MISSING) from None


def infer(data: Graph | Dataset, ontology: Path | None = None, reasoner: str = "hermit") -> Graph:
    """Reason over the ontology and ``data``; return only the new triples worth keeping.

    Raises errors.DependencyError when the engine is missing (Java for HermiT) and
    errors.ValidationError (naming the individual and classes where it can) when ontology and
    data are inconsistent.
    """
    ontology_graph = load_ontology(ontology)
    return infer_from(reasoner_input(data, ontology_graph), ontology_graph, reasoner)


def load_ontology(ontology: Path | None = None) -> Graph:
    """The ontology the reasoner works with (default: ontology/cppcc.ttl)."""
    return load_turtle(ontology or ONTOLOGY_FILE, "ontology file")


def infer_from(facts: Graph, ontology_graph: Graph, reasoner: str = "hermit") -> Graph:
    """:func:`infer` over facts already cut down by :func:`reasoner_input`, so a build can
    gather them report by report instead of holding the whole dataset."""
    engine, _why = choose(reasoner)
    if engine == "rl":
        inferred = _rl(facts, ontology_graph)
    elif engine == "hermit":
        java = _java()
        try:
            inferred, _ = _hermit(_combine(ontology_graph, facts), java)
        except _Inconsistent as exc:
            raise errors.ValidationError(explain(ontology_graph, facts)) from exc
    else:
        return bind_prefixes(Graph())
    return _worth_keeping(inferred, facts, ontology_graph)


def _worth_keeping(inferred: Iterable[tuple[Node, Node, Node]], facts: Graph, ontology: Graph) -> Graph:
    """Memberships of defined classes and values of chain-defined properties, of the data's own
    individuals, that the data did not state."""
    defined = {cls for cls in ontology.subjects(OWL.equivalentClass, None) if isinstance(cls, URIRef)}
    chained = {prop for prop in ontology.subjects(OWL.propertyChainAxiom, None) if isinstance(prop, URIRef)}
    individuals = {s for s in facts.subjects() if isinstance(s, URIRef)}
    result = bind_prefixes(Graph())
    for s, p, o in inferred:
        if ((p == RDF.type and o in defined) or p in chained) and s in individuals and (s, p, o) not in facts:
            result.add((s, p, o))
    return result


def _rl(facts: Graph, ontology: Graph) -> set[tuple[Node, Node, Node]]:
    """The OWL 2 RL closure, refused when it breaks a disjointness or a property's range."""
    from cppcckg.graph.rl import materialise

    closure = materialise([*ontology, *facts], ontology)
    found = closure_problems(ontology, closure)
    if found or literal_problems(ontology, facts):
        raise errors.ValidationError(explain(ontology, facts, "OWL 2 RL", found))
    return closure


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
            # Named, not guessed: owlready2 guesses from the first kilobyte and takes an
            # N-Triples file whose first line is longer (a long evidence sentence) for RDF/XML.
            world.get_ontology(source.as_uri()).load(format="ntriples")
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
    facts = Graph()
    for triple in reasoner_triples(data, ontology):
        facts.add(triple)
    return facts


def reasoner_triples(data: Graph | Dataset | Iterable, ontology: Graph | ReasonerVocabulary) -> list[tuple]:
    """:func:`reasoner_input` as a list of triples (each once if ``data`` holds each once, as
    a Graph or a build's piece does), without an rdflib Graph; ``ontology`` may be its
    :class:`ReasonerVocabulary`, worked out once for many pieces."""
    vocabulary = ontology if isinstance(ontology, ReasonerVocabulary) else ReasonerVocabulary.of(ontology)
    object_properties, datatype_properties, kept = vocabulary
    provenance = {s for s, _p, o in _triples_typed(data) if o in _PROVENANCE_CLASSES}
    facts = []
    misused = []
    for s, p, o in _triples(data):
        if p not in kept or not isinstance(s, URIRef) or isinstance(o, BNode) or s in provenance:
            continue
        if p in object_properties and not isinstance(o, URIRef):
            misused.append(f"{_short(s)} {_short(p)} {_short(o)}: expected an IRI, not a literal")
        elif p in datatype_properties and not isinstance(o, Literal):
            misused.append(f"{_short(s)} {_short(p)} {_short(o)}: expected a literal, not an IRI")
        elif p != RDF.type or isinstance(o, URIRef):
            facts.append((s, p, o))
    if misused:
        misused.sort()
        more = f" (and {len(misused) - 1} more)" if len(misused) > 1 else ""
        raise errors.ValidationError(f"cannot reason over the data: {misused[0]}{more}")
    return list(dict.fromkeys(facts)) if isinstance(data, Dataset) else facts


class FactSet(set):
    """The reasoner's facts as a plain set of triples, with the few Graph methods the reasoners
    and consistency checks read (a build's facts take a fraction of an rdflib Graph's memory)."""

    def subjects(self, predicate: Node | None = None, object: Node | None = None) -> Iterable[Node]:  # noqa: A002
        return (s for s, p, o in self if (predicate is None or p == predicate) and (object is None or o == object))

    def subject_objects(self, predicate: Node | None = None) -> Iterable[tuple[Node, Node]]:
        return ((s, o) for s, p, o in self if predicate is None or p == predicate)


class ReasonerVocabulary(tuple):
    """(object properties, datatype properties, every predicate the reasoner reads) of an ontology."""

    @classmethod
    def of(cls, ontology: Graph) -> "ReasonerVocabulary":
        object_properties = frozenset(ontology.subjects(RDF.type, OWL.ObjectProperty))
        datatype_properties = frozenset(ontology.subjects(RDF.type, OWL.DatatypeProperty))
        return cls((object_properties, datatype_properties,
                    object_properties | datatype_properties | frozenset(_KEEP_PREDICATES) | {RDF.type}))


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
