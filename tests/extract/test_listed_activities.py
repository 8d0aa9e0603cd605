"""One fact per thing said: activities listed in one clause each get their own words, a list of
quoted campaigns gives each campaign once, and subjects chosen for the year's research and listed
before their count (确定了甲、乙、丙等12个重点调研课题) are one research each, to come. A page's own
length after its headline (全文N字), what a slogan counts (三项重点工作) and a 三轮车 are no figures of work.

The sentences are made up for this project.
"""

from __future__ import annotations

from collections import Counter

from tests.extract.test_extract_general import run


def _told(x) -> list[tuple[str, str, str]]:
    return [(i.type, i.evidence.text, i.label) for i in x.initiatives]


def test_activities_listed_in_one_clause_each_have_their_own_words(pipeline):
    x = run(pipeline, "精心办好镇街政协工委主任培训班、联络员交流会和委员工作室工作会议。", publisher="cppcc-bishan")
    assert [i.evidence.text for i in x.initiatives] == ["精心办好镇街政协工委主任培训班", "联络员交流会", "委员工作室工作会议"]
    assert [i.label for i in x.initiatives] == ["镇街政协工委主任培训班", "联络员交流会", "委员工作室工作会议"]


def test_two_sittings_named_in_one_headline_are_two_labels(pipeline):
    x = run(pipeline, "区政协党组2023年第12次会议、区政协十五届三十次主席会议召开", publisher="cppcc-bishan")
    assert [i.evidence.text for i in x.initiatives] == ["区政协党组2023年第12次会议", "区政协十五届三十次主席会议"]


def test_subjects_between_two_activities_leave_both_as_they_were(pipeline):
    x = run(pipeline, "主席会议成员牵头调研乡村振兴、城市更新、数字经济等问题开展专题协商。", publisher="cq-cppcc-standing-committee")
    assert all("城市更新" in i.evidence.text for i in x.initiatives), _told(x)


def test_a_list_of_quoted_campaigns_gives_each_once(pipeline):
    x = run(pipeline, "县政协还将组织开展“送医下乡”、“书画进村”、“农技进户”、“法律咨询进社区”等活动。", publisher="cppcc-bishan")
    counts = Counter((i.type, i.label, i.evidence.start) for i in x.initiatives)
    assert len(counts) == 4 and set(counts.values()) == {1}, _told(x)


def test_no_text_of_the_seeds_or_the_challenge_suite_says_one_thing_twice(pipeline):
    from cppcckg.extract.challenge import load_cases
    from cppcckg.ingest.reports import read_reports, report_from_bytes

    from tests.conftest import REPORTS
    from tests.extract.test_challenge import SUITE

    reports = [*read_reports(REPORTS), *(report_from_bytes(c.text.encode("utf-8"), c.id, c.id, {"id": "c", **c.meta})
                                         for c in load_cases(SUITE))]
    for report in reports:
        told = Counter((i.type, i.label, i.evidence.start, i.evidence.end) for i in pipeline.run(report).initiatives)
        assert max(told.values(), default=1) == 1, (report.id, [k for k, n in told.items() if n > 1])


def test_subjects_chosen_before_their_count_are_one_research_each(pipeline):
    x = run(pipeline, "2023年，区政协确定了老旧小区改造、托育服务、数字乡村等12个重点调研课题，由各专委会牵头开展调研。")
    research = [i for i in x.initiatives if i.type == "research"]
    assert [i.evidence.text for i in research] == ["老旧小区改造", "托育服务", "数字乡村"]
    assert {i.status for i in research} == {"planned"}


def test_a_pages_length_after_its_headline_is_no_statistic(pipeline):
    x = run(pipeline, "区政协常务委员会工作报告（摘要）（全文3880字）\n一年来，区政协编印文史资料30万字。")
    assert [(m.value, m.unit) for m in x.metrics] == [(300000, "字")]


def test_what_a_slogan_counts_and_a_vehicle_are_no_statistics(pipeline):
    x = run(pipeline, "会议要求，抓好三项重点工作，当好五个排头兵。村民驾驶三轮车通行。一年来，区政协开展视察12次。",
            publisher="cppcc-dazu")
    assert [(m.value, m.unit) for m in x.metrics] == [(12, "次")]
