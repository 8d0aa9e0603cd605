"""Cross-report identity never makes one initiative of two of disjoint kinds."""

from __future__ import annotations

from cppcckg.ingest.reports import report_from_bytes
from cppcckg.graph.resolve import resolve

_META = {"publisher": "cq-cppcc", "period": {"start": 2022, "end": 2022}}


def _extract(pipeline, report_id: str, text: str):
    report = report_from_bytes(text.encode("utf-8"), report_id, report_id, dict(_META, id=report_id))
    return pipeline.run(report)


def test_disjoint_kinds_are_never_merged(pipeline, reference):
    thematic = _extract(pipeline, "a", "市政协围绕“成渝地区双城经济圈建设”开展专题协商，提出建议。")
    counterpart = _extract(pipeline, "b", "市政协围绕“成渝地区双城经济圈建设”开展对口协商，提出建议。")
    plain = _extract(pipeline, "c", "市政协围绕“成渝地区双城经济圈建设”开展协商，提出建议。")
    assert [i.subtype for i in thematic.initiatives] == ["ThematicConsultation"]
    assert [i.subtype for i in counterpart.initiatives] == ["CounterpartConsultation"]

    merges = resolve([thematic, counterpart, plain], reference)

    groups: dict = {}
    for ref, merge in merges.items():
        groups.setdefault(merge.canonical, []).append(ref.report)
    assert not any({"a", "b"} <= set(members) for members in groups.values())
    assert any("c" in members and len(members) == 2 for members in groups.values())  # the plain one still merges
