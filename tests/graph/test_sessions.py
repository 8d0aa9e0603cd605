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
