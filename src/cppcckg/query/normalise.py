"""One answer whatever the engine: rows of a query made alike across SPARQL engines.

Engines that all answer a query correctly still differ in form: Virtuoso gives a computed
boolean as the integer 1 or 0, an empty ``GROUP_CONCAT`` as ``""`` where Oxigraph leaves it
unbound, and every engine lists the values of a ``GROUP_CONCAT`` in the order its rows happen to
reach it. :func:`normalise` removes those differences, so the Python API, the CLI and the HTTP
API give identical values on the embedded store, ``oxigraph serve``, Virtuoso or Fuseki:

- a column aggregated with ``GROUP_CONCAT(... ; separator="S") AS ?col`` (found in the query
  text) holds its non-empty values sorted and joined with ``S`` again, and ``None`` when there
  are none (``""`` when the query says ``COALESCE(?col, "") AS ?other``). Queries aggregate
  ``COALESCE(?value, "")`` where a value may be missing for some rows of a group, because
  Oxigraph leaves the whole aggregate unbound then while Virtuoso skips the missing value;
- a column the query declares with ``# column: NAME boolean`` holds ``True``/``False`` (from
  booleans, 1/0 or "true"/"false"); ``# column: NAME integer`` holds an ``int``.

Example:
    >>> from cppcckg.query.named import Query
    >>> q = Query("q", 'SELECT (GROUP_CONCAT(?n; separator=", ") AS ?names) WHERE { }')
    >>> normalise(q, [{"names": "b, a"}, {"names": ""}])
    [{'names': 'a, b'}, {'names': None}]
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from cppcckg.query.named import Query

__all__ = ["list_columns", "normalise"]

_CONCAT = re.compile(
    r"GROUP_CONCAT\s*\((?:[^()]|\([^()]*\))*?;\s*SEPARATOR\s*=\s*(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')\s*\)"
    r"\s*AS\s*[?$]([A-Za-z_][A-Za-z0-9_]*)",
    re.IGNORECASE,
)
_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(literal: str) -> str:
    body = literal[1:-1]
    body = re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})", lambda m: chr(int(m.group(1) or m.group(2), 16)), body)
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), body)


_SELF_SEPARATED = re.compile(
    r"REPLACE\s*\(\s*GROUP_CONCAT\s*\(\s*(?:DISTINCT\s+)?COALESCE\s*\(\s*CONCAT\s*\(\s*[?$]\w+\s*,\s*"
    r"(\"(?:[^\"\\]|\\.)*\")\s*\)\s*,\s*\"\"\s*\)\s*;\s*SEPARATOR\s*=\s*\"\"\s*\)\s*,\s*\"[^\"]*\"\s*,\s*\"\"\s*\)"
    r"\s*AS\s*[?$]([A-Za-z_][A-Za-z0-9_]*)",
    re.IGNORECASE,
)
_ALIAS = re.compile(r"COALESCE\s*\(\s*[?$]([A-Za-z_][A-Za-z0-9_]*)\s*,\s*(?:\"\"|'')\s*\)\s*AS\s*[?$]([A-Za-z_][A-Za-z0-9_]*)",
                    re.IGNORECASE)


def list_columns(query: Query) -> dict[str, str]:
    """Column name → separator of every ``GROUP_CONCAT ... AS ?column`` in the query text, of a
    list whose items bring their own separator (``REPLACE(GROUP_CONCAT(COALESCE(CONCAT(?x,
    "; "), ""); separator=""), "; $", "") AS ?column``: no unbound value enters the aggregate),
    and of every ``COALESCE(?column, "") AS ?other`` that passes such a list on."""
    lists = {m.group(2): _unescape(m.group(1)) for m in _CONCAT.finditer(query.text)}
    lists.update({m.group(2): _unescape(m.group(1)) for m in _SELF_SEPARATED.finditer(query.text)})
    for m in _ALIAS.finditer(query.text):
        if m.group(1) in lists:
            lists[m.group(2)] = lists[m.group(1)]
    return lists


def _empty_lists(query: Query) -> set[str]:
    """Columns that the query itself turns into "" when the list is empty (COALESCE)."""
    return {m.group(2) for m in _ALIAS.finditer(query.text)}


def _boolean(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return value != 0
    text = str(value).strip().lower()
    return {"true": True, "1": True, "false": False, "0": False}.get(text, value)


def _integer(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    try:
        number = float(value)
    except (TypeError, ValueError):
        return value
    return int(number) if number.is_integer() else value


def normalise(query: Query, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with lists sorted, empty lists ``None`` and declared column kinds applied."""
    lists = list_columns(query)
    keep_empty = _empty_lists(query)
    kinds: Mapping[str, str] = dict(query.columns)
    if not lists and not kinds:
        return rows
    out = []
    for row in rows:
        row = dict(row)
        for column, separator in lists.items():
            value = row.get(column)
            if isinstance(value, str) and separator:
                items = sorted(item for item in value.split(separator) if item)
                row[column] = separator.join(items) if items else ("" if column in keep_empty else None)
        for column, kind in kinds.items():
            if column in row:
                row[column] = _boolean(row[column]) if kind == "boolean" else _integer(row[column])
        out.append(row)
    return out
