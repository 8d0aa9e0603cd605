"""A district's news of a forum on proposal oversight:

* departments reporting at it (区文旅委、区体育中心等单位…进行了通报) are heard, no briefing of
  the committee's;
* a quoted verdict on the work (“本次文化类提案专题督办为…开了好头”) is the work already told;
* 将 moving an object (还将一般提案按照…分为六类进行督办) tells no plan;
* a team named after the campaign it oversees (主题教育第N巡回督导组的组长) is no campaign.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_departments_reporting_at_a_forum_are_heard(pipeline):
    x = run(pipeline, "区政协召开文化类提案督办座谈会。区文旅委、区体育中心等单位围绕今年以来提案办理情况作了通报。",
            publisher="cppcc-yubei")
    assert "briefing" not in [i.type for i in x.initiatives]


def test_a_quoted_verdict_on_the_work_is_the_work_told(pipeline):
    x = run(pipeline, "区政协开展文化类提案专题督办。“本次文化类提案专题督办为分类督办开了好头。”区政协负责人说。",
            publisher="cppcc-yubei")
    assert len([i for i in x.initiatives if i.type == "supervision"]) == 1


def test_jiang_moving_an_object_tells_no_plan(pipeline):
    x = run(pipeline, "今年，区政协还将一般提案按照经济、文化、社会、生态、城建等方面分为五类进行督办。",
            publisher="cppcc-yubei")
    assert [i.status for i in x.initiatives if i.type == "supervision"] == ["done"]


def test_a_team_named_after_a_campaign_is_no_campaign(pipeline):
    x = run(pipeline, "会议期间，市委主题教育第三巡回督导组组长某某到会指导。", publisher="cppcc-yubei")
    assert "study" not in [i.type for i in x.initiatives]
