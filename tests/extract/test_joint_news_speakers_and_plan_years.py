"""Joint-work news as prefecture and session pages write it:

* a speaker's 表示，两地政协要… urges; it tells no work (the subject may come before 要);
* 委员…参加协商 after the consultation was told is who took part, no second consultation;
* a partner written with its province and city (与四川省成都市某区政协签订协议，联合开展…) is joined
  to the work that follows, which is joint;
* a plan's year said after the report's words (报告提出，2025年，…将…) does not date the review of
  a session's news: its 过去一年 is the year before the session;
* 在随后召开的座谈会上，双方就… after a visit: both sides hold that meeting;
* a quoted subject of a visit (开展“X”联合考察) is that visit's, no campaign beside it.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import only, run


def test_a_speakers_urging_with_its_subject_tells_no_work(pipeline):
    x = run(pipeline, "广安市政协主席某某表示，两地政协要进一步完善联动机制，共同开展联合调研。")
    assert not x.initiatives


def test_members_taking_part_in_the_consultation_told_are_no_new_one(pipeline):
    x = run(pipeline, "8月20日，达州市政协、万州区政协以视频连线方式联合开展交通互联互通远程协商。"
                      "两地政协委员、专家学者在两个会场参加协商。")
    assert len([i for i in x.initiatives if i.type == "consultation"]) == 1


def test_a_partner_written_with_its_province_and_city_joins_the_work(pipeline):
    x = run(pipeline, "政协重庆市九龙坡区第十六届委员会第四次会议于1月10日闭幕。过去一年，区政协聚焦中心工作。"
                      "与四川省成都市成华区政协签订友好合作协议，联合开展公园城市建设专题调研。")
    research = only(x, "专题调研")
    assert set(research.organizers) == {"cppcc-jiulongpo", "cppcc-chenghua-sc"}
    assert research.joint_sichuan_chongqing


def test_a_plans_year_does_not_date_the_review_of_a_sessions_news(pipeline):
    x = run(pipeline, "1月21日，政协四川省第十三届委员会第三次会议在成都开幕。"
                      "报告指出，过去一年，省政协与重庆市政协联合开展产业协作系列调研。"
                      "报告提出，2025年，省政协将与重庆市政协共同开展毗邻地区协同发展联合调研。")
    assert only(x, "系列调研").period.start == 2024
    assert only(x, "联合调研").period.start == 2025


def test_both_sides_at_the_meeting_after_a_visit_hold_it(pipeline):
    x = run(pipeline, "6月上旬，资阳市政协主席某某率调研组到重庆市大足区开展文旅走廊建设联合调研。"
                      "在随后召开的座谈会上，双方就共建精品旅游线路等深入交流。")
    meeting = only(x, "座谈会")
    assert set(meeting.organizers) == {"cppcc-ziyang-sc", "cppcc-dazu"}
    assert meeting.joint_sichuan_chongqing


def test_a_quoted_subject_of_a_visit_is_no_campaign_beside_it(pipeline):
    x = run(pipeline, "内江市政协开展“现代农业协同发展”联合考察。")
    assert [i.type for i in x.initiatives] == ["research"]
