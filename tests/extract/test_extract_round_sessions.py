"""Sessions as district and county session news tell them: the members of a session split into
groups to discuss its reports, a group's discussion meeting, a sitting named where things were
said (each a meeting of its own beside the session, told once); a press conference that
previews a session (what it tells is to come); and subjects quoted before the activity's verb.

The sentences are written for this project in the style of those texts.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _meetings(x) -> list[str]:
    return [i.label for i in x.initiatives if i.type == "meeting"]


def test_members_of_a_session_splitting_into_groups_tell_the_session_and_its_sitting(pipeline):
    x = run(pipeline, "2月3日，出席政协重庆市永川区六届三次会议的委员们分成6个组，认真讨论区政协常委会工作报告和提案工作报告。")
    labels = _meetings(x)
    assert len(labels) == 2
    assert any(label.endswith("六届三次会议") for label in labels)
    assert "分组讨论：区政协常委会工作报告和提案工作报告" in labels


def test_a_session_attended_is_held_when_its_district_is_named(pipeline):
    x = run(pipeline, "2月3日下午，参加铜梁区政协十六届二次会议的委员们开展分组活动，协商讨论区人民政府工作报告。")
    labels = _meetings(x)
    assert any(label.endswith("十六届二次会议") for label in labels)
    assert "分组讨论：区人民政府工作报告" in labels


def test_a_groups_discussion_meeting_is_a_meeting_and_no_group_of_members(pipeline):
    x = run(pipeline, "1月9日，县政协召开委员小组讨论会。当天，委员们在小组会上讨论发言。", publisher="cppcc-dazu")
    assert len(_meetings(x)) == 2
    assert not [m.surface for m in x.mentions if m.kind == "body" and "们" in m.surface]


def test_a_sitting_named_again_where_things_were_said_is_told_once(pipeline):
    x = run(pipeline, "1月9日，委员们在小组会上讨论发言。大家一致认为报告实事求是，并在小组会上积极建言。", publisher="cppcc-dazu")
    assert len(_meetings(x)) == 1


def test_a_press_conference_before_a_session_previews_what_the_session_will_hold(pipeline):
    x = run(pipeline, "1月15日上午，市政协五届三次会议新闻发布会举行。据介绍，会议将于1月18日开幕。1月19日下午，"
                      "委员们围绕“发展低空经济”举行界别协商；1月20日上午举行联组讨论。")
    statuses = {i.label: i.status for i in x.initiatives}
    assert [s for label, s in statuses.items() if "发布会" in label] == ["done"]
    assert [s for label, s in statuses.items() if "发布会" not in label] and all(
        s == "planned" for label, s in statuses.items() if "发布会" not in label)


def test_a_press_conference_on_the_year_behind_reviews_work_done(pipeline):
    x = run(pipeline, "1月10日，记者从市政协五届三次会议新闻发布会上获悉，过去一年，市政协围绕“发展低空经济”开展专题协商，"
                      "将继续做好提案工作。")
    assert [i.status for i in x.initiatives if "协商" in i.label] == ["done"]


def test_a_quoted_subject_ends_before_the_verb_of_its_activity(pipeline):
    x = run(pipeline, "区政协围绕“发展低空经济”开展专题调研，聚焦“无废城市”建设进行视察。", publisher="cppcc-dazu")
    labels = sorted(i.label for i in x.initiatives)
    assert len(labels) == 2
    assert not [label for label in labels if "开展" in label or "进行" in label]
    assert any("发展低空经济" in label for label in labels) and any("无废城市建设" in label for label in labels)


def test_proposals_counted_after_what_they_ask_are_one_proposal_on_their_theme(pipeline):
    x = run(pipeline, "本次会议期间，委员们围绕乡村全面振兴，提出发展特色种养业、完善农村寄递物流体系等提案46件；"
                      "围绕城市品质提升，提出推进“一江两岸”建设、加快老旧管网改造等提案39件。", publisher="cppcc-dazu")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert sorted(i.label for i in proposals) == ["提案：乡村全面振兴", "提案：城市品质提升"]
    assert not [i for i in x.initiatives if i.type != "proposal"]  # (推进“一江两岸”建设 is what a proposal asks)
    assert {m.value for m in x.metrics} >= {46, 39}


def test_proposals_counted_after_what_they_ask_without_a_theme_are_labelled_by_it(pipeline):
    x = run(pipeline, "委员们共提出加快轨道交通建设、优化营商环境等提案52件。", publisher="cppcc-dazu")
    assert [i.label for i in x.initiatives] == ["提案：加快轨道交通建设、优化营商环境"]


def test_a_committees_full_session_written_short_is_its_plenary_session(pipeline):
    x = run(pipeline, "四川省政协召开会议。资阳市委员提交全国政协全会提案3件、省政协全会提案14件。")
    assert [m.cls for m in x.mentions if m.kind == "body" and m.surface.endswith("全会")] == ["PlenarySession"] * 2


def test_a_chair_leading_the_special_committees_is_no_special_committee(pipeline):
    x = run(pipeline, "四川省政协召开会议。省政协主席率各专门委员会进行督办。")
    labels = [m.label for m in x.mentions if m.kind == "body"]
    assert not [label for label in labels if "主席" in label]
    assert any(label.endswith("专门委员会") and label.startswith("四川") for label in labels)


def test_the_own_session_attended_after_the_congress_session_is_held_and_its_groups_sit(pipeline):
    x = run(pipeline, "1月21日，出席梁平区十八届人大五次会议和区政协十五届五次会议的代表委员们分团分组审议讨论政府工作报告。",
            publisher="cppcc-liangping")
    labels = _meetings(x)
    assert len(labels) == 2
    assert any(label.endswith("十五届五次会议") for label in labels)
    assert any(label.endswith("分团分组审议讨论：政府工作报告") for label in labels)


def test_members_discussing_a_report_in_groups_hold_the_sessions_sitting_on_it(pipeline):
    x = run(pipeline, "1月15日，委员们分组讨论政府工作报告和计划报告。", publisher="cppcc-liangping")
    assert _meetings(x) == ["分组讨论：政府工作报告和计划报告"]


def test_a_consultation_held_where_people_live_under_its_platforms_name(pipeline):
    x = run(pipeline, "5月8日，县政协副主席带领部分委员走进某镇某村，与村社干部、群众代表举行了“有事来协商”议事会。",
            publisher="cppcc-dazu")
    assert [i.type for i in x.initiatives] == ["consultation"]


def test_what_consultation_is_said_to_be_is_no_consultation(pipeline):
    x = run(pipeline, "“协商就是为了把群众的难事办好。”区政协委员说。会议要求，确保协商议定的事项落地见效。",
            publisher="cppcc-dazu")
    assert not x.initiatives
