"""The characters a regular expression's matches can start with, to skip patterns cheaply.

Most clauses hold one or two activity words out of twenty patterns; a pattern whose possible
first characters are all absent from a clause cannot match there, and a set test is far
cheaper than running the pattern. Patterns this analysis does not understand get None and
are always run.
"""

from __future__ import annotations

import re
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


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern`: split at each | outside groups and sets."""
    out: list[str] = []
    depth, start, i, in_set = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
            if pattern.startswith("^]", i + 1) or pattern.startswith("]", i + 1):
                i += pattern.index("]", i + 1) - i  # a ] first in a set is a member, not its end
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def guarded(pattern: str) -> str:
    """`pattern` behind a look-ahead that first tests whether a match can start here: the
    next character is one its alternatives can start with, or one of the alternatives whose
    first characters are unknown matches. It matches exactly what `pattern` matches, and where
    the engine cannot skip ahead by itself (no literal or set to scan for) most positions are
    given up after one set test instead of entering every alternative. Unchanged when the
    engine scans by itself, when nothing is known, or when an alternative that would be
    copied into the look-ahead has capturing groups (their numbers would change)."""
    if _P is None or _scans_itself(pattern):
        return pattern
    known: set[str] = set()
    unknown: list[str] = []
    for alternative in alternatives(pattern):
        found = first_chars(alternative)
        if found is None:
            unknown.append(alternative)
        else:
            known |= found
    if not known or (unknown and re.compile(pattern).groups):
        return pattern
    tests = ["[" + "".join(re.escape(ch) for ch in sorted(known)) + "]", *unknown]
    return f"(?={'|'.join(tests)})(?:{pattern})"


def searched(regex: re.Pattern[str]) -> re.Pattern[str]:
    """`regex` guarded (see `guarded`), for one that is searched for rather than matched at a
    given place; as it is when its flags (verbose) would make the split unsafe."""
    if regex.flags & (re.VERBOSE | re.IGNORECASE):
        return regex
    pattern = guarded(regex.pattern)
    return regex if pattern == regex.pattern else re.compile(pattern, regex.flags)


def _scans_itself(pattern: str) -> bool:
    """Does the regex engine find this pattern's candidate positions on its own (it opens
    with a literal, a set, or alternatives that each open with a literal)?"""
    try:
        items = list(_P.parse(pattern))
    except Exception:  # noqa: BLE001 - leave a pattern this does not understand as it is
        return True
    if not items:
        return True
    op, arg = items[0]
    if op is _C.LITERAL or op is _C.IN or op is _C.AT:  # AT: ^ tries one position only
        return True
    return op is _C.BRANCH and all(alt and list(alt)[0][0] is _C.LITERAL for alt in arg[1])


def required_literal(pattern: str) -> str | None:
    """The longest run of plain characters every match of `pattern` must hold (发言 for
    …的(?:大会)?发言), None when there is none: a text without it cannot match, and a substring
    test is far cheaper than running the pattern over the text."""
    if _P is None:
        return None
    try:
        items = list(_P.parse(pattern))
    except Exception:  # noqa: BLE001 - unknown: the pattern is always run
        return None
    best = run = ""
    for op, arg in items:
        run = run + chr(arg) if op is _C.LITERAL else ""
        best = run if len(run) > len(best) else best
    return best or None


class FirstCharIndex:
    """A leftmost search over many alternatives, as their union would find it, that tries at
    each place only the alternatives able to start with the character there.

    The union tries every alternative wherever any of them can start, and with hundreds of
    alternatives whose first characters cover the common words of these texts that is most
    places. Alternatives whose first characters are unknown are searched on their own, and
    only when the plain characters each must hold occur in the text."""

    def __init__(self, alternatives_all: list[str]):
        self._union = re.compile("|".join(f"(?:{a})" for a in alternatives_all))
        by_first: dict[str, list[str]] = {}
        self._unknown: list[tuple[str | None, re.Pattern[str]]] = []
        for alternative in alternatives_all:
            found = first_chars(alternative)
            if found is None:
                self._unknown.append((required_literal(alternative), re.compile(alternative)))
                continue
            for ch in found:
                by_first.setdefault(ch, []).append(alternative)
        self._by_first = {ch: re.compile("|".join(f"(?:{a})" for a in alts)) for ch, alts in by_first.items()}
        self._starts = re.compile("[" + "".join(re.escape(ch) for ch in sorted(by_first)) + "]")
        # Before the first place an alternative of unknown first characters matches, the
        # alternatives able to start with the character there choose as the union would (the
        # others cannot match there); without groups to number, their match is the union's own.
        self._own_choice = self._union.groups == 0

    def search(self, text: str) -> re.Match[str] | None:
        unknown_at = None  # where the leftmost alternative of unknown first characters matches
        for literal, regex in self._unknown:
            if literal is None or literal in text:
                match = regex.search(text)
                if match is not None and (unknown_at is None or match.start() < unknown_at):
                    unknown_at = match.start()
        by_first = self._by_first
        for start in self._starts.finditer(text, 0, len(text) if unknown_at is None else unknown_at):
            at = start.start()
            found = by_first[text[at]].match(text, at)
            if found is not None:  # (the union's own choice among those matching here)
                return found if self._own_choice else self._union.match(text, at)
        return self._union.match(text, unknown_at) if unknown_at is not None else None


def guard_patterns(namespace: dict[str, Any]) -> None:
    """Every compiled pattern of a module's namespace put behind its first-character look-ahead
    (see `searched`): the same matches, and a scan over a whole text gives up most places at
    one set test. Called at the end of a module, before another imports its patterns."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and not value.pattern.startswith("(?="):
            namespace[name] = searched(value)
