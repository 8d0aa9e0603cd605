"""Links from the initiative IRIs of earlier builds to those of this one, so old links keep working.

An initiative's IRI is made from its content (graph/rdf.py ``initiative_key``), so a correction
to the clause that states it gives it a new IRI. Each build records, in ``OUT/initiative-iris.json``,
every initiative's IRI under its *identity*: the report named in its IRI, its label with spaces
and punctuation left out, and its ordinal among the initiatives of that report with that label
(by where each is first stated). The next build compares: an identity whose IRI changed gets
``old owl:sameAs new`` in its own named graph (``cppccid:graph/redirects``), and ``cppcckg serve``
answers the old ``/id/`` IRI with a 301 to the new one. Old IRIs stay recorded, so a chain of
edits still leads every earlier IRI to the newest; an IRI that is live again is dropped.

Example:
    >>> identity(f"{DATA_NS}initiative/r1/x-1", "川渝 政协·联合调研", 2)
    'r1\\t川渝政协联合调研\\t2'
"""

from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from cppcckg.vocab import CPPCC, DATA_NS, OA, OWL, RDFS, REDIRECTS_GRAPH

__all__ = ["FILE", "Redirects", "carry_forward", "identity"]

FILE = "initiative-iris.json"
_PREFIX = f"{DATA_NS}initiative/"


def identity(iri: str, label: str, ordinal: int) -> str:
    """The identity of an initiative across builds (tab-separated, for a JSON key)."""
    report = iri[len(_PREFIX):].split("/", 1)[0] if iri.startswith(_PREFIX) else ""
    letters = "".join(c for c in unicodedata.normalize("NFKC", label) if unicodedata.category(c)[0] in "LN")
    return f"{report}\t{letters}\t{ordinal}"


def _identities(store: ox.Store) -> dict[str, str]:
    """identity → IRI for every initiative of a built store."""
    text = f"""SELECT ?i (MIN(STR(?label)) AS ?l) (MIN(?start) AS ?s) WHERE {{
      ?i a <{CPPCC.Initiative}> ; <{RDFS.label}> ?label ; <{CPPCC.evidence}> ?e .
      ?e <{OA.hasSource}> ?r ; <{OA.hasSelector}> ?p . ?p <{OA.start}> ?start .
      FILTER(STRSTARTS(STR(?i), "{_PREFIX}") && STRSTARTS(SUBSTR(STR(?i), {len(_PREFIX) + 1}), CONCAT(REPLACE(STR(?r), "^.*/", ""), "/")))
    }} GROUP BY ?i"""
    rows = sorted(((r["i"].value, r["l"].value, int(r["s"].value))
                   for r in store.query(text, use_default_graph_as_union=True)), key=lambda x: (x[2], x[0]))
    counts: dict[str, int] = {}
    out: dict[str, str] = {}
    for iri, label, _start in rows:
        base = identity(iri, label, 0)
        counts[base] = counts.get(base, 0) + 1
        out[identity(iri, label, counts[base])] = iri
    return out


@dataclass
class Redirects:
    """What a build carries forward: this build's identities and every old IRI's identity."""

    path: Path
    initiatives: dict[str, str] = field(default_factory=dict)
    old: dict[str, str] = field(default_factory=dict)
    links: int = 0

    def save(self) -> None:
        """Write the record for the next build (after this build's store is in place)."""
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"format": 1, "initiatives": self.initiatives, "old": self.old},
                                  ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)


def _read(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return dict(data.get("initiatives", {})), dict(data.get("old", {}))
    except (OSError, ValueError, AttributeError):
        return {}, {}  # no earlier build, or a record it cannot read: nothing to link


def carry_forward(store: ox.Store, out_dir: Path) -> Redirects:
    """Add ``old owl:sameAs new`` for every earlier initiative IRI whose initiative has a new
    one to ``store`` (graph ``cppccid:graph/redirects``); the record to save once the build is done."""
    previous, old = _read(out_dir / FILE)
    now = _identities(store)
    for ident, iri in previous.items():
        if ident in now and now[ident] != iri:
            old[iri] = ident
    live = set(now.values())
    old = {iri: ident for iri, ident in sorted(old.items()) if iri not in live}
    graph, same = ox.NamedNode(str(REDIRECTS_GRAPH)), ox.NamedNode(str(OWL.sameAs))
    quads = [ox.Quad(ox.NamedNode(iri), same, ox.NamedNode(now[ident]), graph) for iri, ident in old.items() if ident in now]
    store.extend(quads)
    return Redirects(out_dir / FILE, now, old, len(quads))
