"""Speeches on behalf of a body, proposals told as where their words are, and a county's outlet.

At a session a member speaks for a party's or a sector's committee (某某委员代表某党派区委会发言时
指出…, or with the quoted subject after a comma); a party's member speaks on a theme in two words
of kind (作大会口头发言). A party's proposal is told as where its words stand (在提交的提案中说，应…;
在提案中建议，…): the proposal, on what the next clause says. A news item whose source line is a
district's or county's own outlet (来源：某县发布) is that county's committee's, so its bare 县政协
stays the writer where a host committee visited is named in full.

The sentences are made up for this project, in the style of session news and county news.
"""

from __future__ import annotations

from tests.extract.test_extract_general import body_labels, run

_SITTING = "2月20日，区政协十五届五次会议举行第二次全体会议。"


def _names(x) -> dict[str, str]:
    """Each body's key → its label, for the bodies the reference lacks too."""
    return {m.entity: m.label for m in x.mentions}


def _consultations(x) -> list:
    return [i for i in x.initiatives if i.type == "consultation"]


def test_a_speech_on_behalf_of_a_partys_committee_is_that_committees_advice(pipeline):
    x = run(pipeline, _SITTING + "某某委员代表民建江津区委会发言时指出，要加快发展县域经济。")
    spoken = _consultations(x)
    assert len(spoken) == 1, x.initiatives
    assert [_names(x)[k] for k in spoken[0].organizers] == ["中国民主建国会重庆市江津区委员会"]


def test_the_quoted_subject_after_a_comma_is_the_speech_on_it(pipeline):
    x = run(pipeline, _SITTING + "紧接着，某某委员代表九三学社江津区委会，围绕“做优做强特色农业”发言。")
    spoken = _consultations(x)
    assert [i.label for i in spoken] == ["大会发言：做优做强特色农业"], x.initiatives
    assert [_names(x)[k] for k in spoken[0].organizers] == ["九三学社重庆市江津区委员会"]


def test_a_spoken_speech_of_two_kind_words_is_on_its_theme(pipeline):
    x = run(pipeline, "1月8日，区政协十届五次会议开幕。盟员某某围绕乡村教师队伍建设作大会口头发言。")
    assert [i.label for i in _consultations(x)] == ["大会发言：乡村教师队伍建设"], x.initiatives


def test_a_proposal_told_as_where_its_words_are_is_the_parties_proposal(pipeline):
    x = run(pipeline, "2024年1月，省政协十三届二次会议期间，民革四川省委在所提交的提案中指出，应扩大川渝合作领域。"
                      "台盟四川省委在提案中建议，支持两地共建产业园区。")
    proposals = [i for i in x.initiatives if i.type == "proposal"]
    assert [i.label for i in proposals] == ["提案：扩大川渝合作领域", "提案：支持两地共建产业园区"], x.initiatives
    assert [_names(x)[i.organizers[0]] for i in proposals] == ["中国国民党革命委员会四川省委员会", "台湾民主自治同盟四川省委员会"]


def test_words_said_in_a_proposal_named_before_are_no_second_proposal(pipeline):
    x = run(pipeline, "2024年1月，民建四川省委提交了《关于加快建设成渝中线高铁的建议》。该党派还在大会发言中表示，要加快项目建设。")
    assert len([i for i in x.initiatives if i.type == "proposal"]) == 1, x.initiatives


def test_a_county_outlets_news_keeps_its_bare_committee_beside_a_host_named_in_full(pipeline):
    x = run(pipeline, "发布时间：2024-05-10 来源：奉节发布\n"
                      "5月9日，县政协主席某某带队赴巫山考察文旅融合发展，巫山县政协主席某某陪同，县政协副主席某某参加。")
    bare = [m.label for m in x.mentions if m.evidence.text == "县政协"]
    assert bare == ["政协重庆市奉节县委员会", "政协重庆市奉节县委员会"], bare
    research = [i for i in x.initiatives if i.type == "research"]
    assert [_names(x)[k] for k in research[0].organizers] == ["政协重庆市奉节县委员会"], research


def test_a_provinces_paper_as_the_source_names_no_writer(pipeline):
    x = run(pipeline, "来源：四川日报\n5月9日，市政协组织委员赴自贡考察。")
    assert body_labels(x)["市政协"] != "政协四川省委员会"


def test_a_county_sites_dateline_names_the_writer_among_three_neighbours(pipeline):
    x = run(pipeline, "酉阳网讯 近日，湖北省来凤县政协主席某某一行来到酉阳，就边界矛盾调处开展交流。"
                      "县政协主席某某介绍了县委、县政府推进边界治理的做法。")
    labels = body_labels(x)
    assert labels["县政协"] == "政协酉阳土家族苗族自治县委员会", labels
    assert labels["县委"] == "中共酉阳土家族苗族自治县委", labels


def test_a_members_suggestions_with_only_its_members_named_are_read_in_its_city(pipeline):
    x = run(pipeline, "中国新闻讯 重庆市政协委员某某提出建议，推动巴蜀文化旅游走廊建设。请市发改委帮助协调，建议市规划自然资源局加强石窟寺保护。")
    labels = body_labels(x)
    assert labels["市发改委"] == "重庆市发展和改革委员会", labels
    assert labels["市规划自然资源局"] == "重庆市规划和自然资源局", labels
