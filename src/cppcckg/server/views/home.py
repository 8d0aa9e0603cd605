"""The home page (what the dataset holds, from its VoID description) and the label search."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from cppcckg.linked.describe import DATASET, describe
from cppcckg.linked.reader import list_reports
from cppcckg.linked.templating import render
from cppcckg.query.sparqltext import literal
from cppcckg.server.pages import best_label, labels_for
from cppcckg.server.responses import DOWNLOADS, html
from cppcckg.server.site import Site, local_href
from cppcckg.store import select
from cppcckg.vocab import DATA_NS, DCTERMS, VOID

__all__ = ["home", "search"]

#: Longest search text used (longer input is cut), and most results shown.
MAX_SEARCH = 100
MAX_RESULTS = 100


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


def _find(site: Site, q: str) -> list[tuple[str, str, str, str]]:
    needle = literal(q.lower()[:MAX_SEARCH])
    rows = select(site.current(), f"""SELECT ?x (SAMPLE(?l) AS ?label) (SAMPLE(?c) AS ?class) WHERE {{
        ?x rdfs:label|skos:prefLabel|skos:altLabel ?l . FILTER(CONTAINS(LCASE(STR(?l)), {needle}))
        FILTER(STRSTARTS(STR(?x), "{DATA_NS}"))
        OPTIONAL {{ ?x cppcc:mostSpecificClass ?c . FILTER(STRSTARTS(STR(?c), STR(cppcc:))) }}
      }} GROUP BY ?x ORDER BY STRLEN(STR(?label)) ?x LIMIT {MAX_RESULTS}""")
    return [(r["label"].value, local_href(r["x"].value), r["x"].value,
             r["class"].value.rsplit("#", 1)[-1] if r["class"] is not None else "") for r in rows]


async def search(site: Site, request: Request) -> Response:
    q = (request.query_params.get("q") or "").strip()
    results = await site.run(_find, site, q) if q else []
    return html(render("search.html", title=f"搜索 search: {q[:MAX_SEARCH]}", nav=site.nav, q=q, results=results))
