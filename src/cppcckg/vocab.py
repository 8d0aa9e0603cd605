"""Every IRI of the project, and nothing else.

- ``CPPCC``: the ontology's own terms (``cppcc:``), a closed ``DefinedNamespace``: a misspelt
  term raises ``AttributeError`` instead of minting a new IRI.
- ``DATA_NS`` and :func:`mint`: instance IRIs (``cppccid:``), made from stable keys.
- W3C and community namespaces, ``PREFIXES`` and :func:`bind_prefixes`.
- Named-graph IRIs and the fixed individuals the ontology needs.

ontology/cppcc.ttl is the truth about terms; a test checks that ``CPPCC`` lists exactly its terms.

Longer than 400 lines because it is the one registry of terms (every IRI defined once, here):
the ontology's own terms are listed one per line so that a test can compare them with the
ontology; moving the W3C namespaces to a module of their own is the next split.

Example:
    >>> mint("body", "cq-cppcc")
    rdflib.term.URIRef('https://w3id.org/cppcckg/id/body/cq-cppcc')
    >>> CPPCC.Initiative
    rdflib.term.URIRef('https://w3id.org/cppcckg/ontology#Initiative')
"""

from __future__ import annotations

import re
import unicodedata

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import (
    DCAT,
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SH,
    SKOS,
    TIME,
    VOID,
    XSD,
    DefinedNamespace,
)

__all__ = [
    "BASE",
    "CHINA",
    "CHONGQING",
    "CPPCC",
    "DATA_NS",
    "DCAT",
    "DCTERMS",
    "FOAF",
    "GENID",
    "GEO",
    "INFERRED_GRAPH",
    "KINDS",
    "OA",
    "ONTOLOGY_GRAPH",
    "ONTOLOGY_IRI",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "QB",
    "RDF",
    "RDFS",
    "REDIRECTS_GRAPH",
    "REFERENCE_GRAPH",
    "SH",
    "SHAPES",
    "SICHUAN",
    "SKOS",
    "TIME",
    "TYPE_CLASS",
    "VOID",
    "WIKIDATA_ENTITY",
    "XSD",
    "bind_prefixes",
    "content_iri",
    "curie",
    "mint",
    "report_graph",
]

#: The root under which the project's own IRIs live.
BASE = "https://w3id.org/cppcckg/"

#: The ontology document (owl:Ontology) and its term namespace.
ONTOLOGY_IRI = URIRef(BASE + "ontology")

#: SHACL shapes of ontology/shapes.ttl.
SHAPES = Namespace(BASE + "shapes#")

#: Instance data. Rebase by assigning another Namespace here before minting; note that the
#: fixed individuals below and those declared in ontology/cppcc.ttl keep the default base.
DATA_NS = Namespace(BASE + "id/")

#: Skolem IRIs (RDF 1.1 §3.5): a blank node of the store is published as GENID + its id.
GENID = BASE + ".well-known/genid/"

#: W3C and community vocabularies that rdflib does not ship.
QB = Namespace("http://purl.org/linked-data/cube#")
OA = Namespace("http://www.w3.org/ns/oa#")
#: W3C Basic Geo: coordinates of places, for map-like layouts.
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")


class CPPCC(DefinedNamespace):
    """The cppcckg ontology (ontology/cppcc.ttl)."""

    _fail = True
    _NS = Namespace(BASE + "ontology#")

    # Bodies
    Body: URIRef  # Any organisation, organ or group a report names (⊑ org:Organization)
    CPPCCCommittee: URIRef  # A CPPCC committee at any level
    NationalCommittee: URIRef  # 全国政协
    ProvincialCommittee: URIRef  # Province-level committee, incl. Chongqing and Sichuan
    MunicipalCommittee: URIRef  # Prefecture-level city committee, e.g. 达州
    CountyCommittee: URIRef  # District or county committee
    StandingCommittee: URIRef  # 常委会
    ChairpersonsCouncil: URIRef  # 主席会议
    PlenarySession: URIRef  # 全体会议
    SpecialCommittee: URIRef  # 专门委员会
    WorkingOrgan: URIRef  # 办公厅 and other working organs
    PartyOrganisation: URIRef  # Party organisation
    PartyGroup: URIRef  # 党组
    SubPartyGroup: URIRef  # 分党组
    MembersPartyBranch: URIRef  # 委员党支部
    PartyBranch: URIRef  # Other 党支部, e.g. 机关党支部
    DemocraticParty: URIRef  # 民主党派
    PeoplesOrganisation: URIRef  # 人民团体
    Sector: URIRef  # 界别
    MemberGroup: URIRef  # Members acting together, e.g. 住渝全国政协委员
    ExternalBody: URIRef  # Outside the CPPCC system
    PartyCommittee: URIRef  # 党委
    GovernmentBody: URIRef  # Government or department
    PeoplesCongress: URIRef  # 人大
    ExternalOrgan: URIRef  # Any other external body
    Collective: URIRef  # A name for several bodies, e.g. 川渝政协 (not a Body)
    Collaboration: URIRef  # ⊑ Collective, org:OrganizationalCollaboration: 川渝政协, 湘鄂渝黔四省市政协
    CommitteeTerm: URIRef  # 第N届委员会: a committee for one term of office (⊑ Body)
    Session: URIRef  # 第N届委员会第M次会议: a dated event of a term (⊑ prov:Activity)

    # Places
    Place: URIRef
    Country: URIRef
    Province: URIRef  # Any province-level division, incl. municipalities
    PrefectureCity: URIRef
    District: URIRef
    County: URIRef

    # Initiatives
    Initiative: URIRef  # ⊑ prov:Activity
    Consultation: URIRef
    Research: URIRef
    Inspection: URIRef
    Supervision: URIRef
    Proposal: URIRef
    Briefing: URIRef
    Meeting: URIRef
    StudySession: URIRef
    Publication: URIRef
    Event: URIRef
    Campaign: URIRef
    InformationReport: URIRef
    OtherInitiative: URIRef
    ThematicConsultation: URIRef  # 专题协商
    SectorConsultation: URIRef  # 界别协商
    CounterpartConsultation: URIRef  # 对口协商
    RemoteConsultation: URIRef  # 远程协商
    ProposalHandlingConsultation: URIRef  # 提案办理协商
    LinkedConsultation: URIRef  # 联动协商
    OnlineDeliberation: URIRef  # 网络议政
    JointProposal: URIRef  # 联名提案
    JointSichuanChongqingActivity: URIRef  # Defined class, inferred by the reasoner only

    # Programmes, concepts, documents
    Programme: URIRef  # ⊑ prov:Plan, e.g. 渝事好商量
    Topic: URIRef  # ⊑ skos:Concept
    Measure: URIRef  # What a statistic counts
    Status: URIRef  # done / planned
    Report: URIRef  # A work report
    Evidence: URIRef  # A span of report text
    Mention: URIRef  # A place in a report naming an entity

    # Status individuals
    done: URIRef
    planned: URIRef
    organizerRole: URIRef  # prov:Role of an organizer in a qualified association
    partnerRole: URIRef  # prov:Role of a partner

    # Object properties
    jurisdiction: URIRef  # Body → Place its remit covers (⊑ dcterms:spatial)
    seat: URIRef  # Body → Place where it sits (headquarters)
    withinProvince: URIRef  # Place → Province (a province is within itself)
    guidedBy: URIRef  # CPPCC committee → the committee of the level above that guides it (指导)
    termOf: URIRef  # CommitteeTerm → CPPCC committee
    sessionOf: URIRef  # Session → CommitteeTerm
    deliveredAt: URIRef  # Report → Session
    ordinal: URIRef  # xsd:integer: the N of a term or session
    setUpIn: URIRef  # Party organisation → the body it is set up in (党组, 分党组, 委员党支部)
    membersOf: URIRef  # group of members → the committee whose members they are (市政协委员)
    inProvince: URIRef  # Body → Province, = jurisdiction ∘ withinProvince
    mostSpecificClass: URIRef  # entity → its narrowest asserted class (annotation; materialised by the build)
    shortName: URIRef  # body → the short form reports use (沙坪坝区政协); annotation, ⊑ skos:altLabel
    comprises: URIRef  # Collective → Body
    participant: URIRef  # Initiative → Body
    organizer: URIRef  # ⊑ participant
    partner: URIRef  # ⊑ participant
    topic: URIRef  # → Topic
    contextTopic: URIRef  # Initiative → Topic named by the heading or lead sentence above it
    place: URIRef  # → Place
    status: URIRef  # → Status
    period: URIRef  # → time:ProperInterval
    partOfProgramme: URIRef  # Initiative → Programme
    programmeParticipant: URIRef  # Programme → Body
    reportedIn: URIRef  # → Report
    evidence: URIRef  # → Evidence
    mentions: URIRef  # Mention → entity
    measure: URIRef  # qb:Observation → Measure (dimension)
    subject: URIRef  # qb:Observation → Body (dimension)
    refPeriod: URIRef  # qb:Observation → time:ProperInterval (dimension)
    partOfTotal: URIRef  # qb:Observation → the qb:Observation whose total it breaks down (其中…)
    statedAt: URIRef  # qb:Observation → Evidence (dimension: where the report gives the figure)
    unitMeasure: URIRef  # qb:Observation → unit code (attribute)
    forProgramme: URIRef  # qb:Observation → Programme the report states the figure for (attribute)

    # Datatype properties
    startYear: URIRef  # xsd:integer
    endYear: URIRef  # xsd:integer
    value: URIRef  # xsd:decimal (measure)
    unit: URIRef  # string (attribute)
    qualifier: URIRef  # string (attribute): 余, 多, 近, 超过
    textLength: URIRef  # xsd:integer, characters of a report's text
    sha256: URIRef  # hex digest of a report file
    gbt2260Code: URIRef  # GB/T 2260 administrative division code of a place
    fullText: URIRef  # the whole decoded text of a report
    sectionPath: URIRef  # headings above a piece of evidence
    surfaceForm: URIRef  # words a mention uses
    inReference: URIRef  # xsd:boolean, false for bodies missing from the reference data
    noOrganizerReason: URIRef  # why an initiative has no organizer
    mergeRule: URIRef  # cross-report identity rule that merged an initiative
    ruleName: URIRef  # extraction pattern that produced a fact


#: Every prefix the project binds, for Turtle output and readable messages.
PREFIXES: dict[str, Namespace] = {
    "cppcc": Namespace(str(CPPCC._NS)),
    "cppccid": DATA_NS,
    "cppccsh": SHAPES,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "time": TIME,
    "qb": QB,
    "oa": OA,
    "geo": GEO,
    "foaf": FOAF,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "sh": SH,
    "void": VOID,
    "dcat": DCAT,
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind every prefix of ``PREFIXES`` on ``graph`` (replacing other bindings of those
    prefixes) and return it. The ``cppccid`` prefix follows the current ``DATA_NS``."""
    for prefix, namespace in PREFIXES.items():
        if prefix == "cppccid":
            namespace = DATA_NS
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


#: The kinds of instance IRIs that :func:`mint` makes.
KINDS: frozenset[str] = frozenset({
    "body", "place", "topic", "programme", "report", "initiative", "evidence", "observation", "period", "measure",
    "mention", "status", "dataset", "scheme", "session",
    "unit",  # unit codes of the statistics (graph/cube.py)
})

# ASCII characters allowed in a key besides letters and digits: IRI unreserved characters, the
# path separator, and the sub-delimiters and ":"/"@" that RFC 3987 allows in a path segment.
_ASCII_OK = re.compile(r"[A-Za-z0-9\-._~/:@!$&'()*+,;=]*")


def _check_key(key: str, what: str) -> None:
    if not isinstance(key, str) or not key:
        raise ValueError(f"{what} must be a non-empty string, got {key!r}")
    if key.isascii() and _ASCII_OK.fullmatch(key):
        pass  # the common case, checked in one pass: every character is one the loop accepts
    else:
        _check_characters(key, what)
    segments = key.split("/")
    if any(segment in ("", ".", "..") for segment in segments):
        raise ValueError(
            f"{what} {key!r} has an empty, '.' or '..' path segment (leading, trailing or "
            "doubled '/')"
        )


def _check_characters(key: str, what: str) -> None:
    for char in key:
        if ord(char) < 128:
            if not _ASCII_OK.fullmatch(char):
                raise ValueError(
                    f"{what} {key!r} contains {char!r}, which is not safe in an IRI path; "
                    "use a slug of letters, digits, '-', '_', '.', '~' and '/'"
                )
        elif unicodedata.category(char)[0] not in "LN":
            # Non-ASCII letters and digits (e.g. Chinese) are valid IRI characters; spaces,
            # punctuation, controls and private-use characters are not accepted.
            raise ValueError(f"{what} {key!r} contains {char!r}, which is not safe in an IRI path")


def mint(kind: str, key: str) -> URIRef:
    """The IRI of the instance of ``kind`` identified by the stable ``key``.

    ``kind`` is one of ``KINDS``; ``key`` is a slug or id such as ``cq-cppcc`` or
    ``cq-cppcc-2022-work-report/120-138``. Raises ``ValueError`` for another kind or for a key
    with characters unsafe in an IRI path.

    Example:
        >>> mint("evidence", "cq-cppcc-2022-work-report/120-138")
        rdflib.term.URIRef('https://w3id.org/cppcckg/id/evidence/cq-cppcc-2022-work-report/120-138')
    """
    if kind not in KINDS:
        raise ValueError(f"unknown IRI kind {kind!r}; expected one of {', '.join(sorted(KINDS))}")
    _check_key(key, "key")
    return URIRef(f"{DATA_NS}{kind}/{key}")


def curie(iri: str) -> str:
    """A prefixed name for an IRI of a known namespace (cppcc:Initiative), else the IRI."""
    best = ""
    for prefix, namespace in PREFIXES.items():
        ns = str(DATA_NS) if prefix == "cppccid" else str(namespace)
        if iri.startswith(ns) and len(ns) > len(best):
            best, name = ns, f"{prefix}:{iri[len(ns):]}"
    return name if best else iri


def content_iri(sha256_hex: str) -> URIRef:
    """A file named by its content (RFC 6920 ``ni:`` URI), for an original with no known URL.

    Example:
        >>> content_iri("00" * 32)
        rdflib.term.URIRef('ni:///sha-256;AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
    """
    import base64

    digest = base64.urlsafe_b64encode(bytes.fromhex(sha256_hex)).decode("ascii").rstrip("=")
    return URIRef(f"ni:///sha-256;{digest}")


def report_graph(report_id: str) -> URIRef:
    """The named graph holding the facts extracted from one report."""
    _check_key(report_id, "report id")
    return URIRef(f"{DATA_NS}graph/report/{report_id}")


#: Named graphs of the dataset besides the per-report ones.
ONTOLOGY_GRAPH = URIRef(f"{DATA_NS}graph/ontology")
REFERENCE_GRAPH = URIRef(f"{DATA_NS}graph/reference")
INFERRED_GRAPH = URIRef(f"{DATA_NS}graph/inferred")
#: Where a Wikidata item lives as an IRI (its concept URI); reference places link to it.
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
#: owl:sameAs from initiative IRIs of earlier builds to this build's (build/redirects.py).
REDIRECTS_GRAPH = URIRef(f"{DATA_NS}graph/redirects")

#: Fixed places the ontology declares (JointSichuanChongqingActivity refers to the first two).
SICHUAN = mint("place", "sichuan")
CHONGQING = mint("place", "chongqing")
CHINA = mint("place", "china")

#: The extractor's initiative types (model.Initiative.type) → their ontology classes.
TYPE_CLASS = {
    "consultation": CPPCC.Consultation, "research": CPPCC.Research, "inspection": CPPCC.Inspection,
    "supervision": CPPCC.Supervision, "proposal": CPPCC.Proposal, "briefing": CPPCC.Briefing,
    "meeting": CPPCC.Meeting, "study": CPPCC.StudySession, "publication": CPPCC.Publication,
    "event": CPPCC.Event, "campaign": CPPCC.Campaign, "information": CPPCC.InformationReport,
    "other": CPPCC.OtherInitiative,
}


def prefixes() -> dict[str, str]:
    """The project's prefixes as strings (``cppccid`` following the current ``DATA_NS``)."""
    out = {p: str(ns) for p, ns in PREFIXES.items()}
    out["cppccid"] = str(DATA_NS)
    return out


def turtle_prefixes() -> dict[str, str]:
    """Prefixes for Turtle, TriG and RDF/XML output: all but ``cppccid``, since instance keys
    contain ``/``, which a prefixed name can only hold escaped (``cppccid:body\\/x``); full
    IRIs read better and every parser takes them."""
    out = prefixes()
    del out["cppccid"]
    return out


def sparql_prefixes() -> str:
    """The PREFIX lines of every project prefix, for queries the package writes itself."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(prefixes().items()))
