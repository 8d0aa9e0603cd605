"""Committees named by how many they are (两省一市政协, 川东北渝东北“八区县”政协): one collective
body with its region, the same body where the count comes back alone, its members where the
text names just that many committees, and never the text's own city read from the count's last
unit (两省一市政协 is no 市政协).

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import only, run

_CROSS_BORDER = ("5月，川东北渝东北“八区县”政协联席会议在云岭县召开。"
                 "八区县政协围绕文旅融合开展协商。")


def _labels(extraction, keys) -> list[str]:
    names = {m.entity: m.label for m in extraction.mentions}
    return [names.get(k, k) for k in keys]


def test_a_counted_collective_across_the_border_runs_its_sitting_and_is_joint(pipeline):
    x = run(pipeline, _CROSS_BORDER)
    sitting = only(x, "联席会议")
    assert _labels(x, sitting.organizers) == ["川东北渝东北“八区县”政协"]
    assert sitting.joint_sichuan_chongqing


def test_the_count_said_again_alone_is_the_same_collective(pipeline):
    x = run(pipeline, _CROSS_BORDER)
    sitting, consultation = only(x, "联席会议"), only(x, "开展协商")
    assert consultation.organizers == sitting.organizers
    assert consultation.joint_sichuan_chongqing


def test_a_count_of_provinces_and_a_city_is_no_city_committee(pipeline):
    x = run(pipeline, "9月，两省一市政协主席联席会议在云岭市召开，共商流域生态保护。")
    sitting = only(x, "联席会议")
    assert "cq-cppcc" not in sitting.organizers
    assert _labels(x, sitting.organizers) == ["两省一市政协"]


def test_places_the_reference_lacks_listed_before_a_count_name_the_collective(pipeline):
    x = run(pipeline, "云岭、云山、云水三市政协联合开展乡村振兴专题调研，三市政协主席出席座谈会。")
    research = only(x, "专题调研")
    assert _labels(x, research.organizers) == ["云岭、云山、云水三市政协"]
    assert "cq-cppcc" not in {m.entity for m in x.mentions}


def test_as_many_committees_named_as_counted_are_its_members(pipeline):
    x = run(pipeline, "云岭市政协、云山市政协、云水市政协和云峰区政协主席出席会议。"
                      "会后，“三市一区”政协联合开展生态环境专题调研。")
    research = only(x, "专题调研")
    assert sorted(_labels(x, research.organizers)) == sorted(
        ["政协云岭市委员会", "政协云山市委员会", "政协云水市委员会", "政协云峰区委员会"])


def test_places_the_reference_knows_keep_their_own_committees(pipeline):
    x = run(pipeline, "市政协与万州、开州、云阳三区县政协联合开展调研。")
    research = only(x, "联合开展调研")
    assert {"cppcc-wanzhou", "cppcc-kaizhou", "cppcc-yunyang"} <= set(research.organizers) | set(research.partners)


def test_the_count_said_again_acts_as_its_members(pipeline):
    x = run(pipeline, "9月，铜梁区政协、潼南区政协和遂宁市船山区政协“三区”政协联席会议在铜梁召开。"
                      "三区政协将围绕涪江流域生态保护开展联合民主监督。")
    supervision = only(x, "民主监督")
    assert set(supervision.organizers) == {"cppcc-tongliang", "cppcc-tongnan", "cppcc-chuanshan-sc"}
    assert supervision.joint_sichuan_chongqing
