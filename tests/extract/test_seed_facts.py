"""Facts a careful reader of the seed reports would sign: what the text puts under a heading,
totals and their parts, programmes that stay with their own activities, plan parts, the actor of
a passive clause, and the sentence of every fact. Each test finds the fact in the report by a
few of its words and checks what the extraction says about it."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_IDS

REPORT_2021, GRAPHIC = SEED_IDS


@pytest.fixture(scope="module")
def by_id(seed_extractions):
    return {ex.report.id: ex for ex in seed_extractions}


def _initiative(ex, *words):
    found = [i for i in ex.initiatives if all(w in i.evidence.text for w in words)]
    assert found, f"no initiative with {words}"
    return found[0]


def _metric(ex, value, words=""):
    found = [m for m in ex.metrics if m.value == value and words in ex.report.text[m.evidence.sentence[0]:m.evidence.sentence[1]]]
    assert found, f"no statistic {value} {words}"
    return found


# --- 1. topics from headings and lead sentences --------------------------------------------


def test_the_section_on_the_economic_circle_gives_its_items_that_topic(by_id):
    ex = by_id[REPORT_2021]
    # the joint proposal, the online deliberation, the remote consultation, the 万达开 counterpart
    # consultation, the high-speed railway work and the joint research trips of the section
    for words in (("联名提交",), ("589",), ("远程协商",), ("对口协商",), ("高铁",), ("旅游产业", "联合调研"),
                  ("新能源汽车",)):
        item = _initiative(ex, *words)
        assert "chengyu-economic-circle" in item.topics + item.context_topics, words


def test_inherited_topics_are_kept_apart_from_the_clauses_own(by_id):
    ex = by_id[GRAPHIC]
    railway = _initiative(ex, "渝昆高铁")
    assert "yukun-hsr" in railway.topics  # named in its own line
    assert "chengyu-economic-circle" in railway.context_topics  # named by the sub-heading above it
    assert "chengyu-economic-circle" not in railway.topics
    for item in ex.initiatives:
        assert not set(item.topics) & set(item.context_topics)


def test_a_lead_sentence_framing_a_paragraph_gives_its_topic_to_the_paragraph(by_id):
    ex = by_id[REPORT_2021]
    urban = _initiative(ex, "城市更新")
    assert "yangtze-economic-belt" in urban.context_topics  # the paragraph opens 围绕…长江经济带…
    assert "economic-centre" not in urban.context_topics  # the previous paragraph's lead stops there


def test_topics_of_a_section_stop_at_the_next_section(by_id):
    ex = by_id[REPORT_2021]
    exhibition = _initiative(ex, "巴蜀画坛")  # section 三, after the economic-circle section
    assert "chengyu-economic-circle" not in exhibition.context_topics
    planned = [i for i in ex.initiatives if i.status == "planned"]
    assert planned and all(not i.context_topics for i in planned)


def test_topics_written_inside_an_events_name_are_its_topics(by_id):
    ex = by_id[GRAPHIC]
    seminar = _initiative(ex, "研讨会", "长江")
    assert "yangtze-economic-belt" in seminar.topics


# --- 2. statistics: totals, parts, repeats ---------------------------------------------------


def test_parts_of_a_total_point_at_it_and_have_their_own_measures(by_id):
    ex = by_id[GRAPHIC]
    total = _metric(ex, 5286, "其中")[0]
    members, collective = _metric(ex, 4512)[0], _metric(ex, 774)[0]
    assert members.part_of == total and collective.part_of == total
    assert (members.measure, collective.measure) == ("member_proposals", "collective_proposals")
    received = [m.value for m in ex.metrics if m.measure == "proposals_received"]
    assert received == [7596]  # one term, one figure received


def test_a_breakdown_by_kind_links_each_part_to_the_total_of_its_kind(by_id):
    ex = by_id[REPORT_2021]
    consultations = _metric(ex, 16, "其中")[0]
    research = _metric(ex, 21, "其中")[0]
    parts = [m for m in ex.metrics if m.part_of is not None and m.evidence.start > consultations.evidence.start
             and m.evidence.end <= consultations.evidence.sentence[1]]
    assert {(m.value, m.part_of) for m in parts} == {(1, consultations), (10, research)}


def test_a_figure_stated_twice_is_one_statistic(by_id):
    ex = by_id[GRAPHIC]
    handled = [m for m in ex.metrics if m.value == 5286]
    assert len(handled) == 2
    first, second = sorted(handled, key=lambda m: m.evidence.start)
    assert first.same_as is None and second.same_as == first


def test_small_counts_that_happen_to_be_equal_stay_apart(by_id):
    ex = by_id[REPORT_2021]
    tens = [m for m in ex.metrics if m.value == 10 and m.unit == "次"]
    assert len(tens) >= 2 and all(m.same_as is None for m in tens)


def test_figures_stated_for_a_programme_are_the_programmes(by_id):
    ex = by_id[REPORT_2021]
    # "探索开展“渝事好商量”协商工作。…试点区县政协全年建立协商议政场所514个,镇街覆盖率达57%,
    # 协商4100多次,各方参与达到1.24万人。": the paragraph's lead names the pilot
    for value in (514, 57, 4100, 12400):
        assert {m.programme for m in _metric(ex, value, "试点区县政协")} == {"yushi-haoshangliang"}, value
    # "全年开展重点协商16项,…其中川渝政协联合协商1项": the committee's own count, and the joint plan's part
    assert _metric(ex, 16, "其中")[0].programme is None
    assert _metric(ex, 1, "其中")[0].programme == "chuanyu-joint-plan"
    # "引导委员参与“我为科技创新献一策”活动,收集建议1300余条": the campaign the sentence names before it
    assert _metric(ex, 1300)[0].programme == "sci-tech-one-proposal"
    # "发动两地委员和各界群众589人参与专题网络议政": inside an initiative of the joint plan
    assert _metric(ex, 589)[0].programme == "chuanyu-joint-plan"
    # "全年组织13次党组理论学习中心组学习会、…10次“双周学习会”开展学习": only the clause naming it
    assert _metric(ex, 13, "双周学习会")[0].programme is None
    assert [m.programme for m in _metric(ex, 10, "双周学习会")] == ["shuangzhou-study"]
    graphic = by_id[GRAPHIC]
    # "创新开展“渝事好商量”协商工作 / ·…指导 38 个区县政协在镇街建立议事场所1千余个，助解难题3千余件"
    assert _metric(graphic, 1000, "议事场所")[0].programme == "yushi-haoshangliang"
    assert _metric(graphic, 3000, "助解难题")[0].programme == "yushi-haoshangliang"
    # "就污水“三排”“三乱”“三率”问题反映线索近2千条": its own clause names the supervision
    assert _metric(graphic, 2000, "三排")[0].programme == "sewage-supervision"
    # "·五年来办理提案5286 件": no programme
    assert all(m.programme is None for m in _metric(graphic, 5286))


# --- 3. programmes and topics stay with what the text puts under them ---------------------


def test_programmes_do_not_spill_into_neighbouring_clauses(by_id):
    ex = by_id[REPORT_2021]
    assert _initiative(ex, "璧南河巡河").programme != "chuanyu-joint-plan"  # patrols inside Chongqing
    assert _initiative(ex, "史料征集").programme != "bashu-painting-exhibition"
    assert _initiative(ex, "烈士陵园").programme != "chongzou-chuxinlu"  # named later in the sentence
    assert _initiative(ex, "巴蜀画坛").programme == "bashu-painting-exhibition"  # its own event


def test_a_paragraph_leads_programme_holds_for_its_activities_without_one(by_id):
    ex = by_id[REPORT_2021]
    lead = _initiative(ex, "党史学习教育")
    assert lead.programme == "party-history-education"
    visit = _initiative(ex, "烈士陵园")  # a study visit told further down the same paragraph
    assert visit.programme == "party-history-education" and "programme:paragraph-lead" in visit.rules


def test_joint_work_of_a_standing_pair_belongs_to_their_standing_programme(by_id):
    ex = by_id[REPORT_2021]
    for words in (("新能源汽车",), ("旅游产业", "联合调研"), ("远程协商",)):
        assert _initiative(ex, *words).programme == "chuanyu-joint-plan", words
    # an event with a programme of its own keeps it; a joint act of other bodies gets none
    assert _initiative(ex, "巴蜀画坛").programme == "bashu-painting-exhibition"
    assert _initiative(ex, "对口协商").programme is None


def test_a_research_clauses_topics_do_not_pass_to_the_next_activities(by_id):
    ex = by_id[REPORT_2021]
    research = _initiative(ex, "全国政协调研组")
    assert "minors-protection" in research.topics
    for words in (("提案委",), ("提案工作座谈会",)):
        assert "minors-protection" not in _initiative(ex, *words).topics, words


# --- 4. plan parts ---------------------------------------------------------------------------


def test_a_plan_block_whose_heading_follows_its_lines_is_planned(by_id):
    ex = by_id[GRAPHIC]
    lines = ex.report.text.index("工作举措")
    part = ex.report.part_at(lines + 10)
    assert part.status == "planned" and part.period.label() == "2023-2027"
    assert ex.report.part_at(ex.report.text.index("7596")).status == "done"


# --- 5. who acted, and the joint flag ----------------------------------------------------------


def test_the_body_after_bei_is_the_actor(by_id):
    ex = by_id[REPORT_2021]
    supervision = _initiative(ex, "被全国政协", "督办")
    assert supervision.organizers == ("national-cppcc",)
    assert not supervision.joint_sichuan_chongqing


def test_joint_research_told_in_the_sichuan_chongqing_passage_is_joint(by_id):
    ex = by_id[REPORT_2021]
    assert _initiative(ex, "旅游产业", "联合调研").joint_sichuan_chongqing


# --- 7. the sentence of every fact ---------------------------------------------------------------


def test_every_fact_knows_the_sentence_that_holds_it(by_id):
    for ex in by_id.values():
        starts = {s.start for s in ex.sentences}
        for fact in (*ex.mentions, *ex.initiatives, *ex.metrics):
            ev = fact.evidence
            assert ev.sentence is not None
            a, b = ev.sentence
            assert a <= ev.start and ev.end <= b and a in starts
    ex = by_id[REPORT_2021]
    received = _metric(ex, 1501)[0]
    a, b = received.evidence.sentence
    assert "收到提案" in ex.report.text[a:b] and "提案1501件" in ex.report.text[a:b]
    assert len(ex.report.text[a:b]) > len(received.evidence.text)
