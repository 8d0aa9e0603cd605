"""Paging a named query: the parameters ``limit`` and ``offset`` (kind ``integer``) become the
query's ``LIMIT`` and ``OFFSET`` instead of VALUES, so that a page of a long table and ``cppcckg
query`` with the same parameters give the same rows. In a query with a sub-select they page the
first sub-select, which then gets the VALUES block too: the sub-select picks (and orders) one
page of rows and the outer query reads their details only."""

from __future__ import annotations

import re
from typing import Any, Mapping

from cppcckg.errors import QueryError
from cppcckg.query.sparqltext import tokens

__all__ = ["PAGING", "is_paging", "paged"]


def _count(value: object, name: str) -> int:
    text = str(value).strip()
    if isinstance(value, bool) or not re.fullmatch(r"[+-]?\d+", text):
        raise QueryError(f"parameter {name}: expected an integer, got {value!r}")
    number = int(text)
    if number < 0:
        raise QueryError(f"parameter {name}: expected 0 or more, got {number}")
    return number


#: Parameter names that page a query's answer (``LIMIT``/``OFFSET``) instead of binding a variable.
PAGING = ("limit", "offset")


def is_paging(param: Any) -> bool:
    """True for a parameter that pages (``limit`` or ``offset`` of kind integer)."""
    return param.name in PAGING and param.kind == "integer"


def paged(query: Any, values: Mapping[str, object], text: str, block: str) -> str:
    """``text`` with ``LIMIT``/``OFFSET`` for the paging parameters given a value: at the end of
    the query, or, when it has a sub-select, at the end of the first one, which also gets the
    parameters' VALUES ``block`` (so that the outer query reads the details of one page only)."""
    tail = []
    for p in query.params:
        if is_paging(p) and values.get(p.name) is not None:
            number = _count(values[p.name], p.name)
            tail.append(f"{p.name.upper()} {number}")
    inner = _first_subselect(text) if any(is_paging(p) for p in query.params) else None
    if inner is None:
        return text.rstrip() + "\n" + " ".join(tail) + "\n" if tail else text
    where, close = inner
    text = text[:close] + (" " + " ".join(tail) + " " if tail else "") + text[close:]
    return text[: where + 1] + block + text[where + 1 :]


def _first_subselect(text: str) -> tuple[int, int] | None:
    """Offsets of the WHERE '{' of the query's first sub-select and of the '}' that closes the
    group holding it (where its solution modifiers end), or None without a sub-select."""
    depth = 0
    select_depth = where = None
    for kind, token, pos in tokens(text):
        if kind == "word" and token.upper() == "SELECT" and depth > 0 and select_depth is None:
            select_depth = depth
        elif kind == "punct" and token == "{":
            if select_depth is not None and where is None and depth == select_depth:
                where = pos
            depth += 1
        elif kind == "punct" and token == "}":
            if select_depth is not None and where is not None and depth == select_depth:
                return where, pos
            depth -= 1
    return None
