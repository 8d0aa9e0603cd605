"""Precomputed node positions (in screen pixels, y pointing down) so a page starts stable.

- ``spring``: networkx's spring models, one connected component at a time, the components then
  packed in rows, largest first. Components up to ``KAMADA_KAWAI`` nodes use Kamada-Kawai
  (springs as long as graph distances: two committees sharing twelve activities stay apart
  with the activities between them), larger ones seeded Fruchterman-Reingold. Above
  ``EXACT_SPRING`` nodes a component with initiative nodes is laid out in two steps that keep
  it fast: the other nodes (bodies, topics) by spring over the links the initiatives make
  between them, then each initiative on a sunflower spiral around the mean of its neighbours.
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

__all__ = ["EXACT_SPRING", "KAMADA_KAWAI", "LAYOUTS", "PX_PER_DEGREE", "SEED", "compute_layout", "geo", "spring"]

LAYOUTS = ("spring", "geo", "force")
SEED = 42
EXACT_SPRING = 1000
KAMADA_KAWAI = 300
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


def _is_satellite(g: nx.Graph, n) -> bool:
    return g.nodes[n].get("kind") == "initiative"


def spring(g: nx.Graph, seed: int = SEED) -> Positions:
    """Spring-model layout in pixels, one connected component at a time, the components then
    packed in rows, largest first (see the module docstring)."""
    if g.number_of_nodes() == 0:
        return {}
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(g)), key=lambda c: (-len(c), str(c[0])))
    boxes = []
    for comp in comps:
        sub = g.subgraph(comp)
        raw = _component_layout(sub, seed)
        factor = _pixels_per_unit(sub, raw)
        pts = {n: (float(x) * factor, float(y) * factor) for n, (x, y) in raw.items()}
        xs = [p[0] for p in pts.values()]
        ys = [p[1] for p in pts.values()]
        boxes.append((pts, min(xs), max(xs), min(ys), max(ys)))
    return _round(_pack(boxes))


EDGE_PX = 150.0
SPACING_PX = 42.0


def _pixels_per_unit(sub: nx.Graph, raw: dict) -> float:
    """Scale so the median edge is about EDGE_PX long and nine nodes in ten have their nearest
    neighbour at least SPACING_PX away (labels need the room)."""
    n = sub.number_of_nodes()
    if n < 2:
        return 0.0
    lengths = sorted(math.dist(raw[a], raw[b]) for a, b in sub.edges)
    lengths = [v for v in lengths if v > 1e-9]
    factor = EDGE_PX / lengths[len(lengths) // 2] if lengths else 100.0
    try:
        from scipy.spatial import cKDTree

        nodes = list(raw)
        tree = cKDTree([raw[v] for v in nodes])
        dist, _ = tree.query([raw[v] for v in nodes], k=2)
        nearest = sorted(float(d[1]) for d in dist if d[1] > 1e-9)
        if nearest:
            factor = max(factor, SPACING_PX / nearest[len(nearest) // 10])
    except ImportError:  # pragma: no cover
        pass
    return min(factor, 400.0 * math.sqrt(n))


def _component_layout(sub: nx.Graph, seed: int) -> dict:
    """Positions in [-1, 1] for one connected component."""
    n = sub.number_of_nodes()
    nodes = list(sub.nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (-0.5, 0.0), nodes[1]: (0.5, 0.0)}
    if n <= KAMADA_KAWAI:
        try:
            return nx.kamada_kawai_layout(sub, weight=None)
        except ImportError:  # pragma: no cover - scipy missing: fall back to Fruchterman-Reingold
            pass
    satellites = [v for v in sub if _is_satellite(sub, v)]
    anchors = [v for v in sub if not _is_satellite(sub, v)]
    if n <= EXACT_SPRING or not satellites or not anchors:
        iterations = 50 if n <= EXACT_SPRING else max(15, int(50 * EXACT_SPRING / n))
        return nx.spring_layout(sub, k=2.0 / math.sqrt(n), seed=seed, weight="weight", iterations=iterations)
    return _anchored(sub, anchors, satellites, seed)


def _anchored(g: nx.Graph, anchors: list, satellites: list, seed: int) -> dict:
    """Large graphs: anchors by spring over the links satellites make between them, then each
    satellite on a spiral around the mean of its anchors."""
    h = nx.Graph()
    h.add_nodes_from(sorted(anchors, key=str))
    for s in sorted(satellites, key=str):
        nbrs = sorted((m for m in g[s] if not _is_satellite(g, m)), key=str)
        for i, a in enumerate(nbrs):
            for b in nbrs[i + 1:]:
                h.add_edge(a, b, weight=h.edges[a, b]["weight"] + 1 if h.has_edge(a, b) else 1)
    for a, b in g.edges:
        if not _is_satellite(g, a) and not _is_satellite(g, b):
            h.add_edge(a, b, weight=h.edges[a, b]["weight"] + 1 if h.has_edge(a, b) else 1)
    m = len(anchors)
    iterations = 50 if m <= EXACT_SPRING else max(15, int(50 * EXACT_SPRING / m))
    pos = dict(nx.spring_layout(h, k=2.0 / math.sqrt(m), seed=seed, weight="weight", iterations=iterations))
    # Spiral steps in the same [-1, 1] units: about one node spacing.
    _place_satellites(g, pos, satellites, step=0.5 / math.sqrt(g.number_of_nodes()), ndigits=4)
    return pos


def _pack(boxes: list) -> Positions:
    """Shelf-pack component layouts (largest first) into rows about as wide as they are tall."""
    gap = 90.0
    area = sum((b[2] - b[1] + gap) * (b[4] - b[3] + gap) for b in boxes)
    width = max(max(b[2] - b[1] for b in boxes), math.sqrt(area) * 1.3)
    out: Positions = {}
    x = y = row_h = 0.0
    for pts, x0, x1, y0, y1 in boxes:
        w, h = x1 - x0, y1 - y0
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h + gap, 0.0
        for n, (px, py) in pts.items():
            out[n] = (x + px - x0, y + py - y0)
        x += w + gap
        row_h = max(row_h, h)
    return out


def _place_satellites(g: nx.Graph, pos: dict, nodes: list, step: float, taken: dict | None = None, ndigits: int = 1) -> list:
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
        groups[(round(centre[0], ndigits), round(centre[1], ndigits))].append(s)
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
            pos[n] = _sunflower(centre, taken[centre], 45.0)
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
        pos[n] = _sunflower(centre, taken[centre], 45.0)
        taken[centre] += 1
    rest = _place_satellites(g, pos, [n for n in g if n not in pos and n not in later], 70.0, taken)
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
