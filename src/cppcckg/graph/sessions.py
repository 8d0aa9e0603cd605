"""Terms (届) and sessions (次会议) of a CPPCC committee, from the session a report was delivered
at (its metadata's ``session``, e.g. 政协重庆市第五届委员会第五次会议) and from the sessions the
reference lists (data/reference/sessions.yaml, whose names the reports mention: 市政协五届四次会议).

A term is the committee as constituted for one term of office, a body of its own
(``cppcc:CommitteeTerm``, ``cppcc:termOf`` the committee); a session is a dated event of a term
(``cppcc:Session``, ``cppcc:sessionOf`` the term, ``dcterms:date`` when the report was
delivered), and the report ``cppcc:deliveredAt`` it. A session name that does not read as
"…第N届委员会第M次会议" is left out rather than guessed.

Example:
    >>> parse_session("政协重庆市第五届委员会第五次会议")
    (5, 5)
    >>> parse_session("年度总结会") is None
    True
"""

from __future__ import annotations

import re
from typing import Protocol

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from cppcckg.vocab import CPPCC, DCTERMS, mint

__all__ = ["add_session", "add_term_and_session", "chinese_number", "parse_session", "session_key"]


class Triples(Protocol):
    """What a graph or a build's piece of one offers here: adding a triple."""

    def add(self, triple: tuple) -> None: ...


_DIGITS = {c: n for n, c in enumerate("零一二三四五六七八九")}
_SESSION = re.compile(r"第([一二三四五六七八九十]+)届委员会第([一二三四五六七八九十]+)次(?:全体)?会议")


def chinese_number(text: str) -> int | None:
    """1 to 99 written in Chinese numerals (五, 十三, 二十, 二十一); None for anything else."""
    if not text or any(c not in _DIGITS and c != "十" for c in text) or text.count("十") > 1:
        return None
    if "十" not in text:
        return _DIGITS[text] if len(text) == 1 and text != "零" else None
    tens, _, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1:
        return None
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[units] if units else 0)


def parse_session(name: str) -> tuple[int, int] | None:
    """(term, session) ordinals of a session name, or None."""
    found = _SESSION.search(name or "")
    if not found:
        return None
    term, session = chinese_number(found.group(1)), chinese_number(found.group(2))
    return (term, session) if term and session else None


def term_name(name: str) -> str:
    """The name of the term a session belongs to (政协重庆市第五届委员会)."""
    found = _SESSION.search(name)
    return name[:found.start()] + f"第{found.group(1)}届委员会" if found else name


def session_key(committee_key: str, term_no: int, session_no: int) -> str:
    """The key (and IRI tail) of a session: the reference's sessions.yaml and the reports'
    metadata meet at it."""
    return f"{committee_key}-term-{term_no}-session-{session_no}"


def add_term_and_session(g: Triples, committee_key: str, committee: URIRef, term_no: int, session_no: int, name: str,
                         date: str | None = None) -> URIRef:
    """The term (a body, ``termOf`` the committee) and the session (a dated event,
    ``sessionOf`` the term) called ``name``; the session node."""
    term = mint("body", f"{committee_key}-term-{term_no}")
    session = mint("session", session_key(committee_key, term_no, session_no))
    g.add((term, RDF.type, CPPCC.CommitteeTerm))
    g.add((term, RDFS.label, Literal(term_name(name), lang="zh")))
    g.add((term, CPPCC.termOf, committee))
    g.add((term, CPPCC.ordinal, Literal(term_no)))
    g.add((session, RDF.type, CPPCC.Session))
    g.add((session, RDFS.label, Literal(name, lang="zh")))
    g.add((session, CPPCC.sessionOf, term))
    g.add((session, CPPCC.ordinal, Literal(session_no)))
    if date:
        kind = XSD.gYearMonth if len(date) == 7 else XSD.date if len(date) == 10 else None
        g.add((session, DCTERMS.date, Literal(date, datatype=kind)))
    return session


def add_session(g: Triples, report_node: URIRef, name: str | None, committee_key: str | None, committee: URIRef | None,
                delivered: str | None) -> URIRef | None:
    """The term and session a report was delivered at; the session node, or None."""
    ordinals = parse_session(name or "")
    if ordinals is None or committee is None or not committee_key or not name:
        return None
    session = add_term_and_session(g, committee_key, committee, *ordinals, name, delivered)
    g.add((report_node, CPPCC.deliveredAt, session))
    return session
