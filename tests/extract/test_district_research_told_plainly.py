"""District research news: a vice-chair leading a special committee somewhere (带领区政协经济委到某局
开展调研) puts that committee at work; a subject handed to the committee (县委交由县政协承担的调研课题)
is the committee's work, not the Party committee's; what the visit set out to learn (了解X情况)
says what it was about better than the office it went to; a session's end (…会议各项议程结束后)
and last year's proposal the work builds on (在去年集体提案《X》基础上) are times and grounds, not work.

The sentences are made up for this project, in the style of district CPPCC news.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_a_leader_leading_a_special_committee_somewhere_puts_the_committee_at_work(pipeline):
    x = run(pipeline, "万州区政协副主席某某带领区政协经济委到区市场监管局开展专题调研，了解食品安全监管工作情况。",
            publisher="cppcc-wanzhou")
    (item,) = x.initiatives
    labels = {m.entity: m.label for m in x.mentions}
    assert [labels[k] for k in item.organizers] == ["万州区政协经济委员会"]
    assert "食品安全监管" in item.label
    assert "市场监管局" not in item.label


def test_a_subject_handed_to_the_committee_is_its_work(pipeline):
    x = run(pipeline, "“乡村物流体系建设”是县委年初交由县政协承担的重点调研课题。", publisher="cppcc-fengjie")
    assert [list(i.organizers) for i in x.initiatives] == [["cppcc-fengjie"]]


def test_a_sessions_end_is_a_time(pipeline):
    x = run(pipeline, "全国政协十四届三次会议各项议程结束后，住渝全国政协委员围绕城市更新建言献策。", publisher="cq-cppcc")
    assert not [i for i in x.initiatives if i.type == "meeting"]


def test_last_years_proposal_the_work_builds_on_is_no_proposal(pipeline):
    x = run(pipeline, "在上年度集体提案《关于完善城市排涝设施的建议》基础上，市政协组织委员开展专题调研。", publisher="cq-cppcc")
    assert [i.type for i in x.initiatives] == ["research"]


def test_members_visited_one_by_one_are_a_visit(pipeline):
    x = run(pipeline, "春节前，区政协由主席会议成员带队，对40余名界别委员逐一走访。", publisher="cppcc-dazu")
    assert [i.type for i in x.initiatives] == ["other"]
    assert list(x.initiatives[0].organizers) == ["cppcc-dazu"]
