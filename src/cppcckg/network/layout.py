"""Precomputed node positions (in screen pixels, y pointing down) so a page starts stable.

- ``spring``: networkx's spring models, one connected component at a time, the components then
  packed in rows, largest first. Components up to ``KAMADA_KAWAI`` nodes use Kamada-Kawai
  (springs as long as graph distances: two committees sharing twelve activities stay apart
  with the activities between them), larger ones seeded Fruchterman-Reingold. Above
  ``EXACT_SPRING`` nodes a component with initiative nodes is laid out in two steps that keep
  it fast: the other nodes (bodies, topics) by spring over the links the initiatives make
  between them, then each initiative in the free spot nearest the mean of its neighbours.
- ``geo``: bodies at their seat's latitude/longitude (equirectangular, north up, so Sichuan lies
  west of Chongqing as on a map; no tiles). Every node gets a box of ``GEO_BOX`` pixels (node
  and label) that no other node enters: bodies sharing a seat take the free boxes nearest it, the
  best connected first; bodies with no known seat go near the mean of the seated bodies they work
  with; initiatives and topics near the mean of their neighbours.
- ``map``: bodies at their seats on the map of Sichuan and Chongqing (:func:`map_point`, the
  projection the page draws the outlines of :mod:`cppcckg.network.boundaries` with), each
  inside the outline of its own district, city or province; bodies seated elsewhere or
  nowhere in a row under the map. Only for views whose nodes are bodies.
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
from typing import Any, Hashable

import networkx as nx

from cppcckg.errors import InputError
from cppcckg.network.links import without_listed

__all__ = ["EXACT_SPRING", "GEO_BOX", "KAMADA_KAWAI", "LAYOUTS", "MAP_CENTRE", "PX_PER_DEGREE", "SEED", "compute_layout",
           "geo", "map_layout", "map_point", "spring"]

LAYOUTS = ("spring", "geo", "map", "force")
#: (lat, lon) at the middle of the map of Sichuan and Chongqing: pixel (0, 0) of ``map``.
MAP_CENTRE = (30.2, 104.0)
SEED = 42
EXACT_SPRING = 1000
KAMADA_KAWAI = 300
PX_PER_DEGREE = 220.0
#: Room for a node and its label in the geo layout (pixels).
GEO_BOX = (190.0, 50.0)
#: Spring layouts: target median edge length, and nearest-neighbour spacing (pixels).
EDGE_PX = 150.0
SPACING_PX = 42.0

Positions = dict[Hashable, tuple[float, float]]


class _Placer:
    """Places nodes on a lattice of ``width`` x ``height`` cells (room for a node and its
    label), one node per cell: a node goes to its wanted spot if that cell is free, else to the
    nearest free cell in rings around it. Rings found full are remembered per starting cell, so
    placing thousands of nodes around one hub stays fast."""

    def __init__(self, width: float, height: float | None = None):
        self.w, self.h = width, height if height is not None else width
        self.taken: set[tuple[int, int]] = set()
        self.full: dict[tuple[int, int], int] = {}

    def _cell(self, p: tuple[float, float]) -> tuple[int, int]:
        return (math.floor(p[0] / self.w), math.floor(p[1] / self.h))

    def add(self, p: tuple[float, float]) -> tuple[float, float]:
        """Take the cells whose middles are less than a cell away from ``p`` (off-lattice point)."""
        cx, cy = self._cell(p)
        for i in (cx - 1, cx, cx + 1):
            for j in (cy - 1, cy, cy + 1):
                if abs((i + 0.5) * self.w - p[0]) < self.w and abs((j + 0.5) * self.h - p[1]) < self.h:
                    self.taken.add((i, j))
        self.taken.add((cx, cy))
        return p

    def place(self, centre: tuple[float, float], exact: bool = False) -> tuple[float, float]:
        """A free spot near ``centre``: ``centre`` itself if ``exact`` and its cell is free,
        else the middle of the nearest free cell."""
        start = self._cell(centre)
        if start not in self.taken:
            if exact:
                return self.add(centre)
            self.taken.add(start)
            return ((start[0] + 0.5) * self.w, (start[1] + 0.5) * self.h)
        r = self.full.get(start, 1)
        while True:
            ring = [(start[0] + d, start[1] + e) for d in range(-r, r + 1) for e in (-r, r)]
            ring += [(start[0] + e, start[1] + d) for d in range(-r + 1, r) for e in (-r, r)]
            free = [c for c in ring if c not in self.taken]
            if free:
                self.full[start] = r
                best = min(free, key=lambda c: (math.hypot((c[0] + 0.5) * self.w - centre[0], (c[1] + 0.5) * self.h - centre[1]), c))
                self.taken.add(best)
                return ((best[0] + 0.5) * self.w, (best[1] + 0.5) * self.h)
            r += 1


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
    satellite in the free lattice cell nearest the mean of its anchors."""
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
    # Spacing in the same [-1, 1] units: about a node's share of the square.
    placer = _Placer(1.2 / math.sqrt(g.number_of_nodes()))
    for a in sorted(pos, key=str):
        placer.add(pos[a])
    _place_satellites(g, pos, satellites, placer)
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


def _place_satellites(g: nx.Graph, pos: dict, nodes: list, placer: _Placer) -> list:
    """Place each node near the mean of its placed neighbours (nodes with many placed neighbours
    first); return those with none."""
    rest, wanted = [], []
    for s in sorted(nodes, key=str):
        placed = [pos[m] for m in g[s] if m in pos]
        if not placed:
            rest.append(s)
            continue
        centre = (sum(p[0] for p in placed) / len(placed), sum(p[1] for p in placed) / len(placed))
        wanted.append((-len(placed), str(s), s, centre))
    for _, _, s, centre in sorted(wanted, key=lambda w: (w[0], w[1])):
        pos[s] = placer.place(centre)
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
    placer = _Placer(*GEO_BOX)
    centres: dict[Any, tuple[float, float]] = {}
    for n in sorted(coords, key=lambda v: (-g.degree(v), str(v))):  # best connected nearest its seat
        centres[n] = project(*coords[n])
        pos[n] = placer.place(centres[n], exact=True)
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
        pos[n] = placer.place((sum(centres[m][0] for m in near) / len(near), sum(centres[m][1] for m in near) / len(near)))
    rest = _place_satellites(g, pos, [n for n in g if n not in pos and n not in later], placer)
    rest += later
    # Anything still unplaced: a row under the map.
    if rest:
        bottom = max(p[1] for p in pos.values()) + 120.0
        left = min(p[0] for p in pos.values())
        for i, n in enumerate(sorted(rest, key=str)):
            pos[n] = (left + 70.0 * (i % 30), bottom + 60.0 * (i // 30))
    return _round(pos)


def map_point(lat: float, lon: float) -> tuple[float, float]:
    """Pixels of a point on the map (equirectangular at MAP_CENTRE, north up)."""
    shrink = math.cos(math.radians(MAP_CENTRE[0]))
    return ((lon - MAP_CENTRE[1]) * PX_PER_DEGREE * shrink, -(lat - MAP_CENTRE[0]) * PX_PER_DEGREE)


def map_layout(g: nx.Graph) -> Positions:
    """Bodies at their seats on the map; several at one seat on a small ring around it (kept
    inside their outline); the rest in rows under the map."""
    from cppcckg.network.boundaries import region_of

    if any(d.get("kind") != "body" for _, d in g.nodes(data=True)):
        raise InputError("--layout map draws bodies on the map of Sichuan and Chongqing; use it with --view "
                         "sichuan-chongqing (its activities become links) or --view bodies")
    pos: dict[Any, tuple[float, float]] = {}
    at: dict[tuple[float, float], int] = {}
    rest = []
    for n in sorted(g, key=lambda v: (-g.degree(v), str(v))):
        d = g.nodes[n]
        region = None
        if d.get("lat") is not None and d.get("province") in ("sichuan", "chongqing"):
            region = region_of(d["lat"], d["lon"], province_level=d.get("seat") == d.get("province"))
        if region is None:
            rest.append(n)
            continue
        x, y = map_point(d["lat"], d["lon"])
        k = at.get((x, y), 0)
        at[(x, y)] = k + 1
        if k:  # a ring of 7 px steps around the seat, as long as it stays in the outline
            angle = k * 2.4
            px, py = x + 7.0 * math.sqrt(k) * math.cos(angle), y + 7.0 * math.sqrt(k) * math.sin(angle)
            lon = MAP_CENTRE[1] + px / (PX_PER_DEGREE * math.cos(math.radians(MAP_CENTRE[0])))
            lat = MAP_CENTRE[0] - py / PX_PER_DEGREE
            if region_of(lat, lon, province_level=region["kind"] == "province") is region:
                x, y = px, py
        pos[n] = (x, y)
    bottom = max(map_point(26.0, MAP_CENTRE[1])[1], max((p[1] for p in pos.values()), default=0.0)) + 120.0
    left = map_point(MAP_CENTRE[0], 99.0)[0]
    for i, n in enumerate(sorted(rest, key=str)):
        pos[n] = (left + GEO_BOX[0] * (i % 12), bottom + GEO_BOX[1] * (i // 12))
    return _round(pos)


def compute_layout(g: nx.Graph, name: str, seed: int = SEED) -> Positions | None:
    """Positions for the named layout; None for ``force`` (the browser lays it out)."""
    if name not in LAYOUTS:
        raise InputError(f"--layout {name!r} is not one of {', '.join(LAYOUTS)}")
    g = without_listed(g)  # hidden at first: a list must not pull its bodies into a knot
    if name == "force":
        return None
    if name == "geo":
        return geo(g)
    if name == "map":
        return map_layout(g)
    return spring(g, seed=seed)
