"""A report long enough to be written in several pieces (20,000 facts each) is validated piece by
piece: a body found only in the text must be typed in every piece that names it, not only in
the piece that holds its mention (issue 18, item 3)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cppcckg.graph import rdf
from cppcckg.vocab import CPPCC, RDF, RDFS

from tests.conftest import REPORTS

SEED_2022 = REPORTS / "cq-cppcc-2022-work-report.txt"
BOUNDED = os.environ.get("CPPCCKG_SLOW_BUDGET", "").strip().lower() == "bounded"


def test_an_unknown_body_is_typed_in_every_piece_that_names_it(reference, seed_extractions):
    from cppcckg.graph.pieces import make_context

    extraction = next(ex for ex in seed_extractions if ex.report.id == "cq-cppcc-2022-work-report")
    unknown = {rdf.entity_iri(reference, m.entity) for m in extraction.mentions if not m.in_reference}
    assert unknown, "the 2022 seed names a body outside the reference (渝东政协)"
    # 450 facts a piece: the mentions (the unknown body's among them) fill the first piece, the
    # initiative it organises lies in the second, as in a report of more than 20,000 facts
    pieces = list(rdf.report_pieces(reference, extraction, {}, facts_per_piece=450))
    assert len(pieces) > 1
    users = [p for p in pieces if any(o in unknown for _s, pred, o in p if pred in (CPPCC.organizer, CPPCC.partner, CPPCC.subject))]
    assert users and any(p is not pieces[0] for p in users)
    for piece in users:
        for body in unknown & {o for _s, _p, o in piece}:
            assert (body, RDF.type, CPPCC.Body) in piece and any(True for s, p, _o in piece if s == body and p == RDFS.label)
    # and the piece that only points at the body passes the shapes on its own
    later = next(p for p in users if p is not pieces[0])
    make_context(reference, validate=True, reason=False).validator.check(later)


@pytest.mark.slow
def test_a_long_report_builds(tmp_path: Path, monkeypatch):
    """The 2022 seed repeated 60 times (1.9 MB, two pieces; about 5 minutes) builds with
    validation; in the bounded slow run 3 copies in pieces of 1,000 facts (the same path: the
    body's mention in the first piece, initiatives it organises in the second)."""
    from cppcckg.cli.main import app
    from cppcckg.store import open_store

    copies = 3 if BOUNDED else 60
    if BOUNDED:
        monkeypatch.setattr(rdf, "FACTS_PER_PIECE", 1_000)
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "long.txt").write_text(SEED_2022.read_text(encoding="utf-8") * copies, encoding="utf-8")

    result = CliRunner().invoke(app, ["build", "--reports", str(reports), "--out", str(tmp_path / "out"),
                                      "--no-reason", "--no-progress", "--jobs", "1", "--full"])

    assert result.exit_code == 0, result.output
    store = open_store(tmp_path / "out" / "store")
    rows = list(store.query(
        "SELECT ?b WHERE { GRAPH ?g { ?i <https://w3id.org/cppcckg/ontology#organizer> ?b } "
        "GRAPH ?h { ?b a <https://w3id.org/cppcckg/ontology#Body> } FILTER(CONTAINS(STR(?b), '/body/unknown-')) }"))
    assert rows, "the unknown body organises an initiative and is typed"
