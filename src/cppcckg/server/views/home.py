"""The home page: what the dataset holds, from its VoID description."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from cppcckg.linked.describe import DATASET, describe
from cppcckg.linked.reader import list_reports
from cppcckg.linked.templating import render
from cppcckg.server.pages import best_label, labels_for
from cppcckg.server.responses import DOWNLOADS, html
from cppcckg.server.site import Site, local_href
from cppcckg.vocab import DCTERMS, VOID

__all__ = ["home"]

def _home_data(site: Site) -> dict:
    store = site.current()
    g = describe(store)
    titles = {t.language: str(t) for t in g.objects(DATASET, DCTERMS.title)}
    descriptions = {t.language: str(t) for t in g.objects(DATASET, DCTERMS.description)}
    counts = {"triples": int(g.value(DATASET, VOID.triples)), "entities": int(g.value(DATASET, VOID.entities))}
    classes = []
    for part in g.objects(DATASET, VOID.classPartition):
        cls = str(g.value(part, VOID["class"]))
        classes.append((cls, int(g.value(part, VOID.entities))))
    classes.sort(key=lambda c: (-c[1], c[0]))
    examples = sorted(str(x) for x in g.objects(DATASET, VOID.exampleResource))
    labels = labels_for(store, [c for c, _ in classes] + examples)
    return {
        "titles": titles, "descriptions": descriptions, "counts": counts,
        "classes": [(best_label(labels, c), local_href(c), n) for c, n in classes[:30]],
        "examples": [(best_label(labels, x), local_href(x)) for x in examples],
        "reports": list_reports(store), "license": str(g.value(DATASET, DCTERMS.license) or ""),
    }


async def home(site: Site, request: Request) -> Response:
    data = await site.run(site.cached, "home", lambda: _home_data(site))
    return html(render("home.html", title="cppcckg", nav=site.nav, downloads=sorted(DOWNLOADS), **data))
