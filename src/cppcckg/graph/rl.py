"""OWL 2 RL reasoning in this process (no Java): the `reasonable` engine plus the rules of the
ontology that it does not apply, read from the ontology's own axioms.

Why this is enough for the ontology's one defined class: ``cppcc:JointSichuanChongqingActivity``
is ``Initiative ⊓ ∃participant.(inProvince ∋ sichuan) ⊓ ∃participant.(inProvince ∋ chongqing)``.
As an equivalence it lies outside the OWL 2 RL syntax (someValuesFrom may only stand on the
subclass side), but the direction that gives membership is the subclass side, which the RL
rules cls-hv2, cls-svf1, cls-int1 and cax-eqc2 derive. What `reasonable` lacks is elsewhere:

- ``owl:propertyChainAxiom`` (rule prp-spo2, part of OWL 2 RL): ``inProvince`` is
  ``jurisdiction ∘ withinProvince``;
- ``C ⊑ ∃p.Self`` (outside OWL 2 RL; sound as a forward rule: each member of C gets ``x p x``):
  a Province lies within itself.

Both are read from the ontology, not named here, and applied to the closure until nothing new
follows. Consistency (disjoint classes, owl:Nothing, differentFrom) is checked on the closure
by :func:`cppcckg.graph.consistency.closure_problems`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from cppcckg import errors
from cppcckg.vocab import OWL, RDF, RDFS

__all__ = ["ENGINE", "ForwardRules", "forward_rules", "materialise"]

ENGINE = "OWL 2 RL (reasonable, in-process)"
MISSING = ("--reasoner rl needs the Python package 'reasonable' (pip install reasonable); "
           "or build with --reasoner none")

Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class ForwardRules:
    """The ontology's axioms that the engine does not apply, as forward rules."""

    chains: tuple[tuple[URIRef, tuple[URIRef, ...]], ...]  # P ⊒ p1 ∘ … ∘ pn
    self_restrictions: tuple[tuple[frozenset[URIRef], URIRef], ...]  # (C and its subclasses, p): x a C → x p x


def forward_rules(ontology: Graph) -> ForwardRules:
    """Read property chains and ``C ⊑ ∃p.Self`` axioms from the ontology."""
    chains = []
    for prop, head in ontology.subject_objects(OWL.propertyChainAxiom):
        steps = tuple(ontology.items(head))
        if isinstance(prop, URIRef) and steps and all(isinstance(s, URIRef) for s in steps):
            chains.append((prop, steps))
    selves = []
    for restriction, flag in ontology.subject_objects(OWL.hasSelf):
        prop = ontology.value(restriction, OWL.onProperty)
        if not (isinstance(flag, Literal) and flag.toPython() is True and isinstance(prop, URIRef)):
            continue
        for cls in ontology.subjects(RDFS.subClassOf, restriction):
            if isinstance(cls, URIRef):
                # with its named subclasses, so the rule fires on told types before the engine runs
                members = frozenset(c for c in ontology.transitive_subjects(RDFS.subClassOf, cls) if isinstance(c, URIRef))
                selves.append((members, prop))
    return ForwardRules(tuple(sorted(chains)), tuple(sorted(selves, key=lambda rule: (rule[1], sorted(rule[0])))))


def apply_rules(rules: ForwardRules, closure: set[Triple]) -> set[Triple]:
    """What the rules add to ``closure`` in one round (only triples not already in it)."""
    needed = {p for _prop, steps in rules.chains for p in steps} | {RDF.type}
    values: dict[Node, dict[Node, set[Node]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in closure:
        if p in needed:
            values[p][s].add(o)
    new: set[Triple] = set()
    for members, prop in rules.self_restrictions:
        for s, classes in values[RDF.type].items():
            if isinstance(s, URIRef) and not members.isdisjoint(classes):
                new.add((s, prop, s))
                values[prop][s].add(s)  # chains below may start from it
    for prop, steps in rules.chains:
        reach = {s: set(os) for s, os in values[steps[0]].items()}
        for step in steps[1:]:
            following = values[step]
            reach = {s: {z for o in os for z in following.get(o, ())} for s, os in reach.items()}
        for s, zs in reach.items():
            new.update((s, prop, z) for z in zs)
    return new - closure


def materialise(triples: list[Triple], ontology: Graph) -> set[Triple]:
    """The OWL 2 RL closure of ``triples`` (ontology and facts), with the forward rules of
    ``ontology`` applied until nothing new follows."""
    try:
        import reasonable
    except ImportError:
        raise errors.DependencyError(MISSING) from None
    rules = forward_rules(ontology)
    told = set(triples)
    told |= apply_rules(rules, told)  # most of what the rules give, so the engine runs once
    reasoner = reasonable.PyReasoner()
    reasoner.from_graph(list(told))
    del told  # the engine holds its own copy
    closure = set(reasoner.reason())
    while True:
        new = apply_rules(rules, closure)
        if not new:
            return closure
        reasoner.from_graph(list(new))
        del closure, new  # the engine has them: one closure at a time in memory
        closure = set(reasoner.reason())
