"""One self-contained HTML page per network: pyvis (in_line) plus a small page of our own.

The page needs no network at all: pyvis's ``in_line`` mode inlines vis-network, every tag that
would load something from a CDN (Bootstrap, TomSelect) is removed, and :func:`offline_violations`
checks that no ``src``/``href``/``url()`` points anywhere but the page itself. Our own script,
style and side panel are files of ``network/static/`` (``network.js``, ``network.css``,
``panel.html``, package data found through :mod:`cppcckg.resources`), inlined into each page.

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
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from cppcckg import resources
from cppcckg.fsutil import write_atomic
from cppcckg.network.catalogue import CHONGQING_KEY, SICHUAN_KEY

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
    "ran": ("共同开展的活动", "ran together (width = number of initiatives)", False),
    "listed": ("同列名单（默认隐藏）", "listed together, not collaboration (hidden at first)", True),
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


def _map_data(g: nx.Graph, nodes: dict[str, Any]) -> dict[str, Any]:
    """The outlines in the map layout's pixels, and each body's outline (``rg``) for shading."""
    from cppcckg.network.boundaries import load, region_of
    from cppcckg.network.layout import map_point

    data = load()
    features = []
    for f in data["features"]:
        rings = [[v for lon, lat in ring for v in (round(c, 1) for c in map_point(lat, lon))] for ring in f["rings"]]
        biggest = max(f["rings"], key=len)
        centre = map_point(sum(p[1] for p in biggest) / len(biggest), sum(p[0] for p in biggest) / len(biggest))
        features.append({"id": f["adcode"], "name": f["name"], "kind": f["kind"], "prov": f["province"],
                         "rings": rings, "c": [round(centre[0], 1), round(centre[1], 1)]})
    for n, d in g.nodes(data=True):
        if d.get("lat") is not None and d.get("province") in (SICHUAN_KEY, CHONGQING_KEY):
            region = region_of(d["lat"], d["lon"], province_level=d.get("seat") == d.get("province"))
            if region is not None:
                nodes[str(n)]["rg"] = region["adcode"]
    return {"features": features, "source": data["source"]}


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
        info["s"] = d.get("label_short") or _short(info["zh"] or info["en"] or str(n))
        nodes[str(n)] = info
        # No vis label: network.js draws the labels itself, by importance, none overlapping.
        vn: dict[str, Any] = {
            "id": str(n), "shape": shape, "color": colour_obj,
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
        role = d.get("role") or d.get("link") or "ran"
        edge_roles.add(role)
        eid = f"e{k}"
        weight = d.get("weight", 1)
        f = sorted(i for i in str(d.get("initiative_ids", "")).split(";") if i in records)
        body_link = role in ("ran", "listed")
        edges[eid] = {"a": a, "b": b, "role": role, "w": weight, "joint": d.get("joint", 0) if body_link else None, "f": f,
                      "listed": d.get("listed", 0) if body_link else None}
        ve: dict[str, Any] = {"id": eid, "from": a, "to": b}
        if body_link:
            ve["value"] = weight
        if role == "partner":
            ve["dashes"] = True
        if role == "listed":  # not collaboration: dotted, faint, and off until the reader asks
            ve.update(dashes=[2, 6], hidden=True, color={"color": "#c8ced6", "inherit": False})
        elif layout == "map":  # arcs over the map, purple where joint activities are behind them
            ve["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.25}
            if d.get("joint"):
                ve["color"] = {"color": "#9467bd", "highlight": "#4b2c6f", "hover": "#4b2c6f", "inherit": False}
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
    order = sorted(nodes, key=lambda i: (-(nodes[i]["deg"] or 0), nodes[i]["kind"] != "body", len(nodes[i]["s"]), i))
    legend = [{"key": k, "zh": v[0], "en": v[1], "colour": v[2], "shape": v[3], "count": counts[k]} for k, v in KINDS.items() if k in counts]
    edge_legend = [{"role": r, "zh": v[0], "en": v[1], "dashes": v[2]} for r, v in _EDGE_STYLES.items() if r in edge_roles]
    data = {
        "title": title, "view": g.graph.get("view", ""), "filters": g.graph.get("filters", "none"), "layout": layout,
        "physics": physics, "nodes": nodes, "edges": edges, "records": records, "options": options,
        "legend": legend, "edgeLegend": edge_legend, "dim": _DIM, "labelOrder": order,
        "acts": g.graph.get("initiative_info", {}), "map": _map_data(g, nodes) if layout == "map" else None,
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


@lru_cache(maxsize=None)
def _static(name: str) -> str:
    """A file of the network package's static/ folder, to inline: the page must stay one file
    that works offline. Refused if it could end the element it is inlined into."""
    text = (resources.network_static_dir() / name).read_text(encoding="utf-8")
    if name.endswith((".js", ".css")) and re.search(r"</(?:script|style)", text, re.I):  # pragma: no cover
        raise RuntimeError(f"{name} contains a closing </script> or </style> tag and cannot be inlined")
    return text


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
        f"<title>{_html.escape(title)}</title>\n<style>:root {{ --cppcckg-fonts: {CJK_FONTS}; }}\n{_static('network.css')}</style>\n"
    )
    page = page.replace("<html>", '<html lang="zh">', 1)
    cut = page.rfind("</head>")
    page = page[:cut] + head + page[cut:]
    body = page.find("<body>", cut)
    page = page[: body + len("<body>")] + _static("panel.html").replace("{{title}}", _html.escape(title)) + page[body + len("<body>"):]
    end = page.rfind("</body>")
    script = (
        f'<script type="application/json" id="cppcckg-data">{_json_for_script(data)}</script>\n'
        f"<script>{_static('network.js')}</script>\n<script>{_static('export.js')}</script>\n"
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
