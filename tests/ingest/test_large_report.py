"""A 50 MB report: read, matched and written out without several copies of it in memory
(run with `pytest -m slow`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.common import PEAK_RSS_LAUNCHER, peak_rss_mb

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

SIZE = 50_000_000
# The text is about 33 MB as a Python string; one original and one normalised copy plus the
# facts (about 16,000 per MB, each with its quote) fit well under this. Holding the compact
# offset map of the whole report, as an earlier version did, alone took 600 MB more.
PEAK_LIMIT_MB = 1024


def test_a_50_mb_report_is_extracted_in_bounded_memory(tmp_path: Path):
    seed = (ROOT / "data" / "reports" / "cq-cppcc-2022-work-report.txt").read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as out:
        written = 0
        while written < SIZE:
            out.write(seed + "\n\n")
            written += len((seed + "\n\n").encode("utf-8"))
    facts = tmp_path / "facts.jsonl"

    with facts.open("w", encoding="utf-8") as stdout:
        done = subprocess.run([sys.executable, "-c", PEAK_RSS_LAUNCHER, "extract", str(big), "--kind", "metric"],
                              stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                              env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})

    assert done.returncode == 0, done.stderr[-2000:]
    peak_mb = peak_rss_mb(done.stderr)
    assert peak_mb < PEAK_LIMIT_MB, f"peak {peak_mb:.0f} MB for a 50 MB report"
    text = big.read_text(encoding="utf-8")
    lines = facts.read_text(encoding="utf-8").splitlines()
    copies = written // len((seed + "\n\n").encode("utf-8"))
    per_copy = sum(1 for line in lines if json.loads(line)["evidence"]["start"] < len(seed))
    assert per_copy > 0 and len(lines) >= per_copy * copies  # every copy of the report was read
    for line in (lines[0], lines[len(lines) // 2], lines[-1]):
        ev = json.loads(line)["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]
    assert json.loads(lines[-1])["evidence"]["start"] > len(text) - len(seed) - 2  # to the very end
