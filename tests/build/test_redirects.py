"""A report whose text is corrected between builds: the initiative stated by the corrected clause
gets a new IRI, the old one is linked to it (owl:sameAs in the redirects graph) and
`cppcckg serve` answers the old /id/ IRI with a 301 to the new one."""

from __future__ import annotations

import http.client
import json
import shutil
from pathlib import Path

import pytest

from cppcckg.build.redirects import FILE
from cppcckg.build.run import assemble
from cppcckg.store import open_store
from cppcckg.vocab import DATA_NS, OWL, REDIRECTS_GRAPH

from tests.conftest import REPORTS
from tests.helpers import start_server

REPORT = "cq-cppcc-2022-work-report"
IDENTITY = f"{REPORT}\t三进三服务活动\t1"
CLAUSE = "组织委员和机关干部开展“三进三服务”活动"


def _build(reports: Path, out: Path) -> dict[str, str]:
    assemble(reports, out, reason=False)
    return json.loads((out / FILE).read_text(encoding="utf-8"))["initiatives"]


def _edit(reports: Path, old: str, new: str) -> None:
    path = reports / f"{REPORT}.txt"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def _same_as(out: Path) -> dict[str, str]:
    import pyoxigraph as ox

    store = open_store(out / "store")
    try:
        return {q.subject.value: q.object.value for q in store.quads_for_pattern(
            None, ox.NamedNode(str(OWL.sameAs)), None, ox.NamedNode(str(REDIRECTS_GRAPH)))}
    finally:
        del store


@pytest.fixture(scope="module")
def edited(tmp_path_factory) -> tuple[Path, list[str]]:
    """Three builds of one report, its clause corrected twice; the output folder and the IRIs
    the initiative had in each."""
    root = tmp_path_factory.mktemp("redirects")
    reports, out = root / "reports", root / "out"
    reports.mkdir()
    for path in REPORTS.glob(f"{REPORT}.*"):
        shutil.copy(path, reports)
    iris = [_build(reports, out)[IDENTITY]]
    assert _same_as(out) == {}  # a first build links nothing
    _edit(reports, CLAUSE, CLAUSE.replace("和", "与"))
    iris.append(_build(reports, out)[IDENTITY])
    _edit(reports, CLAUSE.replace("和", "与"), CLAUSE.replace("和", "及"))
    iris.append(_build(reports, out)[IDENTITY])
    return out, iris


def test_old_iris_are_linked_to_the_newest(edited):
    out, iris = edited
    assert len(set(iris)) == 3  # the clause is in the IRI's digest: each correction changed it
    links = _same_as(out)
    assert links == {iris[0]: iris[2], iris[1]: iris[2]}  # the chain leads to the newest
    record = json.loads((out / FILE).read_text(encoding="utf-8"))
    assert record["initiatives"][IDENTITY] == iris[2] and set(record["old"]) == {iris[0], iris[1]}


@pytest.mark.server
def test_serve_redirects_an_old_iri(edited, tmp_path):
    out, iris = edited
    server = start_server(out / "store", tmp_path / "serve.log")
    try:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        old_path = "/id/" + iris[0][len(DATA_NS):]
        connection.request("GET", _quote(old_path), headers={"Accept": "text/turtle"})
        response = connection.getresponse()
        response.read()
        assert response.status == 301
        assert _unquote(response.getheader("Location")) == "/id/" + iris[2][len(DATA_NS):]
        connection.request("GET", _quote("/id/" + iris[2][len(DATA_NS):]), headers={"Accept": "text/turtle"})
        response = connection.getresponse()
        assert response.status == 200 and iris[2].encode("utf-8") in response.read()
    finally:
        server.stop()


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/-._~")


def _unquote(path: str | None) -> str:
    from urllib.parse import unquote

    return unquote(path or "")
