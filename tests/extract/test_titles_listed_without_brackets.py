"""Proposals listed by their titles without brackets after the words that introduce them
(主要建议有：A的建议；B，C的建议): one proposal each, about its title, however the list is
punctuated and even where the text is cut off after the last item.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def test_each_listed_title_is_a_proposal(pipeline):
    x = run(pipeline, "今年共收到提案128件。经济建设方面提案21件，占20.6%。主要建议有：夯实农业基础，助推本区农业融入都市圈发展的建议；"
                      "持续支持农业产业园发展，打造农旅融合示范带的建议;修建柑橘初加工基地的建议;加快建设", publisher="cppcc-jiangbei")
    labels = [i.label for i in x.initiatives if i.type == "proposal"]
    assert len(labels) == 4
    assert any("柑橘初加工基地" in label for label in labels)


def test_a_suggestion_in_a_sentence_is_no_listed_title(pipeline):
    x = run(pipeline, "今年共收到提案128件。委员们认为，这是加快发展的建议；大家表示赞同。", publisher="cppcc-jiangbei")
    assert not [i for i in x.initiatives if i.type == "proposal"]
