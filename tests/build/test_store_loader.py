"""The build's background store loader (build/load.py): text written in any pieces reaches the
store, the spool and the listener as whole lines, in order; a slice the store refuses is a
StoreError in the build's own thread."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest

from cppcckg.build.load import StoreLoader
from cppcckg.errors import StoreError
from cppcckg.graph.materialise import AssertedPairs, asserted_in_nquads

LINES = [f'<http://e/s{n}> <http://e/p> "v {n}\\n" <http://e/g> .\n' for n in range(25)] + [
    "<http://e/s1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://e/C> <http://e/g> .\n"]


def test_text_cut_anywhere_is_loaded_whole_and_in_order() -> None:
    store, spool, seen = ox.Store(), io.StringIO(), []
    text = "".join(LINES)
    with StoreLoader(store, spool, Path("."), listener=seen.append, lines_per_load=4) as loader:
        for start in range(0, len(text), 37):  # pieces that end inside lines
            loader.write(text[start:start + 37])
        loader.close()
    assert len(store) == len(LINES)
    assert spool.getvalue() == text
    assert all(piece.endswith("\n") for piece in seen) and "".join(seen) == text
    assert len(seen) > 2  # loaded in several slices


def test_a_slice_the_store_refuses_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot load the new store"):
        with StoreLoader(ox.Store(), io.StringIO(), Path("."), lines_per_load=1) as loader:
            loader.write("<http://e/s> <http://e/p> not rdf .\n")
            loader.write(LINES[0])
            loader.close()


def test_pairs_collected_slice_by_slice_equal_those_of_the_whole_text() -> None:
    collector = AssertedPairs()
    collector.feed("".join(LINES[:10]))
    collector.feed("".join(LINES[10:]))
    assert collector.asserted() == asserted_in_nquads("".join(LINES).split("\n"))
    assert collector.asserted()[1] == {"http://e/s1": "http://e/C"}
