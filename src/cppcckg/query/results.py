"""Query answers as plain Python rows: written once, for every backend and for the server.

Rows are dicts of plain Python values, the same whichever backend answered: IRIs and blank
nodes as ``str`` (``_:id`` for blank nodes), integers as ``int``, ``xsd:decimal`` as ``int``
when whole and ``float`` otherwise, doubles and floats as ``float``, booleans as ``bool``, every
other literal as its lexical ``str``; an unbound variable is ``None``.

Three sources give terms: pyoxigraph terms (the embedded store, parsed N-Triples), SPARQL 1.1
JSON results (a remote endpoint, the server's query workers) and, for CONSTRUCT/DESCRIBE,
triples. :func:`from_solutions`, :func:`from_sparql_json` and :func:`from_triples` turn each
into a :class:`Result`.

Example:
    >>> from_sparql_json({"head": {"vars": ["n"]}, "results": {"bindings": [
    ...     {"n": {"type": "literal", "value": "3", "datatype": str(XSD.integer)}}]}}).rows
    [{'n': 3}]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Mapping

import pyoxigraph as ox

from cppcckg.errors import QueryError
from cppcckg.vocab import XSD

__all__ = ["Result", "from_solutions", "from_sparql_json", "from_triples", "json_value", "python_value", "term_value"]

_INTEGER_TYPES = {
    str(XSD[name])
    for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "nonPositiveInteger",
        "positiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
        "unsignedByte",
    )
}
_FLOAT_TYPES = {str(XSD.double), str(XSD.float)}
_DECIMAL = str(XSD.decimal)
_BOOLEAN = str(XSD.boolean)
TRIPLE_COLUMNS = ["subject", "predicate", "object"]


@dataclass
class Result:
    """What a query answered: column names and rows (ASK: one row ``{"ask": bool}``;
    CONSTRUCT/DESCRIBE: rows ``{"subject", "predicate", "object"}``). ``query`` is the named
    query that ran, when there was one."""

    columns: list[str]
    rows: list[dict[str, Any]]
    form: str = "SELECT"
    query: Any = field(default=None, repr=False)
    #: Warnings about the answer, e.g. an endpoint whose default graph is empty.
    notes: list[str] = field(default_factory=list)


def python_value(kind: str, value: str, datatype: str | None = None) -> Any:
    """A plain Python value for an RDF term given as (kind, lexical value, datatype IRI).

    ``kind`` is ``uri``, ``bnode`` or ``literal`` (the SPARQL JSON result names).
    """
    if kind == "bnode":
        return f"_:{value}"
    if kind != "literal" or not datatype:
        return value
    try:
        if datatype in _INTEGER_TYPES:
            return int(value)
        if datatype == _DECIMAL:
            number = Decimal(value)
            return int(number) if number == number.to_integral_value() else float(number)
        if datatype in _FLOAT_TYPES:
            return float(value)
    except (ValueError, InvalidOperation):
        return value
    if datatype == _BOOLEAN:
        return value.strip() in ("true", "1")
    return value


def term_value(term: Any) -> Any:
    """The plain value of a pyoxigraph term (None stays None)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return python_value("literal", term.value, term.datatype.value)
    return str(term)


def json_value(term: Mapping[str, Any] | None) -> Any:
    """The plain value of a SPARQL JSON term (``{"type", "value", "datatype"?}``; None stays None)."""
    if term is None:
        return None
    kind = term.get("type", "literal")
    if kind == "typed-literal":  # SPARQL 1.0 JSON
        kind = "literal"
    return python_value(kind, term.get("value", ""), term.get("datatype"))


def from_solutions(solutions: Any) -> Result:
    """The rows of a pyoxigraph SELECT answer."""
    columns = [v.value for v in solutions.variables]
    return Result(columns, [{c: term_value(s[c]) for c in columns} for s in solutions])


def from_triples(triples: Iterable[Any], form: str = "CONSTRUCT") -> Result:
    """The rows of a CONSTRUCT/DESCRIBE answer given as pyoxigraph triples (or quads)."""
    rows = [{"subject": term_value(t.subject), "predicate": term_value(t.predicate), "object": term_value(t.object)}
            for t in triples]
    return Result(list(TRIPLE_COLUMNS), rows, form)


def from_sparql_json(data: Mapping[str, Any], source: str = "the answer") -> Result:
    """The rows of a SPARQL 1.1 JSON result (SELECT or ASK), already decoded from JSON."""
    if isinstance(data, Mapping) and isinstance(data.get("boolean"), bool):
        return Result(["ask"], [{"ask": data["boolean"]}], "ASK")
    try:
        columns = [str(v) for v in data["head"].get("vars", [])]
        bindings = data["results"]["bindings"]
        rows = [{c: json_value(b.get(c)) for c in columns} for b in bindings]
    except (KeyError, TypeError, AttributeError):
        raise QueryError(f"{source} is not a SPARQL result (no boolean, or no head/vars and results/bindings)") from None
    return Result(columns, rows, "SELECT")
