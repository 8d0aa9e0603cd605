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
    codes = {key: c["gb2260"] for key, c in found.items() if "gb2260" in c}
    for key, code in codes.items():
        entity = reference.get(key)
        assert entity is not None and entity.kind == "place", key
        # The first two digits are the province's; a province-level division ends in 0000, a
        # prefecture-level one in 00, a district or county does not.
        province = entity.key if entity.cls == "Province" else entity.province
        assert province in codes and codes[province][:2] == code[:2], key
        if entity.cls == "Province":
            assert code.endswith("0000"), key
        elif entity.cls == "PrefectureCity":
            assert code.endswith("00") and not code.endswith("0000"), key
        else:
            assert not code.endswith("00"), key
    assert len(set(codes.values())) == len(codes)  # no code given twice


def test_chongqing_districts_and_sichuan_cities_all_have_codes(reference):
    codes = {k: c.get("gb2260") for k, c in load_identifiers(REFERENCE, set(reference.entities)).items()}
    districts = [e.key for e in reference.of_kind("place") if e.province == "chongqing" and e.cls in ("District", "County")]
    cities = [e.key for e in reference.of_kind("place") if e.province == "sichuan" and e.cls == "PrefectureCity"]
    assert (len(districts), len(cities)) == (38, 21)
    assert all(codes.get(k) for k in districts + cities)
    assert codes["wanzhou"] == "500101" and codes["chengdu-sc"] == "510100"


def test_wikidata_items_have_their_format_and_a_cited_source(reference):
    import re

    data = yaml.safe_load((REFERENCE / FILE).read_text(encoding="utf-8"))
    items = [i for i in data["identifiers"] if i["scheme"] == "wikidata"]
    assert items, "at least one Wikidata item"
    for item in items:
        assert re.fullmatch(r"Q[1-9][0-9]*", item["id"]), item
        assert item["source"] and all(data["sources"][s].startswith("https://") for s in item["source"]), item
    assert all(u.startswith("https://") for u in data["sources"].values())


def test_the_graph_states_the_codes_and_the_wikidata_links(reference):
    from rdflib import Dataset, Literal, URIRef

    from cppcckg.graph.rdf import add_reference
    from cppcckg.vocab import CPPCC, SKOS, mint

    graph = add_reference(Dataset(), reference)
    assert (mint("place", "wanzhou"), CPPCC.gbt2260Code, Literal("500101")) in graph
    assert (mint("place", "liangshan-sc"), CPPCC.gbt2260Code, Literal("513400")) in graph
    assert (mint("place", "china"), SKOS.exactMatch, URIRef("http://www.wikidata.org/entity/Q148")) in graph


def test_every_scheme_names_its_source():
    data = yaml.safe_load((REFERENCE / FILE).read_text(encoding="utf-8"))
    for name, scheme in data["schemes"].items():
        assert scheme.get("source") and "http" in scheme["source"], name


@pytest.mark.parametrize("entry, message", [
    ('{key: chongqing, scheme: gb2260, id: "50000"}', "is not a gb2260 code"),
    ('{key: chongqing, scheme: gb2260, id: 500000.5}', "is not a gb2260 code"),
    ('{key: nowhere, scheme: gb2260, id: "500000"}', "no reference entity has the key"),
    ('{key: chongqing, scheme: wikidata, id: "Q11725"}', "unknown scheme"),
    ('{key: chongqing, scheme: gb2260, id: "500000", source: [nowhere]}', "is not listed under sources"),
])
def test_a_bad_identifier_is_a_one_line_error_naming_the_file(tmp_path: Path, reference, entry, message):
    (tmp_path / FILE).write_text(f"schemes:\n  gb2260: {{source: http://example.org}}\nidentifiers:\n  - {entry}\n",
                                 encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=message) as info:
        load_identifiers(tmp_path, set(reference.entities))
    assert str(tmp_path / FILE) in str(info.value) and "\n" not in str(info.value)
