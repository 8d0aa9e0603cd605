"""SPARQL text read without a parser: tokens, the query form, the outer WHERE group, prefixes,
the syntax check, and the nesting check that runs before any parser sees the text.

Why a nesting check: the embedded engine's parser and planner recurse once per level of a
query, so a query nested deep enough overflows the stack and kills the process (a segmentation
fault, not an error). Measured with pyoxigraph 0.5 on an 8 MiB stack: 1,000 nested ``OPTIONAL``
groups, 3,000 nested braces, 10,000 chained ``+``, ``||``, ``UNION`` or BINDs all crash. So
:func:`check_nesting` refuses, before parsing, a query nested deeper than :data:`MAX_NESTING`
levels, counting brackets and chained operators alike (ordinary queries stay far below: the
project's named queries reach 36); the server, ``cppcckg query`` and
:class:`cppcckg.query.kg.KnowledgeGraph` all go through it.
"""

from __future__ import annotations

import re
from typing import Iterator

import pyoxigraph as ox

from cppcckg import vocab
from cppcckg.errors import QueryError

__all__ = [
    "FORMS",
    "MAX_NESTING",
    "UPDATE_WORDS",
    "check_nesting",
    "check_syntax",
    "decode_escapes",
    "expand_iri",
    "literal",
    "looks_like_iri",
    "namespaces",
    "outer_where_brace",
    "prepare",
    "query_form",
    "tokens",
    "words",
]

FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
#: Deepest a query may nest (see :func:`check_nesting` for how depth is counted).
MAX_NESTING = 1_000

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def decode_escapes(text: str) -> str:
    """SPARQL's ``\\uXXXX`` and ``\\UXXXXXXXX`` escapes decoded (the grammar allows them
    anywhere, so a scan that did not decode them could be fooled)."""
    def one(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group(0)

    return _ESCAPE.sub(one, text)


# Strings and comments are skipped (their brackets are text). IRIs are matched so that a quote
# inside one cannot start a string, but their brackets are counted, so that ``1<((((…))))>0``
# cannot hide nesting from the check.
_SCAN = re.compile(
    r"""(?P<skip>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'"""
    r"""|"(?:[^"\\\n]|\\.)*"|\#[^\n]*)"""
    r"""|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)"""
    r"""|(?P<open>[{(\[])|(?P<close>[})\]])"""
    r"""|(?P<unary>(?:[!+\-]\s*){2,})"""
    r"""|(?P<op>\|\||&&|!=|<=|>=|[+*/|^=<>;]|(?<![\w:.])\.(?![\w.])|\b(?i:UNION|MINUS|OPTIONAL|BIND|FILTER)\b)"""
)


def check_nesting(text: str, source: str = "<text>") -> None:
    """QueryError, before any parser sees ``text``, if it nests deeper than MAX_NESTING.

    The depth at a point of the query is the number of brackets (``{``, ``(``, ``[``) open
    there plus the operators (``+``, ``||``, ``UNION``, ``OPTIONAL``, ``.``, ``;``...) before it
    in each open group: a chain of operators nests the parser as deep as brackets do. A run of
    unary ``!``/``-``/``+`` counts once per operator."""
    depth = 0
    chains = [0]
    for match in _SCAN.finditer(decode_escapes(text)):
        kind = match.lastgroup
        if kind == "open":
            depth += 1
            chains.append(0)
        elif kind == "close":
            if len(chains) > 1:
                depth -= 1 + chains.pop()
        elif kind == "op":
            chains[-1] += 1
            depth += 1
        elif kind == "unary":
            if depth + sum(1 for c in match.group() if c in "!+-") > MAX_NESTING:
                depth = MAX_NESTING + 1
        elif kind == "iri" and depth + sum(1 for c in match.group() if c in "([") > MAX_NESTING:
            depth = MAX_NESTING + 1
        if depth > MAX_NESTING:
            raise QueryError(
                f"{source}: the query nests more than {MAX_NESTING} levels deep (brackets, and chained operators "
                "such as +, ||, UNION, OPTIONAL or '.'); cppcckg refuses such queries before parsing them, since the "
                "parser would run out of stack: flatten it, split it, or use VALUES or IN (...) for long lists")



_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_VAR = re.compile(r"[?$][0-9A-Za-z_\u00B7\u00C0-\uFFFF]+")
_WORD = re.compile(r"[^\s{}()\[\],;\"'<>#?$=!&|*/+^]+")


def tokens(text: str) -> Iterator[tuple[str, str, int]]:
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


def words(text: str) -> Iterator[tuple[str, int]]:
    return ((t, pos) for kind, t, pos in tokens(text) if kind == "word")


def query_form(text: str, source: str = "<text>") -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first keyword after the prologue."""
    for word, _ in words(text):
        upper = word.upper()
        if upper in FORMS:
            return upper
        if upper in UPDATE_WORDS:
            raise QueryError(f"{source}: {upper} is a SPARQL update; cppcckg only runs queries (SELECT, ASK, CONSTRUCT, DESCRIBE)")
    raise QueryError(f"{source}: not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE found")


def outer_where_brace(text: str, source: str) -> int:
    """Offset of the '{' that opens the outermost WHERE group.

    That is the first top-level '{' after the WHERE keyword, or, for SELECT, ASK and DESCRIBE
    (which may leave WHERE out), the first top-level '{' after the query form. CONSTRUCT's
    first group is its template, so it needs the keyword.
    """
    depth = 0
    form: str | None = None
    where_seen = False
    for kind, token, pos in tokens(text):
        if kind == "punct" and token == "{":
            if depth == 0 and (where_seen or form in ("SELECT", "ASK", "DESCRIBE")):
                return pos
            depth += 1
        elif kind == "punct" and token == "}":
            depth -= 1
        elif kind == "word" and depth == 0:
            upper = token.upper()
            if upper in FORMS and form is None:
                form = upper
            elif upper == "WHERE" and form is not None:
                where_seen = True
    raise QueryError(f"{source}: cannot find the WHERE group to bind parameters in")


# ---------------------------------------------------------------------------------------------
# Preparing and checking
# ---------------------------------------------------------------------------------------------

_PREFIX_DECL = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:\s*<[^<>\s]*>")


def namespaces() -> dict[str, str]:
    spaces = {prefix: str(ns) for prefix, ns in vocab.PREFIXES.items()}
    spaces["cppccid"] = str(vocab.DATA_NS)
    spaces["cppcc"] = str(vocab.CPPCC._NS)
    return spaces


def prepare(text: str) -> tuple[str, int]:
    """The text to run and how many lines were put in front of it.

    ``PREFIX cppcc:`` and ``PREFIX cppccid:`` are rewritten to the current vocab namespaces;
    prefixes of ``vocab.PREFIXES`` used but not declared are declared on one extra first line.
    """
    spaces = namespaces()

    def rewrite(match: re.Match) -> str:
        prefix = match.group(1) or ""
        if prefix in ("cppcc", "cppccid"):
            return f"PREFIX {prefix}: <{spaces[prefix]}>"
        return match.group()

    text = _PREFIX_DECL.sub(rewrite, text)
    declared = {(m.group(1) or "") for m in _PREFIX_DECL.finditer(text)}
    used = set()
    for word, _ in words(text):
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
    check_nesting(text, source)
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

# Characters an IRI may not contain (RFC 3987 and the SPARQL IRIREF rule).
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
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
    spaces = namespaces()
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


def looks_like_iri(text: str) -> bool:
    if text.startswith("<") and text.endswith(">"):
        return True
    prefix, sep, _ = text.partition(":")
    return bool(sep) and (prefix in namespaces() or bool(_SCHEME.match(text) and "//" in text))
