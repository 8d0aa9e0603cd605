"""Reference entities: coverage of what the reports name, and clear errors for bad data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cppcckg.errors import ReferenceDataError
from cppcckg.ingest.reference import load_reference

from tests.conftest import REFERENCE, SEED_IDS


def test_required_coverage(reference):
    counties = [e for e in reference.entities.values() if e.cls == "CountyCommittee" and reference.province_of(e.key) == "chongqing"]
    assert len(counties) == 38
    specials = [e for e in reference.entities.values() if e.cls == "SpecialCommittee" and e.parent == "cq-cppcc"]
    assert len(specials) == 10
    for key in ("cq-cppcc", "sc-cppcc", "national-cppcc", "cq-party-committee", "chuanyu-cppccs", "wandakai-cppccs"):
        assert reference.get(key) is not None, key
    assert set(reference.members_of("chuanyu-cppccs")) == {"cq-cppcc", "sc-cppcc"}
    assert {reference.province_of(k) for k in reference.members_of("wandakai-cppccs")} == {"sichuan", "chongqing"}
    assert reference.province_of("cppcc-dazhou-sc") == "sichuan"


def test_jurisdiction_is_kept_apart_from_the_seat(reference):
    """The National Committee sits in Beijing but answers for China: it has no province, and
    北京's CPPCC is Beijing's own municipal committee, not the national one; a local body's
    jurisdiction is its seat."""
    national, district = reference.get("national-cppcc"), reference.get("cppcc-wanzhou")
    assert (national.seat, national.area) == ("beijing", "china")
    assert reference.province_of("national-cppcc") is None
    assert reference.province_of("national-cppcc-proposals-committee") is None
    assert reference.cppcc_of("china").key == "national-cppcc" and reference.cppcc_of("beijing").key == "beijing-cppcc"
    assert (district.seat, district.area, reference.province_of(district.key)) == ("wanzhou", "wanzhou", "chongqing")
    assert reference.cppcc_of("chongqing").key == "cq-cppcc"


def test_every_body_named_in_the_seeds_resolves(seed_extractions):
    """A test that lists them: the only unknown name is the misprint 渝东 (see data/reference/README.md)."""
    names = {}
    for ex in seed_extractions:
        for m in ex.mentions:
            if m.kind == "body":
                names.setdefault(m.surface.replace("\n", ""), m.entity)
    unresolved = sorted(n for n, key in names.items() if key.startswith("unknown-"))
    assert unresolved == ["渝东"]
    assert names["市政协"] == "cq-cppcc"
    assert names["两地政协"] == "chuanyu-cppccs"
    assert names["四川省政协"] == "sc-cppcc"
    assert len(names) > 60


def test_local_alias_depends_on_the_publisher(tmp_path: Path, reference):
    from cppcckg.extract.recognize import Recognizer
    from cppcckg.ingest.reports import read_report

    (tmp_path / "wz.txt").write_text("区政协召开专题协商会。", encoding="utf-8")
    (tmp_path / "wz.yaml").write_text("publisher: cppcc-wanzhou\n", encoding="utf-8")
    mentions = Recognizer(reference).mentions(read_report(tmp_path / "wz.txt"))
    assert [m.entity for m in mentions if m.kind == "body"] == ["cppcc-wanzhou"]


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "reference"
    shutil.copytree(REFERENCE, target)
    return target


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda t: t.replace("- key: cq-cppcc\n", "- key: cq-cppcc\n  class: [oops\n", 1), "malformed YAML"),
        (lambda t: t + "\n- key: extra-body\n  name_zh: 测试委员会\n  name_en: Test\n  class: Wizard\n", "unknown class"),
        (lambda t: t + "\n- key: extra-body\n  name_zh: 测试委员会\n  name_en: Test\n  class: Sector\n  parent: nowhere\n", "does not exist"),
        (lambda t: t + "\n- key: extra-body\n  name_zh: 测试委员会\n  name_en: Test\n  class: Sector\n  aliases: [四川省政协]\n", "also names"),
        (lambda t: t.replace("term_calendar: {term: 5, first_session: 2018}", "term_calendar: {term: 5, first_session: later}", 1),
         "term_calendar needs term"),
    ],
)
def test_bad_reference_data_is_a_clear_error(tmp_path: Path, edit, message):
    folder = _copy(tmp_path)
    bodies = folder / "bodies.yaml"
    bodies.write_text(edit(bodies.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=message) as info:
        load_reference(folder)
    assert "bodies.yaml" in str(info.value) and "\n" not in str(info.value)


def test_seed_ids_are_known():
    assert all((REFERENCE.parent / "reports" / f"{i}.txt").is_file() for i in SEED_IDS)


def test_a_reference_folder_brings_its_own_measures(tmp_path: Path):
    """Issue 14: `--reference DIR` uses DIR's measures.yaml (the extraction cache already hashes
    every file of DIR), both for extraction and for the measures' labels in the graph."""
    from cppcckg.build.run import assemble
    from cppcckg.store import open_store

    from tests.conftest import REPORTS

    folder = tmp_path / "reference"
    shutil.copytree(REFERENCE, folder)
    measures = folder / "measures.yaml"
    text = measures.read_text(encoding="utf-8")
    assert "key: proposals_received" in text
    measures.write_text(text.replace("key: proposals_received", "key: proposals_filed_here")
                        .replace("name_en: Proposals received", "name_en: Proposals filed here"), encoding="utf-8")
    assert load_reference(folder).measures_file == measures

    result = assemble(REPORTS, tmp_path / "out", reference_dir=folder, reason=False, validate=False)
    found = {row[0].value for row in open_store(result.store).query(
        "SELECT DISTINCT ?l WHERE { GRAPH ?g { ?m <http://www.w3.org/2000/01/rdf-schema#label> ?l } }")}
    assert "Proposals filed here" in found
    assert "Proposals received" not in found


@pytest.mark.parametrize("edit, message", [
    (lambda t: t.replace("  session: 4\n", "  session: 7\n", 1), "key of a session must be cq-cppcc-term-5-session-7"),
    (lambda t: t.replace("- key: cq-cppcc-term-5-session-1\n", "- key: cq-cppcc-plenary-term-5-session-1\n", 1)
     .replace("  committee: cq-cppcc\n", "  committee: cq-cppcc-plenary\n", 1), "no CPPCC committee"),
    (lambda t: t.replace("  term: 5\n", "  term: five\n", 1), "needs committee"),
])
def test_bad_sessions_are_a_clear_error(tmp_path: Path, edit, message):
    folder = _copy(tmp_path)
    sessions = folder / "sessions.yaml"
    sessions.write_text(edit(sessions.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=message):
        load_reference(folder)
