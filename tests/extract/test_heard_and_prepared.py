"""What a meeting heard about coming arrangements (听取了关于…视察活动安排的说明, …遴选及督办安排的
汇报) and the work a clause only prepares for (为后续协商活动做好准备) state no initiative
(docs/annotation.md: what a meeting heard or passed; an aim).

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _types(x) -> list[str]:
    return [i.type for i in x.initiatives]


def test_arrangements_heard_at_a_meeting_are_its_business(pipeline):
    x = run(pipeline, "2020-09-25 来源：某某网\n9月24日，市政协召开常委会议。会议听取了关于住渝全国政协委员视察活动"
                      "安排的说明，听取了市政协提案委员会关于重点提案遴选及督办安排的汇报。")
    assert _types(x) == ["meeting"], [(i.type, i.evidence.text) for i in x.initiatives]


def test_work_prepared_for_is_no_work_told(pipeline):
    x = run(pipeline, "2023-05-20 来源：某某网\n5月19日，市政协调研组赴万州区开展专题调研，为后续协商活动做好准备。")
    assert _types(x) == ["research"], [(i.type, i.evidence.text) for i in x.initiatives]
