"""Issue 6: exports (every RDF format parses back to the store's content, byte-identical twice,
written atomically), CSV tables, the VoID/DCAT description, the JSON-LD context, the ontology
docs and the evidence reader.

Set CPPCCKG_UPDATE_CONTEXT=1 to rewrite context/context.jsonld from the ontology.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, DCTERMS, VOID
from typer.testing import CliRunner

from cppcckg import fsutil
from cppcckg.fsutil import write_atomic
from cppcckg.linked import export as E
from cppcckg import vocab
from cppcckg.errors import InputError
from cppcckg.vocab import CPPCC, DATA_NS, RDFS


ROOT = Path(__file__).resolve().parents[2]
RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "rdfxml": "xml"}


@pytest.fixture(scope="module")
def store(seed_store):  # noqa: F811
    from cppcckg.store import open_store

    return open_store(seed_store)


@pytest.fixture(scope="module")
def expected(store) -> Dataset:
    """The store's content read independently of export.py: Oxigraph's own N-Quads dump."""
    ds = Dataset()
    ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    return ds


def _graphs(ds: Dataset) -> dict[str, Graph]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def _union(ds: Dataset) -> Graph:
    union = Graph()
    for s, p, o, _ in ds.quads():
        union.add((s, p, o))
    return union


# ---------------------------------------------------------------------------------------------
# RDF dumps
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_every_rdf_export_parses_back_isomorphic_to_the_store(store, expected, tmp_path, fmt):
    result = E.export(store, fmt, tmp_path / f"dump{E.EXTENSIONS[fmt]}")
    assert result.path.is_file() and (tmp_path / "void.ttl").is_file()
    if fmt in E.DATASET_FORMATS:
        back = Dataset()
        back.parse(str(result.path), format=RDF_FORMATS[fmt])
        want, got = _graphs(expected), _graphs(back)
        assert sorted(got) == sorted(want)
        for name in want:
            assert isomorphic(want[name], got[name]), name
    else:
        back = Graph().parse(str(result.path), format=RDF_FORMATS[fmt])
        assert isomorphic(_union(expected), back)
    if fmt == "jsonld":
        doc = json.loads(result.path.read_text(encoding="utf-8"))
        assert doc["@context"] == "context.jsonld"
        assert (tmp_path / "context.jsonld").read_bytes() == E.context_bytes(E.load_context())
        text = result.path.read_text(encoding="utf-8")
        assert '"label"' in text and '"organizer"' in text  # compacted with the context's terms


_EXPORT_ALL = """
import sys
from pathlib import Path
from cppcckg.linked.export import export, EXTENSIONS
from cppcckg.store import open_store
store = open_store(sys.argv[1])
for fmt in ("ttl", "nt", "nq", "trig", "jsonld", "rdfxml", "csv"):
    out = Path(sys.argv[2]) / fmt
    export(store, fmt, out / ("tables" if fmt == "csv" else "dump" + EXTENSIONS[fmt]))
"""


def test_two_exports_are_byte_identical_across_processes(seed_store, tmp_path):  # noqa: F811
    digests = []
    for seed in ("1", "2"):
        out = tmp_path / f"run{seed}"
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-c", _EXPORT_ALL, str(seed_store), str(out)], check=True, env=env, cwd=tmp_path,
                       timeout=300)
        files = sorted(p for p in out.rglob("*") if p.is_file())
        digests.append({str(p.relative_to(out)): E.file_digest(p) for p in files})
    assert digests[0] == digests[1]
    assert len(digests[0]) == 6 * 2 + 1 + len(E.CSV_TABLES) + 1  # dumps + void.ttl each, context, tables + void


def test_no_blank_node_labels_leak_from_the_store(store):
    quads = E.canonical_quads(store)
    labels = {t.value for q in quads for t in (q.subject, q.object) if isinstance(t, ox.BlankNode)}
    assert all(re.fullmatch(r"c14n\d+", label) for label in labels)
    data = [q for q in quads if not str(q.graph_name).endswith("graph/ontology>")]
    assert not any(isinstance(t, ox.BlankNode) for q in data for t in (q.subject, q.object)), "data outside the ontology"


def test_graph_selection(store, tmp_path):
    result = E.export(store, "trig", tmp_path / "ref.trig", ["reference"], describe=False)
    back = Dataset()
    back.parse(str(result.path), format="trig")
    assert list(_graphs(back)) == [str(vocab.REFERENCE_GRAPH)]
    result = E.export(store, "ttl", tmp_path / "two.ttl", ["ontology", "cq-cppcc-2022-work-report"], describe=False)
    assert len(Graph().parse(str(result.path))) > 1000
    with pytest.raises(InputError, match="not a graph of the store.*reference"):
        E.export(store, "ttl", tmp_path / "x.ttl", ["no-such-graph"])
    with pytest.raises(InputError, match="--format"):
        E.export(store, "yaml", tmp_path / "x.yaml")


def test_writes_are_atomic(store, tmp_path, monkeypatch):
    target = tmp_path / "dump.nt"
    target.write_bytes(b"previous complete file\n")

    def broken(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(fsutil.os, "fsync", broken)
    with pytest.raises(KeyboardInterrupt):
        E.export(store, "nt", target, describe=False)
    assert target.read_bytes() == b"previous complete file\n"
    assert [p.name for p in tmp_path.iterdir()] == ["dump.nt"]  # no temporary file left behind


def test_export_into_a_folder_and_unwritable_place(store, tmp_path):
    result = E.export(store, "ttl", tmp_path, describe=False)
    assert result.path == tmp_path / "cppcckg.ttl"
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="cannot write"):
        E.export(store, "ttl", blocker / "sub" / "dump.ttl", describe=False)


def test_rdfxml_loads_in_owlready2(store, tmp_path):
    import owlready2

    path = E.export(store, "rdfxml", tmp_path / "dump.rdf", describe=False).path
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    found = world.search(iri=str(vocab.mint("body", "cq-cppcc")))
    classes = {getattr(c, "iri", None) for c in found[0].is_a} if found else set()
    assert {str(CPPCC.ProvincialCommittee), str(vocab.ORG.Organization)} <= classes
    assert world[str(CPPCC.JointSichuanChongqingActivity)] is not None


def test_rdfxml_export_is_owl2_dl(store, tmp_path):
    """The dump meant for Protégé is in OWL 2 DL: every reused term it uses is declared, so
    none becomes an annotation property that a reasoner ignores."""
    from tests.helpers import owl2_dl_violations, require_java

    require_java("the OWL API profile checker runs on Java")
    path = E.export(store, "rdfxml", tmp_path / "dump.rdf", describe=False).path
    assert owl2_dl_violations(path) == []


# ---------------------------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------------------------


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_tables(store, tmp_path):
    result = E.export(store, "csv", tmp_path / "tables")
    names = sorted(p.name for p in result.path.iterdir())
    assert names == sorted([f"{t}.csv" for t in E.CSV_TABLES] + ["void.ttl"])
    bodies = {r["iri"]: r for r in _read_csv(result.path / "bodies.csv")}
    cq = bodies[str(vocab.mint("body", "cq-cppcc"))]
    assert cq["name_zh"] == "政协重庆市委员会" and cq["name_en"].startswith("Chongqing")
    assert cq["class"] == "cppcc:ProvincialCommittee" and cq["in_reference"] == "true"
    assert any(r["parent"] == cq["iri"] for r in bodies.values())
    initiatives = _read_csv(result.path / "initiatives.csv")
    count = int(next(iter(store.query(
        f"SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE {{ ?i a ?c . ?c <{RDFS.subClassOf}>* <{CPPCC.Initiative}> }}",
        use_default_graph_as_union=True)))["n"].value)
    assert len(initiatives) == count
    assert all(r["evidence"] and r["report"] and int(r["end"]) > int(r["start"]) for r in initiatives)
    statistics = _read_csv(result.path / "statistics.csv")
    assert statistics and all(r["value"] and r["measure_zh"] for r in statistics)
    links = _read_csv(result.path / "joint_links.csv")
    assert links and all(r["chongqing_body_zh"] and r["sichuan_body_zh"] for r in links)
    joint = {r["iri"] for r in initiatives if r["joint_sichuan_chongqing"] == "true"}
    assert {r["initiative"] for r in links} <= joint
    reports = _read_csv(result.path / "reports.csv")
    assert {r["id"] for r in reports} == {"cq-cppcc-2022-work-report", "cq-cppcc-2023-work-report-graphic"}
    with pytest.raises(InputError, match="csv"):
        E.export(store, "csv", tmp_path / "t2", ["reference"])


# ---------------------------------------------------------------------------------------------
# VoID + DCAT
# ---------------------------------------------------------------------------------------------


def test_dataset_description(store, tmp_path):
    from cppcckg.linked.describe import DATASET, Distribution, describe, to_turtle

    g = describe(store)
    ds = DATASET
    assert {t.language for t in g.objects(ds, DCTERMS.title)} == {"zh", "en"}
    assert {t.language for t in g.objects(ds, DCTERMS.description)} == {"zh", "en"}
    licence = g.value(ds, DCTERMS.license)
    assert "creativecommons.org/licenses/by/4.0" in str(licence)
    assert g.value(ds, DCTERMS.publisher) is not None
    assert int(g.value(ds, VOID.triples)) == len(store)
    assert int(g.value(ds, VOID.entities)) > 1000
    sources = set(g.objects(ds, DCTERMS.source))
    assert URIRef(str(vocab.mint("report", "cq-cppcc-2022-work-report"))) in sources
    partitions = {g.value(p, VOID["class"]): int(g.value(p, VOID.entities)) for p in g.objects(ds, VOID.classPartition)}
    assert partitions[URIRef(str(CPPCC.Mention))] > 100
    assert URIRef(str(vocab.QB)) in set(g.objects(ds, VOID.vocabulary))
    assert len(set(g.objects(ds, VOID.exampleResource))) >= 3
    assert g.value(ds, VOID.sparqlEndpoint) is None
    assert not any(isinstance(t, ox.BlankNode) for t in g.all_nodes())
    assert to_turtle(describe(store)) == to_turtle(describe(store))

    served = describe(store, endpoint="http://127.0.0.1:9/sparql",
                      distributions=[Distribution("trig", "cppcckg.trig", "http://127.0.0.1:9/download/cppcckg.trig")])
    assert served.value(ds, VOID.sparqlEndpoint) == URIRef("http://127.0.0.1:9/sparql")
    dist = served.value(ds, DCAT.distribution)
    assert served.value(dist, DCAT.downloadURL) == URIRef("http://127.0.0.1:9/download/cppcckg.trig")
    assert str(served.value(served.value(dist, DCAT.mediaType), DCTERMS.identifier)) == "application/trig"

    E.export(store, "trig", tmp_path / "d.trig", base_url="https://example.org/cppcckg/")
    written = Graph().parse(str(tmp_path / "void.ttl"), format="turtle")
    assert URIRef("https://example.org/cppcckg/d.trig") in set(written.objects(ds, VOID.dataDump))


# ---------------------------------------------------------------------------------------------
# JSON-LD context
# ---------------------------------------------------------------------------------------------


def test_published_context_matches_the_ontology():
    ontology = Graph().parse(ROOT / "ontology" / "cppcc.ttl", format="turtle")
    generated = E.build_context(ontology)
    if os.environ.get("CPPCCKG_UPDATE_CONTEXT"):
        write_atomic(E.CONTEXT_FILE, E.context_bytes(generated))
    published = E.load_context()
    assert published == json.loads(E.context_bytes(generated)), (
        "context/context.jsonld is out of date with ontology/cppcc.ttl; "
        "regenerate it with CPPCCKG_UPDATE_CONTEXT=1 python -m pytest tests/linked/test_export.py -k context"
    )
    terms = published["@context"]
    for prefix, namespace in vocab.PREFIXES.items():
        assert terms[prefix] == (str(DATA_NS) if prefix == "cppccid" else str(namespace))
    own = str(CPPCC._NS)
    for name, term in terms.items():
        if isinstance(term, dict) and term["@id"].startswith("cppcc:"):
            assert URIRef(own + term["@id"][len("cppcc:"):]) in set(ontology.subjects()), name


# ---------------------------------------------------------------------------------------------
# Ontology docs
# ---------------------------------------------------------------------------------------------


def _offline_violations(page: str) -> list[str]:
    found = re.findall(r"""(?:src|href)\s*=\s*["']\s*((?:https?:)?//[^"']*)""", page, flags=re.I)
    assets = re.findall(r"""<(?:script|link|img)\b[^>]*(?:src|href)\s*=\s*["']((?:https?:)?//[^"']*)""", page, flags=re.I)
    return assets + [u for u in found if u.startswith("//")]


def test_ontology_docs(store, tmp_path):
    from cppcckg.linked.ontodocs import load_ontology, write_docs

    graph = load_ontology(store)
    files = write_docs(graph, tmp_path / "docs")
    assert sorted(p.name for p in files) == ["cppcc.rdf", "cppcc.ttl", "index.html"]
    page = (tmp_path / "docs" / "index.html").read_text(encoding="utf-8")
    assert _offline_violations(page) == []
    for name in CPPCC.__annotations__:
        assert f'id="{name}"' in page, name
    assert "履职活动" in page and "joint Sichuan-Chongqing activity" in page
    assert "cppcc:inProvince</a> <b>value</b>" in page  # the defined class, in Manchester syntax
    assert "cppcc:jurisdiction</a> ∘ " in page  # the property chain
    assert isomorphic(Graph().parse(str(tmp_path / "docs" / "cppcc.ttl")), graph)
    first = (tmp_path / "docs" / "index.html").read_bytes()
    write_docs(graph, tmp_path / "docs")
    assert (tmp_path / "docs" / "index.html").read_bytes() == first


# ---------------------------------------------------------------------------------------------
# Evidence reader
# ---------------------------------------------------------------------------------------------


def _strip_tags(html: str) -> str:
    import html as h

    return h.unescape(re.sub(r"<[^>]+>", "", html))


def test_highlight_handles_nesting_and_overlap():
    from cppcckg.linked.reader import Span, highlight

    text = "甲乙丙丁<戊>己庚"
    spans = [
        Span(0, 6, "initiative", "i:1", "i:1", "init"),
        Span(2, 8, "statistic", "o:1", "o:1", "stat"),  # overlaps the initiative
        Span(3, 4, "mention", "m:1", str(vocab.mint("body", "b")), "body", entity_kind="body"),  # nested in both
        Span(4, 7, "mention", "m:2", str(vocab.mint("place", "p")), "<place>", entity_kind="place"),
    ]
    html = str(highlight(text, spans, lambda iri: "/x?" + iri))
    assert _strip_tags(html) == text
    assert "<戊" not in html and "&lt;戊" in html and re.search(r"<(?!/?(?:a|span)\b)", html) is None
    pieces = re.findall(r'<a class="([^"]+)" href="([^"]+)" data-ev="([^"]+)"[^>]*>([^<]*)</a>', html)
    by_text = {p[3]: p for p in pieces}
    assert "k-initiative" in by_text["甲乙"][0] and by_text["甲乙"][1] == "/x?i:1"
    assert set(by_text["丙"][0].split()) >= {"k-initiative", "k-statistic"}
    assert set(by_text["丁"][0].split()) == {"hl", "k-initiative", "k-statistic", "k-mention", "e-body"}
    assert by_text["丁"][1].endswith("body/b") and by_text["丁"][2] == "0-6 2-8 3-4"
    assert "<a" not in re.sub(r"<a [^>]*>[^<]*</a>", "", html)  # links never nest
    for key in ("0-6", "2-8", "3-4", "4-7"):
        assert html.count(f'id="ev-{key}"') == 1


def test_reader_pages(store, tmp_path):
    from cppcckg.linked.reader import list_reports, load_report, write_reader

    files = write_reader(store, tmp_path / "reader", link_base="http://127.0.0.1:8000")
    assert [p.name for p in files] == ["index.html", "cq-cppcc-2022-work-report.html", "cq-cppcc-2023-work-report-graphic.html"]
    for info in list_reports(store):
        view = load_report(store, info.id)
        assert view.warnings == [] and view.text_from == "store"
        page = (tmp_path / "reader" / f"{info.id}.html").read_text(encoding="utf-8")
        assert _offline_violations(page) == []
        for span in view.spans:
            assert f'id="ev-{span.start}-{span.end}"' in page
            assert view.text[span.start:span.end]
        kinds = {s.kind for s in view.spans}
        assert kinds == {"mention", "initiative", "statistic"}
        assert info.counts["initiative"] == len({s.fact for s in view.spans if s.kind == "initiative"})
        assert "http://127.0.0.1:8000/id/body/" in page
        body = re.search(r'<div class="text" id="report-text">(.*?)</div>\n  <aside>', page, flags=re.S).group(1)
        assert _strip_tags(re.sub(r'<span class="anchor"[^>]*></span>', "", body)) == view.text


def test_reader_without_full_text_reads_the_report_files(store, tmp_path):
    from cppcckg.linked.reader import load_report

    # A copy of one report graph with the full text removed, as stores built before cppcc:fullText.
    old = ox.Store()
    old.extend(q for q in store.quads_for_pattern(None, None, None, None)
               if q.predicate != ox.NamedNode(str(CPPCC.fullText)))
    with pytest.raises(InputError, match="--reports"):
        load_report(old, "cq-cppcc-2022-work-report")
    view = load_report(old, "cq-cppcc-2022-work-report", ROOT / "data" / "reports")
    assert view.text_from.endswith("cq-cppcc-2022-work-report.txt") and view.warnings == []
    changed = tmp_path / "reports"
    changed.mkdir()
    original = ROOT / "data" / "reports" / "cq-cppcc-2022-work-report"
    (changed / "cq-cppcc-2022-work-report.txt").write_text(original.with_suffix(".txt").read_text(encoding="utf-8") + "改",
                                                            encoding="utf-8")
    (changed / "cq-cppcc-2022-work-report.yaml").write_text(original.with_suffix(".yaml").read_text(encoding="utf-8"),
                                                             encoding="utf-8")
    with pytest.raises(InputError, match="differs from the file the store was built from"):
        load_report(old, "cq-cppcc-2022-work-report", changed)
    with pytest.raises(InputError, match="no report 'nope'"):
        load_report(store, "nope")


# ---------------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------------


def test_commands_have_help_with_an_example():
    from cppcckg.cli.main import app

    runner = CliRunner()
    for name in ("export", "docs", "reader", "serve"):
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example:" in result.output, name


def test_cli_export_docs_reader(seed_store, tmp_path):  # noqa: F811
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))

    def run(*args):
        return subprocess.run([sys.executable, "-m", "cppcckg.cli", *args], capture_output=True, text=True, env=env,
                              cwd=tmp_path, timeout=300)

    result = run("export", "--format", "jsonld", "--out", str(tmp_path / "x" / "d.jsonld"), "--store", str(seed_store))
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout and (tmp_path / "x" / "context.jsonld").is_file()
    assert (tmp_path / "x" / "void.ttl").is_file()
    result = run("export", "--format", "trig", "--out", str(tmp_path / "y.trig"), "--store", str(seed_store), "--graph", "nope")
    assert result.returncode == 2 and "Traceback" not in result.stderr and "--graph" in result.stderr
    result = run("export", "--format", "ttl", "--out", str(tmp_path / "z.ttl"), "--store", "no-such-store")
    assert result.returncode == 5 and "cppcckg build" in result.stderr
    result = run("docs", "--out", str(tmp_path / "docs"), "--store", str(seed_store))
    assert result.returncode == 0 and (tmp_path / "docs" / "index.html").is_file()
    result = run("docs", "--out", str(tmp_path / "docs2"), "--ontology", str(ROOT / "ontology" / "cppcc.ttl"))
    assert result.returncode == 0
    result = run("reader", "--out", str(tmp_path / "reader"), "--store", str(seed_store))
    assert result.returncode == 0 and (tmp_path / "reader" / "cq-cppcc-2022-work-report.html").is_file()
