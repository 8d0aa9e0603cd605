"""SHACL validation of the built graph, behind one function.

Two engines give the same results on every fixture of the tests (a test runs both): pySHACL,
the reference, and pyshacl-turbo, a Rust engine with pySHACL's API, several times faster
(docs/scaling.md has the figures). ``engine="auto"`` takes pyshacl-turbo when it is installed.

The data (a Graph, or a Dataset taken as the union of its graphs) is copied together with the
ontology, so that ``rdfs:subClassOf`` in the ontology counts for ``sh:class`` and
``sh:targetClass`` (SHACL reads class membership through ``rdf:type/rdfs:subClassOf*``). The
input graph is never changed.

Example:
    >>> from rdflib import Graph
    >>> validate(Graph()).conforms
    True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from cppcckg import errors, resources
from cppcckg.vocab import CPPCC, ORG, PREFIXES, QB, RDF, RDFS, SH, SKOS, bind_prefixes

__all__ = ["ENGINES", "ONTOLOGY_FILE", "SHAPES_FILE", "PieceValidator", "ValidationReport", "check", "engine_function",
           "validate"]

#: The ontology and the shapes shipped with the project.
ONTOLOGY_FILE = resources.ontology_file()
SHAPES_FILE = resources.shapes_file()
#: SHACL engines, by the name ``engine`` takes: Python module with pySHACL's validate().
ENGINES = {"turbo": "pyshacl_turbo", "pyshacl": "pyshacl"}


def engine_function(engine: str = "auto") -> Callable[..., tuple]:
    """The ``validate`` function of a SHACL engine ("auto": pyshacl-turbo if installed, else
    pySHACL; both return pySHACL's (conforms, results graph, results text))."""
    import importlib

    if engine == "auto":
        try:
            return importlib.import_module(ENGINES["turbo"]).validate
        except ImportError:
            engine = "pyshacl"
    if engine not in ENGINES:
        raise errors.InputError(f"SHACL engine {engine!r}: use one of auto, {', '.join(ENGINES)}")
    try:
        return importlib.import_module(ENGINES[engine]).validate
    except ImportError:
        raise errors.DependencyError(f"the SHACL engine {engine!r} needs the Python package "
                                     f"{ENGINES[engine].replace('_', '-')}: pip install it") from None


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate`.

    ``violations`` holds one readable line per SHACL result, sorted:
    ``<focus node> <path>: <message>``.
    """

    conforms: bool
    results_text: str
    violations: list[str] = field(default_factory=list)


def load_turtle(path: Path, what: str) -> Graph:
    """Parse a Turtle file, turning a missing or malformed file into an InputError."""
    try:
        return Graph().parse(str(path), format="turtle")
    except FileNotFoundError as exc:
        raise errors.InputError(f"{what} not found: {path}") from exc
    except Exception as exc:  # rdflib raises several parser error types
        raise errors.InputError(f"{what} {path} is not valid Turtle: {exc}") from exc


def _union(data: Graph | Dataset) -> Graph:
    """A new Graph with every triple of ``data`` (all named graphs of a Dataset)."""
    union = Graph()
    if isinstance(data, Dataset):
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
    else:
        for triple in data:
            union.add(triple)
    return union


def validate(
    data: Graph | Dataset,
    shapes: Path | None = None,
    *,
    ontology: Path | None = None,
    inference: str = "none",
    engine: str = "auto",
) -> ValidationReport:
    """Validate ``data`` against the SHACL shapes (default: ontology/shapes.ttl).

    ``ontology`` (default: ontology/cppcc.ttl) is mixed into a copy of the data so that
    subclasses count. ``inference`` is passed to pySHACL ("none" or "rdfs"; "none" is enough for
    the shapes here and is the fastest). ``engine``: see :func:`engine_function`.
    """
    shacl_validate = engine_function(engine)
    shapes_graph = load_turtle(shapes or SHAPES_FILE, "SHACL shapes file")
    ontology_graph = load_turtle(ontology or ONTOLOGY_FILE, "ontology file")
    work = _union(data)
    for triple in ontology_graph:
        work.add(triple)
    bind_prefixes(work)
    conforms, results_graph, results_text = shacl_validate(
        work,
        shacl_graph=shapes_graph,
        inference=inference,
        advanced=False,
        inplace=True,
        allow_warnings=False,
    )
    violations = sorted(_lines(results_graph, work))
    return ValidationReport(bool(conforms), str(results_text), violations)


def check(data: Graph | Dataset, shapes: Path | None = None) -> None:
    """Raise errors.ValidationError with a one-line summary if ``data`` does not conform."""
    report = validate(data, shapes)
    if not report.conforms:
        _raise(report.violations)


class PieceValidator:
    """Validates a dataset piece by piece, each piece together with a fixed context (the
    ontology and the reference entities) that is parsed and held once.

    A build hands it each report's graph in turn, so memory stays with one piece rather than
    the whole dataset. The shapes are local to a node and its report (organizers are bodies,
    evidence lies within its report), so checking each report with the reference finds what a
    check of the union would.
    """

    def __init__(self, context: Graph, shapes: Path | None = None, ontology: Path | None = None,
                 engine: str = "auto"):
        self.shacl_validate = engine_function(engine)
        self.shapes = load_turtle(shapes or SHAPES_FILE, "SHACL shapes file")
        self.work = Graph()
        for triple in load_turtle(ontology or ONTOLOGY_FILE, "ontology file"):
            self.work.add(triple)
        bind_prefixes(self.work)
        # pyshacl-turbo reads N-Triples text natively: the context is kept as text and each
        # piece joins it there, not in an rdflib graph or a store (most of a build's validation
        # time was indexing the same context again for every piece), with the shapes compiled once
        self._native = _native_validator(self.shacl_validate, self.shapes)
        self._context_nt: str | None = "".join(map(ntriple, self.work)) if self._native else None
        self.check(context)  # the context itself, once, whole
        # what a piece's shapes read of the context: the classes of its nodes, and what makes
        # a body a valid body (so bodies pass without their whole description)
        for triple in context:
            if triple[1] in _CONTEXT_PREDICATES:
                self.work.add(triple)
        if self._native:
            self._context_nt = "".join(map(ntriple, self.work))

    def check(self, piece: Graph | Iterable[tuple], lines: Iterable[str] | None = None) -> None:
        """Raise errors.ValidationError (as :func:`check`) if the piece with the context fails.
        ``lines``, when given, are the piece's triples already written as N-Triples (:func:`ntriple`)."""
        if self._native is not None and self._context_nt is not None:
            text = self._context_nt + "".join(lines if lines is not None else map(ntriple, piece))
            if self._native(text):
                return  # the usual case, without building rdflib graphs; a failure is redone below for its messages
        # a fresh graph each time: adding and removing a piece's triples from one graph leaves
        # rdflib's indexes holding every node ever seen, and memory grows with the corpus
        work = Graph()
        for triple in self.work:
            work.add(triple)
        for triple in piece:
            work.add(triple)
        bind_prefixes(work)
        conforms, results_graph, _text = self.shacl_validate(
            work, shacl_graph=self.shapes, inference="none", advanced=False, inplace=True,
            allow_warnings=False,
        )
        if not conforms:
            _raise(sorted(_lines(results_graph, work)))


def _native_validator(shacl_validate: Callable[..., tuple], shapes: Graph) -> Callable[[str], bool] | None:
    """For pyshacl-turbo, a function telling whether N-Triples text conforms to ``shapes``
    (compiled once; the text goes to the engine as it is, without a graph or store between);
    None for another engine."""
    if not shacl_validate.__module__.startswith(ENGINES["turbo"]):
        return None
    import pyshacl_turbo
    from pyshacl_turbo.rdf import Input

    compiled = pyshacl_turbo.compile_shapes(shapes)

    def conforms(text: str) -> bool:
        try:
            return bool(compiled.validate(Input(text, "nt", None, {}), allow_warnings=False)[0])
        except pyshacl_turbo.ValidationFailure:
            return False  # redone through the reference path, which reports it

    return conforms


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt_term(node: Node) -> str:
    if type(node) is URIRef:
        return f"<{node}>"
    if isinstance(node, Literal):
        text = '"' + str(node).translate(_NT_ESCAPES) + '"'
        if node.language:
            return f"{text}@{node.language}"
        return f"{text}^^<{node.datatype}>" if node.datatype else text
    if isinstance(node, BNode):
        return f"_:{node}"
    return f"<{node}>"


def ntriple(triple: tuple) -> str:
    """One N-Triples line, as rdflib's N-Triples writer gives it (PieceValidator's text; a
    build's N-Quads are these lines with the graph name added), without an rdflib Graph."""
    return f"{_nt_term(triple[0])} {_nt_term(triple[1])} {_nt_term(triple[2])} .\n"


_CONTEXT_PREDICATES = frozenset({RDF.type, RDFS.label, CPPCC.inReference,
                                 # the statistics' data set, structure and code lists (graph/cube.py)
                                 QB.structure, QB.component, QB.dimension, QB.measure, QB.attribute, QB.order,
                                 SKOS.inScheme, ORG.hasMember,
                                 # the sessions and terms of the reference (sessions.yaml)
                                 CPPCC.sessionOf, CPPCC.termOf, CPPCC.ordinal})


def _raise(violations: list[str]) -> None:
    count = len(violations)
    first = violations[0] if violations else "(no details)"
    noun = "violation" if count == 1 else "violations"
    raise errors.ValidationError(f"{count} SHACL {noun}; first: {first}")


def _lines(results: Graph, data: Graph) -> list[str]:
    lines = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        if message is None:
            component = results.value(result, SH.sourceConstraintComponent)
            message = f"fails {short_name(component)}" if component is not None else "fails a shape"
        value = results.value(result, SH.value)
        if isinstance(value, URIRef) and (focus is None or (focus, None, None) not in data):
            focus = value  # a graph-wide check (focus outside the data): the offending node leads
        where = _describe(data, focus) if focus is not None else "?"
        if path is not None:
            where += " " + _path_text(results, path)
        text = _IRI_IN_TEXT.sub(lambda m: short_name(URIRef(m.group(0))), str(message))
        if isinstance(value, URIRef) and value != focus and short_name(value) not in text:
            text += f" (value: {short_name(value)})"
        lines.append(f"{where}: {text}")
    return lines


# An absolute IRI written out in a message (pySHACL fills {?var} with full IRIs).
_IRI_IN_TEXT = re.compile(r"https?://[^\s<>\"{}|\\^`]+[^\s<>\"{}|\\^`.,;:)]")


def short_name(node: Node | None) -> str:
    """A node as a prefixed name where a project prefix fits, else in <...> or as a literal."""
    if isinstance(node, URIRef):
        text = str(node)
        best = ""
        best_prefix = ""
        for prefix, namespace in PREFIXES.items():
            ns = str(namespace)
            if text.startswith(ns) and len(ns) > len(best):
                best, best_prefix = ns, prefix
        if best and len(text) > len(best):
            return f"{best_prefix}:{text[len(best):]}"
        return f"<{text}>"
    if isinstance(node, Literal):
        return repr(str(node))
    if isinstance(node, BNode):
        return "[]"
    return str(node)


def _describe(data: Graph, node: Node) -> str:
    """A focus node for a message; a blank node is named by the IRI that points at it, e.g.
    ``cppccid:evidence/r1/0-10 oa:hasSelector []``."""
    if isinstance(node, BNode):
        for subject, predicate in sorted(data.subject_predicates(node)):
            if isinstance(subject, URIRef):
                return f"{short_name(subject)} {short_name(predicate)} []"
    return short_name(node)


def _path_text(graph: Graph, path: Node) -> str:
    """A SHACL property path in SPARQL-like syntax, e.g. ``rdf:type/rdfs:subClassOf*``."""
    if isinstance(path, URIRef):
        return short_name(path)
    if graph.value(path, RDF.first) is not None:
        items = [_path_text(graph, item) for item in graph.items(path)]
        return "/".join(items)
    for predicate, suffix in (
        (SH.zeroOrMorePath, "*"),
        (SH.oneOrMorePath, "+"),
        (SH.zeroOrOnePath, "?"),
    ):
        inner = graph.value(path, predicate)
        if inner is not None:
            return _path_text(graph, inner) + suffix
    inner = graph.value(path, SH.inversePath)
    if inner is not None:
        return "^" + _path_text(graph, inner)
    inner = graph.value(path, SH.alternativePath)
    if inner is not None:
        return "(" + "|".join(_path_text(graph, item) for item in graph.items(inner)) + ")"
    return "[path]"
