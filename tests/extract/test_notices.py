"""A notice's first line of addressees (省政协各专委会，各市（州）政协：) names who will act
on it, not who writes it: its work is the writer's (the committee whose office issues it). A quoted
theme right before the work it names (开展“X”网络专题议政) is no campaign of its own.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_NOTICE = ("四川省政协办公厅关于举办“推进毗邻地区产业协作”网络专题议政的通知\n"
           "省政协各专委会，各市（州）政协，各民主党派省委：\n"
           "经商重庆市政协，定于2024年6月举办“推进毗邻地区产业协作”网络专题议政。具体事项如下。\n")


def test_the_addressees_do_not_run_the_notices_work(pipeline):
    x = run(pipeline, _NOTICE)
    work = [(i.type, i.organizers) for i in x.initiatives]
    assert work == [("consultation", ("sc-cppcc",))], work


def test_a_quoted_theme_before_its_work_is_no_campaign(pipeline):
    x = run(pipeline, "2024-06-02 来源：某某网\n6月1日，县政协开展“山地农业机械化”专题协商。")
    assert [i.type for i in x.initiatives] == ["consultation"], x.initiatives


def test_what_a_notice_decides_is_to_come(pipeline):
    x = run(pipeline, _NOTICE.replace("经商重庆市政协，定于2024年6月举办", "经商重庆市政协，决定举办"))
    assert [i.status for i in x.initiatives] == ["planned"], [(i.evidence.text, i.status) for i in x.initiatives]


def test_a_notices_instructions_to_enter_a_page_are_no_work(pipeline):
    x = run(pipeline, _NOTICE + "请委员登录某某平台，从首页进入“推进毗邻地区产业协作”网络议政专题，发表意见建议。\n")
    assert len(x.initiatives) == 1, [i.evidence.text for i in x.initiatives]


def test_work_run_in_both_committees_is_theirs(pipeline):
    x = run(pipeline, _NOTICE.replace("经商重庆市政协，定于2024年6月举办", "商重庆市政协同意，拟在川渝两省市政协同步开展"))
    assert [(set(i.organizers), i.joint_sichuan_chongqing) for i in x.initiatives] == [({"sc-cppcc", "cq-cppcc"}, True)], \
        [(i.evidence.text, i.organizers) for i in x.initiatives]
