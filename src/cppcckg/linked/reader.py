"""Evidence reader: each report as one HTML page with every extracted fact highlighted.

Built from the store only: the report's text is its ``cppcc:fullText`` literal (stores built
before that term existed fall back to the report files of ``reports_dir``, checked against the
``cppcc:sha256`` the store recorded), the spans are the ``oa:TextPositionSelector`` offsets of
the evidence of every mention, initiative and statistic of the report.

Highlighting: the text is cut at every span boundary; each piece is one element carrying the
classes of every span covering it (``k-mention``/``k-initiative``/``k-statistic``, and
``e-body``/``e-place``/... for what a mention names), so nested and overlapping spans all show,
and links to the entity of the innermost span covering it (the shortest; a mention before a
statistic before an initiative), so links never nest. An empty ``<span id="ev-START-END">``
marks where each evidence starts: ``reader/REPORT.html#ev-120-138`` is the address an entity
page links to; a small script outlines that span. Every piece of text is escaped.

Example:
    >>> from cppcckg.store import open_store  # doctest: +SKIP
    >>> write_reader(open_store("out/store"), "out/reader")  # doctest: +SKIP
    [PosixPath('out/reader/index.html'), ...]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

import pyoxigraph as ox
from markupsafe import Markup, escape

from cppcckg.errors import InputError
from cppcckg.store import select
from cppcckg.vocab import CPPCC, DATA_NS, mint

__all__ = [
    "KINDS",
    "ReportInfo",
    "ReportView",
    "Span",
    "anchor_id",
    "entity_kind",
    "highlight",
    "list_reports",
    "load_report",
    "render_index",
    "render_report",
    "write_reader",
]

#: Fact kinds, in the priority they take when spans of equal length cover the same text.
KINDS = ("mention", "statistic", "initiative")
_KIND_RANK = {k: i for i, k in enumerate(KINDS)}
#: What a mention can name (the kind segment of the entity IRI), each with its own colour.
ENTITY_KINDS = ("body", "place", "topic", "programme")
Href = Callable[[str], str]


@dataclass(frozen=True)
class Span:
    """One highlighted fact: ``[start, end)`` of the report text."""

    start: int
    end: int
    kind: str  # mention | initiative | statistic
    fact: str  # IRI of the mention, initiative or observation
    target: str  # IRI the highlight links to: the mentioned entity, else the fact itself
    label: str
    detail: str = ""
    entity_kind: str = ""  # for mentions: body, place, topic, programme or other

    @property
    def key(self) -> str:
        return f"{self.start}-{self.end}"


@dataclass
class ReportInfo:
    iri: str
    id: str
    title_zh: str = ""
    title_en: str = ""
    date: str = ""
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class ReportView:
    info: ReportInfo
    text: str
    spans: list[Span]
    source: str = ""
    text_from: str = "store"
    warnings: list[str] = field(default_factory=list)


def anchor_id(start: int, end: int) -> str:
    """The element id marking the evidence ``[start, end)`` in a reader page."""
    return f"ev-{start}-{end}"


def entity_kind(iri: str) -> str:
    """``body``, ``place``, ``topic``, ``programme`` for instance IRIs of those kinds, else ``other``."""
    if iri.startswith(str(DATA_NS)):
        kind = iri[len(str(DATA_NS)):].split("/", 1)[0]
        if kind in ENTITY_KINDS:
            return kind
    return "other"




def _rows(store: ox.Store, text: str, r: ox.NamedNode | None = None) -> list[dict]:
    """Rows of a fixed query; ``?r`` (the report) is bound by a VALUES block when given."""
    if r is not None:
        brace = text.index("{")
        text = text[: brace + 1] + f" VALUES ?r {{ {r} }} " + text[brace + 1:]
    return [{n: (t.value if t is not None else None) for n, t in row.items()} for row in select(store, text)]


def _labels(store: ox.Store, iris: Iterable[str], lang: str = "zh") -> dict[str, str]:
    iris = sorted(set(iris))
    out: dict[str, str] = {}
    for chunk in range(0, len(iris), 400):
        values = " ".join(f"<{i}>" for i in iris[chunk:chunk + 400])
        for r in _rows(store, f"""SELECT ?x ?l WHERE {{ VALUES ?x {{ {values} }}
                ?x rdfs:label|skos:prefLabel ?l . FILTER(LANG(?l) = "{lang}" || LANG(?l) = "") }} ORDER BY ?x DESC(LANG(?l)) ?l"""):
            out.setdefault(r["x"], r["l"])
    return out


def report_id(iri: str) -> str:
    prefix = str(mint("report", "x"))[:-1]
    return iri[len(prefix):] if iri.startswith(prefix) else iri


def list_reports(store: ox.Store) -> list[ReportInfo]:
    """Every report of the store with its titles and fact counts, sorted by id."""
    reports: dict[str, ReportInfo] = {}
    for r in _rows(store, """SELECT ?r ?t (LANG(?t) AS ?lang) ?date WHERE { ?r a cppcc:Report .
            OPTIONAL { ?r dcterms:title ?t } OPTIONAL { ?r dcterms:date ?date } } ORDER BY ?r ?lang ?t"""):
        info = reports.setdefault(r["r"], ReportInfo(iri=r["r"], id=report_id(r["r"]), date=r["date"] or ""))
        if r["t"] and r["lang"] == "zh" and not info.title_zh:
            info.title_zh = r["t"]
        if r["t"] and r["lang"] == "en" and not info.title_en:
            info.title_en = r["t"]
    for cls, name in (("cppcc:Mention", "mention"), ("cppcc:Initiative", "initiative"), ("qb:Observation", "statistic")):
        for r in _rows(store, f"""SELECT ?r (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a ?c ; cppcc:reportedIn ?r .
                ?c rdfs:subClassOf* {cls} }} GROUP BY ?r"""):
            if r["r"] in reports:
                reports[r["r"]].counts[name] = int(r["n"])
    return sorted(reports.values(), key=lambda i: i.id)


def _text_from_files(report_iri: str, rid: str, sha256: str | None, reports_dir: Path | None) -> tuple[str, str]:
    if reports_dir is None:
        raise InputError(
            f"report {rid}: the store holds no full text (built before cppcc:fullText); rebuild it with "
            "`cppcckg build`, or pass --reports DIR with the report files it was built from"
        )
    from cppcckg.ingest.reports import find_reports, read_report

    for path in find_reports(reports_dir):
        report = read_report(path)
        if report.id != rid:
            continue
        if sha256 and report.sha256 != sha256:
            raise InputError(
                f"{path}: differs from the file the store was built from (sha256 {report.sha256[:12]}… ≠ "
                f"{sha256[:12]}…); the offsets would not match: rebuild the store or give the original reports"
            )
        return report.text, str(path)
    raise InputError(f"report {rid}: no report file with that id in {reports_dir}; give the folder the store was built from")


def load_report(store: ox.Store, rid: str, reports_dir: Path | str | None = None) -> ReportView:
    """The text and highlighted spans of report ``rid``; InputError if the store has no such report."""
    try:
        riri = mint("report", rid)
    except ValueError:
        raise InputError(f"{rid!r} is not a report id") from None
    node = ox.NamedNode(str(riri))
    meta = _rows(store, """SELECT ?text ?len ?sha ?source WHERE { ?r a cppcc:Report .
        OPTIONAL { ?r cppcc:fullText ?text } OPTIONAL { ?r cppcc:textLength ?len }
        OPTIONAL { ?r cppcc:sha256 ?sha } OPTIONAL { ?r rdfs:comment ?source } } LIMIT 1""", r=node)
    if not meta:
        known = ", ".join(i.id for i in list_reports(store)) or "none"
        raise InputError(f"no report {rid!r} in the store; reports: {known}")
    info = next(i for i in list_reports(store) if i.id == rid)
    meta = meta[0]
    warnings: list[str] = []
    if meta["text"] is not None:
        text, text_from = meta["text"], "store"
    else:
        text, text_from = _text_from_files(str(riri), rid, meta["sha"], Path(reports_dir) if reports_dir else None)
    if meta["len"] is not None and int(meta["len"]) != len(text):
        warnings.append(f"the text has {len(text)} characters but the store recorded {meta['len']}; highlights may be misplaced")

    spans: list[Span] = []
    mention_rows = _rows(store, """SELECT ?m ?target ?surface ?start ?end ?exact WHERE {
        ?m a cppcc:Mention ; cppcc:reportedIn ?r ; cppcc:mentions ?target ; cppcc:evidence ?ev .
        ?ev oa:hasSource ?r ; oa:hasSelector ?pos , ?quote . ?pos oa:start ?start ; oa:end ?end . ?quote oa:exact ?exact .
        OPTIONAL { ?m cppcc:surfaceForm ?surface } }""", r=node)
    initiative_rows = _rows(store, """SELECT DISTINCT ?x ?label ?start ?end ?exact WHERE {
        ?x a ?c ; cppcc:reportedIn ?r ; cppcc:evidence ?ev . ?c rdfs:subClassOf* cppcc:Initiative .
        ?ev oa:hasSource ?r ; oa:hasSelector ?pos , ?quote . ?pos oa:start ?start ; oa:end ?end . ?quote oa:exact ?exact .
        OPTIONAL { ?x rdfs:label ?label } }""", r=node)
    statistic_rows = _rows(store, """SELECT ?x ?measure ?value ?unit ?qualifier ?start ?end ?exact WHERE {
        ?x a qb:Observation ; cppcc:reportedIn ?r ; cppcc:evidence ?ev ; cppcc:measure ?measure ; cppcc:value ?value .
        ?ev oa:hasSource ?r ; oa:hasSelector ?pos , ?quote . ?pos oa:start ?start ; oa:end ?end . ?quote oa:exact ?exact .
        OPTIONAL { ?x cppcc:unit ?unit } OPTIONAL { ?x cppcc:qualifier ?qualifier } }""", r=node)
    types = _initiative_types(store, node)
    labels = _labels(store, [r["target"] for r in mention_rows] + [r["measure"] for r in statistic_rows])
    mismatched = 0

    def check(row: dict) -> tuple[int, int] | None:
        nonlocal mismatched
        start, end = int(row["start"]), int(row["end"])
        if not (0 <= start < end <= len(text)) or text[start:end] != row["exact"]:
            mismatched += 1
            return None
        return start, end

    for r in mention_rows:
        where = check(r)
        if where:
            spans.append(Span(*where, "mention", r["m"], r["target"], labels.get(r["target"], r["surface"] or r["exact"]),
                              entity_kind=entity_kind(r["target"])))
    for r in initiative_rows:
        where = check(r)
        if where:
            spans.append(Span(*where, "initiative", r["x"], r["x"], r["label"] or r["exact"][:30], types.get(r["x"], "")))
    for r in statistic_rows:
        where = check(r)
        if where:
            measure = labels.get(r["measure"], r["measure"].rsplit("/", 1)[-1])
            value = f"{_number(r['value'])}{r['unit'] or ''}{r['qualifier'] or ''}"
            spans.append(Span(*where, "statistic", r["x"], r["x"], f"{measure}: {value}", value))
    if mismatched:
        warnings.append(f"{mismatched} evidence span(s) do not match the text at their offsets and are not highlighted")
    spans.sort(key=lambda s: (s.start, -s.end, _KIND_RANK[s.kind], s.fact))
    return ReportView(info=info, text=text, spans=spans, source=meta["source"] or "", text_from=text_from, warnings=warnings)


def _number(value: str) -> str:
    return value[:-2] if value.endswith(".0") else value


def _initiative_types(store: ox.Store, node: ox.NamedNode) -> dict[str, str]:
    """Initiative IRI → zh label of its most specific type(s)."""
    rows = _rows(store, """SELECT DISTINCT ?x ?c ?l WHERE { ?x cppcc:reportedIn ?r ; a ?c .
        ?c rdfs:subClassOf* cppcc:Initiative ; rdfs:label ?l . FILTER(LANG(?l) = "zh")
        FILTER NOT EXISTS { ?x a ?d . ?d rdfs:subClassOf ?c . FILTER(?d != ?c) } } ORDER BY ?x ?l""", r=node)
    joint = str(CPPCC.JointSichuanChongqingActivity)
    out: dict[str, list[str]] = {}
    for r in rows:
        if r["c"] != joint:
            out.setdefault(r["x"], []).append(r["l"])
    return {x: "、".join(dict.fromkeys(v)) for x, v in out.items()}


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------


def highlight(text: str, spans: Sequence[Span], href: Href) -> Markup:
    """``text`` as escaped HTML with every span highlighted (see the module docstring)."""
    spans = [s for s in spans if s.end > s.start]
    bounds = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    starts: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    anchors_done: set[str] = set()
    active: list[Span] = []
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        active = [s for s in active if s.end > a] + starts.get(a, [])
        for s in starts.get(a, []):
            if s.key not in anchors_done:
                anchors_done.add(s.key)
                out.append(f'<span class="anchor" id="{anchor_id(s.start, s.end)}"></span>')
        piece = escape(text[a:b])
        if not active:
            out.append(str(piece))
            continue
        inner = min(active, key=lambda s: (s.end - s.start, _KIND_RANK[s.kind], s.fact))
        classes = {"hl"} | {f"k-{s.kind}" for s in active}
        mention = min((s for s in active if s.kind == "mention"), key=lambda s: (s.end - s.start, s.fact), default=None)
        if mention is not None:
            classes.add(f"e-{mention.entity_kind}")
        keys = " ".join(sorted({s.key for s in active}))
        title = escape(_title(inner))
        out.append(
            f'<a class="{" ".join(sorted(classes))}" href="{escape(href(inner.target))}" data-ev="{keys}" '
            f'title="{title}">{piece}</a>'
        )
    return Markup("".join(out))


def _title(span: Span) -> str:
    kind = {"mention": "提及 mention", "initiative": "履职活动 initiative", "statistic": "统计 statistic"}[span.kind]
    detail = f" ({span.detail})" if span.detail and span.kind == "initiative" else ""
    return f"{kind}: {span.label}{detail}"


def _sidebar(view: ReportView) -> dict:
    initiatives = [s for s in view.spans if s.kind == "initiative"]
    statistics = [s for s in view.spans if s.kind == "statistic"]
    by_entity: dict[str, list[Span]] = {}
    for s in view.spans:
        if s.kind == "mention":
            by_entity.setdefault(s.target, []).append(s)
    mentions = sorted(by_entity.values(), key=lambda group: (-len(group), group[0].label, group[0].target))
    return {"initiatives": initiatives, "statistics": statistics, "mentions": mentions}


def render_report(view: ReportView, href: Href, index_href: str = "index.html", nav: dict | None = None) -> str:
    """The reader page of one report (self-contained: CSS and script inline)."""
    from cppcckg.linked.templating import render, script

    return render(
        "reader.html",
        view=view,
        body=highlight(view.text, view.spans, href),
        side=_sidebar(view),
        href=href,
        anchor_id=anchor_id,
        index_href=index_href,
        report_href=href(view.info.iri),
        reader_js=script("reader.js"),
        inline_assets=True,
        nav=nav,
        entity_kinds=ENTITY_KINDS + ("other",),
    )


def render_index(reports: Sequence[ReportInfo], href: Href, page_href: Callable[[str], str] | None = None, nav: dict | None = None) -> str:
    from cppcckg.linked.templating import render

    return render("reader_index.html", reports=reports, href=href, page_href=page_href or (lambda rid: f"{rid}.html"),
                  inline_assets=True, nav=nav)


def iri_href(link_base: str | None) -> Href:
    """Entity links: the IRI itself (None), or the same path under another site root."""
    if not link_base:
        return lambda iri: iri
    base = link_base.rstrip("/") + "/"
    ns = str(DATA_NS)

    def href(iri: str) -> str:
        return base + "id/" + iri[len(ns):] if iri.startswith(ns) else iri

    return href


def write_reader(store: ox.Store, out: Path | str, reports_dir: Path | str | None = None,
                 link_base: str | None = None) -> list[Path]:
    """Write ``index.html`` and ``REPORT.html`` for every report into ``out`` (atomically each)."""
    from cppcckg.fsutil import write_atomic

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: is a file; --out must be a folder")
    href = iri_href(link_base)
    reports = list_reports(store)
    if not reports:
        raise InputError("the store has no reports; run `cppcckg build` first")
    written = [write_atomic(out / "index.html", render_index(reports, href).encode("utf-8"))]
    for info in reports:
        view = load_report(store, info.id, reports_dir)
        written.append(write_atomic(out / f"{info.id}.html", render_report(view, href).encode("utf-8")))
    return written

