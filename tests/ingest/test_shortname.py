"""Issue 21: every body has the short name reports use, derived from its full name where the
name has the usual shape, stated in bodies.yaml where it has not."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from cppcckg.errors import ReferenceDataError
from cppcckg.ingest.reference import load_reference
from cppcckg.ingest.shortname import short_name
from tests.conftest import REFERENCE


@pytest.mark.parametrize("full,short", [
    ("政协重庆市沙坪坝区委员会", "沙坪坝区政协"),
    ("政协重庆市委员会", "市政协"),
    ("政协四川省委员会", "四川省政协"),
    ("政协达州市委员会", "达州市政协"),
    ("政协邻水县委员会", "邻水县政协"),
    ("政协重庆市委员会提案委员会", "市政协提案委员会"),
    ("中国人民政治协商会议全国委员会", "全国政协"),
    ("政协秀山土家族苗族自治县委员会", "秀山县政协"),
    ("政协阿坝藏族羌族自治州委员会", "阿坝州政协"),
    ("重庆市人民政府", "重庆市人民政府"),
])
def test_the_rule(full, short):
    assert short_name(full) == short


def test_every_body_has_a_distinct_short_name(reference):
    bodies = [e for e in reference.entities.values() if e.kind == "body"]
    assert all(e.name_short for e in bodies)
    twice = [n for n, c in Counter(e.name_short for e in bodies).items() if c > 1]
    assert twice == []
    by_key = {e.key: e.name_short for e in bodies}
    assert by_key["cq-cppcc"] == "市政协" and by_key["sc-cppcc"] == "四川省政协"
    assert by_key["cppcc-shapingba"] == "沙坪坝区政协" and by_key["cq-party-committee"] == "市委"
    # Synthesised committees of places get theirs too (the CPPCC of every county).
    assert by_key["cppcc-linshui-sc"] == "邻水县政协"


def test_a_stated_short_name_wins_and_a_blank_one_is_refused(tmp_path: Path):
    folder = tmp_path / "ref"
    shutil.copytree(REFERENCE, folder)
    path = folder / "bodies.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  name_zh: 政协四川省委员会\n", "  name_zh: 政协四川省委员会\n  name_short: 川政协\n", 1), encoding="utf-8")
    assert load_reference(folder).get("sc-cppcc").name_short == "川政协"
    path.write_text(text.replace("  name_zh: 政协四川省委员会\n", "  name_zh: 政协四川省委员会\n  name_short: ''\n", 1), encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="sc-cppcc: name_short"):
        load_reference(folder)
