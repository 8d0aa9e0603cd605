"""The named queries behind the profile pages agree with each other on the seed store: a page of
rows is a slice of the whole table, the figures count the table's rows, the chart's counts are
the rows a year and type filter gives, and the paging parameters are checked like any other."""

from __future__ import annotations

import pytest

from cppcckg.errors import QueryError
from cppcckg.query import named as Q
from cppcckg.query.kg import KnowledgeGraph

BODIES = ("政协重庆市委员会", "政协四川省委员会", "万州区政协")


@pytest.fixture(scope="module")
def kg(seed_store):
    with KnowledgeGraph.open(seed_store) as graph:
        yield graph


def test_paging_parameters_become_limit_and_offset_not_values():
    query = Q.load("profile-body-initiatives")
    text = Q.bind(query, {"body": "cppccid:body/cq-cppcc", "limit": 10, "offset": "20"})
    assert text.count("LIMIT 10 OFFSET 20") == 1
    assert "?limit" not in text.split("VALUES", 1)[1].split("}", 1)[0]
    assert "LIMIT" not in Q.bind(query, {"body": "cppccid:body/cq-cppcc"})
    # With a sub-select, the sub-select is paged and gets the VALUES too (the outer query reads
    # one page's details); without one, the query's end is.
    inner = text.split("SELECT", 2)[2]
    assert inner.index("VALUES") < inner.index("LIMIT 10 OFFSET 20") < inner.index("OPTIONAL { ?initiative rdfs:label")
    flat = Q.Query("flat", "# param: limit integer? rows\nSELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s",
                   params=(Q.Param("limit", "integer", "rows", True),))
    assert Q.bind(flat, {"limit": 3}).rstrip().endswith("LIMIT 3")


@pytest.mark.parametrize("value, fragment", [(-1, "expected 0 or more"), ("ten", "expected an integer")])
def test_bad_paging_values_name_the_parameter(value, fragment):
    with pytest.raises(QueryError, match=f"parameter limit: {fragment}"):
        Q.bind(Q.load("profile-body-initiatives"), {"body": "cppccid:body/cq-cppcc", "limit": value})


@pytest.mark.parametrize("body", BODIES)
def test_pages_are_slices_of_the_whole_table(kg, body):
    whole = kg.query("profile-body-initiatives", body=body)
    assert whole and len({r["initiative"] for r in whole}) == len(whole)  # one row per initiative
    pages = [kg.query("profile-body-initiatives", body=body, limit=7, offset=start) for start in range(0, len(whole) + 7, 7)]
    assert [r for page in pages for r in page] == whole
    assert pages[-1] == []


@pytest.mark.parametrize("body", BODIES)
def test_figures_count_the_rows_of_the_table(kg, body):
    for filters in ({}, {"role": "partner"}, {"year": 2021}, {"status": "done", "type": "research"}):
        rows = kg.query("profile-body-initiatives", body=body, **filters)
        [summary] = kg.query("profile-body-summary", body=body, **filters)
        assert summary["initiatives"] == len(rows), filters
        assert summary["asOrganizer"] == sum("organizer" in r["roles"] for r in rows)
        assert summary["asPartner"] == sum("partner" in r["roles"] for r in rows)
        assert summary["jointSichuanChongqing"] == sum(r["jointSichuanChongqing"] for r in rows)


def test_filters_keep_only_matching_rows(kg):
    body = "政协重庆市委员会"
    every = kg.query("profile-body-initiatives", body=body)
    for column, param, value in (("roles", "role", "partner"), ("statusName", "status", "planned"),
                                 ("typeName", "type", "consultation")):
        rows = kg.query("profile-body-initiatives", body=body, **{param: value})
        assert rows and len(rows) < len(every)
        assert all(value in (r[column] or "").split("; ") for r in rows)
    # the type's Chinese name and the class name select the same rows as its English name
    english = kg.query("profile-body-initiatives", body=body, type="consultation")
    assert kg.query("profile-body-initiatives", body=body, type="协商") == english
    assert kg.query("profile-body-initiatives", body=body, type="Consultation") == english


def test_chart_counts_are_the_rows_of_a_year_and_type(kg):
    body = "政协重庆市委员会"
    counts = kg.query("profile-body-counts", body=body)
    assert len({r["year"] for r in counts}) > 1
    for row in counts:
        rows = kg.query("profile-body-initiatives", body=body, year=row["year"], type=row["typeName"])
        assert len(rows) == row["initiatives"], row


def test_partners_and_joint_activities_across_the_border(kg):
    partners = kg.query("profile-body-partners", body="政协重庆市委员会")
    sichuan = next(r for r in partners if r["nameZh"] == "政协四川省委员会")
    assert sichuan["crossBorder"] is True and sichuan["jointActivities"] > 0
    assert all(not r["crossBorder"] for r in partners if r["side"] == "重庆市")
    joint = kg.query("profile-body-joint", body="政协四川省委员会")
    assert len(joint) == sichuan["jointActivities"]
    assert all(r["chongqingSide"] and r["sichuanSide"] for r in joint)


def test_header_facts_of_a_district_cppcc(kg):
    facts = kg.query("profile-body", body="万州区政协")
    by_fact = {}
    for r in facts:
        by_fact.setdefault(r["fact"], []).append(r)
    assert {r["value"] for r in by_fact["name"]} >= {"政协重庆市万州区委员会"}
    assert {r["language"] for r in by_fact["name"]} == {"zh", "en"}
    assert [r["nameZh"] for r in by_fact["guidedBy"]] == ["政协重庆市委员会"]  # guidance, not containment
    assert "万州区政协" in {r["value"] for r in by_fact["alias"]}
    assert any(r["nameZh"] == "政协重庆市万州区委员会" for r in kg.query("profile-body", body="政协重庆市委员会")
               if r["fact"] == "guides")
