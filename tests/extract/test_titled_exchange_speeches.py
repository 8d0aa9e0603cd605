"""Speeches given at a sitting under titles (分别以《甲》《乙》为题进行了交流发言) are a speech
on each title, as titled plenary speeches are. The sentences are made up for this project."""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _speeches(x) -> list[str]:
    return [i.label for i in x.initiatives if i.type == "consultation"]


def test_titles_listed_without_marks_are_a_speech_each(pipeline):
    x = run(pipeline, "2020年8月，某某市政协召开主席联席会议。会上，四市政协主席分别以《促进物流协同共享》"
                      "《推动冷链物流提质增效的建议》为题进行了交流发言。")
    assert _speeches(x) == ["大会发言：促进物流协同共享", "大会发言：推动冷链物流提质增效"], _speeches(x)


def test_one_titled_exchange_speech_is_a_speech(pipeline):
    x = run(pipeline, "2020年8月，某某市政协召开主席联席会议。会上，某某以《推动陆海联运发展》为题作交流发言。")
    assert _speeches(x) == ["大会发言：推动陆海联运发展"], _speeches(x)
