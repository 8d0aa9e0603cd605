"""A proposal listed as a key one after it is told (…提交的《关于X的建议》被列为重点提案) is two
pieces of work: the proposal, its authors'; the listing, a supervision by the committee that lists
it: the one named after 被 or in the list's name, else the one the authors sit on.

The sentences and people are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run


def _of(pipeline, text: str, kind: str):
    x = run(pipeline, "2024-01-22 来源：某某报\n" + text)
    return [i for i in x.initiatives if i.type == kind]


def test_listed_by_the_committees_named_after_bei(pipeline):
    sup = _of(pipeline, "两区政协联名提交的《关于共建跨省公交线网的建议》被四川省政协和重庆市政协列为联合督办件。", "supervision")
    assert [set(i.organizers) for i in sup] == [{"sc-cppcc", "cq-cppcc"}], sup
    assert sup[0].evidence.text.startswith("被") and "公交线网" in sup[0].label and sup[0].joint_sichuan_chongqing


def test_national_members_proposal_listed_by_the_national_committee(pipeline):
    x = run(pipeline, "2024-01-22 来源：某某报\n住川渝全国政协委员今年联名提交了《关于共建某某物流枢纽的建议》，该建议被列为重点提案。")
    kinds = sorted(i.type for i in x.initiatives)
    assert kinds == ["proposal", "supervision"], kinds
    sup = next(i for i in x.initiatives if i.type == "supervision")
    assert list(sup.organizers) == ["national-cppcc"], sup.organizers


def test_listing_in_a_clause_of_its_own_after_the_title(pipeline):
    sup = _of(pipeline, "区政协委员赵某某在市政协六届三次会议上提交了《关于改善山区学校寄宿条件的提案》，被列为市政协重点提案。",
              "supervision")
    assert len(sup) == 1 and list(sup[0].organizers) == ["cq-cppcc"] and "寄宿条件" in sup[0].label, sup


def test_a_count_listed_is_a_supervision_and_the_tally_no_work(pipeline):
    x = run(pipeline, "2024-01-22 来源：某某报\n住綦市政协委员提交提案9件，其中3件被列为市政协重点提案。")
    assert [(i.type, list(i.organizers)) for i in x.initiatives] == [("supervision", ["cq-cppcc"])], x.initiatives


def test_a_proposal_not_listed_is_one_piece_of_work(pipeline):
    x = run(pipeline, "2024-01-22 来源：某某报\n住川渝全国政协委员联名提交提案《关于共建某某物流枢纽的建议》，被多家媒体报道。")
    assert [i.type for i in x.initiatives] == ["proposal"], x.initiatives
