"""Issue 6 in real headless Chromium against `cppcckg serve`: from an entity page, follow an
evidence link into the reader and land on the highlighted sentence; run a query on the query
page; hostile text never runs. Every request that would leave 127.0.0.1 is refused and recorded."""

from __future__ import annotations


import pytest


pytestmark = [pytest.mark.browser, pytest.mark.server]

from tests.helpers import GuardedPage, wait_for


class Tab(GuardedPage):
    """A page where only requests to the server go through; console errors and dialogs recorded."""

    def __init__(self, browser, base: str):
        self.base = base
        super().__init__(browser, width=1300, console_errors=True)

    def allowed(self, url: str) -> bool:
        return url.startswith(self.base) or super().allowed(url)


def test_entity_page_evidence_link_lands_on_the_highlighted_sentence(browser, cppcckg_server):
    tab = Tab(browser, cppcckg_server.base)
    page = tab.page
    try:
        page.goto(cppcckg_server.base + "/id/body/cq-cppcc")
        assert "政协重庆市委员会" in page.locator("h1").inner_text()
        page.click("details#generic > summary")  # the generic evidence list is folded below the profile
        link = page.locator(".quote a.evidence-link").first
        quote = page.locator(".quote mark").first.inner_text()
        href = link.get_attribute("href")
        assert href.startswith("/reader/") and "#ev-" in href
        link.click()
        page.wait_for_url("**/reader/**#ev-*")
        wait_for(page, "window.cppcckgReader && window.cppcckgReader.marked() > 0")
        marked = page.locator(".hl.target")
        text = "".join(marked.all_inner_texts())
        assert text == quote
        key = href.split("#ev-", 1)[1]
        start, end = (int(x) for x in key.split("-"))
        assert len(text) == end - start
        # the target is on screen and is a link to the entity we came from (or a fact about it)
        box = marked.first.bounding_box()
        assert box is not None and 0 <= box["y"] <= 900
        target = marked.last.get_attribute("href")
        assert target.startswith("/id/")
        # following the highlight leads back to an entity page
        marked.last.click()
        page.wait_for_url("**/id/**")
        assert page.locator("h1").inner_text()
        assert tab.remote == [] and tab.errors == [] and tab.dialogs == []
    finally:
        tab.close()


def test_reader_sidebar_and_initiative_page_round_trip(browser, cppcckg_server):
    tab = Tab(browser, cppcckg_server.base)
    page = tab.page
    try:
        page.goto(cppcckg_server.base + "/reader/cq-cppcc-2022-work-report.html")
        first = page.locator("aside ol li").first
        first.locator("a").nth(1).click()
        page.wait_for_url("**/id/initiative/**")
        evidence = page.locator("a.evidence-link").first
        evidence.click()
        wait_for(page, "window.cppcckgReader && window.cppcckgReader.marked() > 0")
        assert page.locator(".hl.target.k-initiative").count() > 0
        assert tab.remote == [] and tab.errors == []
    finally:
        tab.close()


def test_query_page_runs_an_example(browser, cppcckg_server):
    tab = Tab(browser, cppcckg_server.base)
    page = tab.page
    try:
        page.goto(cppcckg_server.base + "/query")
        options = page.locator("#examples option")
        labels = options.all_inner_texts()
        index = next(i for i, label in enumerate(labels) if "joint" in label.lower() or "川渝" in label)
        page.select_option("#examples", index=index)
        assert "JointSichuanChongqingActivity" in page.input_value("#query")
        page.click("#run")
        page.wait_for_selector("#result-table tbody tr")
        rows = page.locator("#result-table tbody tr").count()
        assert rows > 0
        first_link = page.locator("#result-table tbody a").first.get_attribute("href")
        assert first_link.startswith("/id/")
        assert tab.remote == [] and tab.errors == []
        page.fill("#query", "SELECT * WHERE { ?s ?p ?o }")
        page.focus("#query")
        page.keyboard.press("Control+Enter")
        page.wait_for_selector("#results .error")
        assert "--max-rows" in page.locator("#results .error").inner_text()
        assert [e for e in tab.errors if "422" not in e] == []
    finally:
        tab.close()


def test_hostile_text_never_runs(browser, evil_server):
    tab = Tab(browser, evil_server.base)
    page = tab.page
    try:
        for path in ("/id/report/evil-report", "/id/body/evil-body", "/reader/evil-report.html", "/reader/"):
            page.goto(evil_server.base + path)
            page.wait_for_load_state("load")
            assert "<script>" in page.locator("body").inner_text() or "onmouseover" in page.locator("body").inner_text()
        assert tab.dialogs == []
    finally:
        tab.close()
