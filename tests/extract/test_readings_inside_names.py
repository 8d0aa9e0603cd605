"""Names of committees the reference lacks, read whole: through a repost's readings printed
inside them (雲嶺區(qū)政協(xié)), after a modifier's 的, after a byline, and once with their city
and once without (政协江川市云岭区委员会, 政协云岭区委员会: one committee, whose 区委 and 区政府
are that district's).

The sentences, places and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _bodies(x) -> list[tuple[str, str]]:
    return [(m.evidence.text, m.label) for m in x.mentions if m.kind == "body"]


def test_a_district_named_with_readings_inside_is_its_committee(pipeline):
    x = run(pipeline, "近日，雲嶺區(qū)政協(xié)召開常委會議，聽取專題協(xié)商情況通報。區(qū)政協(xié)主席某某主持會議。")
    labels = [label for _, label in _bodies(x)]
    assert labels.count("政协云岭区委员会") == 2, _bodies(x)
    meeting = next(i for i in x.initiatives if i.type == "meeting")
    assert [x.report.text[m.evidence.start:m.evidence.end] for m in x.mentions
            if m.entity == meeting.organizers[0]][0].startswith("雲嶺區(qū)政協")


def test_a_span_read_without_readings_is_the_reports_own_text(pipeline):
    x = run(pipeline, "近日，雲嶺區(qū)政協(xié)召開常委會議。")
    named = next(m for m in x.mentions if m.label == "政协云岭区委员会")
    assert named.evidence.text == x.report.text[named.evidence.start:named.evidence.end] == named.surface
    assert "(qū)" in named.evidence.text


def test_a_city_after_a_modifiers_de_is_named_not_chongqing(pipeline):
    x = run(pipeline, "参加此次活动的云岭市政协主席某某，介绍了两地合作的设想。")
    assert ("云岭市政协", "政协云岭市委员会") in _bodies(x)
    assert "政协重庆市委员会" not in [label for _, label in _bodies(x)]


def test_a_county_after_a_byline_is_named(pipeline):
    x = run(pipeline, "某某网讯(张某 实习记者 李某 记者 王某)近日,云岭县政协以“凝心聚力”为主题,成功举办委员活动日系列活动。"
                      "活动期间,县政协组织委员开展读书分享。")
    labels = [label for _, label in _bodies(x)]
    assert labels.count("政协云岭县委员会") == 2, _bodies(x)


def test_a_district_named_with_and_without_its_city_owns_the_bare_organs(pipeline):
    x = run(pipeline, "政协江川市云岭区第五届委员会常务委员会工作报告\n\n"
                      "在云岭区委的坚强领导下，政协云岭区委员会认真履行职能。区政协主席会议审议通过了区政府的报告。")
    found = _bodies(x)
    assert ("区委", "中共云岭区委") in found, found
    assert ("区政府", "云岭区人民政府") in found, found
    assert ("区政协主席会议", "云岭区政协主席会议") in found, found


def test_a_team_led_to_another_city_is_its_own_citys_and_the_host_is_named(pipeline):
    x = run(pipeline, "10月20日，林某带领云山市政协调研组到云岭市政协走访调研。")
    found = _bodies(x)
    assert ("云山市政协", "政协云山市委员会") in found and ("调研组", "云山市政协调研组") in found, found
    assert ("云岭市政协", "政协云岭市委员会") in found, found
    visit = next(i for i in x.initiatives if i.type == "research")
    committee = next(m.entity for m in run(pipeline, "云山市政协召开会议。").mentions if m.label == "政协云山市委员会")
    assert visit.organizers == (committee,)  # (the team acts for its committee)
    named = {m.entity: m.label for m in x.mentions}
    assert [named.get(k) for k in visit.partners] == ["政协云岭市委员会"]


def test_a_delegation_led_by_a_chair_is_its_citys(pipeline):
    x = run(pipeline, "某某率云山市政协考察团赴云岭县政协学习交流。")
    labels = [label for _, label in _bodies(x)]
    assert "政协云山市委员会" in labels and "政协云岭县委员会" in labels, _bodies(x)
    assert "政协重庆市委员会" not in labels


def test_a_reposts_headline_long_only_by_its_readings_is_still_its_headline(pipeline):
    text = ("重慶市政協(xié)與四川省政協(xié)聯(lián)合開展成渝地區(qū)雙城經(jīng)濟(jì)圈建設(shè)專題調(diào)研\n\n"
            "5月14日，重慶市政協(xié)與四川省政協(xié)組成聯(lián)合調(diào)研組，圍繞汽車產(chǎn)業(yè)協(xié)同發(fā)展開展專題調(diào)研。")
    x = run(pipeline, text)
    research = [i for i in x.initiatives if i.type == "research"]
    assert len(research) == 1 and "汽車" in research[0].label, [i.label for i in x.initiatives]
