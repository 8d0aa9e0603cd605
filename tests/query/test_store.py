"""The embedded store: atomic replacement, clear errors for missing or bad stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from cppcckg.errors import StoreError
from cppcckg.store import graph_counts, load_nquads, open_store, staging_store

NQ = b'<http://example.org/s> <http://example.org/p> "o" <http://example.org/g> .\n'


def test_store_is_replaced_only_when_complete(tmp_path: Path):
    link = tmp_path / "store"
    with staging_store(link) as store:
        load_nquads(store, NQ)
    first = link.resolve()
    assert graph_counts(open_store(link)) == [("http://example.org/g", 1)]

    with pytest.raises(RuntimeError):
        with staging_store(link) as store:
            load_nquads(store, NQ.replace(b'"o"', b'"changed"'))
            raise RuntimeError("killed mid-build")
    assert link.resolve() == first
    st = open_store(link)
    assert [str(q.object.value) for q in st.quads_for_pattern(None, None, None)] == ["o"]
    assert len(list((tmp_path / ".stores").iterdir())) == 1


def test_rebuild_removes_the_old_version(tmp_path: Path):
    link = tmp_path / "store"
    for _ in range(2):
        with staging_store(link) as store:
            load_nquads(store, NQ)
    assert len(list((tmp_path / ".stores").iterdir())) == 1


def test_missing_store_is_a_clear_error(tmp_path: Path):
    with pytest.raises(StoreError, match="cppcckg build"):
        open_store(tmp_path / "nothing")


def test_corrupt_store_is_a_clear_error(tmp_path: Path):
    bad = tmp_path / "store"
    bad.mkdir()
    (bad / "CURRENT").write_text("garbage\n")
    with pytest.raises(StoreError):
        open_store(bad)


def test_a_plain_folder_is_never_overwritten(tmp_path: Path):
    link = tmp_path / "store"
    link.mkdir()
    (link / "precious.txt").write_text("keep me")
    with pytest.raises(StoreError, match="not a store made by cppcckg"):
        with staging_store(link) as store:
            load_nquads(store, NQ)
    assert (link / "precious.txt").read_text() == "keep me"
