"""Upload the store's named graphs to a remote store with the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph goes to ``GRAPH_STORE?graph=IRI`` as N-Triples, in batches of at most
``batch_size`` triples (triples sharing a blank node always travel together). With ``replace``
the first request for a graph is a PUT (the graph is replaced) and the rest POSTs (added);
without it every request is a POST.

Blank nodes travel as skolem IRIs (RDF 1.1 §3.5: ``vocab.GENID`` + the node's id, i.e. under
``BASE/.well-known/genid/``), the same for every upload of one store. So every request is
idempotent: a request the server applied but answered with an error (or not at all) can be
sent again without duplicating a triple, and so can a whole publish.

Failed requests (unreachable server, timeout, HTTP 5xx or 429) are retried with growing
pauses; an HTTP 4xx stops at once. ``timeout`` is a deadline for each request as a whole. A
failure says which graphs made it. At the end the triple count of every graph is read back
through the query endpoint: a graph the server holds fewer (or, with ``replace``, other)
triples of than the store is an EndpointError naming the graphs that differ.

Example:
    >>> from cppcckg.store import open_store
    >>> publish(open_store("out/store"), endpoint="http://127.0.0.1:7878/query", replace=True)  # doctest: +SKIP
    PublishResult(graph_store='http://127.0.0.1:7878/store', graphs=[...], triples=18101, ...)
"""

from __future__ import annotations

import http.client
import time
import urllib.error
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator
from urllib.parse import quote, urlsplit, urlunsplit

from cppcckg.errors import EndpointError
from cppcckg.query.endpoint import check_url, describe_failure, http_request, server_message
from cppcckg.query.httpauth import Auth, Credentials
from cppcckg.vocab import GENID

__all__ = ["GENID", "GraphUpload", "PublishResult", "batches", "graph_store_url", "publish", "skolemise"]

#: progress(graph IRI, triples sent so far, triples in the graph, batch number, batches)
Progress = Callable[[str, int, int, int, int], None]

_RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass
class GraphUpload:
    graph: str
    triples: int
    requests: int
    remote_triples: int | None = None


@dataclass
class PublishResult:
    graph_store: str
    graphs: list[GraphUpload] = field(default_factory=list)
    triples: int = 0
    endpoint: str | None = None
    notes: list[str] = field(default_factory=list)


def graph_store_url(endpoint: str | None, graph_store: str | None = None) -> str:
    """The Graph Store Protocol URL: ``graph_store`` if given, else derived from an Oxigraph
    query endpoint (``.../query`` → ``.../store``). Other servers need ``graph_store``."""
    if graph_store:
        return check_url(graph_store, "graph store")
    if not endpoint:
        raise EndpointError("give the query endpoint (--endpoint) or the graph store URL (--graph-store)")
    parts = urlsplit(check_url(endpoint))
    path = parts.path.rstrip("/")
    if path.endswith("/query"):
        return urlunsplit((parts.scheme, parts.netloc, path[: -len("/query")] + "/store", "", ""))
    raise EndpointError(
        f"{endpoint}: cannot tell the Graph Store Protocol URL from this endpoint; pass --graph-store "
        "(Oxigraph: .../store, Fuseki: .../DATASET/data)"
    )


def _target(graph_store: str, graph: str | None) -> str:
    joiner = "&" if urlsplit(graph_store).query else "?"
    return f"{graph_store}{joiner}default" if graph is None else f"{graph_store}{joiner}graph={quote(graph, safe='')}"


def batches(triples: list[Any], size: int) -> Iterator[list[Any]]:
    """Split pyoxigraph Triples into lists of at most ``size``, keeping every group of triples
    joined by blank nodes in one list (a group larger than ``size`` gets a list of its own)."""
    import pyoxigraph as ox

    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    blank_of: list[list[str]] = []
    for t in triples:
        blanks = [n.value for n in (t.subject, t.object) if isinstance(n, ox.BlankNode)]
        blank_of.append(blanks)
        for b in blanks[1:]:
            parent[find(b)] = find(blanks[0])
    groups: dict[str, list[Any]] = {}
    units: list[list[Any]] = []
    for t, blanks in zip(triples, blank_of):
        if blanks:
            root = find(blanks[0])
            if root not in groups:
                groups[root] = []
                units.append(groups[root])
            groups[root].append(t)
        else:
            units.append([t])
    current: list[Any] = []
    for unit in units:
        if current and len(current) + len(unit) > size:
            yield current
            current = []
        current.extend(unit)
    if current:
        yield current


def _refused(url: str, exc: urllib.error.HTTPError, auth: Auth | None) -> str:
    """One line for a 401: who was refused, the realm, the server's words and what to do."""
    said = server_message(_body(exc))
    scheme = (exc.headers.get("WWW-Authenticate") or "").split(None, 1)[0] if exc.headers else ""
    realm = f' for realm "{auth.realm}"' if auth is not None and auth.realm else ""
    who = (f"the password of user {auth.creds.user!r}{realm} ({scheme or auth.scheme} authentication)"
           if auth is not None else f"a request without credentials ({scheme or 'no'} authentication asked)")
    hint = ("check --user and --password-file (or the netrc entry)" if auth is not None
            else "this endpoint takes writes from known users only: pass --user and --password-file (or add a netrc entry)")
    return f"{url}: HTTP {exc.code} {exc.reason}: the server refused {who}{f' (server says: {said})' if said else ''}; {hint}"


def _body(exc: urllib.error.HTTPError) -> bytes | None:
    try:
        return exc.read()
    except Exception:  # noqa: BLE001 - a body we cannot read just is not shown
        return None


def skolemise(triples: list[Any]) -> list[Any]:
    """The triples with every blank node replaced by its skolem IRI (GENID + the node's id)."""
    import pyoxigraph as ox

    def iri(node: Any) -> Any:
        return ox.NamedNode(GENID + node.value) if isinstance(node, ox.BlankNode) else node

    return [ox.Triple(iri(t.subject), t.predicate, iri(t.object))
            if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) else t for t in triples]


def _send(url: str, method: str, body: bytes, timeout: float, retries: int, backoff: float, auth: Auth | None = None) -> None:
    attempt = 0
    challenged = False
    while True:
        headers = {"Content-Type": "application/n-triples"}
        answer = auth.header(method, url) if auth is not None else None
        if answer:
            headers["Authorization"] = answer
        try:
            http_request(url, method, body, headers, timeout)
            return
        except urllib.error.HTTPError as exc:
            if exc.code == 401:
                # Answer a (new or renewed) challenge once per request; a second refusal is final.
                if auth is not None and not challenged and auth.challenge(exc.headers.get("WWW-Authenticate") if exc.headers else None):
                    challenged = True
                    continue
                raise EndpointError(_refused(url, exc, auth)) from None
            if exc.code not in _RETRY_STATUS or attempt >= retries:
                raise EndpointError(describe_failure(url, exc, timeout)) from None
        except (OSError, http.client.HTTPException) as exc:
            if attempt >= retries:
                raise EndpointError(describe_failure(url, exc, timeout)) from None
        time.sleep(backoff * (2**attempt))
        attempt += 1


def publish(
    store: Any,
    endpoint: str | None = None,
    graph_store: str | None = None,
    replace: bool = False,
    batch_size: int = 50_000,
    timeout: float = 120.0,
    retries: int = 3,
    backoff: float = 0.5,
    progress: Progress | None = None,
    credentials: Credentials | None = None,
) -> PublishResult:
    """Upload every named graph of the pyoxigraph ``store`` (and its default graph, if it has
    triples) to the server; see the module docstring. With ``credentials`` the server's basic
    or digest challenge is answered (Virtuoso's ``/sparql-graph-crud-auth``)."""
    import pyoxigraph as ox

    if batch_size < 1:
        raise EndpointError(f"--batch-size must be at least 1, got {batch_size}")
    target = graph_store_url(endpoint, graph_store)
    result = PublishResult(graph_store=target, endpoint=endpoint)
    auth = Auth(credentials) if credentials is not None else None
    graphs: list[str | None] = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
    if any(True for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph())):
        graphs.insert(0, None)
    for index, graph in enumerate(graphs):
        name = graph if graph is not None else "the default graph"
        selector = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, selector)]
        parts = [skolemise(part) for part in batches(triples, batch_size)] or [[]]
        sent = 0
        url = _target(target, graph)
        for number, part in enumerate(parts, 1):
            method = "PUT" if replace and number == 1 else "POST"
            body = ox.serialize(part, format=ox.RdfFormat.N_TRIPLES) if part else b""
            try:
                _send(url, method, body, timeout, retries, backoff, auth)
            except EndpointError as exc:
                done = [u.graph for u in result.graphs]
                left = [g if g is not None else "the default graph" for g in graphs[index + 1 :]]
                partly = f"{name} is partly published ({sent} of {len(triples)} triples)" if sent else f"{name} is not published"
                raise EndpointError(
                    f"{exc}; publishing stopped. Published completely: {', '.join(done) or 'none'}; "
                    f"{partly}; not published: {', '.join(left) or 'none'}. Run again (with --replace to start clean)"
                ) from None
            sent += len(part)
            if progress:
                progress(name, sent, len(triples), number, len(parts))
        result.graphs.append(GraphUpload(name, len(triples), len(parts)))
        result.triples += len(triples)
    if endpoint:
        _verify(result, endpoint, timeout, replace)
    else:
        result.notes.append("the server's triple counts were not checked: give the query endpoint (--endpoint)")
    return result


def _verify(result: PublishResult, endpoint: str, timeout: float, replace: bool) -> None:
    """Read the triple count of every published graph back through the query endpoint; an
    EndpointError names each graph the server holds fewer triples of than the store (or, after
    ``replace``, another number). Without ``replace``, more triples on the server is a note:
    the server's graph held triples of its own."""
    from cppcckg.query.endpoint import Endpoint

    server = Endpoint(endpoint, timeout)
    _, rows = server.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    counts = {r["g"]["value"]: int(r["n"]["value"]) for r in rows if "g" in r and "n" in r}
    differ = []
    for upload in result.graphs:
        if not upload.graph.startswith(("http://", "https://")):
            result.notes.append(f"{upload.graph}: its triple count on the server was not checked")
            continue
        upload.remote_triples = counts.get(upload.graph, 0)
        if upload.remote_triples == upload.triples:
            continue
        if upload.remote_triples > upload.triples and not replace:
            result.notes.append(
                f"{upload.graph}: the server holds {upload.remote_triples} triples, the store {upload.triples}; "
                "the server's graph had triples of its own (publish with --replace to make it the store's)")
        else:
            differ.append(f"{upload.graph} (server {upload.remote_triples}, store {upload.triples})")
    if differ:
        raise EndpointError(
            f"{endpoint}: published, but the server does not hold what was sent: {len(differ)} graph"
            f"{'s differ' if len(differ) != 1 else ' differs'}: {'; '.join(differ)}. The server dropped or changed "
            "requests it answered as done; check its log and run again with --replace")
