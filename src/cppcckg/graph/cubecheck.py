"""The integrity constraints IC-1 to IC-21 of the W3C Data Cube vocabulary (section 11.1 of
https://www.w3.org/TR/vocab-data-cube/), each as a SPARQL ASK that is true when the constraint
is broken, run over the union of a store's graphs.

They read the data in normalised form, which is how graph/cube.py writes it: every component
is stated on its component specification with ``qb:dimension``, ``qb:measure`` or
``qb:attribute`` (the queries also accept ``qb:componentProperty``), and every observation
links its data set. IC-20 and IC-21 are templates over each code list's parent-child property
(SPARQL paths take no variables): they are instantiated for every such property found.

Example:
    >>> import pyoxigraph as ox

from cppcckg.vocab import OWL, QB, RDFS, SKOS, XSD
    >>> broken(ox.Store())
    []
"""

from __future__ import annotations

import pyoxigraph as ox

from cppcckg.vocab import OWL, QB, RDFS, SKOS, XSD

__all__ = ["CONSTRAINTS", "broken"]

_PREFIXES = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in
                    (("qb", QB), ("skos", SKOS), ("rdfs", RDFS), ("owl", OWL), ("xsd", XSD)))

#: A component specification's property, whichever way it is stated.
_PROP = "(qb:dimension|qb:measure|qb:attribute|qb:componentProperty)"

#: IC name → (what it requires, ASK true when broken).
CONSTRAINTS: dict[str, tuple[str, str]] = {
    "IC-1": ("every observation has exactly one data set", """
        ASK { { ?obs a qb:Observation . FILTER NOT EXISTS { ?obs qb:dataSet ?ds } }
              UNION { ?obs a qb:Observation ; qb:dataSet ?a , ?b . FILTER(?a != ?b) } }"""),
    "IC-2": ("every data set has exactly one structure", """
        ASK { { ?ds a qb:DataSet . FILTER NOT EXISTS { ?ds qb:structure ?dsd . ?dsd a qb:DataStructureDefinition } }
              UNION { ?ds a qb:DataSet ; qb:structure ?a , ?b . FILTER(?a != ?b) } }"""),
    "IC-3": ("every structure has at least one measure", f"""
        ASK {{ ?dsd a qb:DataStructureDefinition .
               FILTER NOT EXISTS {{ ?dsd qb:component/{_PROP} ?p . ?p a qb:MeasureProperty }} }}"""),
    "IC-4": ("every dimension has a range", """
        ASK { ?dim a qb:DimensionProperty . FILTER NOT EXISTS { ?dim rdfs:range ?range } }"""),
    "IC-5": ("every dimension whose range is a kind of skos:Concept has a code list", """
        ASK { ?dim a qb:DimensionProperty ; rdfs:range ?range . ?range rdfs:subClassOf* skos:Concept .
              FILTER NOT EXISTS { ?dim qb:codeList ?list } }"""),
    "IC-6": ("only attributes may be optional", f"""
        ASK {{ ?dsd qb:component ?spec . ?spec qb:componentRequired "false"^^xsd:boolean ; {_PROP} ?p .
               FILTER NOT EXISTS {{ ?p a qb:AttributeProperty }} }}"""),
    "IC-7": ("every slice key belongs to a structure", """
        ASK { ?key a qb:SliceKey . FILTER NOT EXISTS { ?dsd a qb:DataStructureDefinition ; qb:sliceKey ?key } }"""),
    "IC-8": ("a slice key's properties are components of its structure", f"""
        ASK {{ ?key a qb:SliceKey ; qb:componentProperty ?p . ?dsd qb:sliceKey ?key .
               FILTER NOT EXISTS {{ ?dsd qb:component/{_PROP} ?p }} }}"""),
    "IC-9": ("every slice has exactly one slice structure", """
        ASK { { ?slice a qb:Slice . FILTER NOT EXISTS { ?slice qb:sliceStructure ?key } }
              UNION { ?slice a qb:Slice ; qb:sliceStructure ?a , ?b . FILTER(?a != ?b) } }"""),
    "IC-10": ("a slice has a value for every dimension of its key", """
        ASK { ?slice qb:sliceStructure ?key . ?key qb:componentProperty ?dim .
              FILTER NOT EXISTS { ?slice ?dim ?value } }"""),
    "IC-11": ("every observation has a value for every dimension", f"""
        ASK {{ ?obs qb:dataSet/qb:structure/qb:component/{_PROP} ?dim . ?dim a qb:DimensionProperty .
               FILTER NOT EXISTS {{ ?obs ?dim ?value }} }}"""),
    "IC-12": ("no two observations of a data set have the same values for all dimensions", f"""
        ASK {{ ?a qb:dataSet ?ds . ?b qb:dataSet ?ds . FILTER(STR(?a) < STR(?b))
               FILTER NOT EXISTS {{ ?ds qb:structure/qb:component/{_PROP} ?dim . ?dim a qb:DimensionProperty .
                                    ?a ?dim ?va . ?b ?dim ?vb . FILTER(?va != ?vb) }} }}"""),
    "IC-13": ("every observation has a value for every required attribute", f"""
        ASK {{ ?obs qb:dataSet/qb:structure/qb:component ?spec .
               ?spec qb:componentRequired "true"^^xsd:boolean ; {_PROP} ?attr . ?attr a qb:AttributeProperty .
               FILTER NOT EXISTS {{ ?obs ?attr ?value }} }}"""),
    "IC-14": ("without a measure dimension, every observation has a value for every measure", f"""
        ASK {{ ?obs qb:dataSet/qb:structure ?dsd .
               FILTER NOT EXISTS {{ ?dsd qb:component/{_PROP} qb:measureType }}
               ?dsd qb:component/{_PROP} ?measure . ?measure a qb:MeasureProperty .
               FILTER NOT EXISTS {{ ?obs ?measure ?value }} }}"""),
    "IC-15": ("with a measure dimension, an observation has a value for the measure it names", f"""
        ASK {{ ?obs qb:dataSet/qb:structure ?dsd ; qb:measureType ?measure .
               ?dsd qb:component/{_PROP} qb:measureType .
               FILTER NOT EXISTS {{ ?obs ?measure ?value }} }}"""),
    "IC-16": ("with a measure dimension, an observation has a value for no other measure", f"""
        ASK {{ ?obs qb:dataSet/qb:structure ?dsd ; qb:measureType ?measure ; ?other ?value .
               ?dsd qb:component/{_PROP} qb:measureType .
               ?dsd qb:component/{_PROP} ?other . ?other a qb:MeasureProperty . FILTER(?other != ?measure) }}"""),
    "IC-17": ("with a measure dimension, every measure is present for each combination of the other dimensions", f"""
        ASK {{ ?a qb:dataSet ?ds ; qb:measureType ?m1 . ?ds qb:structure ?dsd .
               ?dsd qb:component/{_PROP} qb:measureType .
               ?dsd qb:component/{_PROP} ?m2 . ?m2 a qb:MeasureProperty . FILTER(?m1 != ?m2)
               FILTER NOT EXISTS {{
                 ?b qb:dataSet ?ds ; qb:measureType ?m2 .
                 FILTER NOT EXISTS {{ ?dsd qb:component/{_PROP} ?dim . ?dim a qb:DimensionProperty .
                                      FILTER(?dim != qb:measureType) ?a ?dim ?va . ?b ?dim ?vb . FILTER(?va != ?vb) }} }} }}"""),
    "IC-18": ("the observations of a data set's slice belong to that data set", """
        ASK { ?ds qb:slice ?slice . ?slice qb:observation ?obs . FILTER NOT EXISTS { ?obs qb:dataSet ?ds } }"""),
    "IC-19": ("the value of a component with a code list is a code of that list (dimensions, and attributes too)", f"""
        ASK {{ {{ ?obs qb:dataSet/qb:structure/qb:component/{_PROP} ?dim . ?dim qb:codeList ?list .
                 ?list a skos:ConceptScheme . ?obs ?dim ?v .
                 FILTER NOT EXISTS {{ ?v a skos:Concept ; skos:inScheme ?list }} }}
               UNION
               {{ ?obs qb:dataSet/qb:structure/qb:component/{_PROP} ?dim . ?dim qb:codeList ?list .
                 ?list a skos:Collection . ?obs ?dim ?v .
                 FILTER NOT EXISTS {{ ?v a skos:Concept . ?list skos:member+ ?v }} }} }}"""),
}

_HIERARCHY = {
    "IC-20": ("a value of a hierarchical code list is reachable from a root along its parent-child property",
              "?list qb:hierarchyRoot/<{p}>* ?v"),
    "IC-21": ("a value of a hierarchical code list with an inverse parent-child property is reachable from a root",
              "?list qb:hierarchyRoot/^<{p}>* ?v"),
}


def _ask(store: ox.Store, text: str) -> bool:
    return bool(store.query(_PREFIXES + text, use_default_graph_as_union=True))


def _hierarchy_query(name: str, prop: str) -> str:
    reach = _HIERARCHY[name][1].format(p=prop)
    link = "qb:parentChildProperty ?pcp" if name == "IC-20" else "qb:parentChildProperty [ owl:inverseOf ?pcp ]"
    return f"""ASK {{ ?obs qb:dataSet/qb:structure/qb:component/{_PROP} ?dim . ?dim qb:codeList ?list .
                  ?list a qb:HierarchicalCodeList ; {link} . FILTER(?pcp = <{prop}>)
                  ?obs ?dim ?v . FILTER NOT EXISTS {{ {reach} }} }}"""


def broken(store: ox.Store) -> list[str]:
    """The constraints the store breaks, as "IC-n: what it requires" (empty when all hold)."""
    found = [f"{name}: {what}" for name, (what, query) in CONSTRAINTS.items() if _ask(store, query)]
    for name, (what, _path) in _HIERARCHY.items():
        link = "?list qb:parentChildProperty ?pcp" if name == "IC-20" else "?list qb:parentChildProperty [ owl:inverseOf ?pcp ]"
        rows = store.query(_PREFIXES + f"SELECT DISTINCT ?pcp WHERE {{ ?list a qb:HierarchicalCodeList . {link} . FILTER(isIRI(?pcp)) }}",
                           use_default_graph_as_union=True)
        if any(_ask(store, _hierarchy_query(name, row["pcp"].value)) for row in rows):
            found.append(f"{name}: {what}")
    return found
