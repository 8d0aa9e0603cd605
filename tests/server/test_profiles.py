"""Issue 16: profile pages over real HTTP (`cppcckg serve` on the seed store). Each table of a
page holds the rows of its named query for the same parameters (the page is read as plain HTML,
as a browser without JavaScript gets it); filters and pages are GET parameters; the CSV download
is the query's answer; bad parameters are a 400 naming the parameter."""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.parse

import pytest

from cppcckg.query.kg import KnowledgeGraph

from tests.helpers import get

pytestmark = pytest.mark.server

CQ = "cppccid:body/cq-cppcc"


@pytest.fixture(scope="module")
def kg(seed_store):
    with KnowledgeGraph.open(seed_store) as graph:
        yield graph


def page(server, path: str, **params) -> str:
    url = server.base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    status, headers, body = get(url, "text/html")
    assert status == 200, body[:300]
    assert headers["content-type"].startswith("text/html")
    return body.decode("utf-8")


def table_iris(html: str, table: str) -> list[str]:
    """The data-iri of each row of the table with id ``table``, in page order."""
    match = re.search(rf'<table id="{table}".*?</table>', html, re.S)
    return re.findall(r'<tr data-iri="([^"]+)"', match.group(0)) if match else []


def test_body_profile_first_page_is_the_named_querys_first_page(cppcckg_server, kg):
    html = page(cppcckg_server, "/id/body/cq-cppcc")
    assert "<h1>政协重庆市委员会" in html
    expected = kg.query("profile-body-initiatives", body=CQ, limit=50, offset=0)
    assert len(expected) == 50  # the body has more than one page
    assert table_iris(html, "initiatives-table") == [r["initiative"] for r in expected]
    [summary] = kg.query("profile-body-summary", body=CQ)
    assert f"of {summary['initiatives']}" in html
    assert 'rel="next"' in html and 'rel="prev"' not in html
    # the generic property table is still there, folded
    assert re.search(r'<details class="generic"[^>]*>.*属性 Properties', html, re.S)


def test_second_page_and_filters_are_get_parameters(cppcckg_server, kg):
    html = page(cppcckg_server, "/id/body/cq-cppcc", page=2)
    expected = kg.query("profile-body-initiatives", body=CQ, limit=50, offset=50)
    assert table_iris(html, "initiatives-table") == [r["initiative"] for r in expected]
    assert 'rel="prev"' in html
    for filters in ({"year": "2021", "type": "research"}, {"role": "partner"}, {"status": "planned"}, {"type": "调研"}):
        html = page(cppcckg_server, "/id/body/cq-cppcc", **filters)
        rows = kg.query("profile-body-initiatives", body=CQ, limit=50, offset=0, **filters)
        assert rows, filters
        assert table_iris(html, "initiatives-table") == [r["initiative"] for r in rows], filters
    html = page(cppcckg_server, "/id/body/cq-cppcc", page=99)
    assert 'id="no-initiatives"' in html and "No initiative matches" in html
    html = page(cppcckg_server, "/id/body/cq-cppcc", year="1990")
    assert 'id="no-initiatives"' in html and 'id="initiatives-table"' not in html


def test_csv_download_is_the_named_querys_answer(cppcckg_server, kg):
    status, headers, body = get(cppcckg_server.base + "/id/body/cq-cppcc?year=2021&download=csv")
    assert status == 200 and headers["content-type"].startswith("text/csv")
    assert "attachment" in headers["content-disposition"]
    got = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    rows = kg.query("profile-body-initiatives", body=CQ, year=2021)
    assert len(got) == len(rows) > 50  # every row, not one page
    assert [r["initiative"] for r in got] == [r["initiative"] for r in rows]
    assert [r["label"] for r in got] == [r["label"] or "" for r in rows]
    status, _, _ = get(cppcckg_server.base + "/id/body/no-such-body?download=csv")
    assert status == 404


def test_chart_counts_link_to_the_filtered_table(cppcckg_server, kg):
    html = page(cppcckg_server, "/id/body/sc-cppcc")
    counts = kg.query("profile-body-counts", body="政协四川省委员会")
    titles = re.findall(r"<title>(\d{4}) · ([^<:]+): (\d+)</title>", html)
    assert sorted((y, t, int(n)) for y, t, n in titles) == sorted(
        (str(r["year"]), r["typeName"], r["initiatives"]) for r in counts)
    first = counts[0]
    href = f'?year={first["year"]}&amp;type={urllib.parse.quote_plus(first["typeName"])}#initiatives'
    assert href in html


def side_table(server, html: str, name: str) -> str:
    """The page of side table ``name`` that the profile ``html`` links (as a browser without
    JavaScript follows it)."""
    href = re.search(rf'<section class="side-table" id="{name}" data-src="([^"]+)">', html).group(1)
    assert re.search(rf'id="{name}".*?<a href="{re.escape(href)}">', html, re.S)  # linked without script too
    return page(server, href.replace("&amp;", "&"))


def test_joint_activities_and_cross_border_partners(cppcckg_server, kg):
    html = page(cppcckg_server, "/id/body/sc-cppcc")
    joint = kg.query("profile-body-joint", body="政协四川省委员会")
    partners = kg.query("profile-body-partners", body="政协四川省委员会")
    assert joint and table_iris(side_table(cppcckg_server, html, "joint"), "joint-table") == [r["initiative"] for r in joint]
    partners_page = side_table(cppcckg_server, html, "partners")
    assert table_iris(partners_page, "partners-table") == [r["partner"] for r in partners]
    crossing = [r["partner"] for r in partners if r["crossBorder"]]
    assert "https://w3id.org/cppcckg/id/body/cq-cppcc" in crossing
    assert re.findall(r'<tr data-iri="([^"]+)" class="cross"', partners_page) == crossing


def test_side_tables_are_paged_like_their_queries(cppcckg_server, kg):
    figures = kg.query("profile-body-statistics", body=CQ)
    assert len(figures) > 50  # more than one page
    first = page(cppcckg_server, "/id/body/cq-cppcc", table="statistics")
    assert table_iris(first, "statistics-table") == [r["observation"] for r in figures[:50]]
    assert 'rel="next"' in first and 'rel="prev"' not in first
    second = page(cppcckg_server, "/id/body/cq-cppcc", table="statistics", page=2)
    assert table_iris(second, "statistics-table") == [r["observation"] for r in figures[50:]]
    assert 'rel="prev"' in second and 'rel="next"' not in second
    assert table_iris(second, "statistics-table") == [r["observation"] for r in kg.query(
        "profile-body-statistics", body=CQ, limit=50, offset=50)]


def test_a_body_without_figures_links_no_statistics_table(cppcckg_server, kg):
    bodies = [r["body"] for r in kg.query("body-hierarchy") if r["level"] == "chongqing"]
    quiet = next(b for b in bodies if kg.query("profile-body-initiatives", body=b, limit=1)
                 and not kg.query("profile-body-statistics", body=b, limit=1))
    html = page(cppcckg_server, "/id/" + quiet.split("/id/", 1)[1])
    assert 'id="initiatives-table"' in html and 'id="statistics"' not in html


def test_district_cppcc_profile(cppcckg_server, kg):
    html = page(cppcckg_server, "/id/body/cppcc-wanzhou")
    assert '<dd class="guided-by"><a href="/id/body/cq-cppcc">政协重庆市委员会</a>' in html
    rows = kg.query("profile-body-initiatives", body="万州区政协")
    assert table_iris(html, "initiatives-table") == [r["initiative"] for r in rows]
    stats = kg.query("profile-body-statistics", body="万州区政协")
    assert stats and table_iris(side_table(cppcckg_server, html, "statistics"), "statistics-table") == [
        r["observation"] for r in stats]


def test_body_without_initiatives_says_so(cppcckg_server, kg):
    bodies = [r["body"] for r in kg.query("body-hierarchy") if r["level"] == "chongqing"]
    quiet = next(b for b in bodies if not kg.query("profile-body-initiatives", body=b, limit=1))
    html = page(cppcckg_server, "/id/" + quiet.split("/id/", 1)[1])
    assert 'id="no-initiatives"' in html and "The reports give no initiative of this body" in html
    assert 'id="initiatives-table"' not in html and 'rel="next"' not in html


@pytest.mark.parametrize("query, fragment", [
    ("year=abc", "parameter year"),
    ("colour=red", "unknown parameter 'colour'"),
    ("page=0", "parameter page"),
    ("download=xlsx", "parameter download"),
    ("table=colours", "parameter table: expected one of joint, partners, statistics"),
    ("table=partners&year=2021", "parameter year: the partners table takes no filters"),
])
def test_bad_profile_parameters_are_400_naming_the_parameter(cppcckg_server, query, fragment):
    status, headers, body = get(cppcckg_server.base + "/id/body/cq-cppcc?" + query)
    assert status == 400 and headers["content-type"].startswith("text/plain")
    assert fragment in body.decode("utf-8") and len(body.decode("utf-8").strip().splitlines()) == 1


def test_rdf_of_a_body_is_unchanged_by_its_profile(cppcckg_server):
    status, headers, body = get(cppcckg_server.base + "/id/body/cq-cppcc", "text/turtle")
    assert status == 200 and headers["content-type"].startswith("text/turtle") and "政协重庆市委员会" in body.decode()


def test_joint_initiative_profile_shows_every_report_and_the_merge_rule(cppcckg_server, kg):
    merged = next(r for r in kg.query("profile-body-joint", body="政协四川省委员会")
                  if len(kg.query("profile-initiative-evidence", initiative=r["initiative"])) > 1)
    iri = merged["initiative"]
    html = page(cppcckg_server, "/id/" + iri.split("/id/", 1)[1])
    assert "joint Sichuan-Chongqing" in html.split("</h1>", 1)[0]
    participants = kg.query("profile-initiative-participants", initiative=iri)
    assert table_iris(html, "participants-table") == [r["body"] for r in participants]
    assert {r["side"] for r in participants} >= {"重庆市", "四川省"}
    evidence = kg.query("profile-initiative-evidence", initiative=iri)
    assert table_iris(html, "evidence-table") == [f'{r["report"]}#{r["start"]}-{r["end"]}' for r in evidence]
    assert len({r["report"] for r in evidence}) > 1  # one initiative across reports
    for r in evidence:
        assert f'href="/reader/{r["report"]}.html#ev-{r["start"]}-{r["end"]}"' in html
    rules = [f["value"] for f in kg.query("profile-initiative", initiative=iri) if f["fact"] == "mergeRule"]
    assert rules and all(f"<code>{rule}</code>" in html for rule in rules)


def test_initiative_profile_facts_are_the_named_querys(cppcckg_server, kg):
    rows = kg.query("profile-body-initiatives", body="万州区政协", type="counterpart consultation")
    iri = rows[0]["initiative"]
    html = page(cppcckg_server, "/id/" + iri.split("/id/", 1)[1])
    facts = kg.query("profile-initiative", initiative=iri)
    for fact in facts:
        if fact["fact"] in ("topic", "status", "period", "report", "type"):
            assert fact["nameZh"] and fact["nameZh"] in html, fact
    assert "<h1>" + rows[0]["label"].split(" / ")[0] in html


def test_topic_profile_lists_initiatives_of_the_topic_and_narrower_ones(cppcckg_server, kg):
    html = page(cppcckg_server, "/id/topic/chengyu-economic-circle")
    assert "<h1>成渝地区双城经济圈" in html
    rows = kg.query("initiatives-by-topic", topic="成渝地区双城经济圈")
    assert len({r["topicIri"] for r in rows}) > 1  # narrower topics are included
    assert table_iris(html, "initiatives-table") == [r["initiative"] for r in rows]
    narrower = [f for f in kg.query("profile-topic", topic="成渝地区双城经济圈") if f["fact"] == "narrower"]
    assert narrower and all(f'href="/id/topic/{f["value"].rsplit("/", 1)[1]}"' in html for f in narrower)


def test_place_and_programme_profiles(cppcckg_server, kg):
    html = page(cppcckg_server, "/id/place/wanzhou")
    assert "<h1>万州区" in html and 'href="/id/body/cppcc-wanzhou"' in html
    html = page(cppcckg_server, "/id/programme/yushi-haoshangliang")
    rows = [r for r in kg.query("programme-initiatives", programme="渝事好商量") if r["initiative"]]
    assert rows and table_iris(html, "initiatives-table") == [r["initiative"] for r in rows]
    figures = kg.query("programme-figures", programme="渝事好商量")
    assert figures and table_iris(html, "figures-table") == [r["observation"] for r in figures]


def test_sichuan_chongqing_pairs_page(cppcckg_server, kg):
    html = page(cppcckg_server, "/sichuan-chongqing")
    rows = kg.query("sichuan-chongqing-pairs")
    assert f"{len(rows)} 行 rows" in html
    pairs = re.findall(r'<tr><td><a href="(/id/body/[^"]+)">[^<]+</a></td><td><a href="(/id/body/[^"]+)">', html)
    assert sorted(pairs) == sorted({("/id/" + r["chongqingBody"].split("/id/")[1], "/id/" + r["sichuanBody"].split("/id/")[1])
                                    for r in rows})
    assert ("/id/body/cq-cppcc", "/id/body/sc-cppcc") in pairs
    assert 'href="/network/sichuan-chongqing.html?year=2021"' in html
    html = page(cppcckg_server, "/sichuan-chongqing", year="1990")
    assert 'id="no-pairs"' in html
    status, _, body = get(cppcckg_server.base + "/sichuan-chongqing?year=x")
    assert status == 400 and b"parameter year" in body


def test_the_api_gives_the_pages_rows(cppcckg_server):
    status, _, body = get(cppcckg_server.base + "/api/queries/profile-body-initiatives?"
                          + urllib.parse.urlencode({"body": "政协重庆市委员会", "limit": 5, "offset": 5, "type": "research"}))
    assert status == 200
    api = [r["initiative"] for r in json.loads(body)["rows"]]
    html = page(cppcckg_server, "/id/body/cq-cppcc", type="research")
    assert api and api == table_iris(html, "initiatives-table")[5:10]


@pytest.mark.parametrize("path", ["/id/body/cq-cppcc", "/id/initiative/cq-cppcc-2022-work-report/川渝政协联合推动昆昆高铁建设-033fbfd0",
                                  "/id/topic/chengyu-economic-circle", "/id/place/wanzhou", "/id/programme/yushi-haoshangliang",
                                  "/sichuan-chongqing", "/search?q=%E4%B8%87%E5%B7%9E"])
def test_pages_load_nothing_from_outside(cppcckg_server, path):
    status, headers, body = get(cppcckg_server.base + path, "text/html")
    html = body.decode("utf-8")
    assert status == 200 and "default-src 'self'" in headers["content-security-policy"]
    loaded = re.findall(r'<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="([^"]*)"', html)
    outside = [url for url in loaded if not url.startswith(("/", "data:"))]
    assert loaded and outside == []


def test_vis_network_is_served_by_the_server(cppcckg_server):
    status, headers, body = get(cppcckg_server.base + "/assets/vis-network.min.js")
    assert status == 200 and headers["content-type"].startswith("text/javascript") and b"vis" in body[:2000]
    assert b"cdnjs" not in body
    status, _, body = get(cppcckg_server.base + "/assets/other.js")
    assert status == 404 and b"vis-network.min.js" in body
