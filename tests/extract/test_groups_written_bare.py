"""Members' groups written without their committee (港澳委员, 港澳政协委员, 港区委员).

Chongqing's reference holds its Hong Kong and Macao members as a group, but every committee has
such members: written bare, they are the members of the committee the text is about, as 常委会 or
提案委 written bare are its organs. 港澳政协委员 is the same group written with 政协.

The sentences and places are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import body_labels, run


def test_a_sichuan_pages_bare_hong_kong_and_macao_members_are_sichuans(pipeline):
    x = run(pipeline, "2025年，四川省政协组织部分委员赴眉山开展视察。港澳委员围绕川港合作提出建议。")
    assert body_labels(x)["港澳委员"] == "四川省政协港澳委员"


def test_the_group_written_with_zhengxie_is_the_same_group(pipeline):
    chongqing = run(pipeline, "2025年，重庆市政协邀请港澳政协委员参加专题协商会。")
    assert body_labels(chongqing)["港澳政协委员"] == "重庆市政协港澳委员"
    city = run(pipeline, "3月5日，乐山市政协九届四次会议开幕。港区政协委员通过视频参加讨论。")
    assert body_labels(city)["港区政协委员"] == "乐山市政协港区委员"


def test_a_chongqing_text_keeps_its_own_group(pipeline):
    x = run(pipeline, "2025年，重庆市政协组织港澳委员赴万州考察。")
    assert body_labels(x)["港澳委员"] == "重庆市政协港澳委员"
