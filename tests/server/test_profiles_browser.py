"""Issue 16 in real headless Chromium against `cppcckg serve` on the seed store: the profiles of
政协重庆市委员会, 政协四川省委员会, a district CPPCC, a joint initiative and a topic show the rows
their named queries give (the same as `cppcckg query NAME --param ...`); the filters work from
the form; the ego network draws with the server's own vis-network; no request leaves
127.0.0.1 and no script error or dialog occurs."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.helpers import ROOT, wait_for
from tests.server.test_serve_browser import Tab  # only the server's own requests go through

pytestmark = [pytest.mark.browser, pytest.mark.server]




def cli_rows(store, name: str, **params) -> list[dict]:
    """The rows of `cppcckg query NAME --param ... --format json`, run as a user would."""
    args = [sys.executable, "-m", "cppcckg.cli", "query", name, "--store", str(store), "--format", "json"]
    for key, value in params.items():
        args += ["--param", f"{key}={value}"]
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT / "src")),
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def row_iris(page, table: str) -> list[str]:
    return page.eval_on_selector_all(f"#{table} tbody tr", "rows => rows.map(r => r.dataset.iri)")


@pytest.fixture()
def tab(browser, cppcckg_server):
    opened = Tab(browser, cppcckg_server.base)
    yield opened
    assert opened.remote == [] and opened.errors == [] and opened.dialogs == []
    opened.close()


def test_chongqing_cppcc_profile(tab, cppcckg_server, seed_store):
    page = tab.page
    page.goto(cppcckg_server.base + "/id/body/cq-cppcc")
    assert page.locator("h1").inner_text().startswith("政协重庆市委员会")
    assert row_iris(page, "initiatives-table") == [r["initiative"] for r in
                                                  cli_rows(seed_store, "profile-body-initiatives", body="政协重庆市委员会", limit=50)]
    wait_for(page, "window.cppcckgEgo && window.cppcckgEgo.nodes() > 10")
    assert page.locator("#ego canvas").count() == 1
    assert page.locator("details#generic").get_attribute("open") is None  # folded
    page.click("a[rel=next]")
    page.wait_for_url("**page=2**")
    assert row_iris(page, "initiatives-table") == [r["initiative"] for r in
                                                  cli_rows(seed_store, "profile-body-initiatives", body="政协重庆市委员会",
                                                           limit=50, offset=50)]


def test_sichuan_cppcc_profile_joint_activities_and_partners(tab, cppcckg_server, seed_store):
    page = tab.page
    page.goto(cppcckg_server.base + "/id/body/sc-cppcc")
    assert page.locator("h1").inner_text().startswith("政协四川省委员会")
    page.wait_for_selector("#joint-table")  # the side tables arrive after the page
    page.wait_for_selector("#partners-table")
    assert row_iris(page, "joint-table") == [r["initiative"] for r in cli_rows(seed_store, "profile-body-joint", body="政协四川省委员会")]
    partners = cli_rows(seed_store, "profile-body-partners", body="政协四川省委员会")
    assert row_iris(page, "partners-table") == [r["partner"] for r in partners]
    assert page.eval_on_selector_all("#partners-table tr.cross", "rows => rows.map(r => r.dataset.iri)") == [
        r["partner"] for r in partners if r["crossBorder"]]
    # a chart segment filters the table
    page.locator("figure.chart a.segment").first.click()
    page.wait_for_url("**year=**")
    url = page.url
    year = url.split("year=")[1].split("&")[0]
    kind = url.split("type=")[1].split("#")[0].replace("+", " ")
    assert row_iris(page, "initiatives-table") == [r["initiative"] for r in cli_rows(
        seed_store, "profile-body-initiatives", body="政协四川省委员会", year=year, type=kind, limit=50)]


def test_district_cppcc_profile_filters_from_the_form(tab, cppcckg_server, seed_store):
    page = tab.page
    page.goto(cppcckg_server.base + "/id/body/cppcc-wanzhou")
    assert page.locator("dd.guided-by a").inner_text() == "政协重庆市委员会"  # guidance, not containment
    assert page.locator("#filters button[type=submit]").is_hidden()  # choosing a value applies it
    page.select_option("select[name=type]", "counterpart consultation")
    page.wait_for_url("**type=counterpart**")
    expected = cli_rows(seed_store, "profile-body-initiatives", body="万州区政协", type="counterpart consultation", limit=50)
    assert expected and row_iris(page, "initiatives-table") == [r["initiative"] for r in expected]
    page.wait_for_selector("#statistics-table")
    assert row_iris(page, "statistics-table") == [r["observation"] for r in cli_rows(seed_store, "profile-body-statistics", body="万州区政协")]
    # the partners table marks those across the border, and the ego network follows it
    page.wait_for_selector("#partners-table tr.cross")
    wait_for(page, "window.cppcckgEgo && window.cppcckgEgo.cross() > 0")


def test_side_tables_load_into_the_profile_and_turn_pages_in_place(tab, cppcckg_server, seed_store):
    page = tab.page
    page.goto(cppcckg_server.base + "/id/body/cq-cppcc")
    page.wait_for_selector("#statistics-table")
    figures = cli_rows(seed_store, "profile-body-statistics", body="政协重庆市委员会")
    assert row_iris(page, "statistics-table") == [r["observation"] for r in figures[:50]]
    page.click("#statistics a[rel=next]")
    wait_for(page, "document.querySelector('#statistics').dataset.loaded.indexOf('page=2') >= 0")
    assert page.url.endswith("/id/body/cq-cppcc")  # still the profile
    assert row_iris(page, "statistics-table") == [r["observation"] for r in figures[50:100]]


def test_filters_work_without_javascript(browser, cppcckg_server, seed_store):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(cppcckg_server.base)
                   else route.abort())
        page.goto(cppcckg_server.base + "/id/body/cq-cppcc")
        page.select_option("select[name=status]", "planned")
        page.click("#filters button[type=submit]")
        page.wait_for_url("**status=planned**")
        expected = cli_rows(seed_store, "profile-body-initiatives", body="政协重庆市委员会", status="planned", limit=50)
        assert expected and row_iris(page, "initiatives-table") == [r["initiative"] for r in expected]
        assert page.locator("figure.chart svg a.segment").count() > 0  # the chart is plain SVG
        page.click("#partners a")  # a side table is a link to a page of its own
        page.wait_for_url("**table=partners**")
        assert row_iris(page, "partners-table") == [r["partner"] for r in cli_rows(
            seed_store, "profile-body-partners", body="政协重庆市委员会", limit=50)]
    finally:
        context.close()


def test_joint_initiative_profile_and_its_evidence(tab, cppcckg_server, seed_store):
    joint = cli_rows(seed_store, "profile-body-joint", body="政协四川省委员会")
    iri = next(r["initiative"] for r in joint if len(cli_rows(seed_store, "profile-initiative-evidence", initiative=r["initiative"])) > 1)
    page = tab.page
    page.goto(cppcckg_server.base + "/id/" + iri.split("/id/", 1)[1])
    assert "joint" in page.locator("h1").inner_text()
    assert row_iris(page, "participants-table") == [r["body"] for r in cli_rows(seed_store, "profile-initiative-participants", initiative=iri)]
    evidence = cli_rows(seed_store, "profile-initiative-evidence", initiative=iri)
    assert row_iris(page, "evidence-table") == [f'{r["report"]}#{r["start"]}-{r["end"]}' for r in evidence]
    quote = page.locator("#evidence-table a.evidence-link").first.inner_text()
    page.locator("#evidence-table a.evidence-link").first.click()
    wait_for(page, "window.cppcckgReader && window.cppcckgReader.marked() > 0")
    assert "".join(page.locator(".hl.target").all_inner_texts()) == quote


def test_topic_profile(tab, cppcckg_server, seed_store):
    page = tab.page
    page.goto(cppcckg_server.base + "/search?q=" + "双城经济圈")
    page.locator("#search-results a[href='/id/topic/chengyu-economic-circle']").click()
    page.wait_for_url("**/id/topic/chengyu-economic-circle")
    assert page.locator("h1").inner_text().startswith("成渝地区双城经济圈")
    assert row_iris(page, "initiatives-table") == [r["initiative"] for r in
                                                  cli_rows(seed_store, "initiatives-by-topic", topic="成渝地区双城经济圈")]
