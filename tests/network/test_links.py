"""Issue 21: bodies that ran an initiative together and bodies only named in one list are two
kinds of link, kept apart in the bodies view, its measures, the pair tables and the page."""

from __future__ import annotations

from itertools import combinations

import networkx as nx

from cppcckg.network import analytics, links
from cppcckg.network import views as network
from tests.network.test_network import CQ, DAZHOU, catalogue, seed_store  # noqa: F401 (fixtures)

WANZHOU, KAIZHOU = "cppccid:body/cppcc-wanzhou", "cppccid:body/cppcc-kaizhou"
PILOTS = ["cppccid:body/cppcc-" + k for k in ("shapingba", "jiangbei", "jiulongpo", "yubei", "changshou", "nanchuan",
                                               "qijiang", "bishan", "wulong", "yunyang", "wuxi", "youyang")] + [WANZHOU]


def test_a_list_of_districts_is_listed_together_not_ran_together(catalogue):
    g = network.bodies(catalogue)
    # The pilot districts (指导万州、渝东、江北……等区县政协开展试点) are only listed together.
    for a, b in combinations(PILOTS, 2):
        assert g.edges[a, b]["link"] == "listed", (a, b)
        assert g.edges[a, b]["ran"] == 0 and g.edges[a, b]["listed"] == 1
    # The city committee that guided them ran each pilot with the district (organiser-partner).
    for d in PILOTS:
        assert g.edges[CQ, d]["link"] == "ran"
    # 万达开三地政协 is a group acting as one: its members ran the consultation together.
    assert g.edges[WANZHOU, DAZHOU]["link"] == "ran" and g.edges[KAIZHOU, DAZHOU]["link"] == "ran"
    assert g.edges[WANZHOU, KAIZHOU]["link"] == "ran" and g.edges[WANZHOU, KAIZHOU]["listed"] == 0
    kinds = [d["link"] for _, _, d in g.edges(data=True)]
    assert kinds.count("listed") >= 66 and kinds.count("ran") >= 20


def test_measures_leave_lists_out(catalogue):
    g = analytics.annotate(network.bodies(catalogue))
    ran = links.without_listed(g)
    assert ran.number_of_nodes() == g.number_of_nodes() and ran.number_of_edges() < g.number_of_edges()
    for n, d in g.nodes(data=True):
        assert d["degree"] == ran.degree(n)
    shapingba = PILOTS[0]
    assert g.nodes[shapingba]["degree"] < g.degree(shapingba)
    assert g.graph["components"] == nx.number_connected_components(ran)


def test_pair_tables_keep_the_kinds_apart(catalogue):
    g = analytics.annotate(network.bodies(catalogue))
    pairs = analytics.cross_border_pairs(g)
    assert pairs and all(p["ran_together"] + p["listed_together"] > 0 for p in pairs)
    by = {(p["sichuan"], p["chongqing"]): p for p in pairs}
    assert by[(DAZHOU, WANZHOU)]["ran_together"] == 1


def test_link_kind_rule():
    groups = [frozenset({"a", "b", "c"})]
    assert links.link_kind("a", "c", groups) == "listed"
    assert links.link_kind("a", "x", groups) == "ran"
    assert links.link_kind("a", "b", []) == "ran"


def test_collaboration_links_query_keeps_the_kinds_apart_as_the_bodies_view_does(catalogue, seed_store):  # noqa: F811
    from cppcckg.query.kg import KnowledgeGraph
    from cppcckg.store import open_store
    from cppcckg.vocab import curie

    rows = KnowledgeGraph.from_store(open_store(seed_store)).query("collaboration-links")
    kinds = {"ran together": "ran", "listed together": "listed"}
    assert {r["link"] for r in rows} == set(kinds)
    first_listed = min(k for k, r in enumerate(rows) if r["link"] == "listed together")
    assert all(r["link"] == "listed together" for r in rows[first_listed:])  # ran together first
    got = {(frozenset((curie(str(r["bodyA"])), curie(str(r["bodyB"])))), kinds[r["link"]]): int(r["sharedInitiatives"]) for r in rows}
    g = network.bodies(catalogue)
    want = {}
    for a, b, d in g.edges(data=True):
        for kind in ("ran", "listed"):
            if d[kind]:
                want[(frozenset((a, b)), kind)] = d[kind]
    assert got == want
