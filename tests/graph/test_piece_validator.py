"""The build's piece validator takes pyshacl-turbo's native path (N-Triples text read by the engine,
no rdflib graph or store per piece) and still says exactly what the reference says: a
piece conforms on that path only when validate() finds it conforming, and a failing piece gets
the same violation lines."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal

from cppcckg import errors
from cppcckg.graph import validate as validate_module
from cppcckg.graph.validate import PieceValidator
from cppcckg.vocab import CPPCC, RDFS
from tests.graph.test_validate import BODY, INITIATIVE, REPORT, good_graph


def _broken_graphs() -> list[Graph]:
    no_status, _, _ = good_graph()
    no_status.remove((INITIATIVE, CPPCC.status, None))
    no_organizer, _, _ = good_graph()
    no_organizer.remove((INITIATIVE, CPPCC.organizer, None))
    no_label, _, _ = good_graph()
    no_label.remove((BODY, RDFS.label, None))
    return [no_status, no_organizer, no_label]


def test_the_native_path_is_taken_with_the_fast_engine() -> None:
    validator = PieceValidator(Graph(), engine="turbo")
    assert validator._context_nt is not None
    assert PieceValidator(Graph(), engine="pyshacl")._context_nt is None


def test_a_good_piece_passes_and_broken_ones_fail_as_the_reference_says() -> None:
    validator = PieceValidator(Graph(), engine="turbo")
    good, _, _ = good_graph()
    validator.check(good)
    for broken in _broken_graphs():
        report = validate_module.validate(broken, engine="pyshacl")
        assert not report.conforms
        with pytest.raises(errors.ValidationError) as caught:
            validator.check(broken)
        assert report.violations[0] in str(caught.value)


def test_literals_with_quotes_backslashes_and_line_breaks_reach_the_engine_intact() -> None:
    validator = PieceValidator(Graph(), engine="turbo")
    good, _, _ = good_graph()
    good.add((REPORT, RDFS.comment, Literal('一行"引号"\\反斜杠\n第二行\r', lang="zh")))
    validator.check(good)  # a bad escape would make the engine refuse the text
