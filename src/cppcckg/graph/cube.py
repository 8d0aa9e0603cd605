"""Statistics as a W3C Data Cube (https://www.w3.org/TR/vocab-data-cube/): one data set
(``cppccid:dataset/statistics``) with its structure, code lists and one observation per figure.

The structure, in normalised form (every component stated on its component specification):

- dimensions: ``cppcc:measure`` (code list ``scheme/measures``), ``cppcc:subject`` (the one body,
  or the one collective name, a figure is about; the report's publisher when the sentence names
  none), ``cppcc:refPeriod`` (the years; the report's period when the sentence gives none) and
  ``cppcc:statedAt`` (the place in the report that gives the figure: a report often gives
  several figures for one measure, subject and period, one per kind of meeting or per part of a
  total, and the extractor does not name the kind; this keeps them apart, so no two
  observations share a key, integrity constraint IC-12);
- measure: ``cppcc:value`` (xsd:decimal);
- attributes: ``cppcc:unitMeasure`` (required, a unit IRI of code list ``scheme/units``),
  ``cppcc:qualifier`` (optional: 余, 多, 近, 超过) and ``cppcc:forProgramme`` (optional: the
  programme the report states the figure for, extract/programme_figures.py).

``cppcc:unit`` keeps the unit as written for people and for the named queries. The data set,
structure and the measure code list go in the reference graph (:func:`structure`); each
observation and the unit it uses go in its report's graph (:func:`observation`).
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Iterable, Protocol

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from cppcckg.vocab import CPPCC, DCTERMS, QB, mint

__all__ = ["DATASET", "MEASURES", "STRUCTURE", "UNITS", "observation", "structure", "unit_iri"]


class Triples(Protocol):
    """What a graph or a build's piece of one offers here: adding a triple."""

    def add(self, triple: tuple) -> None: ...


DATASET = mint("dataset", "statistics")
STRUCTURE = mint("dataset", "statistics/structure")
MEASURES = mint("scheme", "measures")
UNITS = mint("scheme", "units")

#: (component property, kind of component, required) in the order of the structure.
COMPONENTS = (
    (CPPCC.measure, QB.dimension, True),
    (CPPCC.subject, QB.dimension, True),
    (CPPCC.refPeriod, QB.dimension, True),
    (CPPCC.statedAt, QB.dimension, True),
    (CPPCC.value, QB.measure, True),
    (CPPCC.unitMeasure, QB.attribute, True),
    (CPPCC.qualifier, QB.attribute, False),
    (CPPCC.forProgramme, QB.attribute, False),
)

_UNIT_KEYS = {"%": "percent"}


def unit_iri(unit: str) -> URIRef:
    """The code of a unit as written (件, 人次, %): the unit itself where it is safe in an IRI
    path, a readable name or a digest otherwise."""
    key = _UNIT_KEYS.get(unit, unit)
    try:
        return mint("unit", key)
    except ValueError:
        return mint("unit", "u-" + hashlib.sha1(unit.encode("utf-8")).hexdigest()[:10])


def structure(g: Graph, measures: Iterable[tuple[str, str, str]]) -> None:
    """The data set, its structure and the code lists of measures and units."""
    g.add((DATASET, RDF.type, QB.DataSet))
    g.add((DATASET, RDFS.label, Literal("工作报告中的统计数字", lang="zh")))
    g.add((DATASET, RDFS.label, Literal("Figures stated in the work reports", lang="en")))
    g.add((DATASET, DCTERMS.title, Literal("Figures stated in the work reports", lang="en")))
    g.add((DATASET, QB.structure, STRUCTURE))
    g.add((STRUCTURE, RDF.type, QB.DataStructureDefinition))
    g.add((STRUCTURE, RDFS.label, Literal("Structure of the statistics", lang="en")))
    for order, (prop, kind, required) in enumerate(COMPONENTS, 1):
        spec = mint("dataset", f"statistics/structure/{prop.split('#')[-1]}")
        g.add((STRUCTURE, QB.component, spec))
        g.add((spec, RDF.type, QB.ComponentSpecification))
        g.add((spec, kind, prop))
        g.add((spec, QB.order, Literal(order)))
        g.add((spec, QB.componentRequired, Literal(required)))
    for scheme, zh, en in ((MEASURES, "统计指标", "Measures"), (UNITS, "计量单位", "Units")):
        g.add((scheme, RDF.type, SKOS.ConceptScheme))
        g.add((scheme, RDFS.label, Literal(zh, lang="zh")))
        g.add((scheme, RDFS.label, Literal(en, lang="en")))
    for key, zh, en in measures:
        node = mint("measure", key)
        g.add((node, RDF.type, CPPCC.Measure))
        g.add((node, SKOS.inScheme, MEASURES))
        g.add((node, SKOS.topConceptOf, MEASURES))
        g.add((node, RDFS.label, Literal(zh, lang="zh")))
        g.add((node, RDFS.label, Literal(en, lang="en")))
        g.add((node, SKOS.prefLabel, Literal(zh, lang="zh")))
        g.add((node, SKOS.prefLabel, Literal(en, lang="en")))


def decimal(value: float) -> Literal:
    """A figure as xsd:decimal, without a spurious fraction (1501, not 1501.0)."""
    number = float(value)
    exact = Decimal(int(number)) if number.is_integer() else Decimal(repr(number)).normalize()
    return Literal(exact, datatype=XSD.decimal)


def observation(g: Triples, node: URIRef, *, measure: str, value: float, unit: str, qualifier: str | None,
                subject: URIRef | None, period: URIRef | None, evidence: URIRef, report: URIRef) -> None:
    """One figure as a qb:Observation of the statistics data set, with the unit code it uses."""
    g.add((node, RDF.type, QB.Observation))
    g.add((node, QB.dataSet, DATASET))
    g.add((node, CPPCC.measure, mint("measure", measure)))
    g.add((node, CPPCC.value, decimal(value)))
    g.add((node, CPPCC.unit, Literal(unit)))
    code = unit_iri(unit)
    g.add((node, CPPCC.unitMeasure, code))
    g.add((code, RDF.type, SKOS.Concept))
    g.add((code, SKOS.inScheme, UNITS))
    g.add((code, SKOS.topConceptOf, UNITS))
    g.add((code, RDFS.label, Literal(unit, lang="zh")))
    g.add((code, SKOS.prefLabel, Literal(unit, lang="zh")))
    if qualifier:
        g.add((node, CPPCC.qualifier, Literal(qualifier)))
    if subject is not None:
        g.add((node, CPPCC.subject, subject))
    if period is not None:
        g.add((node, CPPCC.refPeriod, period))
    g.add((node, CPPCC.statedAt, evidence))
    g.add((node, CPPCC.reportedIn, report))
    g.add((node, CPPCC.evidence, evidence))
