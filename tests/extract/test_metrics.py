"""Statistics in report sentences: which numbers count, what they measure, evidence,
subject and period. The sentences are written for these tests in the style of work reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from cppcckg.errors import InputError, ReferenceDataError
from cppcckg.extract.metrics import (
    DEFAULT_MEASURES_PATH,
    OTHER,
    MeasureTable,
    extract_metrics,
    load_measures,
    statistic_numbers,
)
from cppcckg.model import Evidence, Mention, Period, Sentence
from cppcckg.ingest.textnorm import normalise

REPORT = "test-report"
OFFSET = 1000  # where the test sentence starts in its (imaginary) report
OWN = "own-cppcc"
YEAR = Period(2023, 2023)


@pytest.fixture(scope="module")
def measures() -> MeasureTable:
    return load_measures()


def sentence(text: str, start: int = OFFSET, section: tuple[str, ...] = ()) -> Sentence:
    return Sentence(REPORT, 7, start, start + len(text), text, section)


def mention(text: str, surface: str, entity: str, kind: str = "body", cls: str = "CountyCommittee",
            nth: int = 0, start: int = OFFSET) -> Mention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    ev = Evidence(REPORT, start + at, start + at + len(surface), surface)
    return Mention(ev, entity, surface, cls, kind, surface=surface)


def run(text: str, measures: MeasureTable, mentions=(), period=YEAR, default=OWN, start=OFFSET):
    s = sentence(text, start)
    return extract_metrics(s, normalise(text), list(mentions), default, period, measures)


def facts(text: str, measures: MeasureTable, **kw):
    return [(m.value, m.unit, m.measure) for m in run(text, measures, **kw)]


# --- the measure table ------------------------------------------------------------------

def test_default_table_loads(measures):
    keys = measures.keys()
    assert len(keys) == len(set(keys))
    assert 40 <= len(keys) <= 65
    assert OTHER in measures
    for key in ("proposals_received", "proposals_registered", "proposals_handled",
                "key_proposals_supervised", "proposal_satisfaction_rate",
                "information_reports_written", "information_reports_sent_national",
                "information_reports_adopted_national", "venues_established", "coverage_rate",
                "consultations_held", "research_projects", "inspections", "briefings",
                "participants", "suggestions_made", "requests_to_party_committee",
                "reports_to_party_committee", "meetings_held", "research_reports",
                "party_lectures", "lectures", "funds"):
        assert key in measures, key
        m = measures[key]
        assert m.name_zh and m.name_en and m.unit_hint and m.cues or m.nouns
    assert measures.get("nope") is None
    labels = measures.labels()
    assert labels[0] == ("proposals_received", "收到提案数", "Proposals received")
    assert labels[-1][0] == OTHER and len(labels) == len(measures)
    assert DEFAULT_MEASURES_PATH.name == "measures.yaml"


def test_malformed_yaml_names_the_file(tmp_path: Path):
    bad = tmp_path / "measures.yaml"
    bad.write_text("- key: a\n  name_zh: [unclosed\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError) as err:
        load_measures(bad)
    assert "measures.yaml" in str(err.value)


@pytest.mark.parametrize(
    "content, words",
    [
        ("{}", "list of measures"),
        ("- key: Bad-Key\n  name_zh: 甲\n  name_en: A\n", "snake_case"),
        ("- key: a\n  name_en: A\n", "name_zh"),
        ("- key: a\n  name_zh: 甲\n  name_en: A\n  colour: red\n", "unknown field"),
        ("- key: a\n  name_zh: 甲\n  name_en: A\n  cues: [1]\n", "cue"),
        ("- key: a\n  name_zh: 甲\n  name_en: A\n- key: a\n  name_zh: 乙\n  name_en: B\n", "twice"),
    ],
)
def test_invalid_tables_are_errors(tmp_path: Path, content, words):
    path = tmp_path / "m.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReferenceDataError) as err:
        load_measures(path)
    assert "m.yaml" in str(err.value) and words in str(err.value)


def test_missing_table_is_an_error(tmp_path: Path):
    with pytest.raises(ReferenceDataError):
        load_measures(tmp_path / "absent.yaml")


def test_a_small_custom_table(tmp_path: Path):
    path = tmp_path / "m.yaml"
    path.write_text(
        "- key: trees_planted\n  name_zh: 植树\n  name_en: Trees planted\n  unit_hint: [棵, 株]\n"
        "  cues: [植树, 种植…树]\n",
        encoding="utf-8",
    )
    table = load_measures(path)
    assert table.keys() == ["trees_planted", OTHER]
    got = facts("组织委员义务植树1200株，开展调研3次", table)
    # 株 is not a default unit: only 3次 is read, and nothing in this table fits it
    assert got == [(3, "次", OTHER)]


# --- measures -------------------------------------------------------------------------

def test_proposal_figures(measures):
    got = facts("本年度共收到委员和集体提案1268件，经审查立案1105件，办复率100%，提案者满意率96.5%。", measures)
    assert got == [
        (1268, "件", "proposals_received"),
        (1105, "件", "proposals_registered"),
        (100, "%", "proposal_reply_rate"),
        (96.5, "%", "proposal_satisfaction_rate"),
    ]


def test_proposals_handled_and_supervised(measures):
    got = facts("交由承办单位办理的986件提案已全部办复，主席会议成员领衔督办重点提案24件。", measures)
    assert got == [(986, "件", "proposals_handled"), (24, "件", "key_proposals_supervised")]


def test_information_reports_and_context(measures):
    text = "全年编报社情民意信息2100篇，向全国政协报送430篇，采用96篇，向市委、市政府报送305期，获市领导批示58件。"
    assert facts(text, measures) == [
        (2100, "篇", "information_reports_written"),
        (430, "篇", "information_reports_sent_national"),
        (96, "篇", "information_reports_adopted_national"),
        (305, "期", "information_reports_sent_local"),
        (58, "件", "leader_instructions"),
    ]
    # without the National Committee in the sentence, 采用 is plain adoption
    assert facts("报送信息880篇，采用96篇。", measures) == [
        (880, "篇", "information_reports_sent"),
        (96, "篇", "information_reports_adopted"),
    ]


def test_performance_of_duties(measures):
    text = "全年开展专题协商12次、对口协商9次，组织重点调研18项、视察考察25次，举办情况通报会6场。"
    assert facts(text, measures) == [
        (12, "次", "consultations_held"),
        (9, "次", "consultations_held"),
        (18, "项", "research_projects"),
        (25, "次", "inspections"),
        (6, "场", "briefings"),
    ]


def test_requests_and_reports_to_the_party_committee(measures):
    got = facts("坚持重大事项请示报告制度，全年向区委请示9次、报告21次。", measures)
    assert got == [(9, "次", "requests_to_party_committee"), (21, "次", "reports_to_party_committee")]


def test_reports_suggestions_participants(measures):
    text = "组织委员3200人次参与界别活动，形成42份调研报告，提出意见建议560余条。"
    got = run(text, measures)
    assert [(m.value, m.unit, m.qualifier, m.measure) for m in got] == [
        (3200, "人次", None, "participants"),
        (42, "份", None, "research_reports"),
        (560, "条", "余", "suggestions_made"),
    ]


def test_venues_coverage_and_reach(measures):
    text = "在乡镇（街道）建成委员工作室126个，覆盖率达到百分之八十五，各界群众参与超过3.5万人次。"
    got = run(text, measures)
    assert [(m.value, m.unit, m.qualifier, m.measure) for m in got] == [
        (126, "个", None, "venues_established"),
        (85, "%", "达", "coverage_rate"),
        (35000, "人次", "超过", "participants"),
    ]


def test_party_lectures_talks_funds(measures):
    text = "党组书记讲专题党课4次，组织宣讲团开展宣讲220场，筹集帮扶资金2.3亿元。"
    assert facts(text, measures) == [
        (4, "次", "party_lectures"),
        (220, "场", "lectures"),
        (230_000_000, "元", "funds"),
    ]


def test_meetings_in_a_number_first_list(measures):
    text = "一年来，共召开8次中心组学习会、25次党组会议、4次常委会会议。"
    got = run(text, measures)
    assert [(m.value, m.measure) for m in got] == [
        (8, "study_sessions"),  # a meeting held to study counts study sessions (data/gold/README.md)
        (25, "meetings_held"),
        (4, "meetings_held"),
    ]
    assert [m.evidence.text for m in got] == ["共召开8次中心组学习会", "25次党组会议", "4次常委会会议"]


def test_nothing_fits_is_other(measures):
    got = facts("整合力量组建7个专题小组。", measures)
    assert got == [(7, "个", OTHER)]


def test_person_times_alone_are_participants(measures):
    assert facts("委员下沉一线累计服务群众1.8万人次。", measures)[0][2] in ("participants", "volunteer_services")
    assert facts("自主开展走读6000余人次。", measures) == [(6000, "人次", "participants")]


# --- what is not a statistic ------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "认真学习贯彻中共二十大精神和十四届全国人大一次会议精神。",
        "围绕“十五五”规划编制和2035年远景目标开展协商。",
        "助推5G基站建设和“东数西算”工程。",
        "坚决做到“两个维护”，增强“四个意识”。",
        "深入贯彻中央八项规定精神，落实“一岗双责”。",
        "组织开展“三进三服务”活动。",
        "联合沿线“13+1”省区市政协开展协商。",
        "助力长江经济带11省市政协协同履职。",
        "隆重纪念建党100周年和人民政协成立75周年。",
        "参与编写《人民政协提案工作70年》等书籍。",
        "落实市委第4、5、6号总河长令。",
        "认真领会市第六次党代会精神。",
        "市政协五届三次会议期间，委员们踊跃建言。",
        "十三届全国政协五次会议期间开展联动。",
        "五年来，我们始终坚持党的领导。",
        "2022年，市政协围绕中心大局履职尽责。",
        "对35岁以下青年委员开展培训。",
        "会议于3月15日召开。",
        "推动“一区两群”协调发展。",
        "九三学社市委会和“五一”劳动奖章获得者参加。",
        "渝中区政协每季度召开1次协商会，要求在7个工作日内办结。",
        "每名委员每年至少提交1件提案。",
    ],
)
def test_names_ordinals_and_dates_are_not_statistics(text, measures):
    assert run(text, measures) == []


def test_single_chinese_digits_count_events_and_things_not_formulas(measures):
    assert facts("先后召开三次专题协商会。", measures) == [(3, "次", "consultations_held")]
    assert facts("全年开展调研十余次。", measures) == [(10, "次", "research_projects")]
    assert facts("牢记“三个务必”，落实两个责任，严格执行中央八项规定。", measures) == []
    assert [f[:2] for f in facts("会议安排了六项议程，四位委员作大会发言。", measures)] == [(6, "项"), (4, "位")]
    assert facts("这两个专委会分头调研，毛万二家院坝里坐满了人。", measures) == []  # pointed at again; a name


def test_quote_holding_only_the_figure_is_a_statistic(measures):
    got = facts("全市镇街协商议事平台覆盖率达“100%”。", measures)
    assert got == [(100, "%", "coverage_rate")]


def test_statistic_numbers_for_diagnostics():
    text = "围绕“十四五”规划，开展协商12次，2023年举办论坛。"
    found = statistic_numbers(normalise(text))
    assert [(n.value, n.unit, text[n.start:n.end]) for n in found] == [(12, "次", "12次")]


def test_a_run_of_years_counts_repetitions(measures):
    # 连续N年 says how many years in a row the work was done: a count (the guidelines, 5.1);
    # a year alone, a span of years and a duration stay dates
    assert facts("民盟市委会连续五年举办康养论坛。", measures) == [(5, "年", "other")]
    assert facts("台盟市委会連續12年获评参政议政先进集体。", measures) == [(12, "年", "other")]
    assert facts("五年来，县政协两年举办一次论坛，会期3天。", measures) == []


# --- evidence ---------------------------------------------------------------------------

def test_evidence_is_the_clause_with_report_offsets(measures):
    text = "围绕乡村振兴，全年收到提案1501件，立案1307件。"
    got = run(text, measures, start=5000)
    assert [m.evidence.text for m in got] == ["全年收到提案1501件", "立案1307件"]
    for m in got:
        ev = m.evidence
        assert ev.report == REPORT
        assert text[ev.start - 5000:ev.end - 5000] == ev.text


def test_evidence_keeps_the_original_characters(measures):
    # Traditional script and full-width digits: matched in the normalised form, cited as written
    text = "全年開展重點協商１２項，委員參與達到１．２萬人次。"
    got = run(text, measures)
    assert [(m.value, m.unit, m.measure) for m in got] == [
        (12, "项", "consultations_held"),
        (12000, "人次", "participants"),
    ]
    assert got[0].evidence.text == "全年開展重點協商１２項"
    assert got[1].evidence.text == "委員參與達到１．２萬人次"


def test_layout_breaks_inside_a_figure(measures):
    text = "引导委员开展协商58\n次、调研 43 项"
    got = run(text, measures)
    assert [(m.value, m.measure) for m in got] == [(58, "consultations_held"), (43, "research_projects")]
    assert got[0].evidence.text == "引导委员开展协商58\n次"
    assert got[1].evidence.text == "调研 43 项"


def test_comma_inside_a_title_does_not_split(measures):
    text = "围绕“稳就业，保民生”开展专题协商3次"
    got = run(text, measures)
    assert len(got) == 1
    assert got[0].evidence.text == text


def test_list_items_joined_by_a_conjunction(measures):
    got = run("将意见转化为15项任务清单和120条具体举措。", measures)
    assert [m.evidence.text for m in got] == ["将意见转化为15项任务清单", "120条具体举措"]


def test_unnumbered_list_items_stay_with_their_figure(measures):
    text = "在常委会会议上通报经济运行、生态环境、民生保障等情况8次"
    got = run(text, measures)
    assert [(m.value, m.measure) for m in got] == [(8, "briefings")]
    assert got[0].evidence.text == text


def test_section_is_carried(measures):
    s = sentence("全年收到提案900件", section=("一、", "提案工作"))
    got = extract_metrics(s, normalise(s.text), [], OWN, YEAR, measures)
    assert got[0].section == ("一、", "提案工作")


def test_length_mismatch_is_an_input_error(measures):
    s = sentence("收到提案900件")
    with pytest.raises(InputError):
        extract_metrics(s, "收到提案900", [], OWN, YEAR, measures)


# --- subject ----------------------------------------------------------------------------

def test_subject_is_a_body_in_the_sentence(measures):
    text = "试点区县政协全年建成议事场所320个，镇街覆盖率达64%。"
    m = mention(text, "试点区县政协", "pilot-county-cppccs")
    got = run(text, measures, mentions=[m])
    assert [x.subject for x in got] == ["pilot-county-cppccs", "pilot-county-cppccs"]


def test_subject_prefers_the_nearest_body_in_the_clause(measures):
    text = "市政协常委会围绕民生开展协商，各专委会开展调研27项。"
    ms = [mention(text, "市政协常委会", "standing-committee"), mention(text, "各专委会", "special-committees")]
    got = run(text, measures, mentions=ms)
    assert [x.subject for x in got] == ["special-committees"]


def test_recipients_and_partners_are_not_subjects(measures):
    text = "向全国政协报送信息210篇，与四川省政协联合调研6项。"
    ms = [
        mention(text, "全国政协", "national-cppcc", cls="NationalCommittee"),
        mention(text, "四川省政协", "sc-cppcc", cls="ProvincialCommittee"),
    ]
    got = run(text, measures, mentions=ms)
    assert [x.subject for x in got] == [OWN, OWN]


def test_party_committee_and_later_bodies_are_not_subjects(measures):
    text = "市委高度重视，全年收到提案700件，区县政协积极响应。"
    ms = [
        mention(text, "市委", "cq-party", cls="PartyCommittee"),
        mention(text, "区县政协", "county-cppccs"),
        Mention(Evidence(REPORT, OFFSET + 3, OFFSET + 5, "重视"), "topic-x", "重视", "Topic", "topic"),
    ]
    got = run(text, measures, mentions=ms)
    assert [x.subject for x in got] == [OWN]
    assert run(text, measures, mentions=ms, default=None)[0].subject is None


# --- period -----------------------------------------------------------------------------

def test_period_is_the_given_one_by_default(measures):
    five = Period(2018, 2022)
    got = run("五年来，共提交提案7010件。", measures, period=five)
    assert got[0].period == five


def test_years_in_the_clause_set_the_period(measures):
    five = Period(2018, 2022)
    assert run("2020年收到提案1408件", measures, period=five)[0].period == Period(2020, 2020)
    assert run("2019—2021年开展视察30次", measures, period=five)[0].period == Period(2019, 2021)
    assert run("2020年以来，累计开展协商120次", measures, period=five)[0].period == Period(2020, 2022)
    # a target year is not the period of a result
    assert run("力争到2025年建成场所300个", measures, period=five)[0].period == five


def test_no_period_given(measures):
    assert run("开展视察12次", measures, period=None)[0].period is None


def test_a_figure_alone_in_its_clause_takes_the_verb_before(measures):
    assert facts("认真编报社情民意信息，全年共3500篇。", measures) == [(3500, "篇", "information_reports_written")]
    # but a clause with words of its own does not borrow them
    assert facts("开展专题协商，组建7个小组。", measures) == [(7, "个", OTHER)]


def test_rates(measures):
    text = "提案100%办结，满意和基本满意的占98.2%，同比增长3.5%，委员履职率达到百分之百。"
    assert facts(text, measures) == [
        (100, "%", "proposal_reply_rate"),
        (98.2, "%", "proposal_satisfaction_rate"),
        (3.5, "%", "growth_rate"),
        (100, "%", "attendance_rate"),
    ]


def test_bodies_that_are_counted_or_set_the_time_are_not_subjects(measures):
    text = "全年召开9次党组会议、5次常委会会议。"
    ms = [
        mention(text, "党组", "party-group", cls="PartyGroup"),
        mention(text, "常委会", "standing-committee", cls="StandingCommittee"),
    ]
    assert [x.subject for x in run(text, measures, mentions=ms)] == [OWN, OWN]
    text = "区政协二届三次会议期间，组织60名委员视察。"
    ms = [mention(text, "区政协二届三次会议", "plenary", cls="PlenarySession")]
    assert [x.subject for x in run(text, measures, mentions=ms)] == [OWN]
    text = "指导各区县政协建成议事室300个。"
    ms = [mention(text, "各区县政协", "county-cppccs")]
    assert [x.subject for x in run(text, measures, mentions=ms)] == [OWN]


def test_subject_after_an_adverbial_opening(measures):
    text = "2022年以来，各专委会牵头开展调研31项。"
    ms = [mention(text, "各专委会", "special-committees", cls="SpecialCommittee")]
    got = run(text, measures, mentions=ms, period=Period(2018, 2022))
    assert [(x.subject, x.period) for x in got] == [("special-committees", Period(2022, 2022))]


def test_evidence_drops_unpaired_brackets(measures):
    got = run("本届以来（截至目前，累计收到提案4820件），立案4400件。", measures)
    assert [m.evidence.text for m in got] == ["累计收到提案4820件", "立案4400件"]
    got = run("全年收到提案820件（同比增长6.5%）。", measures)
    assert [m.evidence.text for m in got] == ["全年收到提案820件（同比增长6.5%）"] * 2


def test_a_noun_before_another_cue_is_a_modifier(measures):
    got = facts("全年开展全体会议协商1次、常委会议协商4次、专题协商会8次。", measures)
    assert got == [(1, "次", "consultations_held"), (4, "次", "consultations_held"), (8, "次", "consultations_held")]


def test_passive_verb_after_the_figure(measures):
    got = facts("提出意见建议96条，其中42条被区委区政府采纳。", measures)
    assert got == [(96, "条", "suggestions_made"), (42, "条", "suggestions_adopted")]


def test_a_bare_list_item_takes_its_neighbours_measure(measures):
    got = facts("主席会议和常委会议分别召开12次、5次。", measures)
    assert got == [(12, "次", "meetings_held"), (5, "次", "meetings_held")]


def test_vague_round_figures(measures):
    got = run("参与人数近万人，吸引上千名群众观看，征集史料800多万字。", measures)
    assert [(m.value, m.unit, m.qualifier, m.measure) for m in got] == [
        (10_000, "人", "近", "participants"),
        (1000, "名", "以上", "participants"),
        (8_000_000, "字", "多", "historical_materials_collected"),
    ]


def test_figures_a_speaker_states_in_quotes_are_statistics_names_in_quotes_are_not(measures):
    got = facts("“两年来，我参加区政协活动40次，提交提案12件。”委员在述职时说。", measures)
    assert [(v, u) for v, u, _m in got] == [(40, "次"), (12, "件")]
    assert facts("“要落实‘五个始终坚持’，两个省市携手。”", measures) == []
