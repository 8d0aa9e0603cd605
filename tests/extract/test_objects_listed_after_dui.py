"""The departments a supervision is done on, listed after 对, are its objects even when the
list's first item is a unit the reference reads as no body (分别对某分局、县住建局…开展监督):
the committee that sent the groups runs it. The sentences are made up for this project."""

from __future__ import annotations

from tests.extract.test_extract_general import only, run


def test_departments_listed_after_dui_past_an_unread_first_item_are_objects(pipeline):
    x = run(pipeline, "2025年3月，县政协召开专项民主监督动员会。会议确定两个民主监督课题，分别对某生态环境分局、"
                      "县交通局、县水利局3个单位开展“护航绿水青山”专项民主监督。")
    labels = {m.entity: m.label for m in x.mentions}
    organizers = [labels.get(k, k) for k in only(x, "护航绿水青山").organizers]
    assert organizers == ["县政协"], organizers


def test_a_list_without_dui_still_names_who_acts(pipeline):
    x = run(pipeline, "2025年3月，县政协、县工商联联合开展营商环境专项民主监督。")
    labels = {m.entity: m.label for m in x.mentions}
    organizers = [labels.get(k, k) for k in only(x, "民主监督").organizers]
    assert len(organizers) == 2, organizers
