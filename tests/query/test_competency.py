"""docs/competency.md answers the competency questions on the seed graph: every `cppcckg query`
line it cites runs and answers, and the answers it states are what the graph says (worked out by
reading the two seed reports)."""

from __future__ import annotations

import re
import shlex
from collections import Counter

import pyoxigraph as ox
import pytest

from cppcckg.query.kg import KnowledgeGraph
from tests.helpers import ROOT

DOC = ROOT / "docs" / "competency.md"
R2021, GRAPHIC = "cq-cppcc-2022-work-report", "cq-cppcc-2023-work-report-graphic"


def cited_queries() -> list[tuple[str, dict[str, str]]]:
    """(query name, parameters) of every `cppcckg query` line of the page."""
    out = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line.startswith("cppcckg query "):
            continue
        words = shlex.split(line)[2:]
        name, params = words[0], {}
        for flag, value in zip(words[1::2], words[2::2]):
            if flag == "-p":
                key, _, val = value.partition("=")
                params[key] = val
        out.append((name, params))
    return out


@pytest.fixture(scope="module")
def kg(seed_store):
    with KnowledgeGraph.open(seed_store) as graph:
        yield graph


def test_the_page_answers_all_21_questions_with_a_query_or_command():
    text = DOC.read_text(encoding="utf-8")
    numbers = [int(n) for n in re.findall(r"^\*\*(\d+)\. ", text, flags=re.M)]
    assert numbers == list(range(1, 22))
    assert len(cited_queries()) >= 20


def test_every_cited_query_runs_and_answers(kg):
    for name, params in cited_queries():
        assert kg.query(name, **params), (name, params)


def _initiatives(rows):
    return {r["initiative"]: r for r in rows}


def test_q1_committees_and_branches(kg):
    committees = [r for r in kg.query("body-hierarchy") if r["class"] == "专门委员会" and r["parentZh"] == "政协重庆市委员会"]
    assert len(committees) == 10
    branches = kg.query("metrics", measure="party_branches")
    assert {(r["report"], r["value"]) for r in branches} == {(R2021, 31), (GRAPHIC, 31)}
    # one figure both reports state: one observation with the 2021 report's subject and period
    assert len({r["observation"] for r in branches}) == 1
    assert {(r["period"], r["subjects"]) for r in branches} == {("2021", "政协重庆市委员会专门委员会")}
    assert all("强化" not in r["evidence"] for r in branches)  # not into the heading printed after it


def test_q5_topics_of_a_group_are_never_emptied_by_one_without(kg, seed_store):
    query, text = kg.bind("bodies-initiatives", {"year": 2021})
    store = ox.Store.read_only(str(seed_store))
    raw = list(store.query(text, use_default_graph_as_union=True))
    research = [s for s in raw if s["name"].value == "政协重庆市委员会" and s["type"].value == "research"
                and s["role"].value == "organizer"]
    assert research and research[0]["topics"].value  # several have topics, some none
    for solution in raw:
        topics = solution["topics"].value
        assert "; ; " not in topics and not topics.startswith("; ") and not topics.endswith("; ")


def test_q7_the_economic_circle_section_and_the_yangtze_belt(kg):
    rows = kg.query("initiatives-by-topic", topic="成渝地区双城经济圈")
    labels = " ".join(r["label"] for r in rows)
    for words in ("589", "远程协商", "对口协商", "高铁", "旅游产业", "新能源汽车", "自贸试验区"):
        assert words in labels, words
    assert Counter(r["via"] for r in rows)["heading"] >= 10
    yangtze = kg.query("initiatives-by-topic", topic="长江经济带")
    assert any("研讨会" in r["label"] and GRAPHIC in r["reports"] for r in yangtze)
    assert any("城市更新" in r["label"] and r["via"] == "heading" for r in yangtze)
    assert all(r["type"] for r in yangtze)  # initiatives, not programmes


def test_q8_plans_of_both_reports(kg):
    rows = kg.query("planned-vs-done")
    planned = Counter(r["period"] for r in rows if r["status"] == "planned")
    assert planned["2022"] >= 5 and planned["2023-2027"] >= 1


def test_q10_programmes_hold_what_the_text_puts_under_them(kg):
    joint_plan = kg.query("programme-initiatives", programme="川渝政协联合履职")
    labels = " ".join(r["label"] for r in joint_plan)
    for words in ("新能源汽车", "旅游产业", "高铁", "远程协商"):
        assert words in labels, words
    assert "璧南河" not in labels
    pilot = kg.query("programme-initiatives", programme="渝事好商量")
    assert {r["status"] for r in pilot} == {"done", "planned"}


def test_q11_q13_merged_facts_take_the_more_precise_year(kg):
    joint = kg.query("sichuan-chongqing-joint")
    merged = [r for r in joint if "自贸试验区" in r["label"] or "高铁" in r["label"]]
    assert merged and all(r["year"] == 2021 for r in merged)
    by_topic = kg.query("initiatives-by-topic", topic="渝昆高铁")
    assert by_topic and all(r["year"] == 2021 for r in by_topic)
    supervision = [r for r in joint if "被全国政协" in r["label"]]
    assert supervision == []  # the National CPPCC's act, not a joint one


def test_body_queries_give_a_merged_initiative_its_more_precise_year(kg):
    """The joint proposal on the free trade zone is in the 2021 report (2021) and in the
    five-year summary (2018-2022): one initiative of 2021 in every body query, never of 2018."""
    body = "政协重庆市委员会"
    rows = [r for r in kg.query("body-initiatives", body=body) if "自贸试验区" in r["label"]]
    assert rows and {r["firstYear"] for r in rows} == {2021} and all("2018-2022" in r["periods"] for r in rows)
    assert not [r for r in kg.query("body-initiatives", body=body, year=2018) if "自贸试验区" in r["label"]]
    profile = [r for r in kg.query("profile-body-initiatives", body=body) if "自贸试验区" in r["label"]]
    assert len(profile) == 1 and profile[0]["firstYear"] == 2021
    joint = [r for r in kg.query("profile-body-joint", body=body) if "自贸试验区" in r["label"]]
    assert len(joint) == 1 and joint[0]["firstYear"] == 2021
    merged = {r["initiative"] for r in kg.query("profile-body-initiatives", body=body) if " " in r["evidence"]}
    early = {r["initiative"] for r in kg.query("profile-body-initiatives", body=body, year=2018)}
    assert merged and not merged & early  # every fact both reports give is of 2021 (or later)
    counts = {(r["year"], r["typeName"]): r["initiatives"] for r in kg.query("profile-body-counts", body=body)}
    assert sum(counts.values()) == kg.query("profile-body-summary", body=body)[0]["initiatives"]  # each counted once
    by_year = kg.query("initiatives-by-type-year")
    dated = kg.query("SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE { ?i <https://w3id.org/cppcckg/ontology#period> ?p }")
    assert sum(r["total"] for r in by_year if r["startYear"]) == dated[0]["n"]  # a merged initiative once
    pairs = [r for r in kg.query("sichuan-chongqing-pairs") if r["sichuanName"] == "政协四川省委员会"]
    assert pairs and not [r for r in pairs if "自贸试验区" in r["initiatives"] and r["startYear"] != 2021]


def test_q15_totals_parts_and_repeats(kg):
    rows = kg.query("metrics", measure="proposal")
    received = sorted(r["value"] for r in rows if r["measureKey"] == "proposals_received")
    assert received == [1501, 7596]
    handled = [r for r in rows if r["value"] == 5286]
    assert len(handled) == 2 and len({r["observation"] for r in handled}) == 1  # one figure, two sentences
    parts = {r["value"]: r["partOf"] for r in rows if r["partOf"]}
    assert parts == {4512: handled[0]["observation"], 774: handled[0]["observation"]}


def test_q15_a_figure_both_reports_state_is_one_observation(kg):
    # 2021 report: "收集建议1300余条"; the graphic: "委员提出建议1300 余条"
    rows = [r for r in kg.query("metrics", measure="suggestions_made") if r["value"] == 1300]
    assert {r["report"] for r in rows} == {R2021, GRAPHIC} and len({r["observation"] for r in rows}) == 1
    assert {r["period"] for r in rows} == {"2021"} and {r["qualifier"] for r in rows} == {"余"}
    # stated for the campaign in 2021 and for the key duty activities in the five-year summary
    assert all(set(r["programmes"].split("; ")) == {"我为科技创新献一策", "重点履职活动"} for r in rows)


def test_q18_evidence_gives_the_sentence_with_the_quote_marked(kg, seed_reports):
    texts = {r.id: r.text for r in seed_reports}
    rows = kg.query("evidence", entity="cppccid:body/sc-cppcc")
    assert rows
    for r in rows:
        before, marked, after = re.split(r"【|】", r["sentence"])
        assert marked == r["evidence"] == texts[r["report"]][r["start"]:r["end"]]
        sentence = before + marked + after
        assert texts[r["report"]][r["start"] - len(before):r["end"] + len(after)] == sentence
        assert len(sentence) > len(marked)


def test_q19_support(kg):
    rows = kg.query("fact-support")
    support = Counter(r["support"] for r in rows)
    assert support["several reports"] >= 2 and support["several sentences"] >= 1
