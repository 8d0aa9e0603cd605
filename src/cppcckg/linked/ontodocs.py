"""HTML documentation of the ontology: one offline page generated from the ontology graph.

Our own small generator over rdflib rather than pyLODE: pyLODE 3 installs, but it pulls in
several more packages, writes one language only and expects remote styling; this page shows
every term's Chinese and English labels side by side, needs no asset from the network, and its
anchors are the terms' local names, so the term ``cppcc:Initiative`` is documented at
``/ontology#Initiative`` on the server and at ``index.html#Initiative`` on disk.

For each class: labels, IRI, comments, superclasses and subclasses, equivalent class
expressions (written in Manchester syntax), disjoint classes, properties whose domain or range
it is, and named individuals. For each property: kind, domain, range, super- and
subproperties, inverse, characteristics and property chains.

Example:
    >>> from rdflib import Graph  # doctest: +SKIP
    >>> write_docs(Graph().parse("ontology/cppcc.ttl"), "out/docs")  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from markupsafe import Markup, escape
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from cppcckg.errors import InputError
from cppcckg.vocab import (
    CPPCC,
    DATA_NS,
    DCTERMS,
    ONTOLOGY_GRAPH,
    ONTOLOGY_IRI,
    OWL,
    RDF,
    RDFS,
    SKOS,
    curie,
)

__all__ = ["Term", "collect", "load_ontology", "render_docs", "write_docs"]

_OWN = str(CPPCC._NS)
_CHARACTERISTICS = ("FunctionalProperty", "InverseFunctionalProperty", "TransitiveProperty", "SymmetricProperty",
                    "AsymmetricProperty", "ReflexiveProperty", "IrreflexiveProperty")


@dataclass
class Term:
    iri: URIRef
    anchor: str
    kind: str  # class | object | datatype | annotation | individual
    label_zh: str = ""
    label_en: str = ""
    comments: list[Literal] = field(default_factory=list)
    facts: list[tuple[str, Markup]] = field(default_factory=list)


def load_ontology(store=None, path: Path | str | None = None) -> Graph:
    """The ontology graph: from a file, or the ontology named graph of a store."""
    graph = Graph()
    if path is not None:
        try:
            return graph.parse(Path(path), format="turtle")
        except FileNotFoundError:
            raise InputError(f"{path}: no such ontology file") from None
        except Exception as exc:
            raise InputError(f"{path}: cannot parse the ontology ({exc})") from None
    if store is None:
        raise InputError("give a store or an ontology file")
    import pyoxigraph as ox

    from cppcckg.linked.export import canonical_quads

    quads = canonical_quads(store, [ox.NamedNode(str(ONTOLOGY_GRAPH))])
    if not quads:
        raise InputError("the store has no ontology graph; run `cppcckg build` or pass --ontology FILE")
    data = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES)
    return graph.parse(data=data, format="nt")


def _anchor(iri: URIRef) -> str:
    text = str(iri)
    if text.startswith(_OWN):
        return text[len(_OWN):]
    if text.startswith(str(DATA_NS)):
        return text[len(str(DATA_NS)):]
    return curie(text).replace(":", "-")


def _label(g: Graph, iri, lang: str) -> str:
    for prop in (RDFS.label, SKOS.prefLabel):
        for value in sorted(g.objects(iri, prop)):
            if isinstance(value, Literal) and value.language == lang:
                return str(value)
    return ""


class _Linker:
    def __init__(self, g: Graph, documented: set[URIRef], external_href: Callable[[str], str]):
        self.g = g
        self.documented = documented
        self.external_href = external_href

    def term(self, node) -> Markup:
        if isinstance(node, URIRef):
            zh = _label(self.g, node, "zh")
            text = escape(curie(str(node)))
            title = escape(" / ".join(x for x in (zh, _label(self.g, node, "en")) if x))
            if node in self.documented:
                return Markup(f'<a href="#{escape(_anchor(node))}" title="{title}">{text}</a>')
            return Markup(f'<a href="{escape(self.external_href(str(node)))}" title="{title}">{text}</a>')
        if isinstance(node, BNode):
            return self.expression(node)
        if isinstance(node, Literal):
            return Markup(f"<code>{escape(node.n3())}</code>")
        return escape(str(node))

    def _list(self, node) -> list:
        return list(Collection(self.g, node)) if node is not None else []

    def expression(self, node: BNode) -> Markup:
        """A class expression in Manchester syntax."""
        g = self.g
        for prop, word in ((OWL.intersectionOf, "and"), (OWL.unionOf, "or")):
            members = self._list(g.value(node, prop))
            if members:
                joined = Markup(f" <b>{word}</b> ").join(self._paren(m) for m in members)
                return joined
        complement = g.value(node, OWL.complementOf)
        if complement is not None:
            return Markup("<b>not</b> ") + self._paren(complement)
        one_of = self._list(g.value(node, OWL.oneOf))
        if one_of:
            return Markup("{") + Markup(", ").join(self.term(m) for m in one_of) + Markup("}")
        prop = g.value(node, OWL.onProperty)
        if prop is not None:
            p = self.term(prop)
            for key, word in ((OWL.someValuesFrom, "some"), (OWL.allValuesFrom, "only")):
                value = g.value(node, key)
                if value is not None:
                    return p + Markup(f" <b>{word}</b> ") + self._paren(value)
            value = g.value(node, OWL.hasValue)
            if value is not None:
                return p + Markup(" <b>value</b> ") + self.term(value)
            for key, word in ((OWL.minQualifiedCardinality, "min"), (OWL.maxQualifiedCardinality, "max"),
                              (OWL.qualifiedCardinality, "exactly"), (OWL.minCardinality, "min"),
                              (OWL.maxCardinality, "max"), (OWL.cardinality, "exactly")):
                value = g.value(node, key)
                if value is not None:
                    on = g.value(node, OWL.onClass) or g.value(node, OWL.onDataRange)
                    tail = Markup(" ") + self._paren(on) if on is not None else Markup("")
                    return p + Markup(f" <b>{word}</b> {escape(str(value))}") + tail
        return Markup('<span class="muted">(anonymous class)</span>')

    def _paren(self, node) -> Markup:
        inner = self.term(node)
        return Markup("(") + inner + Markup(")") if isinstance(node, BNode) else inner

    def many(self, nodes: Iterable) -> Markup:
        return Markup(", ").join(self.term(n) for n in sorted(nodes, key=lambda n: (isinstance(n, BNode), str(n))))


def collect(g: Graph, external_href: Callable[[str], str] = lambda iri: iri) -> dict:
    """The documentation's content: header facts and Terms by kind."""
    kinds = {
        "class": sorted(s for s in g.subjects(RDF.type, OWL.Class) if str(s).startswith(_OWN)),
        "object": sorted(s for s in g.subjects(RDF.type, OWL.ObjectProperty) if str(s).startswith(_OWN)),
        "datatype": sorted(s for s in g.subjects(RDF.type, OWL.DatatypeProperty) if str(s).startswith(_OWN)),
        "annotation": sorted(s for s in g.subjects(RDF.type, OWL.AnnotationProperty) if str(s).startswith(_OWN)),
        "individual": sorted(s for s in g.subjects(RDF.type, OWL.NamedIndividual) if isinstance(s, URIRef)),
    }
    documented = {t for terms in kinds.values() for t in terms}
    link = _Linker(g, documented, external_href)
    terms: dict[str, list[Term]] = {}
    for kind, iris in kinds.items():
        terms[kind] = []
        for iri in iris:
            t = Term(iri, _anchor(iri), kind, _label(g, iri, "zh"), _label(g, iri, "en"))
            t.comments = sorted((c for c in g.objects(iri, RDFS.comment) if isinstance(c, Literal)),
                                key=lambda c: (c.language != "zh", c.language or "", str(c)))
            t.comments += sorted((c for c in g.objects(iri, SKOS.definition) if isinstance(c, Literal)), key=str)
            _facts(g, link, t, kinds)
            terms[kind].append(t)
    header = {
        "iri": str(ONTOLOGY_IRI),
        "title_zh": next((str(v) for v in g.objects(ONTOLOGY_IRI, DCTERMS.title) if getattr(v, "language", None) == "zh"), ""),
        "title_en": next((str(v) for v in g.objects(ONTOLOGY_IRI, DCTERMS.title) if getattr(v, "language", None) == "en"), ""),
        "descriptions": sorted((d for d in g.objects(ONTOLOGY_IRI, DCTERMS.description) if isinstance(d, Literal)),
                               key=lambda d: (d.language != "zh", str(d))),
        "comments": sorted(str(c) for c in g.objects(ONTOLOGY_IRI, RDFS.comment)),
        "version": str(g.value(ONTOLOGY_IRI, OWL.versionInfo) or ""),
        "version_iri": str(g.value(ONTOLOGY_IRI, OWL.versionIRI) or ""),
        "license": str(g.value(ONTOLOGY_IRI, DCTERMS.license) or ""),
        "prefixes": sorted((p, str(ns)) for p, ns in g.namespaces()),
    }
    reused = sorted({
        o for s, p, o in g
        if isinstance(o, URIRef) and p in (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.equivalentClass)
        and o not in documented and not str(o).startswith(_OWN)
    } | {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and s not in documented
         and not str(s).startswith(_OWN) and s != ONTOLOGY_IRI}, key=str)
    tree = _tree(g, kinds["class"], link)
    return {"header": header, "terms": terms, "reused": [(curie(str(r)), external_href(str(r))) for r in reused], "tree": tree}


def _facts(g: Graph, link: _Linker, t: Term, kinds: dict[str, list[URIRef]]) -> None:
    iri = t.iri
    add = t.facts.append
    add(("IRI", Markup(f'<code class="iri">{escape(str(iri))}</code>')))
    if t.kind == "class":
        supers = [o for o in g.objects(iri, RDFS.subClassOf)]
        if supers:
            add(("父类 superclasses", link.many(supers)))
        subs = [s for s in g.subjects(RDFS.subClassOf, iri)]
        if subs:
            add(("子类 subclasses", link.many(subs)))
        for eq in g.objects(iri, OWL.equivalentClass):
            add(("等价于 equivalent to", link.term(eq)))
        disjoint = set(g.objects(iri, OWL.disjointWith)) | set(g.subjects(OWL.disjointWith, iri))
        for group in g.subjects(RDF.type, OWL.AllDisjointClasses):
            members = link._list(g.value(group, OWL.members))
            if iri in members:
                disjoint |= {m for m in members if m != iri}
        if disjoint:
            add(("不相交 disjoint with", link.many(disjoint)))
        domain_of = [p for p in g.subjects(RDFS.domain, iri)]
        if domain_of:
            add(("定义域所属属性 properties with this domain", link.many(domain_of)))
        range_of = [p for p in g.subjects(RDFS.range, iri)]
        if range_of:
            add(("值域所属属性 properties with this range", link.many(range_of)))
        members = [s for s in g.subjects(RDF.type, iri) if s in kinds["individual"]]
        if members:
            add(("个体 individuals", link.many(members)))
    elif t.kind in ("object", "datatype", "annotation"):
        add(("类型 kind", Markup({"object": "owl:ObjectProperty", "datatype": "owl:DatatypeProperty",
                                   "annotation": "owl:AnnotationProperty"}[t.kind])))
        for key, name in ((RDFS.domain, "定义域 domain"), (RDFS.range, "值域 range"),
                          (RDFS.subPropertyOf, "父属性 superproperties"), (OWL.inverseOf, "逆属性 inverse of"),
                          (OWL.equivalentProperty, "等价属性 equivalent to")):
            values = list(g.objects(iri, key))
            if values:
                add((name, link.many(values)))
        subs = list(g.subjects(RDFS.subPropertyOf, iri))
        if subs:
            add(("子属性 subproperties", link.many(subs)))
        characteristics = [c for c in _CHARACTERISTICS if (iri, RDF.type, OWL[c]) in g]
        if characteristics:
            add(("特性 characteristics", Markup(", ").join(escape(f"owl:{c}") for c in characteristics)))
        for chain in g.objects(iri, OWL.propertyChainAxiom):
            add(("属性链 property chain", Markup(" ∘ ").join(link.term(p) for p in link._list(chain))))
    else:
        types = [o for o in g.objects(iri, RDF.type) if o != OWL.NamedIndividual]
        if types:
            add(("类型 types", link.many(types)))
        for p, o in sorted(g.predicate_objects(iri)):
            if p in (RDF.type, RDFS.label, RDFS.comment, SKOS.prefLabel, SKOS.definition):
                continue
            add((curie(str(p)), link.term(o)))
    for key, name in ((SKOS.prefLabel, "首选标签 preferred labels"), (SKOS.altLabel, "别名 alternative labels")):
        values = sorted(str(v) + (f"@{v.language}" if v.language else "") for v in g.objects(iri, key) if isinstance(v, Literal))
        if values and key == SKOS.altLabel:
            add((name, escape("、".join(values))))


def _tree(g: Graph, classes: list[URIRef], link: _Linker) -> Markup:
    """The own classes as a nested list (a class under each of its own superclasses)."""
    own = set(classes)
    children: dict[URIRef, list[URIRef]] = {}
    roots = []
    for c in classes:
        parents = [p for p in g.objects(c, RDFS.subClassOf) if p in own]
        if not parents:
            roots.append(c)
        for p in parents:
            children.setdefault(p, []).append(c)

    def item(c: URIRef, seen: frozenset) -> Markup:
        label = _label(g, c, "zh")
        out = Markup("<li>") + link.term(c) + (Markup(f' <span class="muted">{escape(label)}</span>') if label else Markup(""))
        kids = sorted(children.get(c, []))
        if kids and c not in seen:
            out += Markup("<ul>") + Markup("").join(item(k, seen | {c}) for k in kids) + Markup("</ul>")
        return out + Markup("</li>")

    return Markup('<ul class="tree">') + Markup("").join(item(r, frozenset()) for r in sorted(roots)) + Markup("</ul>")


def render_docs(g: Graph, external_href: Callable[[str], str] = lambda iri: iri, nav: dict | None = None,
                downloads: Iterable[tuple[str, str]] = ()) -> str:
    """The documentation page (self-contained: CSS inline)."""
    from cppcckg.linked.templating import render

    content = collect(g, external_href)
    return render("ontology.html", inline_assets=True, nav=nav, downloads=list(downloads), **content)


def write_docs(g: Graph, out: Path | str) -> list[Path]:
    """Write ``index.html`` plus the ontology as Turtle (``cppcc.ttl``) and RDF/XML (``cppcc.rdf``)."""
    import pyoxigraph as ox

    from cppcckg.fsutil import write_atomic
    from cppcckg.vocab import turtle_prefixes

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: is a file; --out must be a folder")
    triples = list(ox.parse(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES))
    if any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples):
        dataset = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        triples = [q.triple for q in dataset]
    triples.sort(key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    downloads = [("Turtle", "cppcc.ttl"), ("RDF/XML (Protégé)", "cppcc.rdf")]
    return [
        write_atomic(out / "cppcc.ttl", ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=turtle_prefixes())),
        write_atomic(out / "cppcc.rdf", ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=turtle_prefixes())),
        write_atomic(out / "index.html", render_docs(g, downloads=downloads).encode("utf-8")),
    ]
