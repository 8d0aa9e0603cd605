"""How two bodies of one initiative are linked: they *ran it together*, or were only *listed
together*.

A report that says 指导万州、江北、沙坪坝……等区县政协开展试点 names fourteen district committees in
one list, each of which ran its own pilot; drawn as collaboration, such a list becomes a clique
that looks like the strongest cooperation in the graph. Two participants of an initiative are
**listed together** when the initiative's evidence names three or more of its participants of
the same role one by one (each by its own name: 两地政协 or 万达开三地政协 name a group acting as
one, and do not count) and says nothing of acting jointly (:data:`JOINT_WORDS`). Every other
pair of participants (joint organisers, an organiser and a partner) **ran it together**. The
named query ``collaboration-links`` applies the same rule in SPARQL.

Example:
    >>> link_kind("a", "b", [frozenset({"a", "b", "c"})])
    'listed'
    >>> link_kind("a", "d", [frozenset({"a", "b", "c"})])
    'ran'
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

import networkx as nx

from cppcckg.store import run_query
from cppcckg.vocab import curie

__all__ = ["JOINT_WORDS", "LINK_KINDS", "MIN_LIST", "link_kind", "listed_groups", "without_listed"]

#: Words saying that the bodies named acted as one: a list with one of them ran together.
JOINT_WORDS = ("联合", "共同", "联名", "携手", "一起", "协同")
#: Fewest bodies of one role named one by one that make a list.
MIN_LIST = 3
#: Edge kinds of body-body links: key → (zh, en).
LINK_KINDS = {"ran": ("共同开展", "ran together"), "listed": ("同列名单", "listed together")}


def link_kind(a: str, b: str, groups: Iterable[frozenset[str]]) -> str:
    """``listed`` when ``a`` and ``b`` are in one of an initiative's lists, else ``ran``."""
    return "listed" if any(a in g and b in g for g in groups) else "ran"


def listed_groups(store, roles: dict[tuple[str, str], str], evidence: dict[str, list[tuple[str, int, int, str]]]) -> dict[str, list[frozenset[str]]]:
    """Initiative id → the sets of its participants named in one list (see the module docstring).

    ``roles`` maps (initiative IRI, body IRI) to ``organizer`` or ``partner``; ``evidence``
    maps an initiative IRI to its (report id, start, end, exact text) spans. Ids are prefixed
    names, as in the catalogue.
    """
    named: dict[str, list[tuple[int, str]]] = defaultdict(list)  # report IRI → (start, body IRI)
    q = """SELECT DISTINCT ?src ?start ?b WHERE { ?m a cppcc:Mention ; cppcc:mentions ?b ; cppcc:evidence ?e .
             ?e oa:hasSource ?src ; oa:hasSelector ?pos . ?pos oa:start ?start }"""
    for row in run_query(store, q):
        named[row["src"].value].append((int(row["start"].value), row["b"].value))
    by_initiative: dict[str, dict[str, str]] = defaultdict(dict)
    for (i, b), role in roles.items():
        by_initiative[i][b] = role
    out: dict[str, list[frozenset[str]]] = {}
    for i, spans in evidence.items():
        participants = by_initiative.get(i, {})
        if len(participants) < MIN_LIST:
            continue
        groups: set[frozenset[str]] = set()
        for src, start, end, text in spans:
            if any(w in text for w in JOINT_WORDS):
                continue
            per_role: dict[str, set[str]] = defaultdict(set)
            for pos, b in named.get(src, ()):
                if start <= pos < end and b in participants:
                    per_role[participants[b]].add(curie(b))
            groups.update(frozenset(bs) for bs in per_role.values() if len(bs) >= MIN_LIST)
        if groups:
            out[curie(i)] = sorted(groups, key=sorted)
    return out


def without_listed(g: nx.Graph) -> nx.Graph:
    """``g`` without its ``listed`` links (every node kept): the collaboration that measures
    and layouts look at. ``g`` itself when it has none."""
    if not any(d.get("link") == "listed" for _, _, d in g.edges(data=True)):
        return g
    h = nx.Graph()
    h.graph.update(g.graph)
    h.add_nodes_from(g.nodes(data=True))
    h.add_edges_from((a, b, d) for a, b, d in g.edges(data=True) if d.get("link") != "listed")
    return h
