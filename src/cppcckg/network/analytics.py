"""Network measures of a projection (see network.py), with networkx's own algorithms.

- :func:`centralities`: degree, weighted degree, betweenness, eigenvector per node.
  Eigenvector centrality is computed per connected component (power iteration does not
  converge to anything meaningful across components) and scaled by ``sqrt(|C| / N)`` so the
  whole vector has unit length like networkx's result for a connected graph; isolated nodes
  get 0. Components above ``EXACT_EIGENVECTOR`` nodes use the sparse eigensolver (scipy). Betweenness is exact up to ``EXACT_BETWEENNESS`` nodes and estimated from a seeded
  sample of ``BETWEENNESS_SAMPLE`` sources above that.
- :func:`communities`: Louvain (seeded, weighted), largest first; :func:`modularity`.
- :func:`cross_border_pairs`: Sichuan body - Chongqing body pairs by the number of
  initiatives they ran together, with the number they were only listed together in apart.
- Links between bodies only named in one list (``link`` = ``listed``, see
  :mod:`cppcckg.network.links`) are not collaboration: centralities and communities leave them
  out (:func:`cppcckg.network.links.without_listed`).
- :func:`bridging_bodies`: bodies by joint Sichuan-Chongqing activities and by distinct
  partners across the border.
- :func:`annotate`: writes the numbers onto the nodes (for tooltips and exports).

Example:
    >>> import networkx as nx
    >>> g = nx.Graph([("a", "b"), ("b", "c"), ("x", "y")])
    >>> c = centralities(g)
    >>> c["b"]["betweenness"] > c["a"]["betweenness"]
    True
    >>> [sorted(s) for s in communities(g)]
    [['a', 'b', 'c'], ['x', 'y']]
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import networkx as nx

from cppcckg.network.catalogue import CHONGQING_KEY, SICHUAN_KEY
from cppcckg.network.links import link_kind, without_listed

__all__ = [
    "BETWEENNESS_SAMPLE",
    "EXACT_BETWEENNESS",
    "EXACT_EIGENVECTOR",
    "SEED",
    "annotate",
    "betweenness",
    "bridging_bodies",
    "centralities",
    "communities",
    "community_rows",
    "cross_border_pairs",
    "eigenvector",
    "modularity",
    "summary",
    "top_nodes",
]

SEED = 42
EXACT_BETWEENNESS = 1000
EXACT_EIGENVECTOR = 500
BETWEENNESS_SAMPLE = 256
BORDER = (SICHUAN_KEY, CHONGQING_KEY)


def betweenness(g: nx.Graph) -> dict[Any, float]:
    """Normalised betweenness (unweighted: a heavier link is a stronger tie, not a longer one)."""
    if g.number_of_nodes() <= EXACT_BETWEENNESS:
        return nx.betweenness_centrality(g, normalized=True)
    return nx.betweenness_centrality(g, k=BETWEENNESS_SAMPLE, normalized=True, seed=SEED)


def eigenvector(g: nx.Graph, weight: str | None = "weight") -> dict[Any, float]:
    """Eigenvector centrality per connected component, scaled by sqrt(|C| / N)."""
    out = {n: 0.0 for n in g}
    parts = [c for c in nx.connected_components(g) if len(c) > 1]
    total = sum(len(c) for c in parts)
    for comp in parts:
        sub = g.subgraph(comp)
        values = None
        if len(comp) > EXACT_EIGENVECTOR:
            try:  # sparse eigensolver: power iteration crawls on large bipartite graphs
                values = nx.eigenvector_centrality_numpy(sub, weight=weight, max_iter=10_000, tol=1e-8)
            except (ImportError, nx.NetworkXError, nx.PowerIterationFailedConvergence):  # pragma: no cover
                values = None
        if values is None:
            values = nx.eigenvector_centrality(sub, max_iter=5000, tol=1e-8, weight=weight)
        factor = math.sqrt(len(comp) / total)
        for n, v in values.items():
            out[n] = abs(v) * factor
    return out


def centralities(g: nx.Graph) -> dict[Any, dict[str, float]]:
    """node → {degree, strength, degree_centrality, betweenness, eigenvector}."""
    dc = nx.degree_centrality(g) if g.number_of_nodes() > 1 else {n: 0.0 for n in g}
    bc = betweenness(g)
    ec = eigenvector(g)
    return {
        n: {
            "degree": g.degree(n),
            "strength": g.degree(n, weight="weight"),
            "degree_centrality": dc[n],
            "betweenness": bc[n],
            "eigenvector": ec[n],
        }
        for n in g
    }


def communities(g: nx.Graph, seed: int = SEED) -> list[set]:
    """Louvain communities (weighted, seeded), largest first, ties by smallest member."""
    if g.number_of_nodes() == 0:
        return []
    if g.number_of_edges() == 0:
        parts = [{n} for n in g]
    else:
        parts = nx.community.louvain_communities(g, weight="weight", seed=seed)
    return sorted((set(p) for p in parts), key=lambda p: (-len(p), min(map(str, p))))


def modularity(g: nx.Graph, parts: list[set]) -> float:
    if g.number_of_edges() == 0 or not parts:
        return 0.0
    return nx.community.modularity(g, parts, weight="weight")


def annotate(g: nx.Graph) -> nx.Graph:
    """Add degree, strength, degree_centrality, betweenness, eigenvector and community to every
    node (rounded to 6 places, so outputs are stable); modularity and counts to the graph. The
    measures are those of the collaboration: ``listed`` links are left out."""
    full = g
    g = without_listed(full)
    values = centralities(g)
    parts = communities(g)
    for n, vals in values.items():
        for k, v in vals.items():
            full.nodes[n][k] = v if isinstance(v, int) else round(float(v), 6)
    for idx, part in enumerate(parts):
        for n in part:
            full.nodes[n]["community"] = idx
    full.graph["communities"] = len(parts)
    full.graph["modularity"] = round(modularity(g, parts), 6)
    full.graph["components"] = nx.number_connected_components(g) if g.number_of_nodes() else 0
    return full


# ---------------------------------------------------------------------------------------------
# Across the Sichuan-Chongqing border
# ---------------------------------------------------------------------------------------------


def _incidence(g: nx.Graph) -> tuple[dict[Any, set[str]], dict[str, bool]]:
    """body → initiatives it takes part in, and initiative → joint?, from either a bipartite
    view (initiative nodes) or a body view (``initiative_ids`` attributes)."""
    records = g.graph.get("initiative_records", {})
    joint = {i: bool(r.get("joint")) for i, r in records.items()}
    out: dict[Any, set[str]] = {}
    for n, d in g.nodes(data=True):
        if d.get("kind") != "body":
            continue
        ids = {m for m in g[n] if g.nodes[m].get("kind") == "initiative"}
        ids |= {i for i in str(d.get("initiative_ids", "")).split(";") if i}
        out[n] = ids
    for n, d in g.nodes(data=True):
        if d.get("kind") == "initiative":
            joint[n] = bool(d.get("joint"))
    return out, joint


def _label(g: nx.Graph, n) -> str:
    d = g.nodes[n]
    return d.get("label_zh") or d.get("label") or str(n)


def cross_border_pairs(g: nx.Graph, top: int | None = None) -> list[dict[str, Any]]:
    """(Sichuan body, Chongqing body) pairs by the number of initiatives they ran together
    (``ran_together``; ``joint`` of them joint activities), with the number of initiatives
    that only name them in one list (``listed_together``) apart."""
    inc, joint = _incidence(g)
    listed = g.graph.get("listed", {})
    side = {n: g.nodes[n].get("province") for n in inc}
    rows = []
    for a in sorted(n for n in inc if side[n] == BORDER[0]):
        for b in sorted(n for n in inc if side[n] == BORDER[1]):
            shared = inc[a] & inc[b]
            if shared:
                lst = {i for i in shared if link_kind(a, b, listed.get(i, ())) == "listed"}
                ran = shared - lst
                rows.append({
                    "sichuan": a, "sichuan_zh": _label(g, a), "sichuan_en": g.nodes[a].get("label_en", ""),
                    "chongqing": b, "chongqing_zh": _label(g, b), "chongqing_en": g.nodes[b].get("label_en", ""),
                    "ran_together": len(ran), "listed_together": len(lst), "joint": sum(1 for i in ran if joint.get(i)),
                })
    rows.sort(key=lambda r: (-r["ran_together"], -r["joint"], -r["listed_together"], r["sichuan"], r["chongqing"]))
    return rows[:top] if top else rows


def bridging_bodies(g: nx.Graph, top: int | None = None) -> list[dict[str, Any]]:
    """Bodies taking part in joint Sichuan-Chongqing activities: how many such activities, and
    how many distinct bodies across the border (Sichuan ↔ Chongqing) they ran one with."""
    inc, joint = _incidence(g)
    listed = g.graph.get("listed", {})
    members: dict[str, set] = defaultdict(set)
    for n, ids in inc.items():
        for i in ids:
            members[i].add(n)
    rows = []
    for n in sorted(inc):
        jids = {i for i in inc[n] if joint.get(i)}
        if not jids:
            continue
        prov = g.nodes[n].get("province", "")
        other = {BORDER[0]: BORDER[1], BORDER[1]: BORDER[0]}.get(prov)
        partners = {m for i in inc[n] for m in members[i] if m != n and other and g.nodes[m].get("province") == other
                    and link_kind(n, m, listed.get(i, ())) == "ran"}
        rows.append({
            "body": n, "label_zh": _label(g, n), "label_en": g.nodes[n].get("label_en", ""), "province": prov,
            "joint_activities": len(jids), "cross_border_partners": len(partners),
        })
    rows.sort(key=lambda r: (-r["joint_activities"], -r["cross_border_partners"], r["body"]))
    return rows[:top] if top else rows


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------

SORT_KEYS = ("degree", "betweenness", "eigenvector", "strength")


def top_nodes(g: nx.Graph, top: int = 10, sort: str = "degree") -> list[dict[str, Any]]:
    """The ``top`` nodes of an annotated graph by ``sort`` (ties: other measures, then id)."""
    if sort not in SORT_KEYS:
        raise ValueError(f"sort must be one of {', '.join(SORT_KEYS)}")
    order = [sort] + [k for k in ("degree", "betweenness", "eigenvector") if k != sort]

    def key(n):
        d = g.nodes[n]
        return tuple(-d.get(k, 0) for k in order) + (str(n),)

    rows = []
    for rank, n in enumerate(sorted(g.nodes, key=key)[:top], 1):
        d = g.nodes[n]
        rows.append({
            "rank": rank, "node": n, "label_zh": d.get("label_zh") or d.get("label", ""), "label_en": d.get("label_en", ""),
            "kind": d.get("kind", ""), "class": d.get("class", ""), "province": d.get("province", ""),
            "degree": d.get("degree", 0), "strength": d.get("strength", 0),
            "degree_centrality": d.get("degree_centrality", 0.0), "betweenness": d.get("betweenness", 0.0),
            "eigenvector": d.get("eigenvector", 0.0), "community": d.get("community", -1),
        })
    return rows


def community_rows(g: nx.Graph, top: int = 10, members: int = 3) -> list[dict[str, Any]]:
    """One row per community of an annotated graph: size, counts by kind, best-connected members."""
    groups: dict[int, list] = defaultdict(list)
    for n, d in g.nodes(data=True):
        groups[d.get("community", -1)].append(n)
    rows = []
    for cid in sorted(groups)[:top]:
        nodes = sorted(groups[cid], key=lambda n: (-g.nodes[n].get("degree", 0), str(n)))
        kinds = defaultdict(int)
        for n in nodes:
            kinds[g.nodes[n].get("kind", "")] += 1
        rows.append({
            "community": cid, "size": len(nodes), "bodies": kinds["body"], "initiatives": kinds["initiative"],
            "topics": kinds["topic"], "members": [_label(g, n) for n in nodes[:members]],
        })
    return rows


def summary(g: nx.Graph, top: int = 10, sort: str = "degree") -> dict[str, Any]:
    """Everything `cppcckg stats` prints, for an annotated graph."""
    return {
        "view": g.graph.get("view", ""), "filters": g.graph.get("filters", "none"),
        "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
        "components": g.graph.get("components", 0), "communities": g.graph.get("communities", 0),
        "modularity": g.graph.get("modularity", 0.0),
        "centrality": top_nodes(g, top, sort),
        "community_table": community_rows(g, top),
        "cross_border_pairs": cross_border_pairs(g, top),
        "bridging_bodies": bridging_bodies(g, top),
    }
