"""Issue 5: network projections from the store, analytics, layouts, the offline page, exports
and the `network` / `stats` commands. The seed store is built once per session."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import networkx as nx
import pytest

from cppcckg.network import analytics

from cppcckg.network import layout

from cppcckg.network import views as network

from cppcckg.network import render
from cppcckg.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "data" / "reports"
REFERENCE = ROOT / "data" / "reference"

SC = "cppccid:body/sc-cppcc"
CQ = "cppccid:body/cq-cppcc"
DAZHOU = "cppccid:body/cppcc-dazhou-sc"

_SEED: dict[str, Path] = {}


def build_seed_store(tmp_path_factory) -> Path:
    """The seed reports built into a store once per test session (shared with the browser tests)."""
    if "store" not in _SEED:
        from cppcckg.build.run import assemble
        from cppcckg.errors import DependencyError

        out = tmp_path_factory.mktemp("network-seed")
        try:
            assemble(REPORTS, out, REFERENCE)
        except DependencyError:  # no Java: joint activities are then computed from the definition
            assemble(REPORTS, out, REFERENCE, reason=False)
        _SEED["store"] = out / "store"
    return _SEED["store"]


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Path:
    return build_seed_store(tmp_path_factory)


@pytest.fixture(scope="session")
def catalogue(seed_store):
    from cppcckg.store import open_store

    return network.load_catalogue(open_store(seed_store))


@pytest.fixture(scope="session")
def views(catalogue):
    return {v: analytics.annotate(network.project(catalogue, v)) for v in network.VIEWS}


def kinds(g: nx.Graph, kind: str) -> list:
    return sorted(n for n, d in g.nodes(data=True) if d["kind"] == kind)


# ---------------------------------------------------------------------------------------------
# Projections
# ---------------------------------------------------------------------------------------------


def test_every_view_is_built_from_the_store(views):
    for name, g in views.items():
        assert g.number_of_nodes() > 0 and g.number_of_edges() > 0, name
        assert g.graph["view"] == name
        for n, d in g.nodes(data=True):
            assert d["kind"] in ("body", "initiative", "topic")
            assert d["label_zh"] or d["label_en"], n
            assert d["class"], n
            if d["kind"] == "body":
                assert "province" in d
            if d["kind"] == "initiative":
                for key in ("type", "year", "status", "evidence", "report"):
                    assert d[key] not in (None, ""), (n, key)


def test_initiatives_view_is_bipartite_with_roles(views):
    g = views["initiatives"]
    roles = set()
    for a, b, d in g.edges(data=True):
        assert {g.nodes[a]["kind"], g.nodes[b]["kind"]} == {"body", "initiative"}
        roles.add(d["role"])
    assert roles == {"organizer", "partner"}


def test_evidence_is_a_sentence_of_its_report(views, seed_reports):
    texts = {r.id: r.text for r in seed_reports}
    for n in kinds(views["initiatives"], "initiative"):
        d = views["initiatives"].nodes[n]
        assert d["evidence"] and d["evidence"] in texts[d["report"]]


def test_sichuan_chongqing_shows_every_joint_activity_with_both_sides(views, catalogue):
    g = views["sichuan-chongqing"]
    joint = sorted(i for i, r in catalogue.initiatives.items() if r["joint"])
    assert joint and kinds(g, "initiative") == joint
    for i in joint:
        participants = sorted(b for ii, b, _ in catalogue.participation if ii == i)
        assert sorted(g[i]) == participants
        provinces = {g.nodes[b]["province"] for b in participants}
        assert {"sichuan", "chongqing"} <= provinces, i
    assert g.nodes[SC]["province"] == "sichuan" and g.nodes[SC]["label_zh"] == "政协四川省委员会"
    assert g.nodes[CQ]["province"] == "chongqing"
    assert g.nodes[DAZHOU]["province"] == "sichuan" and g.nodes[DAZHOU]["label_zh"] == "政协达州市委员会"


def test_bodies_view_weights_count_shared_initiatives(views):
    bip, g = views["initiatives"], views["bodies"]
    assert kinds(g, "body") == kinds(bip, "body")
    for a, b, d in g.edges(data=True):
        shared = set(bip[a]) & set(bip[b])
        assert d["weight"] == len(shared) == len(d["initiative_ids"].split(";"))
    # Every pair of bodies sharing an initiative is linked.
    for i in kinds(bip, "initiative"):
        members = sorted(bip[i])
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                assert g.has_edge(members[x], members[y])


def test_topics_view_links_initiatives_to_topics(views, catalogue):
    g = views["topics"]
    for a, b in g.edges:
        assert {g.nodes[a]["kind"], g.nodes[b]["kind"]} == {"topic", "initiative"}
    assert len(kinds(g, "initiative")) == len({i for i, _ in catalogue.topic_links})


def test_collapsed_sichuan_chongqing_weights_are_joint_activities(views, catalogue):
    g = network.project(catalogue, "sichuan-chongqing", collapse=True)
    both = [i for i in kinds(views["sichuan-chongqing"], "initiative")
            if {SC, CQ} <= set(views["sichuan-chongqing"][i])]
    assert g.edges[SC, CQ]["weight"] == g.edges[SC, CQ]["joint"] == len(both)


def test_filters(catalogue):
    planned = network.initiatives(catalogue, network.Filters(status="planned"))
    assert kinds(planned, "initiative") and all(planned.nodes[i]["status"] == "planned" for i in kinds(planned, "initiative"))
    y2020 = network.initiatives(catalogue, network.Filters(years=(2020, 2020)))
    for i in kinds(y2020, "initiative"):  # periods overlapping 2020, e.g. 2018-2022
        assert y2020.nodes[i]["year"] <= 2020 <= y2020.nodes[i]["year_end"]
    assert kinds(y2020, "initiative")
    by_class = network.initiatives(catalogue, network.Filters(type="Consultation"))
    assert kinds(by_class, "initiative") == kinds(network.initiatives(catalogue, network.Filters(type="协商")), "initiative")
    assert any(by_class.nodes[i]["class"] != "Consultation" for i in kinds(by_class, "initiative"))  # subtypes count
    report = sorted(catalogue.reports)[0]
    one = network.initiatives(catalogue, network.Filters(report=report))
    assert {one.nodes[i]["report"] for i in kinds(one, "initiative")} == {report}
    assert network.parse_year("2018-2022") == (2018, 2022)


@pytest.mark.parametrize("filters, message", [
    (network.Filters(type="nope"), "--type 'nope' is not an initiative type"),
    (network.Filters(status="maybe"), "--status 'maybe' is not one of done, planned"),
    (network.Filters(report="no-such-report"), "--report 'no-such-report' is not a report id"),
])
def test_unknown_filter_values_are_named(catalogue, filters, message):
    with pytest.raises(InputError, match=re.escape(message)):
        network.initiatives(catalogue, filters)


def test_bad_year_and_view():
    with pytest.raises(InputError, match="not a year"):
        network.parse_year("last year")
    with pytest.raises(InputError, match="--view 'nope'"):
        network.project(network.Catalogue(), "nope")


# ---------------------------------------------------------------------------------------------
# Analytics
# ---------------------------------------------------------------------------------------------


def test_eigenvector_handles_disconnected_graphs():
    g = nx.Graph([("a", "b"), ("b", "c"), ("x", "y")])
    g.add_node("alone")
    ev = analytics.eigenvector(g)
    assert ev["alone"] == 0.0
    assert math.isclose(sum(v * v for v in ev.values()), 1.0, rel_tol=1e-6)
    assert ev["b"] > ev["a"] > 0 and ev["x"] > 0


def test_centralities_and_communities_on_a_known_graph():
    g = nx.star_graph(4)
    c = analytics.centralities(g)
    assert c[0]["betweenness"] == 1.0 and c[0]["degree"] == 4 and c[1]["betweenness"] == 0.0
    two = nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(3))
    two.add_edge(0, 4)
    parts = analytics.communities(two)
    assert parts == analytics.communities(two) and sorted(map(len, parts)) == [3, 4]


def test_annotate_writes_numbers_on_every_node(views):
    for g in views.values():
        for _, d in g.nodes(data=True):
            assert {"degree", "betweenness", "eigenvector", "community"} <= set(d)
        assert g.graph["communities"] >= 1


def test_cross_border_pairs_and_bridges(views):
    g = views["sichuan-chongqing"]
    pairs = analytics.cross_border_pairs(g)
    top = pairs[0]
    assert (top["sichuan"], top["chongqing"]) == (SC, CQ)
    assert top["ran_together"] == len(set(g[SC]) & set(g[CQ])) and top["listed_together"] == 0
    assert any(p["sichuan"] == DAZHOU for p in pairs)
    # The same pairs from the body projection.
    collapsed = network.project_bodies(g)
    assert analytics.cross_border_pairs(collapsed) == pairs
    bridges = {r["body"]: r for r in analytics.bridging_bodies(g)}
    assert bridges[CQ]["joint_activities"] == len(g[CQ])
    assert bridges[DAZHOU]["cross_border_partners"] >= 2  # Wanzhou, Kaizhou, the Chongqing committee
    assert analytics.bridging_bodies(views["bodies"]) == analytics.bridging_bodies(views["initiatives"])


def test_summary_has_every_table(views):
    s = analytics.summary(views["bodies"], top=3)
    assert len(s["centrality"]) == 3 and s["centrality"][0]["node"] == CQ
    assert s["cross_border_pairs"] and s["bridging_bodies"] and s["community_table"]


# ---------------------------------------------------------------------------------------------
# Layouts
# ---------------------------------------------------------------------------------------------


def test_geo_layout_puts_sichuan_west_of_chongqing(views):
    g = views["sichuan-chongqing"]
    pos = layout.geo(g)
    assert set(pos) == set(g)
    assert pos[SC][0] < pos[CQ][0] and pos[SC][1] < pos[CQ][1]  # west and north of Chongqing
    assert layout.geo(g) == pos
    assert len({p for p in pos.values()}) == len(pos), "no two nodes on one spot"


def test_geo_layout_needs_places(views):
    with pytest.raises(InputError, match="--layout geo needs bodies with seat coordinates"):
        layout.compute_layout(views["topics"], "geo")


def test_spring_layout_is_seeded_and_complete(views):
    for g in views.values():
        pos = layout.spring(g)
        assert set(pos) == set(g) and layout.spring(g) == pos
    assert layout.compute_layout(views["bodies"], "force") is None


def test_large_graph_layout_is_anchored():
    g = nx.Graph()
    for b in range(60):
        g.add_node(f"b{b}", kind="body")
    for i in range(layout.EXACT_SPRING + 50):
        g.add_node(f"i{i}", kind="initiative")
        g.add_edge(f"i{i}", f"b{i % 60}")
        g.add_edge(f"i{i}", f"b{(i * 7) % 60}")
    pos = layout.spring(g)
    assert set(pos) == set(g)


# ---------------------------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------------------------


def test_page_is_self_contained(views, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = render.render_html(views["sichuan-chongqing"], positions=layout.geo(views["sichuan-chongqing"]))
    assert render.offline_violations(page) == []
    assert "bootstrap" not in page.lower() and "cdn.jsdelivr" not in page and "cdnjs" not in page
    assert not re.search(r"""<(?:script|link|img|iframe)[^>]+(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I)
    assert "vis.Network" in page and "WenQuanYi Zen Hei" in page
    assert list(tmp_path.iterdir()) == [], "pyvis wrote files (lib/) into the working directory"
    assert render.render_html(views["sichuan-chongqing"], positions=layout.geo(views["sichuan-chongqing"])) == page


def test_page_escapes_text():
    g = nx.Graph()
    evil = "<script>alert(1)</script>"
    g.add_node("a", kind="body", label_zh=evil, label_en="x & y", province="sichuan")
    g.add_node("i", kind="initiative", label_zh="活动", evidence='</script><img src=x onerror=alert(2)> href', status="done", joint=True)
    g.add_edge("a", "i", role="organizer")
    page = render.render_html(g, positions={"a": (0, 0), "i": (100, 0)}, title="<b>title</b>")
    assert evil not in page and "<img src=x" not in page and "<b>title</b>" not in page
    assert "&lt;b&gt;title&lt;/b&gt;" in page
    data = re.search(r'<script type="application/json" id="cppcckg-data">(.*?)</script>', page, re.S).group(1)
    assert json.loads(data)["nodes"]["a"]["zh"] == evil


def test_render_offline_check_finds_remote_resources():
    assert render.offline_violations('<script src="https://cdn.example/x.js"></script>')
    assert render.offline_violations("<link href='//cdn.example/x.css'>")
    assert render.offline_violations("body { background: url(http://x/y.png) }")
    assert render.offline_violations('<a data-iri="https://w3id.example/x">') == []


# ---------------------------------------------------------------------------------------------
# Exports
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", network.EXPORT_FORMATS)
def test_exports_keep_attributes_and_are_stable(views, tmp_path, fmt):
    g = views["sichuan-chongqing"]
    pos = layout.geo(g)
    first = network.write_graph(g, tmp_path / f"a.{fmt}", fmt, positions=pos).read_bytes()
    second = network.write_graph(g, tmp_path / f"b.{fmt}", fmt, positions=pos).read_bytes()
    assert first == second and b"lastmodifieddate" not in first
    back = nx.read_graphml(tmp_path / f"a.{fmt}") if fmt == "graphml" else nx.read_gexf(tmp_path / f"a.{fmt}")
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
    d = back.nodes[SC]
    assert d["label_zh"] == "政协四川省委员会" and d["province"] == "sichuan" and d["kind"] == "body"
    assert float(d["betweenness"]) == g.nodes[SC]["betweenness"]
    i = kinds(g, "initiative")[0]
    assert back.nodes[i]["evidence"] == g.nodes[i]["evidence"] and int(back.nodes[i]["year"]) == g.nodes[i]["year"]


# ---------------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cli():
    from typer.testing import CliRunner

    from cppcckg.cli.main import app

    runner = CliRunner()
    return lambda *args: runner.invoke(app, [str(a) for a in args])


def test_network_command_writes_page_and_exports(cli, seed_store, tmp_path):
    r = cli("network", "--store", seed_store, "--view", "sichuan-chongqing", "--layout", "geo", "--out", tmp_path / "sc.html")
    assert r.exit_code == 0, r.output
    assert "sichuan-chongqing view" in r.output and (tmp_path / "sc.html").stat().st_size > 100_000
    r = cli("network", "--store", seed_store, "--view", "bodies", "--out", tmp_path / "b.gexf")
    assert r.exit_code == 0, r.output
    assert nx.read_gexf(tmp_path / "b.gexf").number_of_nodes() > 0
    r = cli("network", "--store", seed_store, "--view", "initiatives", "--format", "graphml", "--year", "2022",
            "--status", "planned", "--out", tmp_path / "p.xml")
    assert r.exit_code == 0, r.output
    assert nx.read_graphml(tmp_path / "p.xml").number_of_nodes() > 0


def test_map_layout_puts_bodies_at_their_seats_in_their_own_outline(cli, seed_store, tmp_path):
    from cppcckg.network import boundaries

    r = cli("network", "--store", seed_store, "--view", "sichuan-chongqing", "--layout", "map", "--out", tmp_path / "map.html")
    assert r.exit_code == 0, r.output
    assert "sichuan-chongqing (bodies) view" in r.output  # the activities are the arcs
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert render.offline_violations(page) == [] and "沙坪坝区" in page and boundaries.SOURCE in page
    cat = network.load_catalogue(__import__("cppcckg.store", fromlist=["open_store"]).open_store(seed_store))
    g = network.project(cat, "sichuan-chongqing", collapse=True)
    pos = layout.compute_layout(g, "map")
    for n, d in g.nodes(data=True):  # one body per seat here: each exactly at its seat
        if d.get("province") in ("sichuan", "chongqing") and d.get("lat") is not None:
            assert math.dist(pos[n], layout.map_point(d["lat"], d["lon"])) < 0.01
    assert pos[SC][0] < pos[CQ][0] and pos[DAZHOU][1] < pos[CQ][1]  # Sichuan west, Dazhou north
    # Pages of other layouts carry no outlines.
    assert "沙坪坝区" not in render.render_html(g, positions=layout.compute_layout(g, "geo"), layout="geo")


def test_stats_command(cli, seed_store):
    r = cli("stats", "--store", seed_store, "--view", "sichuan-chongqing", "--format", "json", "--top", "3")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["cross_border_pairs"][0]["sichuan_zh"] == "政协四川省委员会"
    assert data["cross_border_pairs"][0]["chongqing_zh"] == "政协重庆市委员会"
    assert len(data["centrality"]) == 3
    r = cli("stats", "--store", seed_store, "--format", "csv", "--top", "2")
    assert r.exit_code == 0 and r.output.splitlines()[0].startswith("rank,node,label_zh")
    assert len(r.output.splitlines()) == 3
    r = cli("stats", "--store", seed_store, "--view", "sichuan-chongqing", "--top", "2")
    assert r.exit_code == 0 and "Strongest Sichuan-Chongqing pairs" in r.output and "Bridging bodies" in r.output


@pytest.mark.parametrize("args, code, message", [
    (["network", "--view", "nope", "--out", "x.html"], 2, "--view 'nope' is not one of"),
    (["network", "--layout", "nope", "--out", "x.html"], 2, "--layout 'nope'"),
    (["network", "--year", "1990", "--out", "x.html"], 2, "no initiative of the sichuan-chongqing view matches"),
    (["network", "--type", "nope", "--out", "x.html"], 2, "--type 'nope'"),
    (["network", "--view", "topics", "--layout", "geo", "--out", "x.html"], 2, "--layout geo needs"),
    (["network", "--view", "initiatives", "--layout", "map", "--out", "x.html"], 2, "--layout map draws bodies"),
    (["stats", "--format", "xml"], 2, "--format 'xml'"),
    (["stats", "--table", "nope"], 2, "--table 'nope'"),
])
def test_command_errors_are_one_line(cli, seed_store, tmp_path, args, code, message):
    args = [a if a != "x.html" else tmp_path / a for a in args]
    r = cli(*args, "--store", seed_store)
    assert r.exit_code == code, r.output
    assert message in r.output and "Traceback" not in r.output


def test_missing_store(cli, tmp_path):
    r = cli("stats", "--store", tmp_path / "none")
    assert r.exit_code == 5 and "cppcckg build" in r.output


@pytest.mark.parametrize("command", ["network", "stats"])
def test_help_has_an_example(cli, command):
    r = cli(command, "--help")
    assert r.exit_code == 0 and "Example:" in r.output
