"""Members' groups written without their committee (港澳委员, 港澳政协委员, 港区委员).

Chongqing's reference holds its Hong Kong and Macao members as a group, but every committee has
such members: written bare, they are the members of the committee the text is about, as 常委会 or
提案委 written bare are its organs. 港澳政协委员 is the same group written with 政协. A members'
studio named by a place right after its committee (四川省政协香港委员工作室) is that committee's
studio, and so is its own name written later; words of visiting or building before 委员工作室 name
no studio. A committee's academy named in full once (某区政协书画研究院) is the bare academy word
after it, where the text names one academy.

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


def test_a_studio_named_by_a_place_right_after_its_committee_is_its_studio(pipeline):
    x = run(pipeline, "2024年5月，四川省政协香港委员工作室在成都举办川港青年交流会。香港委员工作室负责人表示，将持续推动交流。")
    studios = [m.label for m in x.mentions if m.evidence.text.endswith("委员工作室")]
    assert studios == ["四川省政协香港委员工作室", "四川省政协香港委员工作室"], studios


def test_a_committee_visiting_to_learn_about_studios_names_no_studio(pipeline):
    x = run(pipeline, "6月10日，区政协副主席带队到江北区政协考察学习委员工作室建设。")
    assert not [m for m in x.mentions if m.evidence.text.endswith("委员工作室")], x.mentions


def test_an_academy_named_in_full_is_the_bare_academy_word_later(pipeline):
    x = run(pipeline, "3月5日，温江区政协书画研究院举办书画展。书画研究院还组织会员开展写生活动。")
    academies = [m.label for m in x.mentions if m.evidence.text.endswith("书画研究院")]
    assert academies == ["成都市温江区政协书画研究院"] * 2, academies


def test_two_academies_named_leave_the_bare_word_alone(pipeline):
    x = run(pipeline, "3月5日，温江区政协书画研究院与郫都区政协书画院联合办展。书画院负责人致辞。")
    assert not [m for m in x.mentions if m.evidence.text == "书画院"], x.mentions
