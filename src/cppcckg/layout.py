"""Precomputed node positions (in screen pixels, y pointing down) so a page starts stable.

- ``spring``: networkx's seeded Fruchterman-Reingold layout. Above ``EXACT_SPRING`` nodes a
  graph with initiative nodes is laid out in two steps that keep it fast: the other nodes
  (bodies, topics) by spring over the links the initiatives make between them, then each
  initiative around the mean position of its neighbours (a sunflower spiral, so none overlap).
- ``geo``: bodies at their seat's latitude/longitude (equirectangular, north up, so Sichuan lies
  west of Chongqing as on a map; no tiles). Bodies sharing a seat are spread on a spiral around
  it, the best connected in the middle; bodies with no known seat sit at the mean of the seated
  bodies they work with; initiatives and topics around the mean of their neighbours.
- ``force``: no positions; the page runs vis-network's physics once and then stops it.

Example:
    >>> import networkx as nx
    >>> g = nx.Graph()
    >>> g.add_node("cd", kind="body", lat=30.65, lon=104.07)
    >>> g.add_node("cq", kind="body", lat=29.56, lon=106.55)
    >>> pos = geo(g)
    >>> pos["cd"][0] < pos["cq"][0] and pos["cd"][1] < pos["cq"][1]   # west and north
    True
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any, Hashable

import networkx as nx

from .errors import InputError

__all__ = ["EXACT_SPRING", "LAYOUTS", "PX_PER_DEGREE", "SEED", "compute_layout", "geo", "spring"]

LAYOUTS = ("spring", "geo", "force")
SEED = 42
EXACT_SPRING = 1000
PX_PER_DEGREE = 220.0
_GOLDEN = math.pi * (3 - math.sqrt(5))

Positions = dict[Hashable, tuple[float, float]]


def _sunflower(centre: tuple[float, float], index: int, step: float) -> tuple[float, float]:
    """The index-th point of a sunflower spiral around centre (index 0 is the centre)."""
    if index == 0:
        return centre
    r = step * math.sqrt(index)
    a = index * _GOLDEN
    return (centre[0] + r * math.cos(a), centre[1] + r * math.sin(a))


def _round(pos: Positions) -> Positions:
    return {n: (round(float(x), 2), round(float(y), 2)) for n, (x, y) in pos.items()}


def _scaled(raw: dict, n: int) -> Positions:
    radius = max(300.0, 45.0 * math.sqrt(max(n, 1)))
    return {k: (float(v[0]) * radius, float(v[1]) * radius) for k, v in raw.items()}


def _is_satellite(g: nx.Graph, n) -> bool:
    return g.nodes[n].get("kind") == "initiative"


def spring(g: nx.Graph, seed: int = SEED) -> Positions:
    """Seeded spring layout in pixels (see the module docstring for large graphs)."""
    n = g.number_of_nodes()
    if n == 0:
        return {}
    satellites = [v for v in g if _is_satellite(g, v)]
    anchors = [v for v in g if not _is_satellite(g, v)]
    if n <= EXACT_SPRING or not satellites or not anchors:
        iterations = 50 if n <= EXACT_SPRING else max(15, int(50 * EXACT_SPRING / n))
        return _round(_scaled(nx.spring_layout(g, seed=seed, weight="weight", iterations=iterations), n))
    # Two steps: anchors over the links initiatives make between them, then satellites.
    h = nx.Graph()
    h.add_nodes_from(sorted(anchors, key=str))
    for s in sorted(satellites, key=str):
        nbrs = sorted((m for m in g[s] if not _is_satellite(g, m)), key=str)
        for i, a in enumerate(nbrs):
            for b in nbrs[i + 1:]:
                w = h.edges[a, b]["weight"] + 1 if h.has_edge(a, b) else 1
                h.add_edge(a, b, weight=w)
    for a, b in g.edges:
        if not _is_satellite(g, a) and not _is_satellite(g, b):
            h.add_edge(a, b, weight=h.edges[a, b]["weight"] + 1 if h.has_edge(a, b) else 1)
    iterations = 50 if len(anchors) <= EXACT_SPRING else max(15, int(50 * EXACT_SPRING / len(anchors)))
    pos = _scaled(nx.spring_layout(h, seed=seed, weight="weight", iterations=iterations), n)
    _place_satellites(g, pos, [s for s in satellites], step=28.0)
    return _round(pos)


def _place_satellites(g: nx.Graph, pos: dict, nodes: list, step: float, taken: dict | None = None) -> list:
    """Place each node on a spiral around the mean of its placed neighbours; return the rest."""
    taken = taken if taken is not None else defaultdict(int)
    rest = []
    groups: dict[tuple[float, float], list] = defaultdict(list)
    for s in sorted(nodes, key=str):
        placed = [pos[m] for m in g[s] if m in pos]
        if not placed:
            rest.append(s)
            continue
        centre = (sum(p[0] for p in placed) / len(placed), sum(p[1] for p in placed) / len(placed))
        groups[(round(centre[0], 1), round(centre[1], 1))].append(s)
    for centre in sorted(groups):
        for s in groups[centre]:
            pos[s] = _sunflower(centre, taken[centre], step)
            taken[centre] += 1
    return rest


def geo(g: nx.Graph, px_per_degree: float = PX_PER_DEGREE) -> Positions:
    """Map-like positions from the ``lat``/``lon`` node attributes (seats of bodies)."""
    coords = {n: (float(d["lat"]), float(d["lon"])) for n, d in g.nodes(data=True) if d.get("lat") is not None and d.get("lon") is not None}
    if not coords:
        raise InputError(
            f"--layout geo needs bodies with seat coordinates; the {g.graph.get('view', 'given')} view has none "
            "(use --layout spring)"
        )
    lat0 = sum(c[0] for c in coords.values()) / len(coords)
    lon0 = sum(c[1] for c in coords.values()) / len(coords)
    shrink = math.cos(math.radians(lat0))

    def project(lat: float, lon: float) -> tuple[float, float]:
        return ((lon - lon0) * px_per_degree * shrink, -(lat - lat0) * px_per_degree)

    pos: dict[Any, tuple[float, float]] = {}
    taken: dict[tuple[float, float], int] = defaultdict(int)
    by_seat: dict[tuple[float, float], list] = defaultdict(list)
    for n, (lat, lon) in coords.items():
        x, y = project(lat, lon)
        by_seat[(round(x, 1), round(y, 1))].append(n)
    centres: dict[Any, tuple[float, float]] = {}
    for centre in sorted(by_seat):
        for n in sorted(by_seat[centre], key=lambda v: (-g.degree(v), str(v))):
            pos[n] = _sunflower(centre, taken[centre], 40.0)
            centres[n] = centre
            taken[centre] += 1
    # Bodies without a seat: the mean of seated bodies within two steps.
    unseated = sorted((n for n, d in g.nodes(data=True) if d.get("kind") == "body" and n not in pos), key=str)
    later = []
    for n in unseated:
        near = set()
        for m in g[n]:
            if m in centres:
                near.add(m)
            for k in g[m]:
                if k in centres and k != n:
                    near.add(k)
        if not near:
            later.append(n)
            continue
        cx = sum(centres[m][0] for m in near) / len(near)
        cy = sum(centres[m][1] for m in near) / len(near)
        centre = (round(cx, 1), round(cy, 1))
        pos[n] = _sunflower(centre, taken[centre], 40.0)
        taken[centre] += 1
    rest = _place_satellites(g, pos, [n for n in g if n not in pos and n not in later], 30.0, taken)
    rest += later
    # Anything still unplaced: a row under the map.
    if rest:
        bottom = max(p[1] for p in pos.values()) + 120.0
        left = min(p[0] for p in pos.values())
        for i, n in enumerate(sorted(rest, key=str)):
            pos[n] = (left + 70.0 * (i % 30), bottom + 60.0 * (i // 30))
    return _round(pos)


def compute_layout(g: nx.Graph, name: str, seed: int = SEED) -> Positions | None:
    """Positions for the named layout; None for ``force`` (the browser lays it out)."""
    if name not in LAYOUTS:
        raise InputError(f"--layout {name!r} is not one of {', '.join(LAYOUTS)}")
    if name == "force":
        return None
    if name == "geo":
        return geo(g)
    return spring(g, seed=seed)
