"""What work was about, in district reviews: 协商议事 holds 商议 but marks no subject (开展协商议事活动13次
is a tally, not a subject 事活动13次); 对策建议 is advice, not 对 + a subject; a later 紧紧围绕 after a
comma frames the work more closely than the 聚焦 before it, however long its list of questions.

The sentences are made up for this project, in the style of district session reports.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_a_tally_of_consultative_meetings_gives_no_subject_to_the_visits_before_it(pipeline):
    x = run(pipeline, "区政协围绕背街小巷整治、停车位增设等居民关切，深入街道、社区调研视察，开展协商议事活动13次。",
            publisher="cppcc-dazu")
    assert x.initiatives and not [i for i in x.initiatives if i.label.startswith("事活动")]
    visits = [i for i in x.initiatives if i.type == "inspection"]
    assert visits and "背街小巷整治" in visits[0].label


def test_the_closer_frame_and_its_long_list_name_the_work(pipeline):
    x = run(pipeline, "区政协聚焦写好“三篇文章”，紧紧围绕全区中长期规划编制、老工业区转型升级、智能制造集群培育、"
                      "夜间消费场景打造、长江岸线保护利用、基层网格治理优化等重大问题深入开展视察调研，努力提出有助决策的对策建议。",
            publisher="cppcc-dazu")
    (item,) = x.initiatives
    assert "规划编制" in item.label and "三篇文章" not in item.label and "策建议" not in item.label


def test_duties_and_links_between_kinds_of_consultation_are_no_work(pipeline):
    x = run(pipeline, "议事厅的协商议事日常工作由区政协负责开展。要推动委员协商同村民协商紧密衔接。", publisher="cppcc-dazu")
    assert not x.initiatives


def test_a_research_and_guidance_team_led_is_no_research_of_its_own(pipeline):
    x = run(pipeline, "市政协副主席某某率市政协第五调研督导组，8日前往江津区政协进行了调研督导。", publisher="cq-cppcc")
    assert [i.type for i in x.initiatives] == ["supervision"]
