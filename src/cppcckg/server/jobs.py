"""Network-page jobs for the server's worker processes (:mod:`cppcckg.server.workers`).

Building a page (read the catalogue, project, annotate, lay out, render) is seconds of
CPU-bound Python, so it never runs in the server's process: a worker runs it under the pool's
time and memory limits. A worker keeps the catalogue of the store it has open, so pages with
other filters cost a projection and a layout, not a re-read of the store.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cppcckg.errors import CppcckgError
from cppcckg.network.analytics import annotate
from cppcckg.network.catalogue import Catalogue, Filters, load_catalogue
from cppcckg.network.layout import compute_layout
from cppcckg.network.render import render_html
from cppcckg.network.views import project
from cppcckg.server.sparql import Answer

__all__ = ["NETWORK_IMPORTS", "NetworkChoices", "NetworkPage"]

#: What a network worker imports before its memory limit applies. networkx imports numpy and
#: scipy inside its layout and centrality functions, on a page's first build; under the limit,
#: mapping their shared libraries can fail (how much address space that takes depends on the
#: machine), and the page would be a 500. The centralities, communities and layouts of every
#: view need these.
NETWORK_IMPORTS = ("cppcckg.server.jobs", "pyvis.network", "numpy", "numpy.random", "scipy.linalg",
                   "scipy.sparse", "scipy.sparse.linalg", "scipy.optimize", "scipy.spatial")

_LAST: list[Any] = [None, None]  # [store, its catalogue]: one store is open in a worker at a time


def _catalogue(store: Any) -> Catalogue:
    if _LAST[0] is not store:
        _LAST[:] = [store, load_catalogue(store)]
    return _LAST[1]


@dataclass(frozen=True)
class NetworkChoices:
    """The values the network filters accept on the open store (JSON), for the server to check
    and normalise filters before it asks for a page."""

    def run(self, store: Any) -> Answer:
        choices = _catalogue(store).choices()
        return Answer(200, "application/json", json.dumps(choices, ensure_ascii=False, sort_keys=True).encode("utf-8"))


@dataclass(frozen=True)
class NetworkPage:
    """One network page for ``view`` and filters already checked and spelt canonically."""

    view: str
    years: tuple[int, int] | None = None
    type: str | None = None
    status: str | None = None
    report: str | None = None
    max_bytes: int = 50_000_000
    layout: str = "spring"

    def run(self, store: Any) -> Answer:
        filters = Filters(self.years, self.type, self.status, self.report)
        try:
            # On the map the joint activities are the arcs between bodies.
            collapse = self.layout == "map" and self.view == "sichuan-chongqing"
            g = project(_catalogue(store), self.view, filters, collapse=collapse)
            if g.number_of_nodes() == 0:
                return Answer.error(400, f"the {self.view} view is empty with these filters ({filters.describe()})")
            g = annotate(g)
            page = render_html(g, positions=compute_layout(g, self.layout), layout=self.layout).encode("utf-8")
        except CppcckgError as exc:
            return Answer.error(400, str(exc))
        if len(page) > self.max_bytes:
            return Answer.error(422, f"network page too large: {len(page)} bytes, over this server's --max-bytes "
                                     f"({self.max_bytes}); narrow the filters (year, type, status, report)")
        return Answer(200, "text/html; charset=utf-8", page)
