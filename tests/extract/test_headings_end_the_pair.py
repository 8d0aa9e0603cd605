"""A pair of committees carried as a digest's subject (川渝政协…联合协商) runs the work of its own
heading only: under the next heading (■围绕Y…), actor-less work is the text's own committee's
again, not joint work. 双方 said under the new heading still means the pair.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_DIGEST = ("市政协常委会工作报告摘要\n过去一年，市政协紧扣中心大局履职。\n"
           "■服务双城经济圈建设\n举行川渝政协联席会议，提出建议12条。"
           "开展推动毗邻地区产业协作联合协商，30条建议被采纳。\n"
           "■服务城市更新\n{after}\n")


def test_actorless_work_under_the_next_heading_is_not_the_pairs(pipeline):
    x = run(pipeline, _DIGEST.format(after="针对老旧小区改造中的突出问题，选取8个子课题深入调研，组织专题协商。"))
    later = [i for i in x.initiatives if "子课题" in i.evidence.text or "专题协商" in i.evidence.text]
    assert later and all(list(i.organizers) == ["cq-cppcc"] and not i.joint_sichuan_chongqing for i in later), \
        [(i.evidence.text, i.organizers) for i in later]
    joint = [i for i in x.initiatives if "联合协商" in i.evidence.text]
    assert joint and set(joint[0].organizers) == {"cq-cppcc", "sc-cppcc"}, joint


def test_both_sides_said_under_the_next_heading_still_means_the_pair(pipeline):
    x = run(pipeline, _DIGEST.format(after="双方围绕城市更新开展联合调研。"))
    research = [i for i in x.initiatives if i.type == "research"]
    assert [set(i.organizers) for i in research] == [{"cq-cppcc", "sc-cppcc"}], research
