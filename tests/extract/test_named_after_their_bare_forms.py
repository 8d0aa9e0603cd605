"""A text without metadata may write its county's bodies bare (县政协, 县法院, 县人大常委会) before
it names the county's committee in full (政协某县第N届委员会), or only in its footer. Where that
committee is the only one of its level the text names, the bare forms before it are its county's
too: a reader of the page knows whose court and whose committee the first lines mean.

The sentences and the county are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_SESSION = ("县上领导某某、某某以及县政协副主席某某在主席台就座。在主席台就座的还有县人大常委会副主任、"
            "县法院、县检察院、县总工会的负责同志。大会由县政协副主席某某主持。\n"
            "大会审议通过了政协云岭县第五届委员会第三次会议议程。")


def _labels(x) -> dict[str, str]:
    return {m.evidence.text: m.label for m in x.mentions if m.kind == "body"}


def test_bare_state_organs_before_the_committee_is_named_are_its_countys(pipeline):
    x = run(pipeline, _SESSION)
    labels = _labels(x)
    assert labels["县法院"] == "云岭县人民法院"
    assert labels["县检察院"] == "云岭县人民检察院"
    assert labels["县人大常委会"] == "云岭县人民代表大会常务委员会"


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
