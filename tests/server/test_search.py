"""Issue 16: the search box over names, aliases and labels (Chinese substrings, English words,
any case) lists the rows of the named query `search` with their kinds, and every result leads to
a page; an unknown IRI is a 404 with a search box (HTML) or one line of text."""

from __future__ import annotations

import re
import urllib.parse

import pytest

from cppcckg.query.kg import KnowledgeGraph

from tests.helpers import get

pytestmark = pytest.mark.server

WANZHOU = "https://w3id.org/cppcckg/id/body/cppcc-wanzhou"


@pytest.fixture(scope="module")
def kg(seed_store):
    with KnowledgeGraph.open(seed_store) as graph:
        yield graph


def results(html: str) -> list[str]:
    block = re.search(r'<ul class="search-results".*?</ul>', html, re.S)
    return re.findall(r'<li data-iri="([^"]+)"', block.group(0)) if block else []


def search(server, text: str) -> str:
    status, _, body = get(f"{server.base}/search?q={urllib.parse.quote(text)}", "text/html")
    assert status == 200
    return body.decode("utf-8")


@pytest.mark.parametrize("text", ["万州", "WanZhou", "渝昆", "四川省委员会", "Sichuan"])
def test_results_are_the_named_querys_rows(cppcckg_server, kg, text):
    html = search(cppcckg_server, text)
    rows = kg.query("search", text=text, limit=100)
    assert rows and results(html) == [r["entity"] for r in rows]
    for row in rows:
        kind = row["kind"] or row["kindEn"]
        if kind:
            item = re.search(rf'<li data-iri="{re.escape(row["entity"])}">.*?</li>', html, re.S).group(0)
            assert kind in item


def test_chinese_substring_and_english_name_find_the_district_cppcc(cppcckg_server):
    for text in ("万州区政协", "万州", "wanzhou district committee"):
        html = search(cppcckg_server, text)
        assert WANZHOU in results(html), text
    item = re.search(rf'<li data-iri="{WANZHOU}">.*?</li>', search(cppcckg_server, "万州"), re.S).group(0)
    assert "区县政协" in item and 'href="/id/body/cppcc-wanzhou"' in item


def test_every_result_leads_to_a_page(cppcckg_server):
    html = search(cppcckg_server, "川渝")
    hrefs = re.findall(r'<li data-iri="[^"]+"><a href="([^"]+)"', html)
    assert len(hrefs) > 3
    for href in hrefs:
        status, _, _ = get(cppcckg_server.base + href, "text/html")
        assert status == 200, href


def test_unknown_iri_is_a_404_with_a_search_box(cppcckg_server, kg):
    status, headers, body = get(cppcckg_server.base + "/id/body/wanzhou", "text/html")
    html = body.decode("utf-8")
    assert status == 404 and headers["content-type"].startswith("text/html")
    assert re.search(r'<form action="/search" method="get" id="not-found-search"><input type="search" name="q" value="wanzhou"', html)
    assert results(html) == [r["entity"] for r in kg.query("search", text="wanzhou", limit=100)]
    status, headers, body = get(cppcckg_server.base + "/id/body/wanzhou")
    assert status == 404 and headers["content-type"].startswith("text/plain")
    assert body.decode("utf-8").strip().splitlines() == [
        "nothing is known about https://w3id.org/cppcckg/id/body/wanzhou; search for a name at /search"]


def test_search_parameters_are_checked(cppcckg_server):
    status, _, body = get(cppcckg_server.base + "/search?q=x&colour=red")
    assert status == 400 and b"unknown parameter 'colour'" in body
    status, _, body = get(cppcckg_server.base + "/search?q=" + urllib.parse.quote("万" * 5000), "text/html")
    assert status == 200  # cut to the first 100 characters, not an error
