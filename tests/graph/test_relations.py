"""Relations between bodies say what the CPPCC charter and the reports say: committees guide
the committees of the level below (not containment), the Party group answers to the CPC
committee that set it up, and Party organisations are linked to the committees they are set
up in."""

from __future__ import annotations

import pytest
from rdflib import Graph

from cppcckg.graph.rdf import add_reference, new_dataset
from cppcckg.vocab import CPPCC, ORG, RDF, mint


@pytest.fixture(scope="module")
def graph(reference) -> Graph:
    return add_reference(new_dataset(), reference)


def test_district_and_provincial_committees_are_guided_not_contained(graph):
    cq, national = mint("body", "cq-cppcc"), mint("body", "national-cppcc")
    districts = set(graph.subjects(CPPCC.guidedBy, cq))
    assert len({d for d in districts if (d, RDF.type, CPPCC.CountyCommittee) in graph}) == 38
    assert (mint("body", "sc-cppcc"), CPPCC.guidedBy, national) in graph
    assert (cq, CPPCC.guidedBy, national) in graph
    # No CPPCC committee is a sub-organisation of another.
    committees = {CPPCC.NationalCommittee, CPPCC.ProvincialCommittee, CPPCC.MunicipalCommittee, CPPCC.CountyCommittee}
    typed = {s for c in committees for s in graph.subjects(RDF.type, c)}
    assert [(s, o) for s, o in graph.subject_objects(ORG.subOrganizationOf) if s in typed and o in typed] == []


def test_party_group_answers_to_the_cpc_committee_and_is_set_up_in_the_cppcc(graph):
    group = mint("body", "cq-cppcc-party-group")
    assert set(graph.objects(group, ORG.subOrganizationOf)) == {mint("body", "cq-party-committee")}
    assert set(graph.objects(group, CPPCC.setUpIn)) == {mint("body", "cq-cppcc")}


def test_party_organisations_are_linked_to_their_special_committees(graph):
    cq = mint("body", "cq-cppcc")
    special = {s for s in graph.subjects(ORG.unitOf, cq) if (s, RDF.type, CPPCC.SpecialCommittee) in graph}
    assert len(special) == 10
    # "在政协10个专委会成立31个委员党支部"
    assert set(graph.objects(mint("body", "cq-cppcc-members-party-branches"), CPPCC.setUpIn)) == special
    # One sub-Party group (分党组) per special committee.
    sub_groups = set(graph.subjects(RDF.type, CPPCC.SubPartyGroup))
    assert {o for s in sub_groups for o in graph.objects(s, CPPCC.setUpIn)} == special
    assert (mint("body", "cq-cppcc-proposals-committee-sub-party-group"), CPPCC.setUpIn,
            mint("body", "cq-cppcc-proposals-committee")) in graph


def test_places_carry_their_gbt2260_code(graph):
    from rdflib import Literal

    assert graph.value(mint("place", "chongqing"), CPPCC.gbt2260Code) == Literal("500000")
    assert graph.value(mint("place", "sichuan"), CPPCC.gbt2260Code) == Literal("510000")
    assert graph.value(mint("place", "wanzhou"), CPPCC.gbt2260Code) == Literal("500101")
    assert graph.value(mint("place", "dazhou-sc"), CPPCC.gbt2260Code) == Literal("511700")
    assert graph.value(mint("place", "linshui-sc"), CPPCC.gbt2260Code) is None  # Sichuan's counties: not checked


def test_cross_province_collectives_are_collaborations_with_members(graph, reference):
    from cppcckg.graph.relations import is_collaboration

    collaborations = {k for k in reference.entities if is_collaboration(reference, k)}
    chuanyu = next(k for k, e in reference.entities.items() if e.name_zh == "川渝政协" or "川渝政协" in e.aliases)
    assert chuanyu in collaborations
    node = mint("body", chuanyu)
    assert (node, RDF.type, CPPCC.Collaboration) in graph
    assert set(graph.objects(node, ORG.hasMember)) == {mint("body", "cq-cppcc"), mint("body", "sc-cppcc")}
    # "some district CPPCCs" and the organs of one committee are no collaboration.
    for e in reference.entities.values():
        if e.kind == "collective" and (not e.definite or e.name_zh in ("专委会", "全市政协")):
            assert e.key not in collaborations, e.key


def test_a_committees_members_are_its_members_not_a_unit_of_it(graph):
    members, cq = mint("body", "cq-cppcc-members"), mint("body", "cq-cppcc")
    assert (members, CPPCC.membersOf, cq) in graph
    assert (members, ORG.subOrganizationOf, cq) not in graph and (members, ORG.unitOf, cq) not in graph
