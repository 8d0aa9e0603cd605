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

Values are never pasted into the query text: :func:`bind` turns each one into an RDF term (an
escaped literal or a checked IRI) and puts them in a ``VALUES`` block at the start of the
outermost ``WHERE`` group. An optional parameter left out is bound to ``UNDEF``.

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
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from cppcckg import resources, vocab
from cppcckg.errors import QueryError

__all__ = [
    "COLUMN_KINDS",
    "KINDS",
    "QUERY_DIR",
    "Param",
    "Query",
    "NAMED_KINDS",
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

#: Kinds whose values are names resolved to IRIs on the queried graph.
NAMED_KINDS = ("body", "programme", "topic")

_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*\Z")
_PARAM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_COLUMN = re.compile(r"#\s*column\s*:\s*([A-Za-z_][A-Za-z0-9_]*)\s+(\S+)", re.IGNORECASE)
_HEADER = re.compile(r"#\s*(title|description|param)\s*:\s*(.*)\Z", re.IGNORECASE)
_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
# Characters an IRI may not contain (RFC 3987 and the SPARQL IRIREF rule).
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


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
    keywords = set(_FORMS) | {"PREFIX", "BASE"} | _UPDATE_WORDS
    return any(word.upper() in keywords for word, _ in _words(text))


# ---------------------------------------------------------------------------------------------
# Scanning SPARQL text (enough to find keywords, braces and prefixed names reliably)
# ---------------------------------------------------------------------------------------------

_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_VAR = re.compile(r"[?$][0-9A-Za-z_\u00B7\u00C0-\uFFFF]+")
_WORD = re.compile(r"[^\s{}()\[\],;\"'<>#?$=!&|*/+^]+")


def _tokens(text: str) -> Iterator[tuple[str, str, int]]:
    """(kind, text, offset) for comments, strings, IRIs, variables, words and punctuation."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c == "#":
            j = text.find("\n", i)
            j = n if j < 0 else j
            yield "comment", text[i:j], i
            i = j
        elif c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                if len(quote) == 1 and text[j] == "\n":
                    break
                j += 2 if text[j] == "\\" else 1
            j = min(n, j + len(quote))
            yield "string", text[i:j], i
            i = j
        elif c == "<":
            match = _IRIREF.match(text, i)
            if match:
                yield "iri", match.group(), i
                i = match.end()
            else:
                yield "punct", c, i
                i += 1
        elif c in "?$":
            match = _VAR.match(text, i)
            if match:
                yield "var", match.group(), i
                i = match.end()
            else:
                yield "punct", c, i
                i += 1
        else:
            match = _WORD.match(text, i)
            if match:
                yield "word", match.group(), i
                i = match.end()
            else:
                yield "punct", c, i
                i += 1


def _words(text: str) -> Iterator[tuple[str, int]]:
    return ((t, pos) for kind, t, pos in _tokens(text) if kind == "word")


def query_form(text: str, source: str = "<text>") -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first keyword after the prologue."""
    for word, _ in _words(text):
        upper = word.upper()
        if upper in _FORMS:
            return upper
        if upper in _UPDATE_WORDS:
            raise QueryError(f"{source}: {upper} is a SPARQL update; cppcckg only runs queries (SELECT, ASK, CONSTRUCT, DESCRIBE)")
    raise QueryError(f"{source}: not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE found")


def _outer_where_brace(text: str, source: str) -> int:
    """Offset of the '{' that opens the outermost WHERE group.

    That is the first top-level '{' after the WHERE keyword, or, for SELECT, ASK and DESCRIBE
    (which may leave WHERE out), the first top-level '{' after the query form. CONSTRUCT's
    first group is its template, so it needs the keyword.
    """
    depth = 0
    form: str | None = None
    where_seen = False
    for kind, token, pos in _tokens(text):
        if kind == "punct" and token == "{":
            if depth == 0 and (where_seen or form in ("SELECT", "ASK", "DESCRIBE")):
                return pos
            depth += 1
        elif kind == "punct" and token == "}":
            depth -= 1
        elif kind == "word" and depth == 0:
            upper = token.upper()
            if upper in _FORMS and form is None:
                form = upper
            elif upper == "WHERE" and form is not None:
                where_seen = True
    raise QueryError(f"{source}: cannot find the WHERE group to bind parameters in")


# ---------------------------------------------------------------------------------------------
# Preparing and checking
# ---------------------------------------------------------------------------------------------

_PREFIX_DECL = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:\s*<[^<>\s]*>")


def _namespaces() -> dict[str, str]:
    spaces = {prefix: str(ns) for prefix, ns in vocab.PREFIXES.items()}
    spaces["cppccid"] = str(vocab.DATA_NS)
    spaces["cppcc"] = str(vocab.CPPCC._NS)
    return spaces


def prepare(text: str) -> tuple[str, int]:
    """The text to run and how many lines were put in front of it.

    ``PREFIX cppcc:`` and ``PREFIX cppccid:`` are rewritten to the current vocab namespaces;
    prefixes of ``vocab.PREFIXES`` used but not declared are declared on one extra first line.
    """
    spaces = _namespaces()

    def rewrite(match: re.Match) -> str:
        prefix = match.group(1) or ""
        if prefix in ("cppcc", "cppccid"):
            return f"PREFIX {prefix}: <{spaces[prefix]}>"
        return match.group()

    text = _PREFIX_DECL.sub(rewrite, text)
    declared = {(m.group(1) or "") for m in _PREFIX_DECL.finditer(text)}
    used = set()
    for word, _ in _words(text):
        if ":" in word and not word.startswith(":"):
            used.add(word.split(":", 1)[0])
    missing = sorted(p for p in used - declared if p in spaces)
    if not missing:
        return text, 0
    header = " ".join(f"PREFIX {p}: <{spaces[p]}>" for p in missing)
    return f"{header}\n{text}", 1


_CHECKER = None
_POSITION = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.DOTALL)


def check_syntax(text: str, source: str = "<text>", line_offset: int = 0) -> None:
    """Raise QueryError with line and column if ``text`` is not a SPARQL query pyoxigraph parses."""
    global _CHECKER
    import pyoxigraph as ox

    if _CHECKER is None:
        _CHECKER = ox.Store()
    try:
        result = _CHECKER.query(text)
        del result
    except SyntaxError as exc:
        message = str(exc.args[0] if exc.args else exc)
        match = _POSITION.match(message)
        if not match:
            raise QueryError(f"{source}: invalid SPARQL: {_short(message)}") from None
        line, column = int(match.group(1)) - line_offset, int(match.group(2))
        lines = text.splitlines()
        near = lines[line - 1 + line_offset].strip() if 0 < line + line_offset <= len(lines) else ""
        where = f"{source}:{line}:{column}" if line > 0 else source
        raise QueryError(f"{where}: invalid SPARQL at line {line}, column {column}: {_short(match.group(3))}"
                         + (f" (in: {near[:80]!r})" if near else "")) from None


def _short(message: str) -> str:
    first = message.strip().splitlines()[0] if message.strip() else "syntax error"
    return first if len(first) <= 160 else first[:157] + "..."


# ---------------------------------------------------------------------------------------------
# Terms
# ---------------------------------------------------------------------------------------------

_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def literal(value: str) -> str:
    """A string as a SPARQL/N-Triples literal: quotes, backslashes and controls escaped."""
    out = []
    for char in value:
        if char in _ECHAR:
            out.append(_ECHAR[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def expand_iri(value: str, what: str = "value") -> str:
    """An absolute IRI from ``<iri>``, ``iri`` or a prefixed name of a known prefix; checked."""
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    prefix, sep, local = text.partition(":")
    spaces = _namespaces()
    if sep and prefix in spaces and not local.startswith("//"):
        text = spaces[prefix] + local.replace("\\/", "/")
    if not text:
        raise QueryError(f"{what}: an empty IRI")
    bad = _IRI_BAD.search(text)
    if bad:
        raise QueryError(f"{what}: {value!r} is not an IRI: it contains {bad.group()!r} "
                         '(IRIs cannot contain spaces or <>"{}|^`\\)')
    if not _SCHEME.match(text):
        raise QueryError(f"{what}: {value!r} is not an absolute IRI (it needs a scheme such as https:)")
    return text


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
    if _looks_like_iri(text):
        return f"<{expand_iri(text, what)}>"
    raise QueryError(f"{what}: {text!r} is a name; give the {param.kind}'s IRI or run the query on a graph that can resolve names")


def _looks_like_iri(text: str) -> bool:
    if text.startswith("<") and text.endswith(">"):
        return True
    prefix, sep, _ = text.partition(":")
    return bool(sep) and (prefix in _namespaces() or bool(_SCHEME.match(text) and "//" in text))


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
    terms = []
    for p in query.params:
        value = values.get(p.name)
        terms.append("UNDEF" if value is None else _term(p, value, resolve))
    variables = " ".join(f"?{p.name}" for p in query.params)
    block = f" VALUES ({variables}) {{ ({' '.join(terms)}) }} "
    brace = _outer_where_brace(text, query.source)
    bound = text[: brace + 1] + block + text[brace + 1 :]
    check_syntax(bound, query.source, offset)
    return bound


# ---------------------------------------------------------------------------------------------
# Names of bodies, programmes and topics
# ---------------------------------------------------------------------------------------------


def lookup_query(kind: str) -> str:
    """SELECT ?entity ?name ?how: every name (how = label or alias) of every entity of ``kind``
    (body: bodies and collectives; programme; topic)."""
    members = {
        "body": "{ ?entity cppcc:inReference ?known } UNION { ?entity a cppcc:Collective }",
        "programme": "?entity a cppcc:Programme .",
        "topic": "?entity a cppcc:Topic .",
    }
    if kind not in members:
        raise ValueError(f"no name lookup for kind {kind!r}; expected one of {', '.join(NAMED_KINDS)}")
    return (
        f"PREFIX cppcc: <{vocab.CPPCC._NS}>\n"
        f"PREFIX rdfs: <{vocab.RDFS}>\n"
        f"PREFIX skos: <{vocab.SKOS}>\n"
        "SELECT DISTINCT ?entity ?name ?how WHERE {\n"
        f"  {members[kind]}\n"
        '  { ?entity rdfs:label|skos:prefLabel ?name BIND("label" AS ?how) }\n'
        '  UNION { ?entity skos:altLabel ?name BIND("alias" AS ?how) }\n'
        "}"
    )


def _norm(name: str) -> str:
    return re.sub(r"\s+", "", name).casefold()


def resolve_name(param: Param, value: str, names: Sequence[tuple[str, str, str]]) -> str:
    """The IRI of the entity ``value`` names, from (iri, name, how) rows of :func:`lookup_query`.

    ``value`` may be an IRI, a canonical name (Chinese or English) or an alias; names are
    compared ignoring case and white space, canonical names before aliases. Ambiguous or
    unknown names raise QueryError naming the parameter, with candidates or close names.
    """
    what = f"parameter {param.name}"
    kind = param.kind
    iris = {iri for iri, _, _ in names}
    if _looks_like_iri(value):
        iri = expand_iri(value, what)
        if iri in iris:
            return iri
        raise QueryError(f"{what}: {value} is not a {kind} in the graph{_suggest(value.rsplit('/', 1)[-1], names, kind)}")
    wanted = _norm(value)
    for how in ("label", "alias"):
        found = sorted({iri for iri, name, h in names if h == how and _norm(name) == wanted})
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            listed = "; ".join(f"{_label_of(iri, names)} ({vocab.curie(iri)})" for iri in found[:6])
            plural = {"body": "bodies"}.get(kind, f"{kind}s")
            raise QueryError(f"{what}: {value!r} names several {plural}: {listed}; give the full name or the IRI")
    raise QueryError(f"{what}: no {kind} is called {value!r}{_suggest(value, names, kind)}")


def _label_of(iri: str, names: Iterable[tuple[str, str, str]]) -> str:
    labels = sorted(name for i, name, how in names if i == iri and how == "label")
    chinese = [n for n in labels if re.search(r"[\u4e00-\u9fff]", n)]
    return (chinese or labels or [iri])[0]


_LISTING = {"body": "body-hierarchy", "programme": "programme-initiatives", "topic": "initiatives-by-topic"}


def _suggest(value: str, names: Sequence[tuple[str, str, str]], kind: str) -> str:
    wanted = _norm(value)
    by_name: dict[str, str] = {}
    for iri, name, _ in names:
        by_name.setdefault(_norm(name), iri)
    candidates: list[str] = []
    if wanted:
        candidates += [by_name[n] for n in sorted(by_name, key=len) if wanted in n or (len(n) > 1 and n in wanted)]
    candidates += [by_name[n] for n in difflib.get_close_matches(wanted, list(by_name), n=5, cutoff=0.5)]
    seen: list[str] = []
    for iri in candidates:
        label = _label_of(iri, names)
        if label not in seen:
            seen.append(label)
    if not seen:
        return f"; `cppcckg query {_LISTING.get(kind, 'body-hierarchy')}` lists them"
    return f"; did you mean {', '.join(seen[:5])}?"
