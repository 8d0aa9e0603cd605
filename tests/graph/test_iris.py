"""Initiative IRIs are made from content (report, label, the clause that states it), not from
character offsets: a correction elsewhere in a report's text leaves every other initiative's
IRI as it was."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from cppcckg.graph.rdf import initiative_key
from cppcckg.ingest.reports import read_report
from tests.helpers import REPORTS

REPORT = "cq-cppcc-2022-work-report"


def _keys(pipeline, path: Path) -> list[str]:
    extraction = pipeline.run(read_report(path))
    return [initiative_key(extraction.report.id, i) for i in extraction.initiatives]


def test_a_correction_elsewhere_keeps_the_iris(pipeline, tmp_path: Path):
    before = _keys(pipeline, REPORTS / f"{REPORT}.txt")
    assert len(before) == len(set(before)) > 20  # one key per initiative
    assert not any(re.search(r"/[0-9]+-[0-9]+-[0-9a-f]{8}$", k) for k in before)  # no offsets in them
    text = (REPORTS / f"{REPORT}.txt").read_text(encoding="utf-8")
    shutil.copy(REPORTS / f"{REPORT}.yaml", tmp_path / f"{REPORT}.yaml")
    # A corrected word early in the text shifts the offsets of everything after it.
    first_break = text.index("\n")
    corrected = text[:first_break] + "（校正）" + text[first_break:]
    (tmp_path / f"{REPORT}.txt").write_text(corrected, encoding="utf-8")
    after = _keys(pipeline, tmp_path / f"{REPORT}.txt")
    assert len(after) == len(before)
    assert sum(k in set(before) for k in after) >= len(before) - 1
