"""Named SPARQL queries: loading, checking, and binding parameters safely.

A named query is a file ``queries/NAME.rq`` whose first comment lines say what it is::

    # title: Initiatives of one body
    # description: What one body did, alone or with others ...
    # param: body body the body: its canonical name, an alias or its IRI
    # param: year year? only initiatives whose period starts in this year

A ``# param:`` line gives the parameter's NAME (a SPARQL variable of the query), its KIND and
a description; a trailing ``?`` on the kind makes the parameter optional. Kinds:

- ``iri``: an IRI (``<...>``, absolute, or a prefixed name such as ``cppccid:body/cq-cppcc``);
- ``body``, ``programme``, ``topic``: a canonical name (Chinese or English), an alias or an IRI
  of such an entity, resolved to its IRI on the graph being queried (unknown names are an
  error that suggests close names);
- ``string``, ``integer``, ``year``: a literal.

Two names are special: an ``integer`` parameter called ``limit`` or ``offset`` pages the answer
(it becomes the query's ``LIMIT`` or ``OFFSET``, so the query itself must not have one), so a
page of a long table is the same rows from ``cppcckg query``, the HTTP API and the web pages.

Values are never pasted into the query text: :func:`bind` turns each one into an RDF term (an
escaped literal or a checked IRI) and puts them in a ``VALUES`` block at the start of the
outermost ``WHERE`` group. An optional parameter left out is bound to ``UNDEF``.

Two parameter names are for paging, not for VALUES: ``limit`` and ``offset`` of kind
``integer`` (``# param: limit integer? ...``) become the query's ``LIMIT`` and ``OFFSET``
(non-negative; left out, no limit), so that a page of a long table and ``cppcckg query`` with
the same parameters give the same rows. In a query with a sub-select they page the first
sub-select, which then gets the VALUES block too: the sub-select picks (and orders) one page of
rows and the outer query reads their details only.

Queries run over the union default graph (every named graph at once): pyoxigraph with
``use_default_graph_as_union=True``, ``oxigraph serve --union-default-graph``.

The ``PREFIX cppcc:`` and ``PREFIX cppccid:`` lines of a query are rewritten to the namespaces
of :mod:`cppcckg.vocab` (``vocab.DATA_NS`` as it is when the query is prepared), so a rebased
instance namespace keeps working; any other prefix of ``vocab.PREFIXES`` that a query uses
without declaring it is declared for it.

Example:
    >>> q = load("body-initiatives")
    >>> [p.name for p in q.params]
    ['body', 'year']
    >>> text = bind(q, {"body": "cppccid:body/cppcc-wanzhou"})
    >>> "VALUES (?body ?year)" in text
    True
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

from cppcckg import resources
from cppcckg.errors import QueryError
from cppcckg.query.names import NAMED_KINDS, lookup_query, resolve_name
from cppcckg.query.paging import PAGING, is_paging, paged
from cppcckg.query.sparqltext import (
    FORMS,
    UPDATE_WORDS,
    check_syntax,
    expand_iri,
    literal,
    looks_like_iri,
    outer_where_brace,
    prepare,
    query_form,
    words,
)

__all__ = [
    "COLUMN_KINDS",
    "KINDS",
    "PAGING",
    "QUERY_DIR",
    "Param",
    "Query",
    "NAMED_KINDS",
    "PAGING",
    "Resolver",
    "bind",
    "lookup_query",
    "check_syntax",
    "expand_iri",
    "list_queries",
    "literal",
    "load",
    "parse_columns",
    "parse_header",
    "prepare",
    "resolve_name",
]

#: The project's folder of named queries.
QUERY_DIR = resources.queries_dir()

#: Parameter kinds a ``# param:`` line may declare.
KINDS = ("iri", "body", "programme", "topic", "string", "integer", "year")

#: Kinds a ``# column:`` line may declare for a result column.
COLUMN_KINDS = ("boolean", "integer")

_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*\Z")
_PARAM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_COLUMN = re.compile(r"#\s*column\s*:\s*([A-Za-z_][A-Za-z0-9_]*)\s+(\S+)", re.IGNORECASE)
_HEADER = re.compile(r"#\s*(title|description|param)\s*:\s*(.*)\Z", re.IGNORECASE)


@dataclass(frozen=True)
class Param:
    """One declared parameter: ``?name`` in the query, bound from a value of ``kind``."""

    name: str
    kind: str
    description: str = ""
    optional: bool = False

    def describe(self) -> str:
        return f"{self.name} ({self.kind}{', optional' if self.optional else ''})"


@dataclass(frozen=True)
class Query:
    """A SPARQL query with its header. ``source`` names it in messages (a path or ``<text>``)."""

    name: str
    text: str
    title: str = ""
    description: str = ""
    params: tuple[Param, ...] = field(default_factory=tuple)
    source: str = "<text>"
    #: (column, kind) declared with ``# column: NAME KIND`` (boolean or integer), so that
    #: answers are alike on every engine (see query/normalise.py).
    columns: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    @property
    def form(self) -> str:
        """SELECT, ASK, CONSTRUCT or DESCRIBE."""
        return query_form(self.text, self.source)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def signature(self) -> str:
        """The parameters as one line: ``body (body), year (year, optional)``."""
        return ", ".join(p.describe() for p in self.params) or "none"


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


def parse_header(text: str, source: str = "<text>") -> tuple[str, str, tuple[Param, ...]]:
    """The title, description and parameters declared in the leading comment lines."""
    title = description = ""
    params: list[Param] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if not match:
            continue
        key, value = match.group(1).lower(), match.group(2).strip()
        if key == "title":
            title = value
        elif key == "description":
            description = f"{description} {value}".strip()
        else:
            params.append(_parse_param(value, source, number))
    names = [p.name for p in params]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise QueryError(f"{source}: parameter {', '.join(duplicates)} is declared twice")
    return title, description, tuple(params)


def _parse_param(value: str, source: str, line: int) -> Param:
    parts = value.split(None, 2)
    if len(parts) < 2:
        raise QueryError(f"{source}:{line}: '# param:' needs NAME KIND description, got {value!r}")
    name, kind = parts[0], parts[1]
    optional = kind.endswith("?")
    kind = kind.rstrip("?")
    if not _PARAM_NAME.match(name):
        raise QueryError(f"{source}:{line}: parameter name {name!r} is not a SPARQL variable name")
    if kind not in KINDS:
        raise QueryError(f"{source}:{line}: parameter {name} has kind {kind!r}; use one of {', '.join(KINDS)}")
    return Param(name, kind, parts[2].strip() if len(parts) > 2 else "", optional)


def parse_columns(text: str, source: str = "<text>") -> tuple[tuple[str, str], ...]:
    """(NAME, KIND) of each ``# column: NAME KIND`` line of the leading comments."""
    columns = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line and not line.startswith("#"):
            break
        match = _COLUMN.match(line)
        if match:
            name, kind = match.group(1), match.group(2)
            if kind not in COLUMN_KINDS:
                raise QueryError(f"{source}:{number}: column {name} has kind {kind!r}; use one of {', '.join(COLUMN_KINDS)}")
            columns.append((name, kind))
    return tuple(columns)


def _from_text(name: str, text: str, source: str) -> Query:
    title, description, params = parse_header(text, source)
    return Query(name=name, text=text, title=title, description=description, params=params, source=source,
                 columns=parse_columns(text, source))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise QueryError(f"{path}: not UTF-8 text; save the query as UTF-8") from None
    except OSError as exc:
        raise QueryError(f"{path}: cannot read the query ({exc.strerror})") from None


def list_queries(directory: Path | str | None = None) -> list[Query]:
    """Every named query of ``directory`` (default: the project's queries/), sorted by name."""
    folder = Path(directory) if directory is not None else QUERY_DIR
    if not folder.is_dir():
        raise QueryError(f"{folder}: no folder of named queries here; pass the folder that holds the *.rq files")
    return [_from_text(p.stem, _read(p), str(p)) for p in sorted(folder.glob("*.rq")) if _NAME.match(p.stem)]


def load(spec: str, directory: Path | str | None = None) -> Query:
    """A query by name (``metrics``), by file path (``my.rq``) or as SPARQL text."""
    if not isinstance(spec, str) or not spec.strip():
        raise QueryError("no query given: pass a query name, a .rq file or SPARQL text")
    spec_stripped = spec.strip()
    folder = Path(directory) if directory is not None else QUERY_DIR
    if _NAME.match(spec_stripped):
        path = folder / f"{spec_stripped}.rq"
        if path.is_file():
            return _from_text(spec_stripped, _read(path), str(path))
    if "\n" not in spec_stripped and (spec_stripped.endswith(".rq") or spec_stripped.endswith(".sparql")):
        path = Path(spec_stripped)
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return _from_text(path.stem, _read(path), str(path))
    if _looks_like_sparql(spec_stripped):
        return _from_text("<text>", spec, "<text>")
    known = [q.name for q in list_queries(folder)] if folder.is_dir() else []
    close = difflib.get_close_matches(spec_stripped, known, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise QueryError(
        f"unknown query {spec_stripped!r}{hint} Named queries: {', '.join(known) or 'none'} "
        "(or pass a .rq file or SPARQL text; `cppcckg query --list` describes them)"
    )


def _looks_like_sparql(text: str) -> bool:
    """True for text that starts like a query or update (a keyword among its first words)."""
    keywords = set(FORMS) | {"PREFIX", "BASE"} | UPDATE_WORDS
    return any(word.upper() in keywords for word, _ in words(text))


# ---------------------------------------------------------------------------------------------
# Terms
# ---------------------------------------------------------------------------------------------

def _integer(value: object, what: str) -> int:
    if isinstance(value, bool):
        raise QueryError(f"{what}: expected an integer, got {value!r}")
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if not re.fullmatch(r"[+-]?\d+", text):
        raise QueryError(f"{what}: expected an integer, got {value!r}")
    return int(text)


def _year(value: object, what: str) -> int:
    year = _integer(value, what)
    if not 1000 <= year <= 2999:
        raise QueryError(f"{what}: expected a four-digit year such as 2021, got {value!r}")
    return year


#: ``resolve(param, value) -> IRI`` for parameters of the NAMED_KINDS.
Resolver = Callable[[Param, str], str]


def _term(param: Param, value: object, resolve: Resolver | None) -> str:
    what = f"parameter {param.name}"
    if param.kind == "string":
        return literal(str(value))
    if param.kind == "integer":
        return str(_integer(value, what))
    if param.kind == "year":
        return str(_year(value, what))
    if param.kind == "iri":
        return f"<{expand_iri(str(value), what)}>"
    # body, programme, topic
    text = str(value).strip()
    if not text:
        raise QueryError(f"{what}: an empty {param.kind} name")
    if resolve is not None:
        return f"<{expand_iri(resolve(param, text), what)}>"
    if looks_like_iri(text):
        return f"<{expand_iri(text, what)}>"
    raise QueryError(f"{what}: {text!r} is a name; give the {param.kind}'s IRI or run the query on a graph that can resolve names")


# ---------------------------------------------------------------------------------------------
# Binding
# ---------------------------------------------------------------------------------------------


def bind(query: Query, values: Mapping[str, object] | None = None, resolve: Resolver | None = None) -> str:
    """The query's text, prepared and checked, with ``values`` bound in a VALUES block.

    Raises QueryError for unknown, missing or ill-formed parameters (listing the declared
    ones) and for text that is not valid SPARQL (with line and column).
    """
    values = dict(values or {})
    text, offset = prepare(query.text)
    query_form(text, query.source)
    check_syntax(text, query.source, offset)
    declared = {p.name for p in query.params}
    extra = sorted(set(values) - declared)
    if extra:
        raise QueryError(
            f"query {query.name!r} has no parameter {', '.join(extra)}; it takes: {query.signature()}"
        )
    missing = [p for p in query.params if not p.optional and values.get(p.name) is None]
    if missing:
        raise QueryError(
            f"query {query.name!r} needs parameter {', '.join(p.name for p in missing)}; it takes: "
            f"{query.signature()} (pass them as --param NAME=VALUE)"
        )
    if not query.params:
        return text
    bound_params = [p for p in query.params if not is_paging(p)]
    terms = []
    for p in bound_params:
        value = values.get(p.name)
        terms.append("UNDEF" if value is None else _term(p, value, resolve))
    variables = " ".join(f"?{p.name}" for p in bound_params)
    block = f" VALUES ({variables}) {{ ({' '.join(terms)}) }} " if bound_params else ""
    text = paged(query, values, text, block)
    if not block:
        check_syntax(text, query.source, offset)
        return text
    brace = outer_where_brace(text, query.source)
    bound = text[: brace + 1] + block + text[brace + 1 :]
    check_syntax(bound, query.source, offset)
    return bound
