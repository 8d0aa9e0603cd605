"""Sittings of councils across provincial borders, as their news tells them:

* what a sitting adopted after discussing it (会议审议通过了《年度协作要点》) is its business, no
  consultation and no meeting of its own, whatever the titles' words;
* the host chosen for the next sitting (推选某州政协为联席会第三次会议主办单位) makes that
  sitting planned;
* the sitting pointed back to (此次联席会议首次会议议程紧凑) is the one the text told.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_TEXT = ("10月12日，湘鄂渝黔政协协同推进生态保护联席会首次会议在某县召开。"
         "会议审议通过了湘鄂渝黔政协协同推进生态保护联席会议《年度协作要点》《某某共识》和联席会议会旗。"
         "会议推选恩施州政协为联席会第三次会议主办单位。"
         "此次联席会议首次会议议程紧凑。")


def test_what_a_sitting_adopted_is_its_business(pipeline):
    x = run(pipeline, _TEXT)
    assert not [i for i in x.initiatives if "通过了" in i.evidence.text]


def test_the_next_sitting_whose_host_is_chosen_is_planned(pipeline):
    x = run(pipeline, _TEXT)
    chosen = [i for i in x.initiatives if "主办单位" in i.evidence.text]
    assert [i.status for i in chosen] == ["planned"]


def test_the_sitting_pointed_back_to_is_the_one_told(pipeline):
    x = run(pipeline, _TEXT)
    assert not [i for i in x.initiatives if "内容丰富" in i.evidence.text]
    assert len([i for i in x.initiatives if i.status == "done"]) == 1
