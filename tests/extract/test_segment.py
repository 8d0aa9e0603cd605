"""Segmentation: sentences, headings, bullets and offsets on real and made-up layouts."""

from __future__ import annotations

from pathlib import Path

from cppcckg.extract.clauses import clause_spans
from cppcckg.extract.segment import split_sentences
from cppcckg.ingest.reports import read_report


def _report(tmp_path: Path, text: str):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return read_report(path)


def test_every_sentence_slices_the_original_text(seed_reports):
    for report in seed_reports:
        for s in split_sentences(report):
            assert report.text[s.start:s.end] == s.text
            assert s.text.strip() == s.text and s.text


def test_numbered_headings_and_plan_section(seed_reports):
    report = next(r for r in seed_reports if r.id == "cq-cppcc-2022-work-report")
    sentences = split_sentences(report)
    headings = [s.text for s in sentences if s.is_heading]
    assert "2022年工作打算" in headings
    assert any(h.startswith("二、增强协商议政监督实效") for h in headings)
    later = [s for s in sentences if "持续开展川渝政协联合履职" in s.text][0]
    assert later.section[0] == "2022年工作打算"


def test_layout_breaks_inside_a_sentence_are_joined(tmp_path: Path):
    report = _report(tmp_path, "市政协召开专题会。\n\n市政协围绕汽车产业转\n\n型升级开展界别协商。\n\n二、加强制度建设\n市政协召开座谈会。")
    texts = [s.text for s in split_sentences(report)]
    assert texts[1] == "市政协围绕汽车产业转\n\n型升级开展界别协商。"
    assert texts[2] == "二、加强制度建设"
    assert texts[3] == "市政协召开座谈会。"


def test_a_headline_is_a_heading(tmp_path: Path):
    sentences = split_sentences(_report(tmp_path, "万州区政协召开专题协商会\n\n近日，万州区政协召开专题协商会。"))
    assert sentences[0].is_heading and sentences[0].text == "万州区政协召开专题协商会"


def test_bullets_and_subheadings(tmp_path: Path):
    text = "助推高质量发展\n·就数字经济发展议政建言\n\n·组织委员开展视察\n携手助力乡村振兴\n·开展监督性视察"
    sentences = split_sentences(_report(tmp_path, text))
    bullets = [s for s in sentences if s.is_bullet]
    assert [s.text for s in bullets] == ["就数字经济发展议政建言", "组织委员开展视察", "开展监督性视察"]
    assert bullets[2].section[-1] == "携手助力乡村振兴"


def test_clauses_do_not_split_inside_quotes():
    text = "就“加快发展产业体系，积极融入新格局”开展专题协商，形成报告。"
    spans = clause_spans(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == ["就“加快发展产业体系，积极融入新格局”开展专题协商", "形成报告"]


def test_a_furniture_line_with_trailing_blanks_is_a_block_of_its_own():
    from cppcckg.extract.noise import covers, noise_spans
    from cppcckg.extract.segment import blocks

    norm = "区县委员积极提交提案 助力双城建设\n2025-01-20 15:13 来源: 某某网      \n1月18日，区政协开展调研。"
    noise = noise_spans(norm)
    line = norm.index("2025"), norm.index("某某网") + 3  # the line without its trailing blanks
    assert covers(noise, *line)
    assert any(s == line[0] for s, _e, _h in blocks(norm, noise))


def test_photo_captions_set_apart_are_lines_of_their_own(tmp_path: Path):
    para = "过去一年，区政协围绕中心工作履职尽责，组织委员深入基层，广泛听取群众意见，形成了一批有分量的调研成果，" * 2
    text = ("区政协主席甲某察看社区养老服务中心\n\n区政协副主席乙某察看河道整治工程\n\n"
            f"区政协副主席丙某察看产业园区建设\n{para}")
    texts = [s.text for s in split_sentences(_report(tmp_path, text))]
    assert texts[:3] == ["区政协主席甲某察看社区养老服务中心", "区政协副主席乙某察看河道整治工程",
                         "区政协副主席丙某察看产业园区建设"]
    # a line the layout wrapped fills the text's column: its tail after an empty line is joined
    column = "\n\n".join(["一年来，市政协围绕汽车产业转型升级和服务业发展组织", "委员开展界别协商，形成报告。"] * 4)
    assert split_sentences(_report(tmp_path, column))[0].text.startswith("一年来，市政协围绕汽车产业转型升级和服务业发展组织\n\n委员")


def test_a_quote_that_trails_off_ends_its_paragraph():
    """本报讯 “…落到实处……”, an empty line, then 近日，… : two sentences, the second not the quote's tail."""
    from cppcckg.extract.segment import split_sentences
    from cppcckg.ingest.reports import report_from_bytes

    text = "某区：办理见成效\n\n本报讯 “区教委开通心理工作室，将提案中的建议落到实处……”\n\n近日，区政协召开常委会会议。"
    sentences = [s.text.strip() for s in split_sentences(report_from_bytes(text.encode(), "t", "t", {}))]
    assert sentences[-1] == "近日，区政协召开常委会会议。", sentences
