"""Joint work told as such (联合开展履职活动) is an initiative of both committees, whatever it is
about; a manner word (深入践行) in its subject sends no one out; a bare 党组 in a leader's run
of titles (区政协主席、党组书记某某) is that committee's; a joint meeting named by both
committees (A政协·四川省某市B政协…座谈会) is theirs; a kicker 联合协商履职 over a visit's
headline is no consultation; 省市政协 is two levels, no place's committee.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _told(x) -> list[tuple[str, tuple[str, ...], bool]]:
    return [(i.type, i.organizers, i.joint_sichuan_chongqing) for i in x.initiatives]


def test_joint_duty_told_with_its_subject_is_both_committees_work(pipeline):
    x = run(pipeline, "近日，荣昌区政协与内江市政协围绕“深入践行新发展理念、共建渝西川南产业协作带”联合开展履职活动。")
    assert _told(x) == [("other", ("cppcc-rongchang", "cppcc-neijiang-sc"), True)], _told(x)
    assert "共建渝西川南产业协作带" in x.initiatives[0].label


def test_a_series_of_joint_duty_is_one_initiative(pipeline):
    x = run(pipeline, "去年以来，四川省政协与重庆市政协围绕巴蜀文化旅游走廊建设等开展系列联合履职活动。")
    assert [(t, set(o), j) for t, o, j in _told(x)] == [("other", {"cq-cppcc", "sc-cppcc"}, True)], _told(x)


def test_a_manner_word_in_the_subject_sends_no_one_out(pipeline):
    x = run(pipeline, "近日，荣昌区政协与内江市政协围绕“深入践行新发展理念、共建渝西川南产业协作带”联合开展履职活动。"
                      "两地政协一行到安富街道的陶瓷园区，实地考察园区招商引资情况。")
    assert [i.type for i in x.initiatives] == ["other", "research"], _told(x)


def test_a_bare_party_group_in_a_leaders_titles_is_that_committees(pipeline):
    x = run(pipeline, "内江市政协主席某某率队赴重庆市荣昌区考察学习基层协商工作。荣昌区政协主席、党组书记某某陪同。")
    groups = [m.label for m in x.mentions if m.evidence.text == "党组"]
    assert groups == ["荣昌区政协党组"], groups
    study = next(i for i in x.initiatives if i.type == "study")
    assert study.partners == ("cppcc-rongchang",), study


def test_two_committees_naming_a_joint_meeting_hold_it(pipeline):
    x = run(pipeline, "内江市政协主席某某率队赴重庆市荣昌区考察学习。荣昌区政协主席、党组书记某某陪同。"
                      "在当天召开的重庆市荣昌区政协·四川省内江市政协协同履职座谈会上，两地政协各自介绍了工作情况。")
    meeting = next(i for i in x.initiatives if i.type == "meeting")
    assert set(meeting.organizers) == {"cppcc-rongchang", "cppcc-neijiang-sc"}, meeting.organizers
    assert meeting.joint_sichuan_chongqing


def test_a_kicker_of_joint_duty_over_a_visit_is_no_consultation(pipeline):
    x = run(pipeline, "联合协商履职 达州市政协到开州区学习委员工作室建设\n\n上周，达州市政协主席某某一行到重庆市开州区考察学习委员工作室建设情况。")
    assert [i.type for i in x.initiatives] == ["study"], _told(x)


def test_province_and_city_committees_together_are_no_place(pipeline):
    x = run(pipeline, "会议研究了加强新时代省市政协协同履职的举措。")
    assert not [m.label for m in x.mentions if m.label.endswith("省市委员会")], [m.label for m in x.mentions]


def test_work_named_then_its_announced_subjects_are_one_each_and_to_come(pipeline):
    x = run(pipeline, "5月，四川省政协和重庆市政协商定，双方的联合视察，将围绕3个议题展开，分别是："
                      "“长江上游生态屏障建设”“川渝中医药协同发展”“成渝地区职业教育一体化”。")
    assert [(i.type, i.status, i.joint_sichuan_chongqing) for i in x.initiatives] == [("inspection", "planned", True)] * 3
    assert "川渝中医药协同发展" in x.initiatives[1].label


def test_a_joint_consultations_subject_fixed_for_the_year_is_that_consultation_to_come(pipeline):
    x = run(pipeline, "四川省政协和重庆市政协召开联席会议。本年度川渝政协联合协商议政的主题确定为“推动成渝地区现代物流枢纽共建”。")
    consultation = next(i for i in x.initiatives if i.type == "consultation")
    assert consultation.status == "planned" and consultation.joint_sichuan_chongqing, consultation
    assert "现代物流枢纽共建" in consultation.label


def test_how_others_did_work_told_at_a_meeting_is_no_work_here(pipeline):
    x = run(pipeline, "梁平区政协主席某某一行来达州学习考察，并召开座谈会。会上，达州市政协的同志分享了去年主办毗邻地区联合协商会议的经验做法。")
    assert "consultation" not in [i.type for i in x.initiatives], _told(x)


def test_the_fields_an_agreement_opens_are_no_work_told(pipeline):
    x = run(pipeline, "6月，梁平区政协与达州市政协签订协同履职协议。按照协议，双方将深化联合协商议事、互派干部培训、共享调研成果等多领域合作。")
    assert x.initiatives == (), _told(x)


def test_consultation_told_as_the_means_of_a_cause_is_no_work_of_its_own(pipeline):
    x = run(pipeline, "在产业园共建中，两地政协用好协商平台，通过深入开展协商，积极为当地农户争取利益。")
    assert x.initiatives == (), _told(x)


def test_what_a_speaker_looks_forward_to_the_committees_doing_is_no_work(pipeline):
    x = run(pipeline, "重庆市政协与四川省政协举行联席会议。某某说，期待两地政协携手开展更多联合调研，把跨省协商协作做成全国样板。")
    assert [i.type for i in x.initiatives] == ["meeting"], _told(x)


def test_a_speakers_next_sentence_that_opens_with_next_still_urges(pipeline):
    x = run(pipeline, "10月，梁平区政协主席某某带队到屏锦镇走访调研。某某指出，开展“委员进村”活动，是区政协联系群众的有益探索。"
                      "接下来，要持续推进“委员进村”活动，丰富活动形式。")
    assert [i.type for i in x.initiatives] == ["research"], _told(x)


def test_reporters_bracketed_after_a_dateline_are_no_part_of_the_story(pipeline):
    x = run(pipeline, "某某网达州3月2日电 (张某某 李某 王某某)政协达州市第五届委员会第四次会议2日上午在达州开幕。")
    assert [i.evidence.text[:4] for i in x.initiatives] == ["政协达州"], [i.evidence.text for i in x.initiatives]


def test_what_a_committee_always_holds_to_is_no_one_piece_of_work(pipeline):
    x = run(pipeline, "工作报告说，这一届市政协始终坚持围绕全市重点工作调研建言，不断提高履职水平。")
    assert x.initiatives == (), _told(x)
