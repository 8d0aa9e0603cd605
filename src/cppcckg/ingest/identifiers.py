"""External identifiers of reference entities (data/reference/identifiers.yaml): which scheme,
which code, checked for its scheme's format when read so that a malformed code never reaches
the graph.

Example:
    >>> load_identifiers()["chongqing"]["gb2260"]  # doctest: +SKIP
    '500000'
"""

from __future__ import annotations

import re
from pathlib import Path

from cppcckg import resources
from cppcckg.errors import ReferenceDataError
from cppcckg.ingest.yamlio import load_yaml

__all__ = ["FILE", "FORMATS", "load_identifiers"]

FILE = "identifiers.yaml"

#: The format of each scheme's codes.
FORMATS = {
    "gb2260": re.compile(r"[1-8][0-9]{5}"),  # GB/T 2260: province (2), prefecture (2), county (2) digits
    "wikidata": re.compile(r"Q[1-9][0-9]*"),  # a Wikidata item
}


def load_identifiers(directory: Path | None = None, keys: set[str] | None = None) -> dict[str, dict[str, str]]:
    """entity key → {scheme: code}; empty when the folder has no identifiers file. With ``keys``
    (the reference's entity keys), an identifier of an unknown entity is an error."""
    path = Path(directory or resources.reference_dir()) / FILE
    if not path.is_file():
        return {}
    data = load_yaml(path, ReferenceDataError, "identifiers file") or {}
    schemes = data.get("schemes") or {} if isinstance(data, dict) else {}
    sources = (data.get("sources") or {}) if isinstance(data, dict) else {}
    out: dict[str, dict[str, str]] = {}
    for n, item in enumerate((data.get("identifiers") or []) if isinstance(data, dict) else [], 1):
        key, scheme, code = (str(item.get(f, "")) if isinstance(item, dict) else "" for f in ("key", "scheme", "id"))
        where = f"{path}: identifier {n} ({key or '?'})"
        if scheme not in FORMATS or scheme not in schemes:
            raise ReferenceDataError(f"{where}: unknown scheme {scheme!r}; use one of {', '.join(sorted(FORMATS))} "
                                     "and describe it with its source under schemes:")
        if not FORMATS[scheme].fullmatch(code):
            raise ReferenceDataError(f"{where}: {code!r} is not a {scheme} code; write it as a quoted string of its digits")
        if keys is not None and key not in keys:
            raise ReferenceDataError(f"{where}: no reference entity has the key {key!r}; fix the key")
        cited = item.get("source", []) if isinstance(item, dict) else []
        cited = [cited] if isinstance(cited, str) else cited
        missing = [c for c in cited if not isinstance(c, str) or c not in sources]
        if missing or not isinstance(cited, list):
            raise ReferenceDataError(f"{where}: source {missing or cited!r} is not listed under sources:; add its address there")
        if scheme in out.get(key, {}):
            raise ReferenceDataError(f"{where}: a second {scheme} code for {key}; keep one")
        out.setdefault(key, {})[scheme] = code
    return out
