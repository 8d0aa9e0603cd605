"""One self-contained HTML page per network: pyvis (in_line) plus a small page of our own.

The page needs no network at all: pyvis's ``in_line`` mode inlines vis-network, every tag that
would load something from a CDN (Bootstrap, TomSelect) is removed, and :func:`offline_violations`
checks that no ``src``/``href``/``url()`` points anywhere but the page itself.

What the page offers (our own JavaScript over vis's DataSets, not pyvis's menus):

- a legend of node kinds and colours (Sichuan and Chongqing bodies apart) and edge styles;
- a search box finding a body, initiative or topic by Chinese or English name and focusing it;
- filters for initiative type, year, status, province and report that hide and show nodes
  without reloading;
- tooltips and a details panel: zh/en name, class, centralities and community, and for
  initiatives the type, period, status, evidence sentence and report;
- clicking a node highlights it and its neighbours;
- ``window.cppcckg`` for tests and benchmarks: ``ready``/``readyAt`` (the first frame drawn
  once the layout is stable), ``visibleIds()``, ``setFilter()``, ``search()``, ``focus()``.

Text from the data reaches the page only as JSON (with ``<``, ``>`` and ``&`` escaped) and is
put into the document with ``textContent``, so a label containing ``<script>`` shows as text.

Example:
    >>> import networkx as nx
    >>> g = nx.Graph()
    >>> g.add_node("a", kind="body", label_zh="甲", province="sichuan")
    >>> html = render_html(g, positions={"a": (0.0, 0.0)})
    >>> offline_violations(html)
    []
"""

from __future__ import annotations

import html as _html
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

from cppcckg.fsutil import write_atomic
from cppcckg.network.views import CHONGQING_KEY, SICHUAN_KEY

__all__ = ["CJK_FONTS", "KINDS", "VIEW_TITLES", "offline_violations", "render_html", "write_html"]

#: Font fallback list for Chinese text (Debian: fonts-wqy-zenhei or fonts-noto-cjk).
CJK_FONTS = (
    "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei', "
    "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'SimHei', sans-serif"
)

#: Node kinds: key → (zh, en, colour, vis shape). Order is the legend's order.
KINDS: dict[str, tuple[str, str, str, str]] = {
    "body-chongqing": ("重庆机构", "Chongqing body", "#1f77b4", "dot"),
    "body-sichuan": ("四川机构", "Sichuan body", "#ff7f0e", "dot"),
    "body-other": ("其他省份机构", "Body in another province", "#8c8c8c", "dot"),
    "body-unknown": ("所在地不详的机构", "Body with no known seat", "#c9c9c9", "dot"),
    "initiative-joint": ("川渝联合活动", "Joint Sichuan-Chongqing activity", "#9467bd", "diamond"),
    "initiative": ("履职活动", "Initiative", "#2ca02c", "diamond"),
    "topic": ("议题", "Topic", "#e6b422", "square"),
}
_EDGE_STYLES = {
    "organizer": ("组织", "organiser", False),
    "partner": ("参与", "partner", True),
    "topic": ("议题", "topic", False),
    "shared": ("共同参与的活动", "shared initiatives (width = number)", False),
}
#: Default page titles per view.
VIEW_TITLES = {
    "bodies": "机构合作网络 Bodies linked by shared initiatives",
    "initiatives": "机构与履职活动 Bodies and initiatives",
    "sichuan-chongqing": "川渝联合活动 Joint Sichuan-Chongqing activities",
    "topics": "议题与履职活动 Initiatives by topic",
}
_DIM = {"background": "#ececec", "border": "#d6d6d6", "highlight": {"background": "#ececec", "border": "#999999"},
        "hover": {"background": "#ececec", "border": "#999999"}}


def _group(d: dict[str, Any]) -> str:
    kind = d.get("kind", "")
    if kind == "body":
        prov = d.get("province", "")
        if prov == CHONGQING_KEY:
            return "body-chongqing"
        if prov == SICHUAN_KEY:
            return "body-sichuan"
        return "body-other" if prov else "body-unknown"
    if kind == "initiative":
        return "initiative-joint" if d.get("joint") else "initiative"
    return "topic" if kind == "topic" else "body-unknown"


def _short(text: str, limit: int = 12) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _num(v: Any) -> Any:
    if isinstance(v, float):
        return round(v, 4)
    return v


def _facets(g: nx.Graph, n, d: dict[str, Any], records: dict[str, Any]) -> list[str]:
    if not records:
        return []
    if d.get("kind") == "initiative":
        return [n] if n in records else []
    ids = {m for m in g[n] if g.nodes[m].get("kind") == "initiative"}
    ids |= {i for i in str(d.get("initiative_ids", "")).split(";") if i}
    return sorted(i for i in ids if i in records)


def _page_data(g: nx.Graph, title: str, physics: bool, layout: str) -> tuple[dict, list, list]:
    """(data for our script, vis nodes, vis edges)."""
    records = g.graph.get("initiative_records", {}) or {}
    classes = g.graph.get("classes", {}) or {}
    reports = g.graph.get("reports", {}) or {}
    nodes: dict[str, Any] = {}
    vis_nodes: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    order = sorted(g.nodes, key=str)
    for n in order:
        d = g.nodes[n]
        group = _group(d)
        counts[group] = counts.get(group, 0) + 1
        zh_, en_, colour, shape = KINDS[group]
        planned = d.get("kind") == "initiative" and d.get("status") == "planned"
        border = "#333333" if planned else colour
        colour_obj = {"background": colour, "border": border,
                      "highlight": {"background": colour, "border": "#000000"}, "hover": {"background": colour, "border": "#000000"}}
        info = {
            "zh": d.get("label_zh") or d.get("label") or "", "en": d.get("label_en", ""), "kind": d.get("kind", ""),
            "cls": d.get("class", ""), "cls_zh": d.get("class_zh", ""), "cls_en": d.get("class_en", ""),
            "prov": d.get("province", ""), "prov_zh": d.get("province_zh", ""), "prov_en": d.get("province_en", ""),
            "g": group, "c": colour_obj,
            "deg": d.get("degree", g.degree(n)), "btw": _num(d.get("betweenness")), "eig": _num(d.get("eigenvector")),
            "com": d.get("community"), "f": _facets(g, n, d, records),
        }
        if d.get("kind") == "initiative":
            info.update({
                "type": d.get("type", ""), "type_zh": d.get("type_zh", ""), "type_en": d.get("type_en", ""),
                "period": d.get("period", ""), "status": d.get("status", ""), "status_zh": d.get("status_zh", ""),
                "status_en": d.get("status_en", ""), "ev": d.get("evidence", ""), "section": d.get("section", ""),
                "report": d.get("report", ""), "report_zh": d.get("report_zh", ""), "topics": d.get("topics", ""),
                "joint": bool(d.get("joint")),
            })
        if d.get("kind") == "body" and d.get("initiatives") is not None:
            info["inits"] = d.get("initiatives")
        nodes[str(n)] = info
        label = info["zh"] or info["en"] or str(n)
        vn: dict[str, Any] = {
            "id": str(n), "label": _short(label), "shape": shape, "color": colour_obj,
            "value": max(1, int(info["deg"] or 0)), "borderWidth": 2 if planned else 1,
        }
        if planned:
            vn["shapeProperties"] = {"borderDashes": [4, 3]}
        if "x" in d and "y" in d:
            vn["x"], vn["y"] = d["x"], d["y"]
        vis_nodes.append(vn)
    edges: dict[str, Any] = {}
    vis_edges: list[dict[str, Any]] = []
    edge_roles: set[str] = set()
    for k, (a, b) in enumerate(sorted((tuple(sorted((str(u), str(v)))) for u, v in g.edges), key=lambda e: e)):
        d = g.edges[a, b]
        role = d.get("role") or "shared"
        edge_roles.add(role)
        eid = f"e{k}"
        weight = d.get("weight", 1)
        f = sorted(i for i in str(d.get("initiative_ids", "")).split(";") if i in records)
        edges[eid] = {"a": a, "b": b, "role": role, "w": weight, "joint": d.get("joint", 0) if role == "shared" else None, "f": f}
        ve: dict[str, Any] = {"id": eid, "from": a, "to": b}
        if role == "shared":
            ve["value"] = weight
        if role == "partner":
            ve["dashes"] = True
        vis_edges.append(ve)
    # Filter options.
    class_counts: dict[str, int] = {}
    years: list[int] = []
    statuses: dict[str, tuple[str, str]] = {}
    report_ids: set[str] = set()
    for i, r in records.items():
        for c in r.get("classes", []):
            class_counts[c] = class_counts.get(c, 0) + 1
        if r.get("year") is not None:
            years.extend(range(int(r["year"]), int(r["year_end"]) + 1))
        report_ids.update(r.get("reports", []))
    for n in order:
        d = g.nodes[n]
        if d.get("kind") == "initiative" and d.get("status"):
            statuses[d["status"]] = (d.get("status_zh", ""), d.get("status_en", ""))
    for r in records.values():
        statuses.setdefault(r.get("status", ""), ("", r.get("status", "")))
    provinces: dict[str, list] = {}
    for n in order:
        d = g.nodes[n]
        if d.get("kind") == "body":
            key = d.get("province", "") or "-"
            entry = provinces.setdefault(key, [key, d.get("province_zh", "") if key != "-" else "不详",
                                               d.get("province_en", "") if key != "-" else "unknown", 0])
            entry[3] += 1
    options = {
        "types": [[c, classes.get(c, {}).get("zh", ""), classes.get(c, {}).get("en", ""), class_counts[c]]
                  for c in sorted(class_counts, key=lambda c: (-class_counts[c], c))],
        "years": sorted(set(years)),
        "statuses": [[k, v[0], v[1]] for k, v in sorted(statuses.items()) if k],
        "provinces": sorted(provinces.values(), key=lambda p: (-p[3], p[0])),
        "reports": [[r, reports.get(r, {}).get("zh", ""), reports.get(r, {}).get("en", "")] for r in sorted(report_ids)],
    }
    legend = [{"key": k, "zh": v[0], "en": v[1], "colour": v[2], "shape": v[3], "count": counts[k]} for k, v in KINDS.items() if k in counts]
    edge_legend = [{"role": r, "zh": v[0], "en": v[1], "dashes": v[2]} for r, v in _EDGE_STYLES.items() if r in edge_roles]
    data = {
        "title": title, "view": g.graph.get("view", ""), "filters": g.graph.get("filters", "none"), "layout": layout,
        "physics": physics, "nodes": nodes, "edges": edges, "records": records, "options": options,
        "legend": legend, "edgeLegend": edge_legend, "dim": _DIM,
        "summary": {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                    "communities": g.graph.get("communities"), "modularity": g.graph.get("modularity")},
    }
    return data, vis_nodes, vis_edges


def _vis_options(n: int, physics: bool, seed: int) -> dict[str, Any]:
    if physics:
        phys = {
            "enabled": True, "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "springConstant": 0.06, "avoidOverlap": 0.3},
            "stabilization": {"enabled": True, "iterations": max(100, min(1000, 200000 // max(n, 1))), "updateInterval": 25, "fit": True},
            "minVelocity": 0.75,
        }
    else:
        phys = {"enabled": False}
    big = n > 1500
    return {
        "autoResize": True,
        "layout": {"randomSeed": seed, "improvedLayout": bool(physics and n <= 150)},
        "physics": phys,
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "navigationButtons": False, "keyboard": False, "multiselect": False},
        "nodes": {"font": {"face": CJK_FONTS, "size": 14, "color": "#222222", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"min": 8, "max": 30, "label": {"enabled": False}}},
        "edges": {"smooth": False, "color": {"color": "#9aa5b1", "highlight": "#333333", "hover": "#333333", "inherit": False},
                  "scaling": {"min": 1, "max": 9, "label": {"enabled": False}}, "selectionWidth": 2},
    }


def _json_for_script(value: Any) -> str:
    """JSON safe inside <script>: no '<', '>' or '&' can end the element or open a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


_RESOURCE_PATTERNS = [
    re.compile(r"""\b(?:src|href|srcset|poster|data|action|background)\s*=\s*["']?\s*(?:https?:)?//""", re.I),
    re.compile(r"""url\(\s*["']?\s*(?:https?:)?//""", re.I),
    re.compile(r"""@import\s+(?:url\()?\s*["']?\s*(?:https?:)?//""", re.I),
]


def offline_violations(page: str) -> list[str]:
    """Every place in ``page`` that would load a resource from another host (empty = offline)."""
    found = []
    for pattern in _RESOURCE_PATTERNS:
        for m in pattern.finditer(page):
            found.append(page[max(0, m.start() - 20): m.end() + 60].replace("\n", " "))
    return found


def _strip_remote(page: str) -> str:
    # CDN tags pyvis writes in every mode (Bootstrap; TomSelect if menus were asked for).
    page = re.sub(r"""<link\b[^>]*\bhref\s*=\s*["']\s*(?:https?:)?//[^>]*>""", "", page, flags=re.I)
    page = re.sub(r"""<script\b[^>]*\bsrc\s*=\s*["']\s*(?:https?:)?//[^>]*>\s*</script>""", "", page, flags=re.I)
    # A commented-out relative link to node_modules, and the empty headings.
    page = re.sub(r"<!--\s*<link[^>]*node_modules.*?-->", "", page, flags=re.S)
    page = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", page)
    return page


def render_html(
    g: nx.Graph,
    positions: dict | None = None,
    title: str | None = None,
    layout: str | None = None,
    seed: int = 42,
) -> str:
    """The page for ``g`` (ideally annotated by analytics.annotate). With ``positions``
    (node → (x, y) pixels) physics is off and the page starts stable; without, vis-network
    runs its physics once (seeded) and then stops."""
    from pyvis.network import Network

    view = str(g.graph.get("view", "network"))
    if not title:
        base = view.split(" ")[0]
        title = VIEW_TITLES[base] if base in VIEW_TITLES else f"cppcckg · {view}"
        if view.endswith("(bodies)"):
            title += " · 机构投影 bodies only"
    physics = positions is None
    g = g.copy()
    if positions:
        for n, (x, y) in positions.items():
            if n in g:
                g.nodes[n]["x"], g.nodes[n]["y"] = float(x), float(y)
    data, vis_nodes, vis_edges = _page_data(g, title, physics, layout or ("force" if physics else "precomputed"))
    net = Network(height="100vh", width="100%", directed=False, notebook=False, cdn_resources="in_line",
                  bgcolor="#ffffff", select_menu=False, filter_menu=False, neighborhood_highlight=False)
    # pyvis's add_edge scans every edge for duplicates (quadratic); the lists are what its
    # template reads, so they are filled directly.
    net.nodes = vis_nodes
    net.edges = vis_edges
    net.node_ids = [n["id"] for n in vis_nodes]
    net.options = _vis_options(len(vis_nodes), physics, seed)
    page = net.generate_html(notebook=False)
    page = _strip_remote(page)
    head = (
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_html.escape(title)}</title>\n<style>{_CSS % {'fonts': CJK_FONTS}}</style>\n"
    )
    page = page.replace("<html>", '<html lang="zh">', 1)
    cut = page.rfind("</head>")
    page = page[:cut] + head + page[cut:]
    body = page.find("<body>", cut)
    page = page[: body + len("<body>")] + _PANEL.replace("{{title}}", _html.escape(title)) + page[body + len("<body>"):]
    end = page.rfind("</body>")
    script = (
        f'<script type="application/json" id="cppcckg-data">{_json_for_script(data)}</script>\n'
        f"<script>{_SCRIPT}</script>\n"
    )
    page = page[:end] + script + page[end:]
    problems = offline_violations(page)
    if problems:  # pragma: no cover - guards against a pyvis template change
        raise RuntimeError("the page would load remote resources: " + "; ".join(problems[:3]))
    return page


def write_html(g: nx.Graph, path: Path | str, positions: dict | None = None, title: str | None = None,
               layout: str | None = None) -> Path:
    """Render ``g`` and write the page to ``path`` (UTF-8, atomically: an old page stays whole if this fails)."""
    page = render_html(g, positions=positions, title=title, layout=layout)
    return write_atomic(path, page.encode("utf-8"))


_CSS = """
html, body { margin: 0; padding: 0; height: 100%%; }
body { display: flex; font-family: %(fonts)s; color: #222; background: #fff; }
#cppcckg-panel { flex: none; width: 320px; height: 100vh; overflow-y: auto; box-sizing: border-box;
  padding: 10px 12px; border-right: 1px solid #ddd; font-size: 13px; background: #fafafa; }
#cppcckg-panel h1 { font-size: 16px; margin: 0 0 4px; }
#cppcckg-panel h2 { font-size: 13px; margin: 12px 0 4px; color: #555; }
#cppcckg-panel .sub { color: #666; margin: 0 0 6px; }
#cppcckg-panel label { display: block; margin: 4px 0 1px; color: #444; }
#cppcckg-panel select, #cppcckg-panel input, #cppcckg-panel button { font-family: inherit; font-size: 13px; width: 100%%; box-sizing: border-box; }
#cppcckg-panel button { margin-top: 6px; }
#cppcckg-results { list-style: none; margin: 4px 0; padding: 0; max-height: 180px; overflow-y: auto; }
#cppcckg-results li { padding: 2px 4px; cursor: pointer; border-bottom: 1px solid #eee; }
#cppcckg-results li:hover { background: #e8f0fb; }
#cppcckg-results .en { color: #777; font-size: 11px; }
#cppcckg-legend { list-style: none; padding: 0; margin: 0; }
#cppcckg-legend li { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
.cppcckg-swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%%; flex: none; }
.cppcckg-swatch.diamond { border-radius: 0; transform: rotate(45deg) scale(0.8); }
.cppcckg-swatch.square { border-radius: 0; }
.cppcckg-line { display: inline-block; width: 22px; border-top: 2px solid #9aa5b1; flex: none; }
.cppcckg-line.dashes { border-top-style: dashed; }
body > .card { flex: 1 1 auto; min-width: 0; height: 100vh; }
#mynetwork { width: 100%% !important; height: 100vh !important; float: none !important; border: none !important; }
div.vis-tooltip { white-space: normal !important; max-width: 380px; font-family: %(fonts)s; font-size: 12px; }
.cppcckg-tip .name { font-weight: bold; font-size: 13px; }
.cppcckg-tip .en { color: #555; }
.cppcckg-tip .meta { color: #666; margin-bottom: 3px; }
.cppcckg-tip table { border-collapse: collapse; }
.cppcckg-tip td { padding: 0 6px 0 0; vertical-align: top; }
.cppcckg-tip td.k { color: #666; white-space: nowrap; }
.cppcckg-tip blockquote { margin: 4px 0; padding: 2px 6px; border-left: 3px solid #ccc; color: #333; }
#cppcckg-details { margin-top: 4px; }
#cppcckg-count { color: #555; margin-top: 4px; }
"""

_PANEL = """
<div id="cppcckg-panel">
  <h1 id="cppcckg-title">{{title}}</h1>
  <p class="sub" id="cppcckg-summary"></p>
  <h2>搜索 Search</h2>
  <input id="cppcckg-search" type="search" autocomplete="off" placeholder="机构或活动名称 / name of a body or initiative">
  <ul id="cppcckg-results"></ul>
  <h2>筛选 Filters</h2>
  <label for="cppcckg-filter-type">类型 Type</label><select id="cppcckg-filter-type" data-filter="type"></select>
  <label for="cppcckg-filter-year">年份 Year</label><select id="cppcckg-filter-year" data-filter="year"></select>
  <label for="cppcckg-filter-status">状态 Status</label><select id="cppcckg-filter-status" data-filter="status"></select>
  <label for="cppcckg-filter-province">省份 Province</label><select id="cppcckg-filter-province" data-filter="province"></select>
  <label for="cppcckg-filter-report">报告 Report</label><select id="cppcckg-filter-report" data-filter="report"></select>
  <button type="button" id="cppcckg-reset">全部显示 Show all</button>
  <div id="cppcckg-count"></div>
  <h2>图例 Legend</h2>
  <ul id="cppcckg-legend"></ul>
  <h2>详情 Details</h2>
  <div id="cppcckg-details">点击节点查看详情 · click a node for details</div>
</div>
"""

_SCRIPT = r"""
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('cppcckg-data').textContent);
  var api = window.cppcckg = { ready: false, readyAt: null, stabilized: !D.physics, focused: null, highlighted: [], data: D };
  var nodeIds = Object.keys(D.nodes), edgeIds = Object.keys(D.edges);
  var adj = {}, hiddenNode = {}, hiddenEdge = {}, dimmed = false;
  nodeIds.forEach(function (id) { adj[id] = []; hiddenNode[id] = false; });
  edgeIds.forEach(function (eid) { var e = D.edges[eid]; adj[e.a].push(e.b); adj[e.b].push(e.a); hiddenEdge[eid] = false; });
  var state = { type: '', year: '', status: '', province: '', report: '' };

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var x = document.createElement(tag);
    if (cls) { x.className = cls; }
    if (text !== undefined && text !== null) { x.textContent = String(text); }
    return x;
  }
  function fmt(v) { return (v === null || v === undefined) ? '' : (typeof v === 'number' && v % 1 !== 0 ? v.toFixed(4) : String(v)); }
  function both(zh, en) { return [zh, en].filter(function (s) { return s; }).join(' · '); }

  // ---- ready: the first frame drawn once the layout is stable ----------------------------
  function markReady() {
    if (api.ready) { return; }
    api.ready = true; api.readyAt = performance.now();
    document.body.setAttribute('data-ready', '1');
  }
  if (D.physics) {
    network.once('stabilizationIterationsDone', function () {
      network.setOptions({ physics: { enabled: false } });
      api.stabilized = true;
      network.once('afterDrawing', markReady);
      network.redraw();
    });
  } else {
    // vis may have drawn the first frame while the page was being built: draw once more.
    network.once('afterDrawing', markReady);
    window.requestAnimationFrame(function () { network.redraw(); });
  }

  // ---- tooltips and details ------------------------------------------------------------
  function row(table, key, value) {
    if (value === '' || value === null || value === undefined) { return; }
    var tr = el('tr'); tr.appendChild(el('td', 'k', key)); tr.appendChild(el('td', 'v', value)); table.appendChild(tr);
  }
  function nodeBox(id) {
    var n = D.nodes[id], box = el('div', 'cppcckg-tip'), t = el('table');
    box.appendChild(el('div', 'name', n.zh || n.en || id));
    if (n.en && n.zh) { box.appendChild(el('div', 'en', n.en)); }
    box.appendChild(el('div', 'meta', both(n.cls_zh, n.cls_en) || n.cls));
    if (n.kind === 'body') { row(t, '省份 Province', both(n.prov_zh, n.prov_en) || '不详 unknown'); }
    if (n.kind === 'initiative') {
      row(t, '类型 Type', both(n.type_zh, n.type_en));
      if (n.joint) { row(t, '川渝 Joint', '川渝联合活动 joint Sichuan-Chongqing activity'); }
      row(t, '年份 Year', n.period);
      row(t, '状态 Status', both(n.status_zh, n.status_en));
      row(t, '议题 Topics', n.topics);
    }
    if (n.inits !== undefined) { row(t, '活动 Initiatives', n.inits); }
    row(t, '度 Degree', fmt(n.deg));
    row(t, '中介中心性 Betweenness', fmt(n.btw));
    row(t, '特征向量中心性 Eigenvector', fmt(n.eig));
    row(t, '社区 Community', fmt(n.com));
    if (n.kind === 'initiative') { row(t, '报告 Report', both(n.report_zh, n.report)); }
    box.appendChild(t);
    if (n.ev) { box.appendChild(el('blockquote', 'ev', '\u201c' + n.ev + '\u201d')); }
    return box;
  }
  function edgeBox(eid) {
    var e = D.edges[eid], box = el('div', 'cppcckg-tip');
    var a = D.nodes[e.a], b = D.nodes[e.b];
    box.appendChild(el('div', 'name', (a.zh || e.a) + ' \u2014 ' + (b.zh || e.b)));
    var roles = { organizer: '组织 organiser', partner: '参与 partner', topic: '议题 topic' };
    if (e.role === 'shared') {
      box.appendChild(el('div', '', '共同参与 ' + e.w + ' 项活动 · shared initiatives: ' + e.w));
      if (e.joint) { box.appendChild(el('div', '', '其中川渝联合活动 ' + e.joint + ' · joint: ' + e.joint)); }
    } else {
      box.appendChild(el('div', '', roles[e.role] || e.role));
    }
    return box;
  }
  var titled = {}, edgeTitled = {};
  network.on('hoverNode', function (p) {
    if (titled[p.node]) { return; }
    titled[p.node] = true;
    var node = network.body.nodes[p.node];
    if (node) { node.setOptions({ title: nodeBox(p.node) }); }
  });
  network.on('hoverEdge', function (p) {
    if (edgeTitled[p.edge]) { return; }
    edgeTitled[p.edge] = true;
    var edge = network.body.edges[p.edge];
    if (edge) { edge.setOptions({ title: edgeBox(p.edge) }); }
  });
  function showDetails(id) {
    var box = $('cppcckg-details');
    while (box.firstChild) { box.removeChild(box.firstChild); }
    if (id === null) { box.appendChild(document.createTextNode('点击节点查看详情 · click a node for details')); return; }
    box.appendChild(nodeBox(id));
  }

  // ---- highlight neighbours --------------------------------------------------------------
  function clearHighlight() {
    if (!dimmed) { api.highlighted = []; return; }
    nodes.update(nodeIds.map(function (id) { return { id: id, color: D.nodes[id].c, font: { color: '#222222' } }; }));
    dimmed = false; api.highlighted = [];
  }
  function highlight(id) {
    var keep = {}; keep[id] = true;
    adj[id].forEach(function (m) { if (!hiddenNode[m]) { keep[m] = true; } });
    nodes.update(nodeIds.map(function (n) {
      return keep[n] ? { id: n, color: D.nodes[n].c, font: { color: '#222222' } }
                     : { id: n, color: D.dim, font: { color: 'rgba(0,0,0,0.2)' } };
    }));
    dimmed = true;
    api.highlighted = Object.keys(keep).sort();
    showDetails(id);
  }
  network.on('click', function (p) {
    if (p.nodes.length) { highlight(p.nodes[0]); }
    else if (!p.edges.length) { clearHighlight(); showDetails(null); }
  });

  // ---- filters ---------------------------------------------------------------------------
  function facetActive() { return !!(state.type || state.year || state.status || state.report); }
  function recordMatches(r) {
    if (!r) { return false; }
    if (state.type && r.classes.indexOf(state.type) < 0) { return false; }
    if (state.year) {
      var y = parseInt(state.year, 10);
      if (r.year === null || r.year === undefined || r.year > y || r.year_end < y) { return false; }
    }
    if (state.status && r.status !== state.status) { return false; }
    if (state.report && r.reports.indexOf(state.report) < 0) { return false; }
    return true;
  }
  function anyMatch(ids) { for (var i = 0; i < ids.length; i++) { if (recordMatches(D.records[ids[i]])) { return true; } } return false; }
  function computeVisible() {
    var vis = {}, active = facetActive();
    nodeIds.forEach(function (id) {
      var n = D.nodes[id], ok = true;
      if (state.province && n.kind === 'body') { ok = state.province === '-' ? !n.prov : n.prov === state.province; }
      if (ok && active && n.f.length) { ok = anyMatch(n.f); }
      vis[id] = ok;
    });
    nodeIds.forEach(function (id) {  // an initiative whose bodies are all hidden goes too
      if (D.nodes[id].kind !== 'initiative' || !vis[id]) { return; }
      var bodies = adj[id].filter(function (m) { return D.nodes[m].kind === 'body'; });
      if (bodies.length && !bodies.some(function (m) { return vis[m]; })) { vis[id] = false; }
    });
    nodeIds.forEach(function (id) {  // so does a topic whose initiatives are all hidden
      if (D.nodes[id].kind === 'initiative' || !vis[id]) { return; }
      var inits = adj[id].filter(function (m) { return D.nodes[m].kind === 'initiative'; });
      if (inits.length && !inits.some(function (m) { return vis[m]; })) { vis[id] = false; }
    });
    return vis;
  }
  function applyFilters() {
    clearHighlight();
    var vis = computeVisible(), active = facetActive(), nu = [], eu = [], shown = 0, shownEdges = 0;
    nodeIds.forEach(function (id) {
      var h = !vis[id];
      if (hiddenNode[id] !== h) { hiddenNode[id] = h; nu.push({ id: id, hidden: h }); }
      if (!h) { shown++; }
    });
    edgeIds.forEach(function (eid) {
      var e = D.edges[eid], ok = vis[e.a] && vis[e.b];
      if (ok && active && e.f.length) { ok = anyMatch(e.f); }
      var h = !ok;
      if (hiddenEdge[eid] !== h) { hiddenEdge[eid] = h; eu.push({ id: eid, hidden: h }); }
      if (!h) { shownEdges++; }
    });
    if (nu.length) { nodes.update(nu); }
    if (eu.length) { edges.update(eu); }
    api.visible = shown;
    $('cppcckg-count').textContent = '显示 ' + shown + ' / ' + nodeIds.length + ' 个节点, ' + shownEdges + ' / ' + edgeIds.length +
      ' 条边 · showing ' + shown + ' of ' + nodeIds.length + ' nodes';
  }
  function fillSelect(id, entries, allText) {
    var s = $(id);
    s.appendChild(new Option(allText, ''));
    entries.forEach(function (e) { s.appendChild(new Option(e[1], e[0])); });
    if (!entries.length) { s.disabled = true; }
    s.addEventListener('change', function () { state[s.getAttribute('data-filter')] = s.value; applyFilters(); });
  }
  var O = D.options;
  fillSelect('cppcckg-filter-type', O.types.map(function (t) { return [t[0], both(t[1], t[2]) + ' (' + t[3] + ')']; }), '全部类型 all types');
  fillSelect('cppcckg-filter-year', O.years.map(function (y) { return [String(y), String(y)]; }), '全部年份 all years');
  fillSelect('cppcckg-filter-status', O.statuses.map(function (s) { return [s[0], both(s[1], s[2]) || s[0]]; }), '全部状态 all');
  fillSelect('cppcckg-filter-province', O.provinces.map(function (p) { return [p[0], both(p[1], p[2]) + ' (' + p[3] + ')']; }), '全部省份 all provinces');
  fillSelect('cppcckg-filter-report', O.reports.map(function (r) { return [r[0], r[1] || r[0]]; }), '全部报告 all reports');
  function resetFilters() {
    ['type', 'year', 'status', 'province', 'report'].forEach(function (k) { state[k] = ''; $('cppcckg-filter-' + k).value = ''; });
    applyFilters();
  }
  $('cppcckg-reset').addEventListener('click', resetFilters);

  // ---- search ----------------------------------------------------------------------------
  function search(q) {
    q = String(q || '').trim().toLowerCase();
    if (!q) { return []; }
    var hits = [];
    nodeIds.forEach(function (id) {
      var n = D.nodes[id], best = 9;
      [n.zh, n.en].forEach(function (s) {
        if (!s) { return; }
        s = s.toLowerCase();
        var score = s === q ? 0 : s.indexOf(q) === 0 ? 1 : s.indexOf(q) >= 0 ? 2 : 9;
        if (score < best) { best = score; }
      });
      if (best < 9) { hits.push([best, -(n.deg || 0), (n.zh || n.en || '').length, id]); }
    });
    hits.sort(function (a, b) { for (var i = 0; i < 3; i++) { if (a[i] !== b[i]) { return a[i] - b[i]; } } return a[3] < b[3] ? -1 : 1; });
    return hits.map(function (h) { return h[3]; });
  }
  function focusNode(id) {
    if (!D.nodes[id]) { return; }
    if (hiddenNode[id]) { resetFilters(); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    highlight(id);
    api.focused = id;
  }
  var results = $('cppcckg-results'), input = $('cppcckg-search');
  function showResults() {
    while (results.firstChild) { results.removeChild(results.firstChild); }
    search(input.value).slice(0, 12).forEach(function (id) {
      var n = D.nodes[id], li = el('li');
      li.setAttribute('data-id', id);
      li.appendChild(el('div', '', n.zh || n.en || id));
      if (n.en && n.zh) { li.appendChild(el('div', 'en', n.en)); }
      li.addEventListener('click', function () { focusNode(id); });
      results.appendChild(li);
    });
  }
  input.addEventListener('input', showResults);
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') { var hits = search(input.value); if (hits.length) { focusNode(hits[0]); } }
  });

  // ---- legend and summary ----------------------------------------------------------------
  var legend = $('cppcckg-legend');
  D.legend.forEach(function (k) {
    var li = el('li'), sw = el('span', 'cppcckg-swatch ' + k.shape);
    sw.style.background = k.colour;
    li.appendChild(sw); li.appendChild(el('span', '', k.zh + ' ' + k.en + ' (' + k.count + ')'));
    legend.appendChild(li);
  });
  D.edgeLegend.forEach(function (k) {
    var li = el('li'); li.appendChild(el('span', 'cppcckg-line' + (k.dashes ? ' dashes' : '')));
    li.appendChild(el('span', '', k.zh + ' ' + k.en)); legend.appendChild(li);
  });
  var s = D.summary;
  $('cppcckg-summary').textContent = D.view + ' · ' + s.nodes + ' nodes, ' + s.edges + ' edges' +
    (s.communities ? ', ' + s.communities + ' communities' : '') + ' · filters: ' + D.filters + ' · layout: ' + D.layout;
  applyFilters();

  api.visibleIds = function () { return nodeIds.filter(function (id) { return !hiddenNode[id]; }).sort(); };
  api.visibleEdgeIds = function () { return edgeIds.filter(function (id) { return !hiddenEdge[id]; }); };
  api.setFilter = function (name, value) { state[name] = value || ''; $('cppcckg-filter-' + name).value = value || ''; applyFilters(); };
  api.resetFilters = resetFilters;
  api.search = search;
  api.focus = focusNode;
  api.tooltip = function (id) { return nodeBox(id).textContent; };
}());
"""
