"""Outbound fetches a SPARQL query would make: ``SERVICE`` targets, found without trusting a parser.

The embedded engine runs ``SERVICE <url>`` by fetching ``url`` itself, so a public endpoint that
ran any query would fetch on a caller's behalf (server-side request forgery: the loopback
interface, the cloud metadata address, the intranet). The server therefore refuses every query
with a ``SERVICE`` clause unless its target is one the operator allowed (``--allow-service``).

The scan is lexical and errs on the side of refusal: SPARQL's ``\\u`` escapes are decoded first
(the grammar allows them anywhere), strings, IRIs and comments are skipped, and any remaining
bare word ``SERVICE`` counts. A target given by a variable is never allowed, since it is only
known at run time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cppcckg.query.sparqltext import decode_escapes

__all__ = ["ServiceRefused", "check_services", "service_targets"]

_IRI = re.compile(r"<([^<>\"{}|^`\\\x00-\x20]*)>")
_STRING = re.compile(r"'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^\"\\]|\\.|\"(?!\"\"))*\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"", re.S)
_WORD = re.compile(r"[A-Za-z_\u00C0-\uFFFF][\w\-.\u00B7\u00C0-\uFFFF]*")
_VARIABLE = re.compile(r"[?$][\w\u00B7\u00C0-\uFFFF]+")


@dataclass(frozen=True)
class _Token:
    kind: str  # "iri", "word", "pname", "var", "punct"
    value: str


class ServiceRefused(ValueError):
    """A query names an outbound SERVICE target the operator did not allow."""


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if ch in "'\"":
            match = _STRING.match(text, i)
            i = match.end() if match else i + 1
            out.append(_Token("punct", "string"))
            continue
        if ch == "<":
            match = _IRI.match(text, i)
            if match:
                out.append(_Token("iri", match.group(1)))
                i = match.end()
                continue
        if ch in "?$":
            match = _VARIABLE.match(text, i)
            if match:
                out.append(_Token("var", match.group(0)))
                i = match.end()
                continue
        match = _WORD.match(text, i)
        if match or ch == ":":
            # a word, or a prefixed name (prefix:local, :local, prefix:)
            j = match.end() if match else i
            if j < n and text[j] == ":":
                local = _WORD.match(text, j + 1)
                k = local.end() if local else j + 1
                out.append(_Token("pname", text[i:k]))
                i = k
                continue
            out.append(_Token("word", match.group(0) if match else ch))
            i = j if match else i + 1
            continue
        out.append(_Token("punct", ch))
        i += 1
    return out


def service_targets(query: str) -> list[str | None]:
    """The target IRI of every ``SERVICE`` clause of ``query``, in order; ``None`` where the
    target is a variable or cannot be read (such a clause is never allowed)."""
    tokens = _tokens(decode_escapes(query))
    prefixes: dict[str, str] = {}
    for a, b, c in zip(tokens, tokens[1:], tokens[2:]):
        if a.kind == "word" and a.value.upper() == "PREFIX" and b.kind == "pname" and c.kind == "iri":
            prefixes[b.value.split(":", 1)[0]] = c.value
    targets: list[str | None] = []
    for index, token in enumerate(tokens):
        if token.kind != "word" or token.value.upper() != "SERVICE":
            continue
        following = tokens[index + 1:index + 3]
        if following and following[0].kind == "word" and following[0].value.upper() == "SILENT":
            following = following[1:]
        target = following[0] if following else None
        if target is not None and target.kind == "iri":
            targets.append(target.value)
        elif target is not None and target.kind == "pname":
            prefix, local = target.value.split(":", 1)
            targets.append(prefixes[prefix] + local if prefix in prefixes else None)
        else:
            targets.append(None)
    return targets


def check_services(query: str, allowed: tuple[str, ...] | frozenset[str] = ()) -> None:
    """Raise :class:`ServiceRefused` unless every ``SERVICE`` target of ``query`` is in ``allowed``."""
    for target in service_targets(query):
        if target is None:
            raise ServiceRefused("SERVICE with a variable or unreadable endpoint is refused: this endpoint does not "
                                 "fetch on a caller's behalf; name an endpoint the operator allowed (--allow-service)")
        if target not in allowed:
            raise ServiceRefused(f"SERVICE <{target}> is refused: this endpoint does not fetch on a caller's behalf "
                                 "unless its operator allows that endpoint with --allow-service")
