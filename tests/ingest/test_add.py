"""Issue 13: reports as people find them (saved pages, PDF, Word) into a corpus that grows, every
fact still indexing the kept text."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from cppcckg.cli.main import app

from tests.ingest import ingest_fixtures as fx
from tests.conftest import ROOT

runner = CliRunner()


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("inbox")
    page = folder / "wanzhou-2023-report.html"
    page.write_text(fx.html_page(), encoding="utf-8")
    return {"html": page, "pdf": fx.write_pdf(folder / "wanzhou-2023-print.pdf"),
            "docx": fx.write_docx(folder / "wanzhou-2023-draft.docx")}


def _add(*args: str) -> object:
    result = runner.invoke(app, ["add", *args])
    assert result.exit_code == 0, result.output
    return result


def _facts(pipeline, reference, path: Path) -> list[tuple]:
    """Facts of a report file, without the report id (so that two copies compare equal)."""
    from cppcckg.extract.pipeline import facts
    from cppcckg.ingest.reports import read_report

    report = read_report(path)
    out = []
    for fact in facts(pipeline.run(report), reference):
        ev = fact["evidence"]
        assert report.text[ev["start"]:ev["end"]] == ev["text"]  # offsets index the kept text
        out.append((fact["kind"], ev["start"], ev["end"], ev["text"], fact.get("type"), tuple(fact.get("organizers", ())),
                    fact.get("status"), fact.get("period"), fact.get("value"), fact.get("entity")))
    return sorted(out, key=repr)


def test_the_page_keeps_the_report_and_none_of_the_clutter(files):
    from cppcckg.ingest.html import read_html

    converted = read_html(files["html"].read_bytes(), str(files["html"]))
    assert converted.text == fx.plain_text()  # every heading and paragraph, one per line
    for clutter in fx.clutter_strings():
        assert clutter not in converted.text, clutter
    reasons = {d.reason for d in converted.dropped}
    assert {"advertising", "byline", "share bar", "editor", "navigation", "related articles", "footer"} <= reasons
    assert (converted.title, converted.date, converted.source) == (fx.TITLE, "2023-01-11", "万州时报")


def test_an_element_marked_as_an_ad_is_left_out_whatever_its_text():
    from cppcckg.ingest.html import read_html

    page = fx.html_page().replace(fx.CLUTTER_HTML["ad"], "诚邀各界朋友莅临本店品鉴火锅底料")
    converted = read_html(page.encode("utf-8"), "page.html")
    assert "火锅底料" not in converted.text
    assert any(d.reason == "advertising" and "火锅底料" in d.text for d in converted.dropped)


def test_the_pdf_loses_headers_and_page_numbers_and_gets_its_paragraphs_back(files):
    from cppcckg.ingest.pdf import read_pdf
    import pypdf

    assert len(pypdf.PdfReader(str(files["pdf"])).pages) >= 3
    converted = read_pdf(files["pdf"].read_bytes(), str(files["pdf"]))
    assert converted.text == fx.pdf_plain_text()  # lines broken by the layout joined again
    assert fx.RUNNING_HEADER not in converted.text and "—" not in converted.text
    assert sum(d.reason.startswith("page number") for d in converted.dropped) >= 3


def test_the_word_file_keeps_headings_paragraphs_and_table_rows(files):
    from cppcckg.ingest.docx import read_docx

    converted = read_docx(files["docx"].read_bytes(), str(files["docx"]))
    assert converted.text == fx.docx_plain_text()
    assert "收到提案\t412件" in converted.lines


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx"])
def test_facts_from_an_added_file_equal_those_of_the_plain_text(fmt, files, tmp_path, pipeline, reference):
    corpus = tmp_path / "corpus"
    _add(str(files[fmt]), "--corpus", str(corpus))
    report_id = files[fmt].stem
    kept = corpus / f"{report_id}.txt"
    plain = {"html": fx.plain_text, "pdf": fx.pdf_plain_text, "docx": fx.docx_plain_text}[fmt]()
    reference_copy = tmp_path / "plain" / f"{report_id}.txt"
    reference_copy.parent.mkdir()
    reference_copy.write_text(plain, encoding="utf-8")
    (reference_copy.with_suffix(".yaml")).write_bytes((corpus / f"{report_id}.yaml").read_bytes())
    added = _facts(pipeline, reference, kept)
    assert added and added == _facts(pipeline, reference, reference_copy)
    assert any(f[0] == "initiative" for f in added) and any(f[0] == "metric" for f in added)


def test_metadata_is_inferred_and_records_the_original(files, tmp_path):
    corpus = tmp_path / "corpus"
    result = _add(str(files["html"]), "--corpus", str(corpus), "--url", "https://example.org/wz/2023.html")
    assert "cppcc-wanzhou" in result.stdout
    meta = yaml.safe_load((corpus / "wanzhou-2023-report.yaml").read_text(encoding="utf-8"))
    data = files["html"].read_bytes()
    assert meta["original"] == {"name": files["html"].name, "format": "html", "size": len(data),
                                "sha256": hashlib.sha256(data).hexdigest(), "url": "https://example.org/wz/2023.html",
                                "kept": "originals/wanzhou-2023-report.html"}
    assert (corpus / "originals" / "wanzhou-2023-report.html").read_bytes() == data
    assert meta["title"] == {"zh": fx.TITLE} and meta["publisher"] == "cppcc-wanzhou"
    assert (meta["delivered"], meta["period"]) == ("2023-01-10", {"start": 2022, "end": 2022})
    assert meta["parts"][1] == {"from": "2023年工作安排", "status": "planned", "period": {"start": 2023, "end": 2023}}
    assert meta["source"] == "carried by 万州时报"  # the newspaper is the carrier, not the publisher


def test_no_keep_original_keeps_only_the_hash(files, tmp_path):
    corpus = tmp_path / "corpus"
    _add(str(files["pdf"]), "--corpus", str(corpus), "--no-keep-original")
    meta = yaml.safe_load((corpus / "wanzhou-2023-print.yaml").read_text(encoding="utf-8"))
    assert meta["original"]["sha256"] == hashlib.sha256(files["pdf"].read_bytes()).hexdigest()
    assert meta["original"]["kept"] is None and not (corpus / "originals").exists()


def test_re_adding_is_a_no_op_and_a_changed_file_replaces_keeping_corrections(files, tmp_path):
    corpus = tmp_path / "corpus"
    page = tmp_path / "wz.html"
    page.write_text(fx.html_page(), encoding="utf-8")
    _add(str(page), "--corpus", str(corpus))
    meta_file = corpus / "wz.yaml"
    meta_file.write_text(meta_file.read_text(encoding="utf-8").replace("publisher: cppcc-wanzhou", "publisher: cq-cppcc"),
                         encoding="utf-8")  # a person corrects the publisher
    before = {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()}
    again = _add(str(page), "--corpus", str(corpus))
    assert "unchanged wz" in again.stdout
    assert {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()} == before

    new_sentence = "区政协常委会还组织委员开展了民生实事监督性视察。"
    page.write_text(fx.html_page().replace("<h3>2023年工作安排</h3>", f"<p>{new_sentence}</p><h3>2023年工作安排</h3>"),
                    encoding="utf-8")
    replaced = _add(str(page), "--corpus", str(corpus))
    assert "replaced wz" in replaced.stdout and "kept publisher" in replaced.stderr
    assert new_sentence in (corpus / "wz.txt").read_text(encoding="utf-8")
    meta = yaml.safe_load(meta_file.read_text(encoding="utf-8"))
    assert meta["publisher"] == "cq-cppcc"
    assert meta["original"]["sha256"] == hashlib.sha256(page.read_bytes()).hexdigest()


def test_add_list_shows_the_corpus(files, tmp_path):
    corpus = tmp_path / "corpus"
    _add(str(files["html"]), str(files["docx"]), "--corpus", str(corpus))
    result = _add("--list", "--corpus", str(corpus), "--format", "csv")
    lines = result.stdout.splitlines()
    assert lines[0] == "id,title,publisher,period,format,size,characters"
    assert lines[1].startswith(f"wanzhou-2023-draft,{fx.TITLE},cppcc-wanzhou,2022,docx,")
    assert lines[2].startswith(f"wanzhou-2023-report,{fx.TITLE},cppcc-wanzhou,2022,html,")


def test_explain_lists_what_was_left_out(files, tmp_path):
    result = _add(str(files["html"]), "--corpus", str(tmp_path / "c"), "--explain")
    assert "[byline] 来源：万州时报" in result.stdout and "[advertising] 【广告】" in result.stdout
    assert "[editor] 责任编辑：林晓" in result.stdout


@pytest.mark.reasoner
def test_added_reports_build_into_named_graphs_with_provenance(files, tmp_path):
    from cppcckg.store import open_store, select

    corpus = tmp_path / "corpus"
    _add(str(files["html"]), "--corpus", str(corpus), "--url", "https://example.org/wz/2023.html")
    _add(str(files["pdf"]), str(files["docx"]), "--corpus", str(corpus))
    build = runner.invoke(app, ["build", "--reports", str(corpus), "--out", str(tmp_path / "out"), "--no-progress"])
    assert build.exit_code == 0, build.output
    store = open_store(tmp_path / "out" / "store")
    rows = select(store, """SELECT ?g ?source WHERE { GRAPH ?g { ?r prov:wasDerivedFrom ?source } }""")
    derived = {r["g"].value.rsplit("/", 1)[-1]: r["source"].value for r in rows}
    assert derived["wanzhou-2023-report"] == "https://example.org/wz/2023.html"
    assert derived["wanzhou-2023-print"].startswith("ni:///sha-256;")
    assert set(derived) == {"wanzhou-2023-report", "wanzhou-2023-print", "wanzhou-2023-draft"}
    evidence = select(store, """SELECT ?id ?start ?end ?quote WHERE {
        ?r a cppcc:Report ; cppcc:sha256 ?id .
        ?e oa:hasSource ?r ; oa:hasSelector ?p , ?q . ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?quote }""")
    texts = {hashlib.sha256(p.read_bytes()).hexdigest(): p.read_text(encoding="utf-8") for p in corpus.glob("*.txt")}
    assert evidence
    for row in evidence:
        assert texts[row["id"].value][int(row["start"].value):int(row["end"].value)] == row["quote"].value
    reader = runner.invoke(app, ["reader", "--store", str(tmp_path / "out" / "store"), "--out", str(tmp_path / "reader")])
    assert reader.exit_code == 0, reader.output
    page = (tmp_path / "reader" / "wanzhou-2023-report.html").read_text(encoding="utf-8")
    shown = re.sub(r"<[^>]+>", "", page)  # facts are highlighted with tags inside the text
    assert "组织委员视察长江生态环境保护情况" in shown and "周明远" not in shown


def _bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    unknown_charset = folder / "unknown-charset.html"
    unknown_charset.write_bytes(fx.html_page(charset="utf-9").encode("utf-8"))
    wrong_charset = folder / "wrong-charset.html"
    wrong_charset.write_bytes(fx.html_page(charset="utf-8").encode("gb18030"))
    whole = fx.write_pdf(folder / "whole.pdf").read_bytes()
    truncated = folder / "truncated.pdf"
    truncated.write_bytes(whole[: len(whole) // 3])
    (folder / "whole.pdf").unlink()
    import zipfile

    fake = folder / "not-word.docx"
    with zipfile.ZipFile(fake, "w") as z:
        z.writestr("notes.txt", "这不是一个Word文件")
    renamed = folder / "old-format.docx"
    renamed.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)  # the start of an old .doc
    return {
        "old .doc renamed": (renamed, "not a zip package"),
        "unknown charset": (unknown_charset, "not an encoding"),
        "wrong charset": (wrong_charset, "as the page's <meta charset> declares"),
        "truncated pdf": (truncated, "not a readable PDF"),
        "zip not docx": (fake, "not a Word document"),
        "scan": (fx.write_pdf(folder / "scan.pdf", text_layer=False), "no text layer"),
    }


def test_bad_files_give_one_line_errors_and_add_nothing(files, tmp_path):
    corpus = tmp_path / "corpus"
    _add(str(files["docx"]), "--corpus", str(corpus))
    before = {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()}
    for name, (bad, fragment) in _bad_files(tmp_path).items():
        # the good page comes first on the command line: it must not be added either
        result = subprocess.run([sys.executable, "-m", "cppcckg.cli", "add", str(files["html"]), str(bad),
                                 "--corpus", str(corpus)], capture_output=True, text=True,
                                env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
        assert result.returncode == 2, (name, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(bad) in lines[0] and fragment in lines[0], (name, result.stderr)
        assert "Traceback" not in result.stderr
        assert {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()} == before, name
