"""docs/errors.md stays true: every row names a test, and every test it names exists."""

from __future__ import annotations

import re

from tests.conftest import ROOT

_CELL_TEST = re.compile(r"`(test_[a-z0-9_]+\.py)(?:::(test_[a-z0-9_]+))?`")


def test_every_row_names_tests_that_exist():
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| input") and "---" not in line]
    assert rows
    for row in rows:
        last = row.rstrip(" |").rsplit("|", 1)[-1]
        named = _CELL_TEST.findall(last)
        assert named or last.strip() == "same", f"row without a test: {row}"
        for module, function in named:
            found = sorted((ROOT / "tests").rglob(module))  # tests/ mirrors the packages; names are unique
            assert len(found) == 1, f"{module} named in docs/errors.md does not exist (or exists twice)"
            path = found[0]
            if function:
                assert re.search(rf"^\s*(?:async )?def {function}\(", path.read_text(encoding="utf-8"), re.M), \
                    f"{module}::{function} named in docs/errors.md does not exist"
