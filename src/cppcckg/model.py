"""Typed values that flow between the pipeline stages.

Frozen dataclasses only: no rdflib, no I/O. Each stage takes one of these and returns
the next, so a user can stop after any stage and look at plain data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DONE = "done"
PLANNED = "planned"

INITIATIVE_TYPES: tuple[str, ...] = (
    "consultation",
    "research",
    "inspection",
    "supervision",
    "proposal",
    "briefing",
    "meeting",
    "study",
    "publication",
    "event",
    "campaign",
    "information",
    "other",
)


@dataclass(frozen=True)
class Period:
    """A span of whole years, inclusive (2021-2021 is the year 2021)."""

    start: int
    end: int

    def label(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"


@dataclass(frozen=True)
class Part:
    """A stretch of a report that reviews work done or plans work, for one period."""

    start: int
    end: int
    status: str
    period: Period | None


@dataclass(frozen=True)
class Original:
    """The file a report's text was taken from (a page, PDF or Word file), as `cppcckg add`
    recorded it: the kept text is derived from it."""

    name: str
    format: str
    size: int
    sha256: str
    url: str | None = None


@dataclass(frozen=True)
class Report:
    """A decoded report: `text` is the original file's characters, `norm` the same length
    in Simplified script with ASCII forms, used for matching only."""

    id: str
    text: str
    norm: str
    path: str | None = None
    title_zh: str | None = None
    title_en: str | None = None
    publisher: str | None = None
    delivered: str | None = None
    session: str | None = None
    period: Period | None = None
    source: str | None = None
    encoding: str = "utf-8"
    parts: tuple[Part, ...] = ()
    assumptions: tuple[str, ...] = ()
    sha256: str = ""
    original: Original | None = None
    publisher_assumed: bool = False  # the publisher was guessed from the text, not given by metadata

    def part_at(self, offset: int) -> Part | None:
        """The part of the report that holds character `offset`, if metadata declares parts."""
        found = None
        for part in self.parts:
            if part.start <= offset < part.end:
                found = part
        return found


@dataclass(frozen=True)
class Sentence:
    """A sentence, clause-sized bullet or heading, with offsets into `Report.text`."""

    report: str
    index: int
    start: int
    end: int
    text: str
    section: tuple[str, ...] = ()
    is_heading: bool = False
    is_bullet: bool = False
    is_lead: bool = False  # the first sentence of a paragraph (often a summary of it)


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: `text == report.text[start:end]` always holds."""

    report: str
    start: int
    end: int
    text: str
    # the report offsets of the sentence that holds the span (a user reads the sentence, not the
    # span); it follows from the span, so it takes no part in equality and may be filled in later
    sentence: tuple[int, int] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Mention:
    """A name in the text resolved to a reference entity (or kept as a new, unknown one)."""

    evidence: Evidence
    entity: str  # reference key, e.g. "cq-cppcc" or "unknown:xxx"
    label: str  # canonical Chinese name
    cls: str  # ontology class local name, e.g. "ProvincialCommittee", "Place", "Topic"
    kind: str  # "body", "place", "topic", "programme"
    surface: str = ""
    in_reference: bool = True
    members: tuple[str, ...] = ()  # for collective names: the member keys
    seat: str | None = None  # for an unknown body named with its place (民盟渝北区委): that place's key


@dataclass(frozen=True)
class Initiative:
    """An activity a body did or will do, as one report states it."""

    evidence: Evidence
    type: str
    subtype: str | None
    label: str
    organizers: tuple[str, ...]  # reference keys
    partners: tuple[str, ...]
    topics: tuple[str, ...]
    places: tuple[str, ...]
    status: str
    period: Period | None
    programme: str | None
    joint_sichuan_chongqing: bool
    section: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()  # names of the patterns that produced it, for explanation
    trigger: tuple[int, int] = (0, 0)  # report offsets of the activity word (专题协商, 联合调研…)
    context_topics: tuple[str, ...] = ()  # topics of the headings and lead sentence above it, not its own


@dataclass(frozen=True)
class Metric:
    """A count or rate with what it measures."""

    evidence: Evidence
    value: float
    unit: str
    qualifier: str | None
    measure: str  # measure key from data/reference/measures.yaml, or "other"
    subject: str | None  # reference key of the body the figure is about
    period: Period | None
    section: tuple[str, ...] = ()
    part_of: "Metric | None" = None  # the total this figure breaks down (交办提案800件，其中委员提案600件)
    same_as: "Metric | None" = None  # the earlier statement of the same figure in the report
    programme: str | None = None  # the programme the text states the figure for (extract/programme_figures.py)


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one report."""

    report: Report
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    initiatives: tuple[Initiative, ...]
    metrics: tuple[Metric, ...]
    notes: tuple[str, ...] = field(default=())
