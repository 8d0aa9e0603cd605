"""What a body's ``parent`` in the reference data means, as the relation that says it rightly.

The reference gives each body one ``parent``; which relation that is depends on the two bodies:

- a CPPCC committee under another committee (a district CPPCC under the Chongqing CPPCC, a
  provincial one under the National Committee) is *guided* by it (``cppcc:guidedBy``, 指导关系
  in the CPPCC charter): committees at each level are independent organisations, not parts;
- an organ of a committee (standing committee, special committee, working organ ...) is an
  ``org:unitOf`` it;
- the Party group (党组) of a committee is set up by the CPC committee of the committee's area
  and answers to it (``org:subOrganizationOf`` that CPC committee), and it leads the committee
  it is set up in (``cppcc:setUpIn``);
- a sub-Party group (分党组, named 中共 + its committee's name + 分党组) is set up in that committee
  and answers to the Party group;
- the members' Party branches (委员党支部) are set up in the special committees of their
  committee ("在政协10个专委会成立31个委员党支部") and answer to the Party group;
- a group of a committee's members (市政协委员, 常委) are ``cppcc:membersOf`` it: they make the
  committee up and are no part of its organisation;
- anything else is ``org:subOrganizationOf`` its parent, as before.

Example:
    >>> from cppcckg.ingest.reference import load_reference
    >>> relations(load_reference(), "cppcc-wanzhou") == [(CPPCC.guidedBy, "cq-cppcc")]  # doctest: +SKIP
    True
"""

from __future__ import annotations

from rdflib import URIRef

from cppcckg.ingest.reference import CPPCC_CLASSES, Entity, Reference
from cppcckg.vocab import CPPCC, ORG

__all__ = ["UNIT_CLASSES", "committee_of", "is_collaboration", "relations"]

UNIT_CLASSES = frozenset({"StandingCommittee", "ChairpersonsCouncil", "PlenarySession", "SpecialCommittee", "WorkingOrgan"})


def committee_of(reference: Reference, entity: Entity) -> Entity | None:
    """The nearest CPPCC committee above ``entity`` along parents (itself included)."""
    seen: set[str] = set()
    node: Entity | None = entity
    while node is not None and node.key not in seen:
        if node.cls in CPPCC_CLASSES:
            return node
        seen.add(node.key)
        node = reference.get(node.parent) if node.parent else None
    return None


def _area_party_committee(reference: Reference, committee: Entity) -> str | None:
    """The CPC committee of a CPPCC committee's area: the one Party committee whose jurisdiction
    it is and whose own parent answers for another area (市委, not the 市委's working committees)."""
    found = []
    for e in reference.entities.values():
        if e.kind == "body" and e.cls == "PartyCommittee" and e.area and e.area == committee.area:
            parent = reference.get(e.parent) if e.parent else None
            if parent is None or parent.area != e.area:
                found.append(e.key)
    return found[0] if len(found) == 1 else None


def _special_committees(reference: Reference, committee: Entity) -> list[str]:
    return sorted(e.key for e in reference.entities.values()
                  if e.kind == "body" and e.cls == "SpecialCommittee" and e.parent == committee.key)


def _sub_party_group_committee(reference: Reference, entity: Entity) -> str | None:
    name = entity.name_zh
    if not (name.startswith("中共") and name.endswith("分党组")):
        return None
    inner = name[len("中共"):-len("分党组")]
    found = [e.key for e in reference.entities.values() if e.kind == "body" and e.name_zh == inner]
    return found[0] if len(found) == 1 else None


def relations(reference: Reference, key: str) -> list[tuple[URIRef, str]]:
    """(predicate, body key) pairs that place body ``key`` among the others, from its parent."""
    entity = reference.get(key)
    if entity is None or entity.kind != "body" or not entity.parent:
        return []
    parent = reference.get(entity.parent)
    if parent is None:
        return []
    if entity.cls in CPPCC_CLASSES and parent.cls in CPPCC_CLASSES:
        return [(CPPCC.guidedBy, parent.key)]
    if entity.cls in UNIT_CLASSES:
        return [(ORG.unitOf, parent.key)]
    if entity.cls == "MemberGroup" and parent.cls in CPPCC_CLASSES:
        return [(CPPCC.membersOf, parent.key)]  # the members make the committee up, not a unit of it
    if entity.cls == "PartyGroup" and parent.cls in CPPCC_CLASSES:
        answers_to = _area_party_committee(reference, parent)
        return ([(ORG.subOrganizationOf, answers_to)] if answers_to else []) + [(CPPCC.setUpIn, parent.key)]
    out = [(ORG.subOrganizationOf, parent.key)]
    if entity.cls == "SubPartyGroup":
        committee = _sub_party_group_committee(reference, entity)
        if committee:
            out.append((CPPCC.setUpIn, committee))
    elif entity.cls == "MembersPartyBranch":
        committee = committee_of(reference, parent)
        out += [(CPPCC.setUpIn, k) for k in (_special_committees(reference, committee) if committee else [])]
    return out


def _province(reference: Reference, entity: Entity) -> str | None:
    """The province-level place of a body's jurisdiction, walking up parents to one."""
    committee = entity
    while committee is not None and not committee.area:
        committee = reference.get(committee.parent) if committee.parent else None
    place = reference.get(committee.area) if committee is not None and committee.area else None
    if place is None:
        return None
    return place.province or (place.key if place.cls == "Province" else None)


def is_collaboration(reference: Reference, key: str) -> bool:
    """True for a collective name that stands for a standing collaboration of CPPCC committees
    of two or more province-level divisions (川渝政协, 万达开三地政协, 湘鄂渝黔四省市政协 ...): all of
    its members, and not just some (区县政协), are committees, seated in different provinces."""
    entity = reference.get(key)
    if entity is None or entity.kind != "collective" or not entity.definite or len(entity.members) < 2:
        return False
    members = [reference.get(m) for m in entity.members]
    if any(m is None or m.cls not in CPPCC_CLASSES for m in members):
        return False
    return len({_province(reference, m) for m in members if m is not None} - {None}) >= 2
