"""SPARQL 1.1 Protocol pieces: read-only checks, result formats, running one query.

:func:`execute` runs in a query worker process (see :mod:`cppcckg.server.workers`): it refuses
queries nested deeper than the parser can take, counts rows against ``--max-rows`` while it
reads them and bytes against ``--max-bytes`` while it writes them, and writes SPARQL JSON, XML, CSV or TSV
(SELECT/ASK) or Turtle, JSON-LD, N-Triples or RDF/XML (CONSTRUCT/DESCRIBE) as the client's
``Accept`` header (or a ``format`` parameter) asks.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Sequence

import pyoxigraph as ox

from cppcckg.errors import QueryError
from cppcckg.query.sparqltext import check_nesting
from cppcckg.server.conneg import negotiate
from cppcckg.server.outbound import ServiceRefused, check_services
from cppcckg.vocab import XSD, turtle_prefixes

__all__ = [
    "GRAPH_MEDIA",
    "RESULT_MEDIA",
    "Answer",
    "CappedBuffer",
    "QueryRequest",
    "TooLarge",
    "execute",
    "is_update",
    "pick_format",
]

#: Result formats of SELECT/ASK: key → media type, and the media types each key answers to.
RESULT_MEDIA = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
_RESULT_OFFERS = [
    ("application/sparql-results+json", "json"), ("application/json", "json"),
    ("application/sparql-results+xml", "xml"), ("application/xml", "xml"), ("text/xml", "xml"),
    ("text/csv", "csv"), ("text/tab-separated-values", "tsv"),
]
#: Graph formats of CONSTRUCT/DESCRIBE.
GRAPH_MEDIA = {
    "ttl": "text/turtle",
    "jsonld": "application/ld+json",
    "nt": "application/n-triples",
    "rdfxml": "application/rdf+xml",
}
_GRAPH_OFFERS = [
    ("text/turtle", "ttl"), ("application/x-turtle", "ttl"), ("application/ld+json", "jsonld"),
    ("application/json", "jsonld"), ("application/n-triples", "nt"), ("text/plain", "nt"),
    ("application/rdf+xml", "rdfxml"), ("application/xml", "rdfxml"), ("text/xml", "rdfxml"),
]
_FORMAT_NAMES = {
    "json": "json", "srj": "json", "xml": "xml", "srx": "xml", "csv": "csv", "tsv": "tsv",
    "ttl": "ttl", "turtle": "ttl", "jsonld": "jsonld", "json-ld": "jsonld", "nt": "nt", "ntriples": "nt",
    "n-triples": "nt", "rdfxml": "rdfxml", "rdf": "rdfxml", "rdf/xml": "rdfxml",
}
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
_PROLOGUE = re.compile(r"""\s*(?:\#[^\n]*\n?|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)""", re.IGNORECASE)
_WORD = re.compile(r"\s*([A-Za-z]+)")


def is_update(text: str) -> bool:
    """True if ``text`` is a SPARQL Update request (its first keyword after the prologue)."""
    position = 0
    while True:
        match = _PROLOGUE.match(text, position)
        if not match or match.end() == position:
            break
        position = match.end()
    word = _WORD.match(text, position)
    return bool(word) and word.group(1).upper() in _UPDATE_WORDS


def pick_format(kind: str, accept: str | None, fmt: str | None) -> str:
    """The format key for a result of ``kind`` (``results`` or ``graph``): ``fmt`` if it names
    one of that kind, else by ``Accept``, else JSON (results) or Turtle (graphs)."""
    table = RESULT_MEDIA if kind == "results" else GRAPH_MEDIA
    offers = _RESULT_OFFERS if kind == "results" else _GRAPH_OFFERS
    if fmt:
        key = _FORMAT_NAMES.get(fmt.strip().lower())
        if key in table:
            return key
    media = negotiate(accept, [m for m, _ in offers])
    if media is None:
        return "json" if kind == "results" else "ttl"
    return dict(offers)[media]


@dataclass
class QueryRequest:
    """What a worker needs to run one query (a :class:`cppcckg.server.workers.Job`)."""

    query: str
    accept: str | None = None
    fmt: str | None = None
    default_graphs: Sequence[str] = ()
    named_graphs: Sequence[str] = ()
    max_rows: int = 10_000
    union_default: bool = True
    allowed_services: tuple[str, ...] = ()
    max_bytes: int = 50_000_000

    def run(self, store: Any) -> "Answer":
        return execute(store, self)

    @property
    def cost_key(self) -> tuple:
        """What makes two requests cost the same: the query and the graphs it runs over."""
        return (self.query, tuple(self.default_graphs), tuple(self.named_graphs))


@dataclass
class Answer:
    """An HTTP answer: status, media type, body and extra headers. ``retire`` tells the pool
    that the worker which wrote it should be replaced (it hit its memory limit)."""

    status: int
    media_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    retire: bool = False

    @classmethod
    def error(cls, status: int, message: str) -> "Answer":
        return cls(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Result writers: every byte counted as it is written
# ---------------------------------------------------------------------------------------------


class TooLarge(Exception):
    """The answer passed the byte limit while it was being written."""


class CappedBuffer:
    """A binary file-like object that refuses to hold more than ``limit`` bytes: pyoxigraph's
    writers and ours write into it, and the write that passes the limit raises TooLarge, so an
    answer is never materialised beyond the limit."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self._parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            self._parts.clear()
            raise TooLarge
        self._parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self._parts)


def _json_term(term: Any, xsd_string: str) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != xsd_string:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject, xsd_string),
                                              "predicate": _json_term(term.predicate, xsd_string),
                                              "object": _json_term(term.object, xsd_string)}}
    return {"type": "literal", "value": str(term)}


_RESULTS_FORMATS = {"xml": ox.QueryResultsFormat.XML, "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
_GRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML,
                  "jsonld": ox.RdfFormat.JSON_LD}


def _convert(data: bytes, fmt: str, limit: int) -> bytes:
    """SPARQL JSON results rewritten as XML, CSV or TSV by pyoxigraph's own writers."""
    parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    out = CappedBuffer(limit)
    parsed.serialize(out, format=_RESULTS_FORMATS[fmt])
    return out.getvalue()


def write_select(variables: list[str], rows: list[Any], fmt: str, limit: int = 50_000_000) -> bytes:
    """SELECT results in ``fmt``; TooLarge as soon as they pass ``limit`` bytes."""
    xsd_string = str(XSD.string)
    out = CappedBuffer(limit)
    out.write(b'{"head":{"vars":' + json.dumps(variables).encode("utf-8") + b'},"results":{"bindings":[')
    for i, row in enumerate(rows):
        binding = {v: _json_term(row[v], xsd_string) for v in variables if row[v] is not None}
        out.write((b"," if i else b"") + json.dumps(binding, ensure_ascii=False).encode("utf-8"))
    out.write(b"]}}")
    data = out.getvalue()
    return data if fmt == "json" else _convert(data, fmt, limit)


def write_ask(value: bool, fmt: str) -> bytes:
    data = json.dumps({"head": {}, "boolean": value}).encode("utf-8")
    return data if fmt == "json" else _convert(data, fmt, 1 << 20)


def write_graph(triples: list[Any], fmt: str, limit: int = 50_000_000) -> bytes:
    """CONSTRUCT/DESCRIBE triples in ``fmt``; TooLarge as soon as they pass ``limit`` bytes."""
    prefixes = turtle_prefixes() if fmt in ("ttl", "rdfxml") else None
    out = CappedBuffer(limit)
    ox.serialize(triples, out, format=_GRAPH_FORMATS[fmt], prefixes=prefixes)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# Running a query
# ---------------------------------------------------------------------------------------------


def too_many(limit: int, what: str) -> Answer:
    return Answer.error(
        422,
        f"result too large: the query returns more than {limit} {what} (this server's --max-rows); "
        "add LIMIT (and OFFSET to page), aggregate, or ask for fewer variables",
    )


def too_large(limit: int) -> Answer:
    return Answer.error(
        422,
        f"result too large: the answer passed {limit} bytes (this server's --max-bytes) and was stopped; "
        "add LIMIT (and OFFSET to page), or ask for fewer or shorter values (one GROUP_CONCAT can be huge)",
    )


def execute(store: Any, request: QueryRequest) -> Answer:
    """Run ``request`` on ``store`` (a read-only pyoxigraph Store) and write the answer."""
    if is_update(request.query):
        return Answer.error(403, "this endpoint is read-only: SPARQL Update is refused")
    try:
        check_nesting(request.query)
        check_services(request.query, request.allowed_services)
    except QueryError as exc:
        return Answer.error(400, str(exc))
    except ServiceRefused as exc:
        return Answer.error(403, str(exc))
    options: dict[str, Any] = {}
    if request.default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in request.default_graphs]
    else:
        options["use_default_graph_as_union"] = request.union_default
    if request.named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
    try:
        answer = store.query(request.query, **options)
        if isinstance(answer, ox.QueryBoolean):
            fmt = pick_format("results", request.accept, request.fmt)
            return Answer(200, RESULT_MEDIA[fmt] + "; charset=utf-8", write_ask(bool(answer), fmt))
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows = _at_most(answer, request.max_rows)
            if rows is None:
                return too_many(request.max_rows, "rows")
            fmt = pick_format("results", request.accept, request.fmt)
            return Answer(200, RESULT_MEDIA[fmt] + "; charset=utf-8", write_select(variables, rows, fmt, request.max_bytes))
        triples = _at_most(answer, request.max_rows)
        if triples is None:
            return too_many(request.max_rows, "triples")
        fmt = pick_format("graph", request.accept, request.fmt)
        return Answer(200, GRAPH_MEDIA[fmt] + "; charset=utf-8", write_graph(triples, fmt, request.max_bytes))
    except TooLarge:
        return too_large(request.max_bytes)
    except SyntaxError as exc:
        return Answer.error(400, f"invalid SPARQL query: {exc}")
    except (ValueError, TypeError) as exc:
        return Answer.error(400, f"cannot run this query: {exc}")
    except OSError as exc:
        if isinstance(exc.__context__, TooLarge) or "TooLarge" in str(exc):
            return too_large(request.max_bytes)
        return Answer.error(500, f"cannot read the store: {exc}")
    except RuntimeError as exc:
        return Answer.error(400, f"query failed: {exc}")


def _at_most(items, limit: int) -> list | None:
    """The items as a list, or None as soon as there are more than `limit` (stops reading)."""
    out = []
    for item in items:
        out.append(item)
        if len(out) > limit:
            return None
    return out
