"""Reading reports: encodings, scripts, metadata, and clear errors for bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from cppcckg.errors import InputError
from cppcckg.ingest.reports import read_report, read_reports

from tests.conftest import REPORTS, SEED_IDS

SEED = REPORTS / f"{SEED_IDS[0]}.txt"


def test_seed_reports_read_with_metadata(seed_reports):
    ids = [r.id for r in seed_reports]
    assert ids == sorted(SEED_IDS)
    first = next(r for r in seed_reports if r.id == SEED_IDS[0])
    assert first.publisher == "cq-cppcc-standing-committee"
    assert first.period.label() == "2021"
    plan = first.part_at(first.text.index("2022年工作打算") + 3)
    assert plan.status == "planned" and plan.period.label() == "2022"
    assert first.part_at(100).status == "done"
    assert len(first.norm) == len(first.text)


def test_bom_is_not_a_character(tmp_path: Path):
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    report = read_report(path)
    assert report.text == text and report.encoding == "utf-8-sig"


def test_gbk_decodes_to_the_same_text(tmp_path: Path):
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / "gbk.txt"
    path.write_bytes(text.encode("gb18030"))
    report = read_report(path)
    assert report.text == text and report.encoding == "gb18030"


def test_traditional_script_is_normalised_for_matching_only(tmp_path: Path):
    path = tmp_path / "trad.txt"
    path.write_text("政協重慶市委員會常務委員會開展聯合調研。", encoding="utf-8")
    report = read_report(path)
    assert report.text.startswith("政協重慶")
    assert report.norm.startswith("政协重庆市委员会")
    assert len(report.norm) == len(report.text)


def test_fullwidth_digits_normalised(tmp_path: Path):
    path = tmp_path / "fw.txt"
    path.write_text("全年收到提案１５０１件，满意率９７．９％。", encoding="utf-8")
    report = read_report(path)
    assert "1501" in report.norm and "97.9%" in report.norm


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"\xff\xfe\xfa\xfb\x81\x30\x81" * 50, "UTF-8"),
    ],
)
def test_bad_report_files_give_one_line_errors(tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_report(path)
    assert message in str(info.value) and str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_malformed_metadata_names_file_and_line(tmp_path: Path):
    (tmp_path / "r.txt").write_text("市政协召开座谈会。", encoding="utf-8")
    (tmp_path / "r.yaml").write_text("id: r\ntitle: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"r\.yaml:\d+"):
        read_report(tmp_path / "r.txt")


def test_metadata_anchor_must_exist(tmp_path: Path):
    (tmp_path / "r.txt").write_text("市政协召开座谈会。", encoding="utf-8")
    (tmp_path / "r.yaml").write_text("parts:\n  - from: 不存在的标题\n    status: planned\n", encoding="utf-8")
    with pytest.raises(InputError, match="anchor"):
        read_report(tmp_path / "r.txt")


def test_no_metadata_infers_and_says_so(tmp_path: Path):
    path = tmp_path / "news.txt"
    path.write_text("2023年，区政协开展专题协商。\n\n2024年工作打算\n\n区政协将开展联合调研。", encoding="utf-8")
    report = read_report(path)
    assert report.id == "news"
    assert any("no metadata" in a for a in report.assumptions)
    assert report.part_at(report.text.index("将开展")).status == "planned"
    assert report.part_at(report.text.index("将开展")).period.label() == "2024"
    assert report.part_at(0).period.label() == "2023"


def test_duplicate_ids_in_a_folder(tmp_path: Path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("市政协召开座谈会。", encoding="utf-8")
        (tmp_path / f"{name}.yaml").write_text("id: same\n", encoding="utf-8")
    with pytest.raises(InputError, match="also used by"):
        read_reports(tmp_path)


def test_folder_without_reports(tmp_path: Path):
    with pytest.raises(InputError, match="no report files"):
        read_reports(tmp_path)
