"""The characters a regular expression's matches can start with, to skip patterns cheaply.

Most clauses hold one or two activity words out of twenty patterns; a pattern whose possible
first characters are all absent from a clause cannot match there, and a set test is far
cheaper than running the pattern. Patterns this analysis does not understand get None and
are always run.
"""

from __future__ import annotations

from typing import Any

try:  # the standard library's own regex parser (private, but present since Python 3.11)
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - an interpreter without them just skips the shortcut
    _C = _P = None

_EMPTY = ""  # marks that the pattern can match the empty string from here


def first_chars(pattern: str) -> frozenset[str] | None:
    """Every character a match of `pattern` can start with; None when unknown or when the
    pattern can match the empty string."""
    if _P is None:
        return None
    try:
        found = _first(list(_P.parse(pattern)), 0)
    except Exception:  # noqa: BLE001 - any surprise means: do not filter
        return None
    if found is None or _EMPTY in found:
        return None
    return frozenset(found)


def _first(items: list[Any], i: int) -> set[str] | None:
    out: set[str] = set()
    while i < len(items):
        op, arg = items[i]
        if op is _C.LITERAL:
            return out | {chr(arg)}
        if op is _C.IN:
            if any(kind is not _C.LITERAL for kind, _ in arg):
                return None  # ranges, classes and negated sets: give up
            return out | {chr(code) for _, code in arg}
        if op is _C.BRANCH or op is _C.SUBPATTERN:
            alternatives = arg[1] if op is _C.BRANCH else [arg[3]]
            combined: set[str] = set()
            for alternative in alternatives:
                found = _first(list(alternative), 0)
                if found is None:
                    return None
                combined |= found
            if _EMPTY not in combined:
                return out | combined
            rest = _first(items, i + 1)
            return None if rest is None else out | (combined - {_EMPTY}) | rest
        if op is _C.MAX_REPEAT or op is _C.MIN_REPEAT:
            low, _high, sub = arg
            found = _first(list(sub), 0)
            if found is None:
                return None
            if low > 0 and _EMPTY not in found:
                return out | found
            out |= found - {_EMPTY}
            i += 1
            continue
        if op is _C.ASSERT or op is _C.ASSERT_NOT or op is _C.AT:
            i += 1  # zero-width: the match starts with what follows
            continue
        return None
    return out | {_EMPTY}
