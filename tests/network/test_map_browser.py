"""Issue 21: the map of the Sichuan-Chongqing border in headless Chromium, every request that
would leave the machine refused. Set CPPCCKG_UPDATE_SCREENSHOTS=1 to also rewrite
docs/img/map.png."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cppcckg.ingest.reference import load_reference
from cppcckg.network import analytics, boundaries, layout, render
from cppcckg.network import views as network
from tests.network.test_network import CQ, DAZHOU, SC
from tests.network.test_render_browser import Page, _overlaps, catalogue  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]

#: The outline a point of the page lies in, tested with the canvas's own fill rule.
_INSIDE = """([id, x, y]) => {
  const f = cppcckg.data.map.features.find((f) => f.id === id);
  const r = network.canvas.frame.canvas.getBoundingClientRect();
  const path = new Path2D();
  for (const ring of f.rings) {
    for (let k = 0; k < ring.length; k += 2) {
      const p = network.canvasToDOM({x: ring[k], y: ring[k + 1]});
      if (k === 0) path.moveTo(p.x, p.y); else path.lineTo(p.x, p.y);
    }
    path.closePath();
  }
  return document.createElement('canvas').getContext('2d').isPointInPath(path, x - r.left, y - r.top, 'evenodd');
}"""

#: A pixel inside each district or city outline, read from the network's canvas: not the page's white.
_PAINTED = """() => {
  const canvas = network.canvas.frame.canvas, pr = canvas.width / canvas.clientWidth;
  const ctx = canvas.getContext('2d'), probe = document.createElement('canvas').getContext('2d'), out = {};
  for (const f of cppcckg.data.map.features) {
    if (f.kind === 'province') continue;
    const path = new Path2D(); let x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
    for (const ring of f.rings) {
      for (let k = 0; k < ring.length; k += 2) {
        const p = network.canvasToDOM({x: ring[k], y: ring[k + 1]});
        x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y); x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y);
        if (k === 0) path.moveTo(p.x, p.y); else path.lineTo(p.x, p.y);
      }
      path.closePath();
    }
    out[f.name] = null;
    for (let y = Math.ceil(y0); y < y1 && out[f.name] === null; y += 1) {
      for (let x = Math.ceil(x0); x < x1; x += 1) {
        if (probe.isPointInPath(path, x, y, 'evenodd')) { out[f.name] = Array.from(ctx.getImageData(x * pr, y * pr, 1, 1).data); break; }
      }
    }
  }
  return out;
}"""


def _map_page(browser, catalogue, tmp_path, filters=None):
    g = analytics.annotate(network.project(catalogue, "sichuan-chongqing", filters, collapse=True))
    path = render.write_html(g, tmp_path / "map.html", positions=layout.compute_layout(g, "map"), layout="map")
    return g, Page(browser, path)


def _own_outline(reference, seat: str, names: dict[str, str]) -> str:
    """The adcode of the outline a seat belongs to, by the reference's names and parents."""
    place = reference.get(seat)
    while place is not None and place.name_zh not in names:
        place = reference.get(place.parent) if place.parent else None
    assert place is not None, seat
    return names[place.name_zh]


def test_the_map_draws_every_district_and_city_and_places_bodies_in_their_own(browser, catalogue, tmp_path):
    g, p = _map_page(browser, catalogue, tmp_path)
    try:
        assert p.remote == [] and p.errors == []
        features = p.js("cppcckg.data.map.features")
        cq = {f["name"] for f in features if f["kind"] == "district" and f["prov"] == "chongqing"}
        sc = {f["name"] for f in features if f["kind"] == "city" and f["prov"] == "sichuan"}
        assert len(cq) == 38 and len(sc) == 21
        assert {"沙坪坝区", "万州区", "开州区", "酉阳土家族苗族自治县"} <= cq and {"成都市", "达州市", "广安市"} <= sc
        painted = p.js(_PAINTED)
        assert all(painted[name] is not None and painted[name][:3] != [255, 255, 255] for name in cq | sc), painted
        # Every body of the view seated in Sichuan or Chongqing lies inside its own outline.
        reference = load_reference()
        names = {f["name"]: f["id"] for f in features if f["kind"] != "province"}
        names.update({"重庆市": "500000", "四川省": "510000"})
        placed = 0
        for n, d in g.nodes(data=True):
            if d.get("province") in ("sichuan", "chongqing") and d.get("seat"):
                own = _own_outline(reference, d["seat"], names)
                x, y = p.node_point(n)
                assert p.js(_INSIDE, [own, x, y]), (n, own)
                placed += 1
        assert placed >= 5 and {SC, CQ, DAZHOU} <= set(g)
        # The border: Sichuan's committee west of Chongqing's, and labels never overlap.
        assert p.node_point(SC)[0] < p.node_point(CQ)[0]
        assert _overlaps(p.js("cppcckg.labelBoxes()")) == []
        if os.environ.get("CPPCCKG_UPDATE_SCREENSHOTS"):
            p.page.screenshot(path=str(ROOT / "docs" / "img" / "map.png"))
    finally:
        p.close()


def test_the_year_slider_replays_how_the_links_grew(browser, catalogue, tmp_path):
    g, p = _map_page(browser, catalogue, tmp_path)
    try:
        years = p.js("cppcckg.data.options.years")
        assert len(years) >= 2
        everything = set(p.js("cppcckg.visibleEdgeIds()"))
        shading = p.js("cppcckg.regionCount()")
        assert everything and shading
        seen = []
        for year in years:
            p.js(f"cppcckg.setUpto({year})")
            seen.append(set(p.js("cppcckg.visibleEdgeIds()")))
            # What the slider shows is the projection of the activities up to that year.
            upto = network.project(catalogue, "sichuan-chongqing", network.Filters(years=(years[0], year)), collapse=True)
            assert len(seen[-1]) == upto.number_of_edges()
        assert all(a <= b for a, b in zip(seen, seen[1:]))  # links only grow
        assert seen[0] != seen[-1] and seen[-1] == everything
        p.js(f"cppcckg.setUpto({years[0]})")
        assert p.js("cppcckg.regionCount()") != shading
        assert p.page.inner_text("#cppcckg-upto-year") == str(years[0])
    finally:
        p.close()


def test_arc_tooltips_give_the_count_and_the_evidence(browser, catalogue, tmp_path):
    g, p = _map_page(browser, catalogue, tmp_path)
    try:
        edges = p.js("cppcckg.data.edges")
        eid, e = max(edges.items(), key=lambda kv: kv[1]["w"])
        text = p.js("(eid) => cppcckg.edgeTooltip(eid)", eid)
        assert str(e["w"]) in text
        acts = p.js("cppcckg.data.acts")
        assert all(acts[i]["ev"] in text for i in e["f"])
        # Moved back to the first year, the tooltip counts and lists only what happened by then.
        first = min(p.js("cppcckg.data.options.years"))
        p.js(f"cppcckg.setUpto({first})")
        records = p.js("cppcckg.data.records")
        early = [i for i in e["f"] if records[i]["year"] is not None and records[i]["year"] <= first]
        text = p.js("(eid) => cppcckg.edgeTooltip(eid)", eid)
        assert f"ran together: {len(early)}" in text
        assert all(acts[i]["ev"] in text for i in early)
    finally:
        p.close()


def test_only_body_views_go_on_the_map(catalogue):
    with pytest.raises(Exception, match="--layout map"):
        layout.compute_layout(network.initiatives(catalogue), "map")
    assert boundaries.region_of(39.9, 116.4) is None  # Beijing is not on this map
