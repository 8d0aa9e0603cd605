"""The Python API: open the knowledge graph (embedded store or remote endpoint) and query it.

Rows come back as dicts of plain Python values, the same whichever backend answers (and
normalised by :mod:`cppcckg.query.normalise`: lists sorted, empty lists ``None``, declared
boolean columns ``bool`` even where an engine answers 1/0): IRIs and
blank nodes as ``str`` (``_:id`` for blank nodes), integers as ``int``, ``xsd:decimal`` as
``int`` when whole and ``float`` otherwise, doubles and floats as ``float``, booleans as
``bool``, every other literal as its lexical ``str``; an unbound variable is ``None``.

Example:
    >>> from cppcckg.query.kg import KnowledgeGraph
    >>> kg = KnowledgeGraph.open("out/store")  # doctest: +SKIP
    >>> rows = kg.query("metrics", measure="proposals_received", year=2021)  # doctest: +SKIP
    >>> rows[0]["value"], rows[0]["unit"]  # doctest: +SKIP
    (1501, '件')
    >>> KnowledgeGraph.open(endpoint="http://127.0.0.1:7878/query").query("district-cppccs")  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from cppcckg.errors import InputError, QueryError, StoreError
from cppcckg.query import named as Q
from cppcckg.query.names import lookup_query, resolve_name
from cppcckg.query.normalise import normalise
from cppcckg.query.endpoint import DEFAULT_TIMEOUT, Endpoint
from cppcckg.query.results import Result, from_solutions, from_sparql_json, from_triples, python_value
from cppcckg.store import DEFAULT_STORE, open_store

__all__ = ["KnowledgeGraph", "Result", "python_value"]


class _Embedded:
    def __init__(self, store: Any, name: str) -> None:
        self.store = store
        self.name = name

    def run(self, text: str, form: str) -> Result:
        try:
            answer = self.store.query(text, use_default_graph_as_union=True)
        except SyntaxError as exc:  # checked before; kept for text that bypassed queries.bind
            raise QueryError(f"{self.name}: invalid SPARQL: {exc}") from None
        except OSError as exc:
            raise StoreError(f"{self.name}: cannot read the store ({exc})") from None
        if form == "ASK":
            return Result(["ask"], [{"ask": bool(answer)}], form)
        if form in ("CONSTRUCT", "DESCRIBE"):
            return from_triples(answer, form)
        return from_solutions(answer)

    def close(self) -> None:
        self.store = None


_EMPTY_DEFAULT = (
    "{url}: the default graph is empty but named graphs hold data, so queries that read the default graph "
    "find nothing; make the server query the union of its named graphs (oxigraph serve --union-default-graph; "
    "Fuseki: tdb2:unionDefaultGraph true; Virtuoso does so by itself), see docs/scaling.md"
)


class _Remote:
    def __init__(self, url: str, timeout: float | None) -> None:
        self.endpoint = Endpoint(url, timeout)
        self.name = url
        self._empty_default: bool | None = None

    def empty_default_graph(self) -> bool:
        """True when the endpoint's default graph is empty while its named graphs hold data:
        the named queries then answer nothing (asked once, after a query found no rows)."""
        if self._empty_default is None:
            self._empty_default = not self.endpoint.ask("ASK { ?s ?p ?o }") and self.endpoint.ask(
                "ASK { GRAPH ?g { ?s ?p ?o } }"
            )
        return self._empty_default

    def run(self, text: str, form: str) -> Result:
        if form == "ASK":
            return Result(["ask"], [{"ask": self.endpoint.ask(text)}], form)
        if form in ("CONSTRUCT", "DESCRIBE"):
            return from_triples(self.endpoint.construct(text), form)
        columns, bindings = self.endpoint.select(text)
        result = from_sparql_json({"head": {"vars": columns}, "results": {"bindings": bindings}}, self.name)
        if not result.rows and self.empty_default_graph():
            result.notes.append(_EMPTY_DEFAULT.format(url=self.name))
        return result

    def close(self) -> None:
        pass


class KnowledgeGraph:
    """The graph behind one store or endpoint, queried by named query or SPARQL text."""

    def __init__(self, backend: Any, queries_dir: Path | str | None = None) -> None:
        self._backend = backend
        self._queries_dir = Path(queries_dir) if queries_dir is not None else None
        self._names: dict[str, list[tuple[str, str, str]]] = {}

    @classmethod
    def open(
        cls,
        store_dir: Path | str | None = None,
        endpoint: str | None = None,
        *,
        timeout: float | None = None,
        queries_dir: Path | str | None = None,
    ) -> "KnowledgeGraph":
        """The embedded store at ``store_dir`` (default out/store, opened read-only), or the
        SPARQL endpoint at ``endpoint`` (``timeout`` seconds per request, default 30)."""
        if store_dir is not None and endpoint is not None:
            raise InputError("give a store folder or an endpoint URL, not both")
        if endpoint is not None:
            return cls(_Remote(endpoint, DEFAULT_TIMEOUT if timeout is None else timeout), queries_dir)
        path = Path(store_dir) if store_dir is not None else DEFAULT_STORE
        return cls(_Embedded(open_store(path, read_only=True), str(path)), queries_dir)

    @classmethod
    def from_store(cls, store: Any, name: str = "<store>", queries_dir: Path | str | None = None) -> "KnowledgeGraph":
        """Wrap an open pyoxigraph Store (e.g. an in-memory one)."""
        return cls(_Embedded(store, name), queries_dir)

    @property
    def source(self) -> str:
        """The store folder or endpoint URL, for messages."""
        return self._backend.name

    def close(self) -> None:
        self._backend.close()

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries ------------------------------------------------------------------------------

    def named_queries(self) -> list[Q.Query]:
        """Every named query, sorted by name."""
        return Q.list_queries(self._queries_dir)

    def load(self, name_or_text: str | Q.Query) -> Q.Query:
        if isinstance(name_or_text, Q.Query):
            return name_or_text
        return Q.load(name_or_text, self._queries_dir)

    def bind(self, name_or_text: str | Q.Query, params: Mapping[str, Any] | None = None) -> tuple[Q.Query, str]:
        """The query and its text with ``params`` bound (body names resolved on this graph)."""
        query = self.load(name_or_text)
        return query, Q.bind(query, params or {}, self._resolve)

    def run(self, name_or_text: str | Q.Query, params: Mapping[str, Any] | None = None) -> Result:
        """Run a named query, a .rq file or SPARQL text with ``params``; columns and rows."""
        query, text = self.bind(name_or_text, params)
        result = self._backend.run(text, query.form)
        if query.form == "SELECT":
            result.rows = normalise(query, result.rows)
        result.query = query
        return result

    def query(self, name_or_text: str | Q.Query, **params: Any) -> list[dict[str, Any]]:
        """The rows of a query as dicts of plain Python values."""
        return self.run(name_or_text, params).rows

    def sparql(self, text: str) -> Result:
        """Run SPARQL text as it is (no parameters)."""
        return self.run(Q.Query(name="<text>", text=text), {})

    # -- names of bodies, programmes and topics ---------------------------------------------

    def names(self, kind: str) -> list[tuple[str, str, str]]:
        """(IRI, name, "label" or "alias") of every entity of a named kind (body, programme,
        topic), fetched once per graph."""
        if kind not in self._names:
            result = self._backend.run(lookup_query(kind), "SELECT")
            self._names[kind] = sorted(
                (str(r["entity"]), str(r["name"]), str(r["how"])) for r in result.rows if r.get("entity") and r.get("name")
            )
        return self._names[kind]

    def _resolve(self, param: Q.Param, value: str) -> str:
        return resolve_name(param, value, self.names(param.kind))
