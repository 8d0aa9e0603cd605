"""Shared fixtures: the project's own reports and reference data, read once per session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The tests test this checkout's code, whatever else is installed (another checkout in editable
# mode, an older wheel).
sys.path.insert(0, str(ROOT / "src"))
REPORTS = ROOT / "data" / "reports"
REFERENCE = ROOT / "data" / "reference"
GOLD = ROOT / "data" / "gold"
SEED_IDS = ("cq-cppcc-2022-work-report", "cq-cppcc-2023-work-report-graphic")


@pytest.fixture(scope="session")
def reference():
    from cppcckg.ingest.reference import load_reference

    return load_reference(REFERENCE)


@pytest.fixture(scope="session")
def seed_reports():
    from cppcckg.ingest.reports import read_reports

    return read_reports(REPORTS)


@pytest.fixture(scope="session")
def pipeline(reference):
    from cppcckg.extract.pipeline import Pipeline

    return Pipeline(reference)


@pytest.fixture(scope="session")
def seed_extractions(pipeline, seed_reports):
    return [pipeline.run(r) for r in seed_reports]
