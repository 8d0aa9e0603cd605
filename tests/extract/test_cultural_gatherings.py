"""A committee's cultural gatherings (分享会, 欣赏会, 音乐会, 联欢会, 文艺晚会) are events it
holds; a reading-sharing gathering (读书分享会) stays a study. The sentences are made up for
this project."""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _types(x) -> list[tuple[str, str]]:
    return [(i.type, i.evidence.text) for i in x.initiatives]


def test_a_poetry_sharing_and_a_recital_are_two_events(pipeline):
    x = run(pipeline, "2019年9月，市政协举办“我和我的祖国”音乐诗歌分享会，举办“颂家乡”美文美声欣赏会。")
    assert [t for t, _ in _types(x)] == ["event", "event"], _types(x)


def test_a_gala_is_an_event(pipeline):
    x = run(pipeline, "2024年1月，县政协举办迎新春联欢会，200余名委员参加。")
    assert [t for t, _ in _types(x)] == ["event"], _types(x)


def test_a_reading_sharing_gathering_is_a_study(pipeline):
    x = run(pipeline, "2024年4月，区政协举办读书分享会，10名委员交流读书体会。")
    assert [t for t, _ in _types(x)] == ["study"], _types(x)
