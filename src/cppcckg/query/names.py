"""Names of bodies, programmes and topics: the query that lists them on a graph, and resolving
a parameter's value (a name, an alias or an IRI) to one entity's IRI, with close names
suggested when none matches."""

from __future__ import annotations

import difflib
import re
from typing import Any, Iterable, Sequence

from cppcckg import vocab
from cppcckg.errors import QueryError
from cppcckg.query.sparqltext import expand_iri, looks_like_iri

__all__ = ["NAMED_KINDS", "lookup_query", "resolve_name"]

#: Kinds whose values are names resolved to IRIs on the queried graph.
NAMED_KINDS = ("body", "programme", "topic")


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


def resolve_name(param: Any, value: str, names: Sequence[tuple[str, str, str]]) -> str:
    """The IRI of the entity ``value`` names for ``param`` (a named query's Param: its name and
    kind), from (iri, name, how) rows of :func:`lookup_query`.

    ``value`` may be an IRI, a canonical name (Chinese or English) or an alias; names are
    compared ignoring case and white space, canonical names before aliases. Ambiguous or
    unknown names raise QueryError naming the parameter, with candidates or close names.
    """
    what = f"parameter {param.name}"
    kind = param.kind
    iris = {iri for iri, _, _ in names}
    if looks_like_iri(value):
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
