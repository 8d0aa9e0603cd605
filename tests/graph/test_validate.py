"""SHACL shapes accept a small correct graph and reject broken ones with readable messages.

Every graph a test here validates is validated by both engines, pySHACL (the reference) and
pyshacl-turbo (what a build uses): the autouse fixture fails the test unless both give the same
conformance and the same violation lines, each naming the focus node, the path and the message.
"""

from __future__ import annotations

import time

import pytest
from rdflib import BNode, Dataset, Graph, Literal

from cppcckg import errors, vocab
from cppcckg.graph import cube
from cppcckg.graph import validate as validate_module
from cppcckg.graph.validate import ValidationReport, check
from cppcckg.vocab import CPPCC, OA, QB, REFERENCE_GRAPH, RDF, RDFS, mint, report_graph

TEXT = "市政协围绕成渝地区双城经济圈建设开展专题协商。"
QUOTE = "开展专题协商"
START = TEXT.index(QUOTE)
END = START + len(QUOTE)

REPORT = mint("report", "r1")
BODY = mint("body", "cq-cppcc")
INITIATIVE = mint("initiative", "r1/consultation-1")
EVIDENCE = mint("evidence", f"r1/{START}-{END}")
OBSERVATION = mint("observation", "r1/proposals")


COMPARED: list[int] = []


def validate(data, *args, **kwargs) -> ValidationReport:
    """validate() by both engines; the reference's report, once both agree."""
    reference = validate_module.validate(data, *args, engine="pyshacl", **kwargs)
    turbo = validate_module.validate(data, *args, engine="turbo", **kwargs)
    assert turbo.conforms == reference.conforms
    assert turbo.violations == reference.violations
    COMPARED.append(len(reference.violations))
    return reference


@pytest.fixture(autouse=True)
def _both_engines_compared():
    """Each test below compares the engines on at least one graph it validates."""
    COMPARED.clear()
    yield
    assert COMPARED, "this test validated nothing through the comparing validate()"


def test_the_comparison_sees_a_difference(monkeypatch: pytest.MonkeyPatch) -> None:
    """An engine that misses a violation is caught by the comparing validate()."""
    g, _, _ = good_graph()
    g.remove((INITIATIVE, CPPCC.status, None))
    real = validate_module.engine_function

    def forgetful(engine: str = "auto"):
        run = real(engine)
        if engine != "turbo":
            return run
        return lambda data, **kw: (True, Graph(), "") if run(data, **kw) else None

    monkeypatch.setattr(validate_module, "engine_function", forgetful)
    with pytest.raises(AssertionError):
        validate(g)
    COMPARED.append(0)


def test_build_validates_with_the_fast_engine() -> None:
    import pyshacl_turbo

    assert validate_module.engine_function("auto") is pyshacl_turbo.validate
    assert validate(Graph()).conforms


def good_graph() -> tuple[Graph, BNode, BNode]:
    g = Graph()
    g.add((REPORT, RDF.type, CPPCC.Report))
    g.add((REPORT, CPPCC.textLength, Literal(len(TEXT))))
    g.add((BODY, RDF.type, CPPCC.ProvincialCommittee))
    g.add((BODY, RDFS.label, Literal("政协重庆市委员会", lang="zh")))
    g.add((BODY, RDFS.label, Literal("Chongqing CPPCC", lang="en")))
    g.add((EVIDENCE, RDF.type, CPPCC.Evidence))
    g.add((EVIDENCE, OA.hasSource, REPORT))
    position, quote = BNode(), BNode()
    g.add((EVIDENCE, OA.hasSelector, position))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(START)))
    g.add((position, OA.end, Literal(END)))
    g.add((EVIDENCE, OA.hasSelector, quote))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(TEXT[START:END])))
    g.add((INITIATIVE, RDF.type, CPPCC.ThematicConsultation))
    g.add((INITIATIVE, RDF.type, CPPCC.RemoteConsultation))
    g.add((INITIATIVE, CPPCC.organizer, BODY))
    g.add((INITIATIVE, CPPCC.status, CPPCC.done))
    g.add((INITIATIVE, CPPCC.evidence, EVIDENCE))
    g.add((INITIATIVE, CPPCC.reportedIn, REPORT))
    cube.observation(g, OBSERVATION, measure="proposals-filed", value=1027, unit="件", qualifier=None,
                     subject=BODY, period=None, evidence=EVIDENCE, report=REPORT)
    cube.structure(g, [("proposals-filed", "提案", "Proposals filed")])
    return g, position, quote


def messages(report: ValidationReport) -> str:
    return "\n".join(report.violations)


def test_correct_graph_conforms() -> None:
    g, _, _ = good_graph()
    before = len(g)
    report = validate(g)
    assert report.conforms, messages(report)
    assert report.violations == []
    assert len(g) == before, "validate must not change its input"
    check(g)


def test_dataset_is_validated_as_union() -> None:
    g, _, _ = good_graph()
    ds = Dataset()
    report_part = ds.graph(report_graph("r1"))
    reference_part = ds.graph(REFERENCE_GRAPH)
    for triple in g:
        (reference_part if triple[0] == BODY else report_part).add(triple)
    report = validate(ds)
    assert report.conforms, messages(report)


def test_initiative_without_evidence_status_or_organizer() -> None:
    g, _, _ = good_graph()
    g.remove((INITIATIVE, CPPCC.evidence, None))
    g.remove((INITIATIVE, CPPCC.status, None))
    g.remove((INITIATIVE, CPPCC.organizer, None))
    report = validate(g)
    assert not report.conforms
    text = messages(report)
    assert (
        "cppccid:initiative/r1/consultation-1 cppcc:evidence: "
        "initiative must have at least one cppcc:evidence" in text
    )
    assert "exactly one cppcc:status" in text
    assert "neither a cppcc:organizer nor a cppcc:noOrganizerReason" in text
    assert len(report.violations) == 3


def test_no_organizer_reason_is_enough() -> None:
    g, _, _ = good_graph()
    g.remove((INITIATIVE, CPPCC.organizer, None))
    g.add((INITIATIVE, CPPCC.noOrganizerReason, Literal("subject implicit")))
    assert validate(g).conforms


def test_initiative_kind_exactly_one() -> None:
    g, _, _ = good_graph()
    g.add((INITIATIVE, RDF.type, CPPCC.Meeting))
    report = validate(g)
    assert not report.conforms
    assert "exactly one initiative type" in messages(report)
    g.remove((INITIATIVE, RDF.type, None))
    g.add((INITIATIVE, RDF.type, CPPCC.Initiative))
    assert "exactly one initiative type" in messages(validate(g))
    g.set((INITIATIVE, RDF.type, CPPCC.JointProposal))
    assert validate(g).conforms


def test_two_statuses_and_collective_organizer() -> None:
    g, _, _ = good_graph()
    g.add((INITIATIVE, CPPCC.status, CPPCC.planned))
    collective = mint("body", "chuanyu-cppcc")
    g.add((collective, RDF.type, CPPCC.Collective))
    g.add((INITIATIVE, CPPCC.partner, collective))
    text = messages(validate(g))
    assert "exactly one cppcc:status" in text
    assert "partner is not typed as a cppcc:Body" in text


def test_evidence_beyond_report() -> None:
    g, position, quote = good_graph()
    g.set((REPORT, CPPCC.textLength, Literal(END - 1)))
    report = validate(g)
    assert not report.conforms
    assert report.violations == [
        f"cppccid:evidence/r1/{START}-{END}: evidence ends at character {END}, "
        f"beyond the end of its report (cppcc:textLength {END - 1})"
    ]
    summary = r"^1 SHACL violation; first: cppccid:evidence/r1/"
    with pytest.raises(errors.ValidationError, match=summary):
        check(g)


def test_exact_text_of_wrong_length() -> None:
    g, position, quote = good_graph()
    g.set((quote, OA.exact, Literal(QUOTE + "。")))
    report = validate(g)
    assert report.violations == [
        f"cppccid:evidence/r1/{START}-{END}: evidence quotes {len(QUOTE) + 1} characters (oa:exact) "
        f"but its position selector spans {len(QUOTE)} (oa:end - oa:start)"
    ]


def test_bad_selector_offsets() -> None:
    g, position, quote = good_graph()
    g.set((position, OA.start, Literal(-1)))
    g.set((position, OA.end, Literal(-1)))
    text = messages(validate(g))
    # A blank-node selector is named by the evidence that points at it.
    assert "cppccid:evidence/r1/" in text and "oa:hasSelector [] oa:start" in text
    assert "oa:end > oa:start" in text
    assert "oa:start, a number >= 0" in text


def test_evidence_without_selectors_or_source() -> None:
    g, position, quote = good_graph()
    g.remove((EVIDENCE, OA.hasSelector, None))
    g.remove((EVIDENCE, OA.hasSource, None))
    text = messages(validate(g))
    assert "exactly one oa:hasSource" in text
    assert "typed oa:TextPositionSelector" in text
    assert "typed oa:TextQuoteSelector" in text


def test_observation_shape() -> None:
    g, _, _ = good_graph()
    g.set((OBSERVATION, CPPCC.value, Literal(3.5)))  # xsd:double, not xsd:decimal
    g.remove((OBSERVATION, CPPCC.measure, None))
    g.remove((OBSERVATION, CPPCC.evidence, None))
    text = messages(validate(g))
    assert "exactly one cppcc:value, an xsd:decimal" in text
    assert "exactly one cppcc:measure" in text
    assert "observation must have at least one cppcc:evidence" in text


def test_observation_of_the_data_cube() -> None:
    g, _, _ = good_graph()
    g.add((OBSERVATION, CPPCC.subject, mint("body", "sc-cppcc")))  # one subject per observation
    g.remove((OBSERVATION, CPPCC.unitMeasure, None))
    g.remove((OBSERVATION, QB.dataSet, None))
    g.remove((cube.DATASET, QB.structure, None))
    text = messages(validate(g))
    assert "exactly one cppcc:subject" in text
    assert "exactly one cppcc:unitMeasure" in text
    assert "exactly one qb:dataSet" in text
    assert "exactly one qb:structure" in text


def test_guidance_and_party_organisations() -> None:
    g, _, _ = good_graph()
    district, branch = mint("body", "cppcc-wanzhou"), mint("body", "cq-cppcc-members-party-branches")
    g.add((district, RDF.type, CPPCC.CountyCommittee))
    g.add((district, RDFS.label, Literal("政协重庆市万州区委员会", lang="zh")))
    g.add((district, CPPCC.guidedBy, BODY))
    g.add((branch, RDF.type, CPPCC.MembersPartyBranch))
    g.add((branch, RDFS.label, Literal("委员党支部", lang="zh")))
    g.add((branch, CPPCC.setUpIn, BODY))
    assert validate(g).conforms
    g.add((BODY, CPPCC.guidedBy, REPORT))  # a report is no committee
    g.add((district, CPPCC.setUpIn, BODY))  # a committee is no Party organisation
    text = messages(validate(g))
    assert "a cppcc:CPPCCCommittee" in text
    assert "only a Party organisation is set up in a body" in text


def test_terms_sessions_and_collaborations() -> None:
    from cppcckg.graph.sessions import add_session

    g, _, _ = good_graph()
    session = add_session(g, REPORT, "政协重庆市第五届委员会第五次会议", "cq-cppcc", BODY, "2022-01")
    assert session is not None and validate(g).conforms
    g.remove((session, CPPCC.sessionOf, None))
    collaboration = mint("body", "chuanyu-cppccs")
    g.add((collaboration, RDF.type, CPPCC.Collaboration))
    g.add((collaboration, vocab.ORG.hasMember, BODY))
    text = messages(validate(g))
    assert "a session belongs to exactly one cppcc:CommitteeTerm" in text
    assert "a collaboration has two or more members" in text


def test_body_needs_chinese_label() -> None:
    g, _, _ = good_graph()
    g.remove((BODY, RDFS.label, Literal("政协重庆市委员会", lang="zh")))
    report = validate(g)
    assert report.violations == [
        "cppccid:body/cq-cppcc rdfs:label: "
        "body has no Chinese name (rdfs:label with language tag zh)"
    ]
    g.add((BODY, RDFS.label, Literal("重庆市政协", lang="zh-Hans")))
    assert validate(g).conforms


def test_datatype_properties() -> None:
    g, _, _ = good_graph()
    g.add((INITIATIVE, CPPCC.ruleName, Literal("consultation-verb", lang="zh")))
    period = mint("period", "2023-2022")
    g.add((INITIATIVE, CPPCC.period, period))
    g.add((period, CPPCC.startYear, Literal(2023)))
    g.add((period, CPPCC.endYear, Literal(2022)))
    text = messages(validate(g))
    assert "cppcc:ruleName must be a plain xsd:string" in text
    assert "cppcc:startYear must not be after its cppcc:endYear" in text


def test_many_evidence_nodes_validate_in_linear_time() -> None:
    """Regression: SPARQL constraints per evidence node were quadratic (minutes for 10k triples)."""
    g, _, _ = good_graph()
    for i in range(400):
        evidence = mint("evidence", f"r1/{i}")
        initiative = mint("initiative", f"r1/research-{i}")
        position, quote = BNode(), BNode()
        g.add((evidence, RDF.type, CPPCC.Evidence))
        g.add((evidence, OA.hasSource, REPORT))
        g.add((evidence, OA.hasSelector, position))
        g.add((position, RDF.type, OA.TextPositionSelector))
        g.add((position, OA.start, Literal(0)))
        g.add((position, OA.end, Literal(3)))
        g.add((evidence, OA.hasSelector, quote))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(TEXT[:3])))
        g.add((initiative, RDF.type, CPPCC.Research))
        g.add((initiative, CPPCC.organizer, BODY))
        g.add((initiative, CPPCC.status, CPPCC.planned))
        g.add((initiative, CPPCC.evidence, evidence))
        g.add((initiative, CPPCC.reportedIn, REPORT))
    started = time.perf_counter()
    report = validate(g)
    elapsed = time.perf_counter() - started
    assert report.conforms, messages(report)
    assert elapsed < 30, f"validation of {len(g)} triples took {elapsed:.1f} s"


def test_seat_and_jurisdiction() -> None:
    """A body with a seat has one jurisdiction; both are places, and only bodies have them."""
    g, _, _ = good_graph()
    national, beijing, china = mint("body", "national-cppcc"), mint("place", "beijing"), mint("place", "china")
    g.add((national, RDF.type, CPPCC.NationalCommittee))
    g.add((national, RDFS.label, Literal("中国人民政治协商会议全国委员会", lang="zh")))
    g.add((beijing, RDF.type, CPPCC.Province))
    g.add((china, RDF.type, CPPCC.Country))
    g.add((national, CPPCC.seat, beijing))
    g.add((national, CPPCC.jurisdiction, china))
    assert validate(g).conforms
    g.add((BODY, CPPCC.seat, beijing))  # a seat without a jurisdiction
    g.add((REPORT, CPPCC.jurisdiction, china))  # a report is no body
    text = messages(validate(g))
    assert "a body with a seat has exactly one jurisdiction" in text
    assert "only a body has a seat or a jurisdiction" in text


def test_links_out_name_wikidata_items() -> None:
    from rdflib import URIRef

    g, _, _ = good_graph()
    china = mint("place", "china")
    g.add((china, RDF.type, CPPCC.Country))
    g.add((china, vocab.SKOS.exactMatch, URIRef(vocab.WIKIDATA_ENTITY + "Q148")))
    assert validate(g).conforms
    g.add((china, vocab.SKOS.exactMatch, URIRef("http://example.org/Q148")))
    assert "skos:exactMatch must name a Wikidata item" in messages(validate(g))
