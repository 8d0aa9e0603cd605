"""The statistics are a W3C Data Cube: the data set and its structure are published, the code
lists are SKOS concept schemes, units are codes, and the integrity constraints IC-1 to IC-21
(graph/cubecheck.py) hold on the seed store while a broken cube breaks the ones it should."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from cppcckg.graph.cube import DATASET, MEASURES, STRUCTURE, UNITS, unit_iri
from cppcckg.graph.cubecheck import CONSTRAINTS, broken
from cppcckg.vocab import CPPCC, QB, RDF, SKOS, mint


@pytest.fixture(scope="module")
def store(seed_store) -> ox.Store:
    from cppcckg.store import open_store

    return open_store(seed_store)


def _rows(store: ox.Store, text: str) -> list:
    return list(store.query(text, use_default_graph_as_union=True))


def _ask(store: ox.Store, text: str) -> bool:
    return bool(store.query(text, use_default_graph_as_union=True))


def test_integrity_constraints_hold_on_the_seeds(store):
    observations = _rows(store, f"SELECT ?o WHERE {{ ?o <{QB.dataSet}> <{DATASET}> }}")
    assert len(observations) >= 50
    assert broken(store) == []


def test_data_set_structure_and_code_lists_are_published(store):
    assert _ask(store, f"ASK {{ <{DATASET}> a <{QB.DataSet}> ; <{QB.structure}> <{STRUCTURE}> }}")
    assert _ask(store, f"ASK {{ <{STRUCTURE}> a <{QB.DataStructureDefinition}> }}")
    dimensions = {r["p"].value for r in _rows(store, f"SELECT ?p WHERE {{ <{STRUCTURE}> <{QB.component}>/<{QB.dimension}> ?p }}")}
    assert dimensions == {str(CPPCC.measure), str(CPPCC.subject), str(CPPCC.refPeriod), str(CPPCC.statedAt)}
    for scheme in (MEASURES, UNITS, mint("scheme", "topics")):
        assert _ask(store, f"ASK {{ <{scheme}> a <{SKOS.ConceptScheme}> }}"), scheme
    # 2022 report: "提案办理满意率达97.9%": the unit is a code of the unit scheme.
    [row] = _rows(store, f"""SELECT ?u WHERE {{ ?o <{CPPCC.value}> 97.9 ; <{CPPCC.unitMeasure}> ?u .
                               ?u <{SKOS.inScheme}> <{UNITS}> }}""")
    assert row["u"].value == str(unit_iri("%"))


def test_one_subject_per_observation_a_collective_for_the_pilots(store):
    several = _rows(store, f"""SELECT ?o WHERE {{ ?o <{QB.dataSet}> <{DATASET}> ; <{CPPCC.subject}> ?a , ?b .
                                FILTER(?a != ?b) }}""")
    assert several == []
    # "试点区县政协全年建立协商议政场所514个": one figure about the pilot CPPCCs as a group.
    rows = _rows(store, f"SELECT ?s WHERE {{ ?o <{CPPCC.value}> ?v ; <{CPPCC.subject}> ?s . FILTER(?v = 514) }}")
    assert len(rows) == 1
    assert _ask(store, f"ASK {{ <{rows[0]['s'].value}> a <{CPPCC.Collective}> }}")


def _cube() -> ox.Store:
    """A two-observation cube that satisfies every constraint."""
    store = ox.Store()
    n = lambda iri: ox.NamedNode(str(iri))  # noqa: E731
    qb = lambda name: ox.NamedNode(f"{QB}{name}")  # noqa: E731
    ex = lambda name: ox.NamedNode(f"http://example.org/{name}")  # noqa: E731
    typ = n(RDF.type)
    triples = [
        (ex("ds"), typ, qb("DataSet")), (ex("ds"), qb("structure"), ex("dsd")),
        (ex("dsd"), typ, qb("DataStructureDefinition")),
        (ex("dsd"), qb("component"), ex("c1")), (ex("c1"), qb("dimension"), ex("dim")),
        (ex("dsd"), qb("component"), ex("c2")), (ex("c2"), qb("measure"), ex("val")),
        (ex("dim"), typ, qb("DimensionProperty")), (ex("dim"), n("http://www.w3.org/2000/01/rdf-schema#range"), n(SKOS.Concept)),
        (ex("dim"), qb("codeList"), ex("list")), (ex("list"), typ, n(SKOS.ConceptScheme)),
        (ex("val"), typ, qb("MeasureProperty")),
    ]
    for obs, code in (("o1", "a"), ("o2", "b")):
        triples += [(ex(obs), typ, qb("Observation")), (ex(obs), qb("dataSet"), ex("ds")), (ex(obs), ex("dim"), ex(code)),
                    (ex(obs), ex("val"), ox.Literal("1")), (ex(code), typ, n(SKOS.Concept)), (ex(code), n(SKOS.inScheme), ex("list"))]
    store.extend([ox.Quad(s, p, o, ox.DefaultGraph()) for s, p, o in triples])
    return store


def _names(found: list[str]) -> set[str]:
    return {line.split(":")[0] for line in found}


def test_a_correct_cube_passes_and_each_fault_is_named():
    store = _cube()
    assert broken(store) == []
    ex = lambda name: ox.NamedNode(f"http://example.org/{name}")  # noqa: E731
    # Same dimension value twice: duplicate observations (IC-12).
    store.remove(ox.Quad(ex("o2"), ex("dim"), ex("b"), ox.DefaultGraph()))
    store.add(ox.Quad(ex("o2"), ex("dim"), ex("a"), ox.DefaultGraph()))
    assert _names(broken(store)) == {"IC-12"}
    # A value outside the code list (IC-19) and an observation without the dimension (IC-11).
    store.remove(ox.Quad(ex("o2"), ex("dim"), ex("a"), ox.DefaultGraph()))
    store.add(ox.Quad(ex("o1"), ex("dim"), ex("elsewhere"), ox.DefaultGraph()))
    assert {"IC-11", "IC-19"} <= _names(broken(store))
    # A second data set for one observation (IC-1) and a missing measure value (IC-14).
    store.add(ox.Quad(ex("o1"), ox.NamedNode(f"{QB}dataSet"), ex("other"), ox.DefaultGraph()))
    store.remove(ox.Quad(ex("o2"), ex("val"), ox.Literal("1"), ox.DefaultGraph()))
    assert {"IC-1", "IC-14"} <= _names(broken(store))


def test_every_constraint_is_there():
    assert sorted(CONSTRAINTS, key=lambda k: int(k[3:])) == [f"IC-{n}" for n in range(1, 20)]
