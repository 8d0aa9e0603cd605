"""Named queries: files and headers, safe parameter binding, errors, and the answers a user
relies on, worked out by reading the seed reports (data/reports/*.txt)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Namespace
from typer.testing import CliRunner

from cppcckg.query import named as Q
from cppcckg import vocab
from cppcckg.errors import QueryError
from cppcckg.query.kg import KnowledgeGraph, python_value

from tests.helpers import ROOT, SAMPLE_PARAMS

QUERIES = ROOT / "queries"
DOCS = ROOT / "docs" / "queries.md"
REQUIRED = {
    "bodies-initiatives", "body-initiatives", "sichuan-chongqing-joint", "collaboration-links",
    "initiatives-by-type-year", "initiatives-by-topic", "planned-vs-done", "metrics", "body-hierarchy",
    "district-cppccs", "evidence", "multi-source", "unknown-bodies", "programme-initiatives",
}
ALL = [q.name for q in Q.list_queries()]


def _q(text: str, *params: Q.Param) -> Q.Query:
    return Q.Query(name="t", text=text, params=tuple(params))


# ---------------------------------------------------------------------------------------------
# The files
# ---------------------------------------------------------------------------------------------


def test_the_required_queries_exist():
    assert REQUIRED <= set(ALL)


@pytest.mark.parametrize("name", ALL)
def test_query_file_has_header_parses_and_hard_codes_no_instance_iri(name):
    query = Q.load(name)
    assert query.title and query.description
    assert "union default graph" in query.description
    assert query.form == "SELECT"
    text, offset = Q.prepare(query.text)
    Q.check_syntax(text, query.source, offset)
    body = [line for line in query.text.splitlines() if not line.lstrip().upper().startswith("PREFIX")]
    for line in body:
        assert "w3id.org/cppcckg" not in line, f"{name}: IRI written out instead of a prefix: {line.strip()}"
    for p in query.params:
        assert p.kind in Q.KINDS and p.description
        assert f"?{p.name}" in query.text or (p.name in Q.PAGING and p.kind == "integer")


def test_docs_say_which_query_answers_which_question():
    docs = DOCS.read_text(encoding="utf-8")
    for name in ALL:
        assert f"`{name}`" in docs, f"{name} is not in docs/queries.md"
    for number in range(1, 21):
        assert re.search(rf"\|\s*{number}\s*\|", docs), f"competency question {number} has no row in docs/queries.md"


def test_header_parsing_and_bad_params():
    title, description, params = Q.parse_header(
        "# title: T\n# description: D\n# param: body body the body\n# param: year year? a year\nSELECT * {}"
    )
    assert (title, description) == ("T", "D")
    assert params == (Q.Param("body", "body", "the body"), Q.Param("year", "year", "a year", optional=True))
    with pytest.raises(QueryError, match="kind 'colour'"):
        Q.parse_header("# param: x colour what\nSELECT * {}")
    with pytest.raises(QueryError, match="declared twice"):
        Q.parse_header("# param: x string a\n# param: x string b\nSELECT * {}")


def test_prefixes_follow_a_rebased_namespace(monkeypatch):
    monkeypatch.setattr(vocab, "DATA_NS", Namespace("http://example.org/kg/"))
    text, offset = Q.prepare(Q.load("district-cppccs").text)
    assert "PREFIX cppccid: <http://example.org/kg/>" in text
    assert f"PREFIX cppcc: <{vocab.CPPCC._NS}>" in text
    assert offset == 0
    # A prefix used but not declared is declared from vocab, on one extra first line.
    text, offset = Q.prepare("SELECT ?b WHERE { ?b a cppcc:CountyCommittee ; cppccid:x ?y }")
    assert offset == 1 and text.splitlines()[0].count("PREFIX") == 2
    assert "<http://example.org/kg/>" in text.splitlines()[0]


# ---------------------------------------------------------------------------------------------
# Binding
# ---------------------------------------------------------------------------------------------


def _roundtrip(value: str) -> str:
    text = Q.bind(_q("SELECT ?v WHERE { }", Q.Param("v", "string")), {"v": value})
    [row] = list(ox.Store().query(text))
    return row["v"].value


@pytest.mark.parametrize(
    "value",
    ['"} ; DROP ALL ; #', 'a"b', "back\\slash", "\\u0022", "line\nbreak\r\ttab", "'''", '"""', "}", "<x>", "中文 “引号”",
     "\x00\x01\x7f", "\\", "#", "?x"],
)
def test_strings_are_bound_as_literals_and_come_back_unchanged(value):
    assert _roundtrip(value) == value


def test_injection_attempt_is_a_literal_and_changes_nothing():
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), ox.Literal("o")))
    query = _q("SELECT ?name ?s WHERE { ?s ?p ?o }", Q.Param("name", "string"))
    text = Q.bind(query, {"name": '"} ; DROP ALL ; #'})
    assert 'VALUES (?name) { ("\\"} ; DROP ALL ; #") }' in text
    rows = [(r["name"].value, r["s"].value) for r in store.query(text)]
    assert rows == [('"} ; DROP ALL ; #', "http://example.org/s")]
    assert len(store) == 1


@pytest.mark.parametrize("bad", ["http://ex.org/a b", "http://ex.org/<a>", 'http://ex.org/"', "http://ex.org/{a}",
                                 "http://ex.org/a|b", "http://ex.org/a^b", "http://ex.org/a`b", "http://ex.org/a\\b",
                                 "relative/path", "", "> } DROP ALL #"])
def test_bad_iris_are_refused(bad):
    with pytest.raises(QueryError, match="parameter e"):
        Q.bind(_q("SELECT * WHERE { ?e ?p ?o }", Q.Param("e", "iri")), {"e": bad})


def test_iris_and_prefixed_names():
    query = _q("SELECT * WHERE { ?e ?p ?o }", Q.Param("e", "iri"))
    assert f"(<{vocab.DATA_NS}body/cq-cppcc>)" in Q.bind(query, {"e": "cppccid:body/cq-cppcc"})
    assert "(<http://example.org/x>)" in Q.bind(query, {"e": "<http://example.org/x>"})


@pytest.mark.parametrize(("kind", "value", "term"), [("integer", "42", "42"), ("integer", -3, "-3"), ("year", "2021", "2021")])
def test_numbers(kind, value, term):
    assert f"({term})" in Q.bind(_q("SELECT * WHERE { }", Q.Param("n", kind)), {"n": value})


@pytest.mark.parametrize(("kind", "value"), [("integer", "4 2"), ("integer", "1e3"), ("integer", "2; DROP"), ("year", "21"),
                                             ("year", "twenty"), ("integer", True)])
def test_bad_numbers_are_refused(kind, value):
    with pytest.raises(QueryError, match="parameter n"):
        Q.bind(_q("SELECT * WHERE { }", Q.Param("n", kind)), {"n": value})


def test_missing_and_extra_parameters_list_the_declared_ones():
    query = Q.load("body-initiatives")
    with pytest.raises(QueryError, match=r"needs parameter body; it takes: body \(body\), year \(year, optional\)"):
        Q.bind(query, {})
    with pytest.raises(QueryError, match=r"has no parameter colour; it takes: body \(body\), year"):
        Q.bind(query, {"body": "cppccid:body/cq-cppcc", "colour": "red"})
    with pytest.raises(QueryError, match="has no parameter x; it takes: none"):
        Q.bind(Q.load("district-cppccs"), {"x": "1"})


def test_optional_parameters_left_out_are_undef():
    text = Q.bind(Q.load("metrics"), {"measure": "proposals"})
    assert 'VALUES (?measure ?year) { ("proposals" UNDEF) }' in text


@pytest.mark.parametrize(
    "text",
    [
        'PREFIX ex: <http://example.org/>\n# a comment: WHERE {\nSELECT ?s ("WHERE {" AS ?x) WHERE {§\n  ?s ?p ?o }',
        "SELECT * {§ ?s ?p ?o }",
        "SELECT ?s WHERE {§ { SELECT ?s WHERE { ?s ?p ?o } } }",
        "CONSTRUCT { ?s ?p ?o } WHERE {§ ?s ?p ?o }",
        "CONSTRUCT { ?s ?p ?o } FROM <http://example.org/g> WHERE {§ ?s ?p ?o }",
        "ASK {§ ?s ?p ?o FILTER(?o < 3 || ?o > 1) }",
        "select ?s\nwhere\n{§ ?s ?p '}' }",
    ],
)
def test_values_go_into_the_outermost_where_group(text):
    """§ marks where the VALUES block belongs."""
    bound = Q.bind(_q(text.replace("§", ""), Q.Param("s", "iri")), {"s": "http://example.org/s"})
    assert bound == text.replace("§", " VALUES (?s) { (<http://example.org/s>) } ")


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------


def test_unknown_query_name_suggests_close_names():
    with pytest.raises(QueryError, match=r"unknown query 'metric'; did you mean metrics"):
        Q.load("metric")


def test_syntax_errors_give_line_and_column(tmp_path):
    # Oxigraph reports where its parser gave up: here the "x" after LIMIT.
    with pytest.raises(QueryError, match=r"<text>:2:7: invalid SPARQL at line 2, column 7"):
        Q.bind(_q("SELECT ?x WHERE { ?x ?y ?z }\nLIMIT x"))
    with pytest.raises(QueryError, match=r"line 3, column \d+"):
        Q.bind(_q("SELECT ?x WHERE {\n  ?x ?y\n}"))
    path = tmp_path / "broken.rq"
    path.write_text("# title: Broken\n# description: d\nSELECT ?x WHERE {\n  ?x ?y ?z .\n}\nLIMIT x\n", encoding="utf-8")
    with pytest.raises(QueryError, match=rf"{re.escape(str(path))}:6:7: invalid SPARQL at line 6, column 7"):
        Q.bind(Q.load(str(path)))
    # Prefixes declared for the query on an extra first line do not shift the line numbers.
    with pytest.raises(QueryError, match=r"line 2, column 7"):
        Q.bind(_q("SELECT ?x WHERE { ?x a cppcc:Body }\nLIMIT x"))


def test_updates_are_refused():
    with pytest.raises(QueryError, match="update"):
        Q.bind(Q.load("DROP ALL"))
    with pytest.raises(QueryError, match="update"):
        Q.bind(Q.load("INSERT DATA { <http://a> <http://b> <http://c> }"))


def test_a_missing_query_file():
    with pytest.raises(QueryError, match="no such query file"):
        Q.load("nothing-here.rq")


NAMES = [
    ("http://x/b1", "政协重庆市万州区委员会", "label"),
    ("http://x/b1", "Wanzhou District Committee", "label"),
    ("http://x/b1", "万州区政协", "alias"),
    ("http://x/b2", "政协重庆市委员会", "label"),
    ("http://x/b2", "市政协", "alias"),
    ("http://x/b3", "政协达州市委员会", "label"),
    ("http://x/b3", "市政协", "alias"),
]


@pytest.mark.parametrize(("value", "iri"), [("政协重庆市万州区委员会", "http://x/b1"), ("万州区政协", "http://x/b1"),
                                            ("wanzhou district committee", "http://x/b1"), ("http://x/b2", "http://x/b2"),
                                            (" 万州区 政协 ", "http://x/b1")])
def test_body_names_resolve(value, iri):
    assert Q.resolve_name(Q.Param("body", "body"), value, NAMES) == iri


def test_body_name_errors():
    param = Q.Param("body", "body")
    with pytest.raises(QueryError, match=r"parameter body: '市政协' names several bodies"):
        Q.resolve_name(param, "市政协", NAMES)
    with pytest.raises(QueryError, match=r"parameter body: no body is called '万州政协'; did you mean 政协重庆市万州区委员会"):
        Q.resolve_name(param, "万州政协", NAMES)
    with pytest.raises(QueryError, match="parameter body: http://x/b9 is not a body"):
        Q.resolve_name(param, "http://x/b9", NAMES)


def test_python_values():
    xsd = str(vocab.XSD)
    assert python_value("literal", "1501", xsd + "integer") == 1501
    assert python_value("literal", "97.9", xsd + "decimal") == 97.9
    assert python_value("literal", "10", xsd + "decimal") == 10
    assert python_value("literal", "true", xsd + "boolean") is True
    assert python_value("literal", "2021-12", xsd + "gYearMonth") == "2021-12"
    assert python_value("bnode", "b0") == "_:b0"


# ---------------------------------------------------------------------------------------------
# Answers on the seed store (embedded)
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def kg(seed_store):  # noqa: F811
    with KnowledgeGraph.open(seed_store) as graph:
        yield graph


@pytest.fixture(scope="module")
def report_texts():
    from cppcckg.ingest.reports import read_reports

    return {r.id: r.text for r in read_reports(ROOT / "data" / "reports")}


def test_joint_activities_of_the_2022_report_have_sichuan_on_the_other_side(kg):
    rows = kg.query("sichuan-chongqing-joint")
    of_2022 = [r for r in rows if r["report"] == "cq-cppcc-2022-work-report" and "政协四川省委员会" in r["sichuanSide"]]
    assert len(of_2022) > 10
    assert all("政协重庆市委员会" in r["chongqingSide"] for r in of_2022)
    labels = " ".join(r["label"] for r in of_2022)
    # "与四川省政协组成联合调研组" and "与四川省政协联合组织“庆祝建党100周年巴蜀画坛名家作品展”"
    assert "新能源汽车产业" in labels and "巴蜀画坛名家作品展" in labels  # labels say what each was about
    # "支持万达开三地政协开展交通物流建设对口协商": 达州 (Sichuan) with 万州 and 开州 (Chongqing)
    wandakai = [r for r in rows if "交通物流建设对口协商" in r["label"]]  # labelled by its subject
    assert wandakai and "政协达州市委员会" in wandakai[0]["sichuanSide"]
    assert "政协重庆市万州区委员会" in wandakai[0]["chongqingSide"]
    # The 2022 report looks back on 2021 (and plans 2022); merged facts also carry 2018-2022.
    assert sum("2021" in r["periods"].split() for r in of_2022) >= 10


def test_district_cppccs_lists_all_38_with_zeros(kg):
    rows = kg.query("district-cppccs")
    assert len(rows) == 38 == len({r["district"] for r in rows})
    assert any(r["initiatives"] == 0 and r["mentions"] == 0 for r in rows)
    by_name = {r["name"]: r for r in rows}
    # 2022 report: "指导万州、渝东、江北、沙坪坝、九龙坡、渝北、长寿、南川、綦江、璧山、武隆、云阳、巫溪、酉阳等区县政协开展试点"
    for district in ("政协重庆市万州区委员会", "政协重庆市江北区委员会", "政协酉阳土家族苗族自治县委员会"):
        assert "渝事好商量" in by_name[district]["groups"]
        assert "cq-cppcc-2022-work-report" in by_name[district]["reports"]
    assert "渝事好商量" not in by_name["政协重庆市渝中区委员会"]["groups"]


def test_proposals_received_in_2021(kg):
    rows = kg.query("metrics", measure="proposals_received", year=2021)
    # 2022 report: "全年收到提案1501件,立案1307件"
    assert any(r["value"] == 1501 and r["unit"] == "件" and r["period"] == "2021" for r in rows)
    assert all(r["startYear"] <= 2021 <= r["endYear"] for r in rows)
    # "向全国政协报送581期,采用127期"
    adopted = kg.query("metrics", measure="information_reports_adopted_national", year=2021)
    assert [(r["value"], r["unit"]) for r in adopted if r["period"] == "2021"] == [(127, "期")]


def test_one_body_by_alias(kg):
    by_alias = kg.query("body-initiatives", body="万州区政协")
    by_iri = kg.query("body-initiatives", body=f"{vocab.DATA_NS}body/cppcc-wanzhou")
    assert by_alias == by_iri and by_alias
    assert any("交通物流" in r["label"] and "政协达州市委员会" in r["with"] for r in by_alias)
    assert kg.query("body-initiatives", body="万州区政协", year=1999) == []


def test_an_unknown_body_name_suggests_close_names(kg):
    with pytest.raises(QueryError, match=r"parameter body: no body is called '万州区政协会'; did you mean .*政协重庆市万州区委员会"):
        kg.query("body-initiatives", body="万州区政协会")


def test_unknown_bodies_and_where_they_occur(kg, report_texts):
    rows = kg.query("unknown-bodies")
    # README of data/reference: "万州、渝东、江北 ..." — 渝东 is no district or county.
    [row] = [r for r in rows if r["surfaceForm"] == "渝东"]
    assert row["report"] == "cq-cppcc-2022-work-report"
    assert report_texts[row["report"]][row["start"]:row["end"]] == "渝东"
    assert "指导万州、渝东、江北" in row["context"]


def test_pilot_figures(kg):
    rows = kg.query("programme-figures", programme="渝事好商量")
    found = {(r["report"], r["measureKey"], r["value"]) for r in rows}
    # 2022 report: "试点区县政协全年建立协商议政场所514个,镇街覆盖率达57%,协商4100多次,各方参与达到1.24万人"
    assert {("cq-cppcc-2022-work-report", "venues_established", 514), ("cq-cppcc-2022-work-report", "coverage_rate", 57),
            ("cq-cppcc-2022-work-report", "consultations_held", 4100),
            ("cq-cppcc-2022-work-report", "participants", 12400)} <= found
    # 2023 graphic: "指导 38 个区县政协在镇街建立议事场所1千余个，助解难题3千余件"
    assert ("cq-cppcc-2023-work-report-graphic", "venues_established", 1000) in found
    assert not any(r["measureKey"] == "key_proposals_supervised" for r in rows)
    assert {r["programmeName"] for r in rows} == {"渝事好商量"}
    # the committee's own consultations stay apart from the pilot's 4100 (metrics: column programmes)
    consultations = {r["value"]: r["programmes"] for r in kg.query("metrics", measure="consultations_held")
                     if r["report"] == "cq-cppcc-2022-work-report"}
    assert consultations[4100] == "渝事好商量" and not consultations[16] and not consultations[51]


def test_special_committees_and_party_branches(kg):
    committees = [r for r in kg.query("body-hierarchy") if r["class"] == "专门委员会" and r["parentZh"] == "政协重庆市委员会"]
    # "在政协10个专委会成立31个委员党支部"
    assert len(committees) == 10
    branches = kg.query("metrics", measure="party_branches", year=2021)
    assert any(r["value"] == 31 and "专委会" in r["evidence"] for r in branches)


def test_bodies_by_level(kg):
    rows = {r["body"].rsplit("/", 1)[-1]: r for r in kg.query("body-hierarchy")}
    assert rows["sc-cppcc"]["level"] == "sichuan"
    assert rows["cq-cppcc"]["level"] == "chongqing"
    assert rows["national-cppcc"]["level"] == "national"


def test_evidence_points_at_the_words_of_the_report(kg, report_texts):
    rows = kg.query("sichuan-chongqing-joint") + kg.query("metrics")
    rows += kg.query("evidence", entity="cppccid:body/sc-cppcc")
    assert rows
    for r in rows:
        assert report_texts[r["report"]][r["start"]:r["end"]] == r["evidence"]


def test_queries_allow_several_reports_per_fact(kg):
    # Facts merged across reports keep one row per piece of evidence and count both reports.
    support = kg.query("fact-support")
    several = [r for r in support if r["reports"] > 1]
    multi = {r["entity"] for r in kg.query("multi-source")}
    assert {r["fact"] for r in several} <= multi
    for fact in several[:3]:
        rows = kg.query("evidence", entity=fact["fact"])
        assert len({r["report"] for r in rows}) == fact["reports"]


def test_every_query_runs_on_the_seed_store(kg):
    for name in ALL:
        query = Q.load(name)
        params = {p.name: SAMPLE_PARAMS[name][p.name] for p in query.params if not p.optional}
        result = kg.run(name, params)
        assert result.columns and all(set(r) == set(result.columns) for r in result.rows), name


def test_sample_params_cover_every_required_parameter():
    for name in ALL:
        for p in Q.load(name).params:
            if not p.optional:
                assert p.name in SAMPLE_PARAMS.get(name, {}), f"add a sample value for {name} {p.name}"


# ---------------------------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------------------------

runner = CliRunner()


def _cli(*args: str):
    from cppcckg.cli.main import app

    return runner.invoke(app, list(args))


def test_query_list_names_every_query():
    result = _cli("query", "--list", "--format", "json")
    assert result.exit_code == 0
    listed = {row["name"]: row for row in json.loads(result.stdout)}
    assert set(listed) == set(ALL)
    assert listed["body-initiatives"]["params"] == "body (body), year (year, optional)"


def test_query_command_formats(seed_store):  # noqa: F811
    result = _cli("query", "metrics", "--store", str(seed_store), "-p", "measure=proposals_received",
                  "-p", "year=2021", "--format", "json")
    assert result.exit_code == 0, result.output
    assert any(r["value"] == 1501 for r in json.loads(result.stdout))
    result = _cli("query", "district-cppccs", "--store", str(seed_store), "--format", "csv")
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) == 39
    result = _cli("query", "SELECT (COUNT(*) AS ?n) WHERE { ?b a cppcc:CountyCommittee }", "--store", str(seed_store),
                  "--format", "tsv")
    assert result.exit_code == 0 and result.stdout.splitlines()[1].isdigit()


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["query", "nosuch"], "unknown query 'nosuch'"),
        (["query", "body-initiatives"], "needs parameter body"),
        (["query", "metrics", "-p", "colour=red"], "has no parameter colour"),
        (["query", "metrics", "-p", "year"], "NAME=VALUE"),
        (["query", "SELECT ?x WHERE { ?x ?y }"], "line 1, column"),
    ],
)
def test_query_errors_are_one_line(args, fragment, seed_store):  # noqa: F811
    result = _cli(*args, "--store", str(seed_store))
    assert result.exit_code in (2, 6)
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_query_and_publish_help_end_with_an_example():
    for command in ("query", "publish"):
        result = _cli(command, "--help")
        assert result.exit_code == 0
        lines = [line.strip() for line in result.stdout.strip().splitlines() if line.strip()]
        example = [line for line in lines if line.startswith("Example:")]
        assert example and f"cppcckg {command}" in example[-1]


def test_docs_name_no_local_folders():
    assert not re.search(r"/(tmp|root|home|work)/", DOCS.read_text(encoding="utf-8"))


def test_query_file_given_by_path(tmp_path, kg):
    path = Path(tmp_path) / "mine.rq"
    path.write_text("# title: Mine\n# description: d\n# param: n integer how many\n"
                    "SELECT ?x WHERE { BIND(?n + 1 AS ?x) }\n", encoding="utf-8")
    assert kg.query(str(path), n=41) == [{"x": 42}]
