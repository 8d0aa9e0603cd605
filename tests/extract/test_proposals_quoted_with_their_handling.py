"""A district's review of proposal handling quotes proposals by their titles without brackets,
each in quotes with how a department took it up (“关于X，Y的建议，区商务委认真采纳…”): each is a
proposal of the committee, its title cut by its own comma; the department is a body of the
district; the units that handle proposals, heading a sentence (各承办单位认真…深入调研), are at
work themselves, not the committee.

The sentences are made up for this project, in the style of district proposal-work reviews.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_OPENING = "2025年，区政协提案工作紧扣群众期盼，办理成效明显。\n"


def test_each_quoted_title_with_its_handling_is_a_proposal(pipeline):
    x = run(pipeline, _OPENING + "聚焦产业发展建良策\n“关于改进服务方式，提升我区招商引资实效的建议，区投资促进办认真吸纳，"
                      "出台了奖励政策。”“关于发挥商会作用，助推民营经济发展的建议，区工商联有效吸纳意见。”",
            publisher="cppcc-dadukou")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert len(proposals) == 2
    assert "招商引资实效" in proposals[0].label and "民营经济发展" in proposals[1].label
    assert all(list(i.organizers) == ["cppcc-dadukou"] for i in proposals)
    assert "大渡口区投资促进办公室" in [m.label for m in x.mentions]


def test_the_units_handling_proposals_at_work_are_not_the_committee(pipeline):
    x = run(pipeline, _OPENING + "各承办单位认真落实办理要求，深入调研、沟通协商，积极采纳委员建议。",
            publisher="cppcc-dadukou")
    assert not [i for i in x.initiatives if i.evidence.start > len(_OPENING)]
