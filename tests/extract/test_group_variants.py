"""National members living in a province, written 驻 as often as 住: one group either way.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import body_labels, run


def test_members_written_with_驻_are_the_members_living_there(pipeline):
    x = run(pipeline, "2024年3月，驻川全国政协委员赴北京出席全国政协十四届二次会议。")
    assert body_labels(x).get("驻川全国政协委员") == "住川全国政协委员", body_labels(x)


def test_members_of_both_sides_written_with_驻_are_the_joint_group(pipeline):
    x = run(pipeline, "2024年5月，驻川渝全国政协委员联合开展视察。")
    assert body_labels(x).get("驻川渝全国政协委员") == "住川渝全国政协委员", body_labels(x)
    assert x.initiatives and x.initiatives[0].joint_sichuan_chongqing, x.initiatives
