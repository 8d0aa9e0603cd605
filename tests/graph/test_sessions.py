"""Terms (届) are time-bounded bodies of a committee and sessions dated events of a term; a
report is delivered at a session."""

from __future__ import annotations

import pytest

from cppcckg.graph.sessions import chinese_number, parse_session, term_name
from cppcckg.vocab import CPPCC, DCTERMS, mint


@pytest.mark.parametrize("text, number", [("五", 5), ("十", 10), ("十三", 13), ("二十", 20), ("二十一", 21),
                                          ("零", None), ("十十", None), ("二二", None), ("", None)])
def test_chinese_numbers(text, number):
    assert chinese_number(text) == number


def test_session_names():
    assert parse_session("政协重庆市第五届委员会第五次会议") == (5, 5)
    assert parse_session("中国人民政治协商会议第十四届全国委员会第二次会议") is None  # 全国委员会: not this pattern
    assert parse_session("市政协五届五次会议") is None  # the short form is not guessed
    assert term_name("政协重庆市第五届委员会第六次会议") == "政协重庆市第五届委员会"


def test_reports_are_delivered_at_sessions_of_one_term(seed_store):
    from cppcckg.store import open_store

    store = open_store(seed_store)
    rows = list(store.query(f"""SELECT ?r ?s ?date ?n ?t ?c WHERE {{ ?r <{CPPCC.deliveredAt}> ?s .
        ?s <{CPPCC.sessionOf}> ?t ; <{CPPCC.ordinal}> ?n ; <{DCTERMS.date}> ?date . ?t <{CPPCC.termOf}> ?c }}""",
                            use_default_graph_as_union=True))
    found = {r["r"].value.rsplit("/", 1)[-1]: (int(r["n"].value), r["date"].value, r["t"].value, r["c"].value) for r in rows}
    # cq-cppcc-2022-work-report.yaml: session 政协重庆市第五届委员会第五次会议, delivered 2022-01
    assert found["cq-cppcc-2022-work-report"][:2] == (5, "2022-01")
    assert found["cq-cppcc-2023-work-report-graphic"][0] == 6
    assert {v[2] for v in found.values()} == {str(mint("body", "cq-cppcc-term-5"))}
    assert {v[3] for v in found.values()} == {str(mint("body", "cq-cppcc"))}


def test_sessions_the_reports_name_are_events_not_aliases_of_the_plenary(reference, seed_store):
    """市政协五届四次会议 names a session of the reference (sessions.yaml), a dated event of the
    5th term with its own labels; the plenary organ keeps only its own names."""
    from cppcckg.store import open_store
    from cppcckg.vocab import SKOS

    plenary = reference.get("cq-cppcc-plenary")
    assert not any("届" in name for name in (*plenary.aliases, *plenary.local_aliases))
    sessions = sorted((e for e in reference.of_kind("session")), key=lambda e: e.ordinals)
    assert [e.ordinals for e in sessions] == [(5, n) for n in range(1, 7)]
    store = open_store(seed_store)
    fourth = mint("session", "cq-cppcc-term-5-session-4")

    def values(s, p) -> set[str]:
        return {q.object.value for q in store.quads_for_pattern(_node(s), _node(p), None)}

    assert values(fourth, CPPCC.sessionOf) == {str(mint("body", "cq-cppcc-term-5"))}
    assert "市政协五届四次会议" in values(fourth, SKOS.altLabel)
    assert values(fourth, CPPCC.ordinal) == {"4"}
    mentioned = {r["m"].value for r in store.query(
        f"SELECT ?m WHERE {{ ?m <{CPPCC.mentions}> <{fourth}> }}", use_default_graph_as_union=True)}
    assert len(mentioned) == 2  # the 2022 report says 市政协五届四次会议 twice
    plenary_names = {r["s"].value for r in store.query(
        f"SELECT ?s WHERE {{ ?m <{CPPCC.mentions}> <{mint('body', 'cq-cppcc-plenary')}> ; <{CPPCC.surfaceForm}> ?s }}",
        use_default_graph_as_union=True)}
    assert plenary_names and not any("届" in name for name in plenary_names)
    # a report's session and the reference's meet at one IRI
    fifth = mint("session", "cq-cppcc-term-5-session-5")
    assert values(mint("report", "cq-cppcc-2022-work-report"), CPPCC.deliveredAt) == {str(fifth)}
    assert "市政协五届五次会议" in values(fifth, SKOS.altLabel)


def _node(iri):
    import pyoxigraph as ox

    return ox.NamedNode(str(iri))
