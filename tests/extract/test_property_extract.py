"""Property-based tests: the extractor never crashes, never invents offsets and never calls a
body the reference's when the reference lacks it. Texts come with a publisher (a report) and
without one (a page dropped in as it is, read by the rules for other genres).

The default run tries a few hundred texts; the slow run (`pytest -m slow`) tries 10,000, or
2,000 when CPPCCKG_SLOW_BUDGET=bounded (as in CI).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cppcckg.extract.pipeline import facts
from cppcckg.ingest.reports import report_from_bytes

from tests.conftest import REPORTS

_SEED_TEXT = (REPORTS / "cq-cppcc-2022-work-report.txt").read_text(encoding="utf-8")
_PIECES = [p for p in _SEED_TEXT.replace("\n", "。").split("。") if p][:400]
_WORDS = ["市政协", "川渝政协", "两地政协", "四川省政协", "专题协商", "联合调研", "视察", "1501件", "97.9%",
          "1千余个", "2万余人次", "十余次", "“渝事好商量”", "《关于支持的提案》", "，", "。", "、", "\n\n",
          "·", "一、", "2022年工作打算", "區政協", "１５０１", " ", "★", "\ufeff", "\x00", "“", "》",
          # words of other genres: a city the reference lacks named in full, bare forms, pairs
          "政协云岭市第九届委员会", "政协江川县委员会", "云岭市政协", "省政协", "县政协", "区政协", "主席会议",
          "市委", "市政府", "各党派", "两次", "双方", "三地政协", "九三学社", "党员", "记者 某某", "来源：",
          "召开常委会会议", "率队赴", "开展联合视察"]

report_like = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.sampled_from(_WORDS), st.text(max_size=12)),
    max_size=30,
).map("".join)
any_text = st.one_of(st.text(max_size=300), report_like)


def _budget() -> int:
    return 2_000 if os.environ.get("CPPCCKG_SLOW_BUDGET") == "bounded" else 10_000


def _check(pipeline, reference, text: str) -> None:
    data = text.encode("utf-8")
    if not data.strip() or b"\x00" in data[:4096]:
        return  # empty and binary input are refused with an InputError (tested elsewhere)
    for meta in ({"publisher": "cq-cppcc-standing-committee"}, {}):
        report = report_from_bytes(data, "generated.txt", "generated", meta)
        extraction = pipeline.run(report)
        for mention in extraction.mentions:  # (a body read as the reference's must be in it)
            assert not mention.in_reference or reference.get(mention.entity) is not None, mention
        for fact in facts(extraction, reference):
            ev = fact["evidence"]
            assert 0 <= ev["start"] < ev["end"] <= len(report.text)
            assert report.text[ev["start"]:ev["end"]] == ev["text"]


def test_a_city_the_reference_lacks_with_a_pair_word_does_not_crash(pipeline, reference):
    # (a bare 市政协 given to the named city kept the reference's flag; a later rule then looked
    # the city's committee up in the reference and failed)
    _check(pipeline, reference, "政协云岭市委员会召开主席会议。市政协主席某某主持会议。会议听取了两个专委会的工作汇报。")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=any_text)
def test_extractor_never_crashes_and_offsets_slice(pipeline, reference, text):
    _check(pipeline, reference, text)


@pytest.mark.slow
def test_extractor_property_at_scale(pipeline, reference):
    @settings(max_examples=_budget(), deadline=None, derandomize=False)
    @given(text=any_text)
    def run(text):
        _check(pipeline, reference, text)

    run()
