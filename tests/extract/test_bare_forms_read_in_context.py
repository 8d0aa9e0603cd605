"""Bodies written bare (县政协, 县法院, 工商联, 提案审查委员会) are read from the text around them.

A text without metadata may write its county's bodies bare before it names the county's
committee in full (政协某县第N届委员会), or only in its footer: where that committee is the only
one of its level the text names, the bare forms before it are its county's too. A session of a
committee the reference lacks is that committee's plenary assembly. A federation or a session's
proposal review committee written bare belongs to the place the text is about; verbs and 委员
before 界别 name no sector.

The sentences and places are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import body_labels, run

_SESSION = ("出席开幕式的有县领导某某、某某和县政协副主席某某，应邀到会的有县人大常委会副主任、"
            "县法院、县检察院、县总工会的同志。大会由县政协副主席某某主持。\n"
            "大会审议通过了政协云岭县第五届委员会第三次会议议程。")


def test_bare_state_organs_before_the_committee_is_named_are_its_countys(pipeline):
    x = run(pipeline, _SESSION)
    labels = body_labels(x)
    assert labels["县法院"] == "云岭县人民法院"
    assert labels["县检察院"] == "云岭县人民检察院"
    assert labels["县人大常委会"] == "云岭县人民代表大会常务委员会"


def test_the_countys_military_department_and_its_bureaus_written_bare_are_its_too(pipeline):
    x = run(pipeline, "出席开幕式的有县领导某某和县政协副主席某某，应邀到会的有县人武部、县公安局的同志。\n"
                      "大会审议通过了政协云岭县第五届委员会第三次会议议程。")
    labels = body_labels(x)
    assert labels["县人武部"] == "云岭县人民武装部"
    assert labels["县公安局"] == "云岭县公安局"


def test_the_bare_committee_before_its_full_name_is_that_committee(pipeline):
    x = run(pipeline, _SESSION)
    first = next(m for m in x.mentions if m.evidence.text == "县政协")
    named = next(m for m in x.mentions if m.label == "政协云岭县委员会" and m.evidence.text.startswith("政协云岭县"))
    assert first.entity == named.entity
    assert not any("由" in m.label for m in x.mentions)  # (大会由县政协…主持: no place 大会由县)


def test_a_committee_named_only_in_the_footer_owns_the_storys_bare_forms(pipeline):
    x = run(pipeline, "县政协开展重点提案办理视察\n9月5日，县政协组织部分委员视察重点提案办理情况。\n\n"
                  "版权所有 政协云岭县委员会 地址：云岭县城关镇")
    visit = next(i for i in x.initiatives if i.type == "inspection")
    committee = next(m.entity for m in x.mentions if m.label == "政协云岭县委员会")
    assert list(visit.organizers) == [committee]


def test_a_session_of_a_committee_the_reference_lacks_is_its_plenary_assembly(pipeline):
    x = run(pipeline, "县政协五届三次会议胜利闭幕\n中国人民政治协商会议云岭县第五届委员会第三次会议今天上午闭幕。"
                      "县政协主席某某主持大会。")
    committee = next(m.entity for m in x.mentions if m.label == "政协云岭县委员会")
    sessions = [m for m in x.mentions if m.cls == "PlenarySession"]
    assert {m.label for m in sessions} == {"云岭县政协全体会议"}
    assert all(m.members == (committee,) for m in sessions)
    held = [i for i in x.initiatives if i.type == "meeting"]
    assert held and all(list(i.organizers) == [committee] for i in held)


def test_a_session_written_after_a_bare_committee_in_a_text_naming_no_place(pipeline):
    x = run(pipeline, "县政协五届三次会议开幕\n县政协五届三次会议今天开幕，与会委员听取并审议常委会工作报告。")
    assert {m.label for m in x.mentions if m.cls == "PlenarySession"} == {"县政协全体会议"}


def test_a_federation_written_bare_in_a_provinces_text_is_that_provinces(pipeline):
    x = run(pipeline, "四川省政协召开常委会议。会议邀请工商联负责人列席。")
    labels = body_labels(x)
    assert labels["工商联"] == "四川省工商业联合会"


def test_a_sessions_proposal_review_committee_written_bare_is_the_texts_committees(pipeline):
    x = run(pipeline, "大足区政协十届三次会议共收到提案300件。提案审查委员会对收到的提案逐件审查，立案260件。")
    assert body_labels(x)["提案审查委员会"] == "大足区政协提案审查委员会"


def test_verbs_and_members_before_the_word_for_sectors_name_no_sector(pipeline):
    x = run(pipeline, "区政协明确了每项活动的牵头领导、实施界别和完成时间。区政协举行“委员界别活动月”座谈会。")
    assert not [m.label for m in x.mentions if m.cls == "Sector"]


def test_a_writer_calls_its_own_committee_bare_and_names_the_other_in_full(pipeline):
    # (a Sichuan news item: 省政协 three times, Chongqing's committee once by its name)
    x = run(pipeline, "记者从省政协全体会议上获悉，过去一年，省政协共开展专题协商8次。省政协与重庆市政协联合开展专题调研。"
                      "全年共收到提案900件，立案820件。")
    assert x.metrics and {m.subject for m in x.metrics} == {"sc-cppcc"}


def test_a_bare_county_organ_belongs_to_the_county_whose_committee_heads_its_sentence(pipeline):
    x = run(pipeline, "市政协调研组走访了五个区县政协。石柱县政协认真落实市委和县委的要求，与县委、县政府同向发力。",
            publisher="cq-cppcc")
    labels = [m.label for m in x.mentions if m.evidence.text in ("县委", "县政府")]
    assert labels == ["中共石柱土家族自治县委", "中共石柱土家族自治县委", "石柱土家族自治县人民政府"]


def test_departments_of_a_field_are_no_ministry(pipeline):
    x = run(pipeline, "调研期间，两地政协召开座谈会，听取两地生态环境部门和教育部门情况汇报。", publisher="cq-cppcc")
    assert not [m.label for m in x.mentions if m.label in ("生态环境部", "教育部")]


def test_a_session_told_without_an_actor_is_that_of_the_one_committee_named(pipeline):
    x = run(pipeline, _SESSION + "上午9时，大会正式开幕。")
    committee = next(m.entity for m in x.mentions if m.label == "政协云岭县委员会")
    opened = next(i for i in x.initiatives if "大会正式开幕" in i.evidence.text)
    assert list(opened.organizers) == [committee]
