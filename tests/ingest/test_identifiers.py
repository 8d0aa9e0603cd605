"""External identifiers in data/reference/identifiers.yaml: every code has its scheme's format,
names a reference entity of the right kind, and its scheme names its source; a malformed file is
a one-line error naming it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from cppcckg.errors import ReferenceDataError
from cppcckg.ingest.identifiers import FILE, load_identifiers
from tests.helpers import ROOT

REFERENCE = ROOT / "data" / "reference"


def test_every_code_is_well_formed_and_names_a_known_place(reference):
    found = load_identifiers(REFERENCE, set(reference.entities))
    assert found["chongqing"] == {"gb2260": "500000"} and found["sichuan"] == {"gb2260": "510000"}
    for key, codes in found.items():
        entity = reference.get(key)
        assert entity is not None and entity.kind == "place", key
        code = codes["gb2260"]
        # A province-level division ends in 0000, a prefecture-level one in 00.
        if entity.cls == "Province":
            assert code.endswith("0000"), key
    assert len({codes["gb2260"] for codes in found.values()}) == len(found)  # no code given twice


def test_every_scheme_names_its_source():
    data = yaml.safe_load((REFERENCE / FILE).read_text(encoding="utf-8"))
    for name, scheme in data["schemes"].items():
        assert scheme.get("source") and "http" in scheme["source"], name


@pytest.mark.parametrize("entry, message", [
    ('{key: chongqing, scheme: gb2260, id: "50000"}', "is not a gb2260 code"),
    ('{key: chongqing, scheme: gb2260, id: 500000.5}', "is not a gb2260 code"),
    ('{key: nowhere, scheme: gb2260, id: "500000"}', "no reference entity has the key"),
    ('{key: chongqing, scheme: wikidata, id: "Q11725"}', "unknown scheme"),
])
def test_a_bad_identifier_is_a_one_line_error_naming_the_file(tmp_path: Path, reference, entry, message):
    (tmp_path / FILE).write_text(f"schemes:\n  gb2260: {{source: http://example.org}}\nidentifiers:\n  - {entry}\n",
                                 encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=message) as info:
        load_identifiers(tmp_path, set(reference.entities))
    assert str(tmp_path / FILE) in str(info.value) and "\n" not in str(info.value)
