"""A figure two reports both state is one statistic (graph/figures.py): the seeds' 31 members'
party branches and 1300 suggestions, and the figures that only look alike."""

from __future__ import annotations

from cppcckg.graph.figures import resolve_figures
from cppcckg.model import Evidence, Extraction, Metric, Period, Report

R2021, GRAPHIC = "cq-cppcc-2022-work-report", "cq-cppcc-2023-work-report-graphic"


def test_the_seeds_state_two_figures_twice(seed_extractions, reference):
    by_id = {ex.report.id: ex for ex in seed_extractions}
    merged = resolve_figures(seed_extractions, reference)
    pairs = {}
    for (report, n), (canonical, c) in merged.items():
        assert report == GRAPHIC and canonical == R2021  # the yearly report is the more precise
        pairs[by_id[report].metrics[n].evidence.text] = by_id[canonical].metrics[c]
    assert set(pairs) == {"31个委员党支部", "委员提出建议1300 余条"}
    # 2021 report: "在政协10个专委会成立31个委员党支部"; the graphic: "在市政协10个专委会设立分党组和31个委员党支部"
    branches = pairs["31个委员党支部"]
    assert branches.subject == "cq-cppcc-special-committees" and branches.period == Period(2021, 2021)
    # 2021 report: "收集建议1300余条"; the graphic: "委员提出建议1300 余条"
    assert pairs["委员提出建议1300 余条"].evidence.text == "收集建议1300余条"


def _report(rid: str, text: str, period: Period) -> Report:
    return Report(id=rid, text=text, norm=text, publisher="cq-cppcc", period=period)


def _extraction(rid: str, period: Period, *figures: tuple[str, float, str, str]) -> Extraction:
    """A report of its figures' clauses, each (clause, value, unit, measure), one after another."""
    text = "。".join(clause for clause, *_ in figures)
    metrics, at = [], 0
    for clause, value, unit, measure in figures:
        metrics.append(Metric(Evidence(rid, at, at + len(clause), clause), value, unit, None, measure, None, None))
        at += len(clause) + 1
    return Extraction(_report(rid, text, period), (), (), (), tuple(metrics))


def test_small_counts_need_the_same_words(reference):
    year = _extraction("a-2021", Period(2021, 2021), ("开展学习会10次", 10, "次", "study_sessions"))
    five = _extraction("a-2018-2022", Period(2018, 2022), ("组织视察学习10次", 10, "次", "study_sessions"),
                       ("成立委员党支部31个", 31, "个", "party_branches"))
    again = _extraction("b-2021", Period(2021, 2021), ("在专委会成立委员党支部31个", 31, "个", "party_branches"))
    merged = resolve_figures([year, five, again], reference)
    assert merged == {("a-2018-2022", 1): ("b-2021", 0)}


def test_periods_must_nest_and_a_figure_of_two_years_is_neither(reference):
    y2021 = _extraction("r-2021", Period(2021, 2021), ("全年收到提案1501件", 1501, "件", "proposals_received"))
    y2022 = _extraction("r-2022", Period(2022, 2022), ("全年收到提案1501件", 1501, "件", "proposals_received"))
    assert resolve_figures([y2021, y2022], reference) == {}  # two years, two figures
    five = _extraction("r-2018-2022", Period(2018, 2022), ("收到提案1501件", 1501, "件", "proposals_received"))
    assert resolve_figures([y2021, y2022, five], reference) == {}  # restating 2021 or 2022: cannot tell
    assert resolve_figures([y2021, five], reference) == {("r-2018-2022", 0): ("r-2021", 0)}


def test_other_measures_and_other_subjects_stay_apart(reference):
    a = _extraction("s-1", Period(2021, 2021), ("提出建议800条", 800, "条", "other"))
    b = _extraction("s-2", Period(2021, 2021), ("提出建议800条", 800, "条", "other"))
    assert resolve_figures([a, b], reference) == {}  # a measure the extractor could not name
    c = _extraction("s-3", Period(2021, 2021), ("提出建议800条", 800, "条", "suggestions_made"))
    d = Extraction(_report("s-4", "提出建议800条", Period(2021, 2021)), (), (), (),
                   (Metric(Evidence("s-4", 0, 8, "提出建议800条"), 800, "条", None, "suggestions_made", "cppcc-wanzhou", None),))
    assert resolve_figures([c, d], reference) == {}  # the municipal CPPCC's 800 and Wanzhou's 800
