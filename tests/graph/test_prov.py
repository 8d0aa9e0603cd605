"""Organiser and partner are also PROV qualified associations: the body (prov:agent) in its role
(prov:hadRole cppcc:organizerRole / cppcc:partnerRole), so generic PROV tools see who did what."""

from __future__ import annotations

from cppcckg.vocab import CPPCC, PROV


def test_every_organizer_and_partner_has_its_qualified_association(seed_store):
    from cppcckg.store import open_store

    store = open_store(seed_store)
    for prop, role in ((CPPCC.organizer, CPPCC.organizerRole), (CPPCC.partner, CPPCC.partnerRole)):
        pairs = {(r["i"].value, r["b"].value) for r in store.query(
            f"SELECT ?i ?b WHERE {{ ?i <{prop}> ?b }}", use_default_graph_as_union=True)}
        qualified = {(r["i"].value, r["b"].value) for r in store.query(
            f"""SELECT ?i ?b WHERE {{ ?i <{PROV.qualifiedAssociation}> ?a . ?a a <{PROV.Association}> ;
                <{PROV.agent}> ?b ; <{PROV.hadRole}> <{role}> }}""", use_default_graph_as_union=True)}
        assert pairs and pairs == qualified, prop
