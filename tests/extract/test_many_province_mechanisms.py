"""A mechanism of many provinces' committees that Sichuan and Chongqing belong to (长江经济带
11省市政协, 西部陆海新通道沿线“13+1”省区市政协) is not their joint work: docs/annotation.md 4.7
keeps the joint flag for work of the two sides. Three provinces named with 川渝 (川渝黔) still are.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _joint(x) -> list[tuple[str, bool]]:
    return [(i.type, i.joint_sichuan_chongqing) for i in x.initiatives]


def test_eleven_provinces_meeting_is_not_joint_work(pipeline):
    x = run(pipeline, "2024-09-10 来源：某某网\n9月9日，长江经济带11省市政协在南京召开联席会议，商议共护长江生态的协作事项。")
    assert _joint(x) == [("meeting", False)], _joint(x)
    assert {"cq-cppcc", "sc-cppcc", "hubei-cppcc"} <= set(x.initiatives[0].organizers)


def test_a_corridors_provinces_consulting_together_are_not_joint_work(pipeline):
    x = run(pipeline, "2023-05-20 来源：某某网\n5月19日，西部陆海新通道沿线“13+1”省区市政协在贵阳召开联合协商会。")
    assert _joint(x) == [("consultation", False)], _joint(x)


def test_three_provinces_named_with_chuanyu_are_still_joint(pipeline):
    x = run(pipeline, "2023-05-20 来源：某某网\n5月19日，川渝黔三省市政协在遵义联合开展赤水河保护视察。")
    assert _joint(x) == [("inspection", True)], _joint(x)
