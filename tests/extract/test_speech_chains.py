"""A sitting's chain of speeches told member by member (会上，甲委员代表某党派省委发言，对X提出建议；
乙委员建议Y；丙委员聚焦Z提出建议): a speech each, on what the member spoke about, the body a
member speaks for its organiser. A member's name heading a clause outside such a chain (甲委员
建议…, quoted in a story) is no speech, and words that say which members (组织委员, 两名委员)
are no name. The sentences and people are made up for this project."""

from __future__ import annotations

from tests.extract.test_extract_general import run

_CHAIN = ("1月14日上午，省政协十三届二次会议在合肥召开第三次全体会议，8位委员作大会发言。会上，王某委员代表民进"
          "安徽省委发言，对培育新能源汽车产业集群提出建议；武某委员建议挖掘区域数字产业潜力；"
          "杨某委员聚焦完善区域协同创新体系提出建议；汪某委员作了题为“文化创新更出彩”的发言。")


def _speeches(x) -> list[str]:
    return [i.label for i in x.initiatives if i.type == "consultation"]


def test_each_speech_of_the_chain_is_a_speech_on_its_subject(pipeline):
    assert _speeches(run(pipeline, _CHAIN)) == [
        "大会发言：培育新能源汽车产业集群", "大会发言：挖掘区域数字产业潜力",
        "大会发言：完善区域协同创新体系", "大会发言：文化创新更出彩"]


def test_a_speech_for_a_party_s_committee_is_that_committee_s(pipeline):
    x = run(pipeline, _CHAIN)
    labels = {m.entity: m.label for m in x.mentions}
    first = next(i for i in x.initiatives if "新能源汽车" in i.label)
    assert [labels.get(k, k) for k in first.organizers] == ["中国民主促进会安徽省委员会"]


def test_a_member_quoted_outside_a_chain_gives_no_speech(pipeline):
    x = run(pipeline, "2024年3月5日，记者在会场采访了部分委员。张某委员建议加快发展县域经济。")
    assert not _speeches(x), x.initiatives


def test_words_that_say_which_members_are_no_name(pipeline):
    x = run(pipeline, "2024年，区政协聚焦打造示范样板，组织委员提出推进数字乡村等9个方面意见建议。")
    assert len(_speeches(x)) == 1 and not _speeches(x)[0].startswith("大会发言"), _speeches(x)
