"""A government that says it accepts the CPPCC's oversight (自觉接受政协的民主监督) is overseen;
no oversight is done by anyone in that clause. Work done on a request (接受区委委托开展调研)
is still work. The sentences are made up for this project."""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_accepting_the_committee_s_oversight_is_no_oversight(pipeline):
    x = run(pipeline, "2024年5月，县长在讲话中表示，县政府将自觉接受政协的民主监督，认真办理委员提案。")
    assert not [i for i in x.initiatives if i.type == "supervision"], x.initiatives


def test_accepting_two_kinds_of_oversight_is_none(pipeline):
    x = run(pipeline, "2024年5月，会议要求，政府各部门要自觉接受人大的法律监督和政协的民主监督。")
    assert not x.initiatives, x.initiatives


def test_work_done_on_a_request_is_still_work(pipeline):
    x = run(pipeline, "2024年5月，区政协接受区委委托开展专题调研。")
    assert [i.type for i in x.initiatives] == ["research"], x.initiatives
