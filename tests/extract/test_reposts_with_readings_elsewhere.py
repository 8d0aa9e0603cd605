"""A Traditional-script repost with readings printed inside its words, about two cities the
reference lacks: their committees are named (the readings left as blanks do not hide a list's
second item), the bare 市政協 after them is theirs, and their joint work is no Sichuan-Chongqing
work.

The sentences and the cities are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_TEXT = ("4月15日，雲嶺市政協(xié)、江川市政協(xié)在雲嶺舉行跨江協(xié)作座談會。"
         "市政協(xié)主席主持會議。活動中，兩地政協(xié)開展了聯合參觀考察。")


def test_both_committees_of_the_list_are_named(pipeline):
    x = run(pipeline, _TEXT)
    labels = [m.label for m in x.mentions if m.kind == "body"]
    assert labels[:2] == ["政协云岭市委员会", "政协江川市委员会"]
    assert "政协重庆市委员会" not in labels


def test_their_joint_work_is_no_sichuan_chongqing_work(pipeline):
    x = run(pipeline, _TEXT)
    assert x.initiatives
    assert not any(i.joint_sichuan_chongqing for i in x.initiatives)
    assert all(not {"cq-cppcc", "sc-cppcc"} & set(i.organizers) for i in x.initiatives)
