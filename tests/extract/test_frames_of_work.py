"""Frames the work is set in are no work told: the arrangement it follows (按照省委X的统一安排), the
line it is led by (以深化X专项行动为总牵引), the cause it pushes (推动X在全省政协走深走实), the
way two lines are combined (将X与Y相结合). The work told in the same sentence still is.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _types(pipeline, text: str) -> list[str]:
    x = run(pipeline, "2023-05-20 来源：某某报\n" + text)
    return [i.type for i in x.initiatives]


def test_the_arrangement_followed_is_no_study(pipeline):
    assert _types(pipeline, "（记者 某某）按照省委关于开展主题教育的统一安排，省政协主席某某在达州市开展专题调研。") == ["research"]


def test_the_line_that_leads_is_no_campaign(pipeline):
    assert _types(pipeline, "一年来，省政协常委会以深化“某某”专项行动为总牵引，组织委员围绕乡村振兴开展视察。") == ["inspection"]


def test_a_cause_pushed_is_no_study(pipeline):
    assert _types(pipeline, "推动主题教育在各专委会走深走实。") == []


def test_two_lines_combined_is_no_research(pipeline):
    assert _types(pipeline, "将委员履职活动与专题调研相结合。") == []


def test_a_campaign_quoted_with_single_marks_called_and_organised(pipeline):
    """‘…’ with no double quotation marks around is a quoted name as “…” is; 号召、组织 is organising."""
    x = run(pipeline, "2021-02-09 来源：某某报\n市政协号召、组织各级政协委员开展‘服务城乡融合、助推县域发展’大讨论活动。")
    assert [i.type for i in x.initiatives] == ["campaign"], x.initiatives
    assert "讨论活动" in x.initiatives[0].label


def test_a_call_alone_is_no_work(pipeline):
    assert _types(pipeline, "市政协主席号召全市政协委员积极开展调研。") == []


def test_the_work_just_told_described_again_is_not_new(pipeline):
    assert _types(pipeline, "5月8日，泸州市政协与江津区政协开展联合视察。这是两地政协今年开展的第二次联合视察。") == ["inspection"]


def test_a_mechanism_set_up_is_no_meeting(pipeline):
    assert _types(pipeline, "荣昌区政协与隆昌市政协建立联席会议、联合调研和信息互通机制。") == []


def test_a_visits_stops_at_a_long_list_of_places(pipeline):
    """赵某某一行到A园区、B公司实地调研 after the visit told: its stops, however long the list of places."""
    got = _types(pipeline, "5月15日，重庆市荣昌区政协主席某某一行来广安学习考察。某某一行到岳池县现代农业园区、"
                           "广安经开区某某科技公司生产车间实地调研，了解产业发展情况。")
    assert got == ["research"], got


def test_the_party_committee_whose_arrangement_is_followed_does_not_act(pipeline):
    x = run(pipeline, "2021-02-09 来源：某某报\n遂宁市政协主席某某说：“去年以来，我们遵照市委部署，号召、组织各级政协委员开展"
                      "‘服务城乡融合、助推县域发展’大讨论活动。”")
    assert [i.organizers for i in x.initiatives] == [("cppcc-suining-sc",)], [(i.evidence.text, i.organizers) for i in x.initiatives]
