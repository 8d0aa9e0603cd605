"""An outline item's head said in a few words, with what was done under it going on in its
paragraph (二是联合开展调研视察。两地政协将组成联合调研组…), heads the work told after it: the
work is counted once, where it is told. A head that ends its paragraph is the work itself.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_PLAN = "2023-02-10 来源：某某网\n根据计划，今年两省市政协将重点抓好以下工作：\n"


def _told(x) -> list[tuple[str, str]]:
    return [(i.type, i.evidence.text) for i in x.initiatives]


def test_an_item_head_with_its_work_after_it_is_no_work_of_its_own(pipeline):
    x = run(pipeline, _PLAN + "一是联合开展专题视察。两省市政协将组织委员围绕长江岸线修复开展联合视察。\n")
    assert [t for t, _e in _told(x)] == ["inspection"], _told(x)
    assert "长江岸线" in _told(x)[0][1]


def test_an_item_head_alone_in_its_paragraph_is_the_work(pipeline):
    x = run(pipeline, _PLAN + "一是联合开展专题视察。\n二是共同举办川渝政协论坛。\n")
    assert [t for t, _e in _told(x)] == ["inspection", "meeting"], _told(x)
