"""Proposals counted by category with the word 提案 said once before the list (上述N件提案中，
A类N件，占x%；B类M件…): one proposal per category, however the list is punctuated, and a
category written with blanks where a repost's readings were (A类   N件).

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _proposals(x) -> list[str]:
    return [i.label for i in x.initiatives if i.type == "proposal"]


def test_each_category_after_the_proposals_named_once_is_a_proposal(pipeline):
    x = run(pipeline, "本届以来共收到提案900件。上述900件提案中，农业农村类210件，占23%；"
                      "社会事业类300件，占33%；生态环保类150件，占17%。", publisher="cq-cppcc")
    assert _proposals(x) == ["提案：农业农村类", "提案：社会事业类", "提案：生态环保类"]


def test_categories_after_qizhong_written_without_the_word_proposal(pipeline):
    x = run(pipeline, "今年共立案提案512件。其中，经济发展类180件，民生保障类200件。", publisher="cq-cppcc")
    assert [label for label in _proposals(x) if "类" in label] == ["提案：经济发展类", "提案：民生保障类"]


def test_a_category_of_something_else_is_no_proposal(pipeline):
    x = run(pipeline, "今年共立案提案512件。全区新建各类项目30个，其中工业类12个。", publisher="cq-cppcc")
    assert not [label for label in _proposals(x) if "类" in label]
