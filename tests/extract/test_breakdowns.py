"""A total and its parts, however the parts are written: in the total's sentence after 其中, in
brackets after the total, in the next sentence (其中：… / 立案提案中，…), or after a figure that
opens their sentence (40名委员中，…). Users read how a total divides; a part counted as a second
total of its kind doubles it.

The sentences are written for this project in the style of session reports and proposal reports.
"""

from __future__ import annotations

from cppcckg.model import Metric
from tests.extract.test_extract_general import run


def _figures(x) -> dict[float, Metric]:
    return {m.value: m for m in x.metrics}


def _total_of(x, value: float) -> float | None:
    part_of = _figures(x)[value].part_of
    return part_of.value if part_of is not None else None


def test_a_breakdown_in_a_sentence_of_its_own_belongs_to_the_total_it_adds_up_to(pipeline):
    x = run(pipeline, "本次会议共收到提案215件，经审查，立案196件，立案率91.2%。其中，经济发展方面88件，"
                      "社会民生方面71件，文化生态方面37件。", publisher="cppcc-dazu")
    assert [_total_of(x, v) for v in (88, 71, 37)] == [196, 196, 196]
    assert _total_of(x, 196) is None and _total_of(x, 215) is None


def test_a_breakdown_opened_by_what_it_divides_reaches_past_a_sentence_without_figures(pipeline):
    x = run(pipeline, "全年经审查立案提案640件。目前，立案提案均已办复。\n\n立案提案中，产业发展类250件，城乡建设类190件，"
                      "社会事业类200件。", publisher="cppcc-dazu")
    assert [_total_of(x, v) for v in (250, 190, 200)] == [640, 640, 640]


def test_figures_in_brackets_after_a_total_are_its_parts_when_they_add_up(pipeline):
    x = run(pipeline, "共提交提案410件（大会期间提案380件、平时提案30件），立案362件（集体提案41件、个人提案321件）。",
            publisher="cppcc-dazu")
    assert [_total_of(x, v) for v in (380, 30, 41, 321)] == [410, 410, 362, 362]


def test_a_bracket_that_says_what_it_includes_holds_a_part_of_the_figure_before_it(pipeline):
    x = run(pipeline, "镇里32名议事会成员（含9名区政协委员）围坐在一起协商停车难问题。", publisher="cppcc-dazu")
    assert _total_of(x, 9) == 32


def test_the_figure_that_opens_a_sentence_is_the_total_of_the_figures_after_it(pipeline):
    x = run(pipeline, "40名委员中，本地有22位，外地有18位。", publisher="cppcc-dazu")
    assert [_total_of(x, v) for v in (22, 18)] == [40, 40]


def test_people_counted_in_other_words_still_belong_to_their_total(pipeline):
    x = run(pipeline, "区政协选派了15名企业家委员担任驻村顾问，其中市政协委员有6人。", publisher="cppcc-dazu")
    assert _total_of(x, 6) == 15


def test_by_how_much_a_figure_grew_is_no_part_of_a_total(pipeline):
    x = run(pipeline, "经审查立案205件。其中，平时提案26件，比上年增加9件。", publisher="cppcc-dazu")
    assert _total_of(x, 26) == 205
    assert _total_of(x, 9) is None


def test_shares_that_add_up_to_a_whole_are_no_parts_of_another_rate(pipeline):
    x = run(pipeline, "立案提案办复率达100%。其中，采纳落实的占70%，列入计划的占20%，留作参考的占10%。",
            publisher="cppcc-dazu")
    assert [_total_of(x, v) for v in (70, 20, 10)] == [None, None, None]


def test_a_breakdown_that_does_not_add_up_in_a_later_sentence_links_nothing(pipeline):
    x = run(pipeline, "全年开展调研48次。委员中，有12人参加了两次以上调研，有20人提交了调研报告。", publisher="cppcc-dazu")
    assert _total_of(x, 12) is None and _total_of(x, 20) is None
