"""Responses every view builds: HTML pages with their security headers, error pages (HTML for a
browser, plain text otherwise), RDF in the negotiated format, and worker answers."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import pyoxigraph as ox
from markupsafe import Markup
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from cppcckg.linked.export import serialize
from cppcckg.linked.templating import render
from cppcckg.server.conneg import negotiate, parse_accept
from cppcckg.server.sparql import Answer

__all__ = [
    "DOWNLOADS", "MEDIA_OF", "SECURITY", "alternates", "answer_response", "base_url", "error_page", "html",
    "json_for_script", "rdf_format", "rdf_response", "wants_html",
]

_RDF_MEDIA = {
    "text/turtle": "ttl", "application/ld+json": "jsonld", "application/n-triples": "nt", "application/rdf+xml": "rdfxml",
}
_FORMAT_KEYS = {"ttl": "ttl", "turtle": "ttl", "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld", "nt": "nt",
                "rdfxml": "rdfxml", "rdf": "rdfxml", "xml": "rdfxml", "html": "html"}
#: RDF formats of entity pages and the ontology: key → media type.
MEDIA_OF = {"ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples", "rdfxml": "application/rdf+xml"}
#: The dumps under /download/: file name → export format.
DOWNLOADS = {"cppcckg.ttl": "ttl", "cppcckg.nt": "nt", "cppcckg.nq": "nq", "cppcckg.trig": "trig",
             "cppcckg.jsonld": "jsonld", "cppcckg.rdf": "rdfxml"}
SECURITY = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}


def _csp(*scripts: str) -> str:
    script_src = " ".join(("'self'",) + scripts)
    return (f"default-src 'self'; script-src {script_src}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def html(content: str, status: int = 200, scripts: tuple[str, ...] = (), headers: dict[str, str] | None = None) -> Response:
    """An HTML page with the security headers; ``scripts`` are the CSP hashes of its inline scripts."""
    all_headers = dict(SECURITY)
    all_headers["Content-Security-Policy"] = _csp(*scripts)
    all_headers.update(headers or {})
    return Response(content, status_code=status, media_type="text/html; charset=utf-8", headers=all_headers)


def answer_response(answer: Answer) -> Response:
    """A worker's answer as it is."""
    headers = dict(answer.headers)
    headers["X-Content-Type-Options"] = "nosniff"
    return Response(answer.body, status_code=answer.status, media_type=answer.media_type, headers=headers)


def json_for_script(value: Any) -> Markup:
    """JSON to embed in a ``<script type="application/json">``: ``<``, ``>`` and ``&`` escaped,
    so no text of the data can close the element."""
    text = json.dumps(value, ensure_ascii=False)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def wants_html(request: Request) -> bool:
    """True when the client names text/html in Accept (a browser), not for */* (curl, libraries)."""
    return any(media == "text/html" and q > 0 for media, q, _ in parse_accept(request.headers.get("accept")))


def error_page(request: Request, status: int, message: str, nav: dict | None = None,
               headers: dict[str, str] | None = None) -> Response:
    """An error: an HTML page for a browser, one line of plain text for anything else."""
    if wants_html(request):
        return html(render("error.html", title=f"{status}", status=status, message=message, nav=nav), status,
                    headers=headers)
    all_headers = {"X-Content-Type-Options": "nosniff"}
    all_headers.update(headers or {})
    return Response(message.rstrip() + "\n", status_code=status, media_type="text/plain; charset=utf-8",
                    headers=all_headers)


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def rdf_format(request: Request, offers_html: bool = True) -> str:
    """The format key asked for by ``?format=`` or, failing that, by ``Accept``."""
    fmt = (request.query_params.get("format") or "").lower()
    if fmt:
        if fmt not in _FORMAT_KEYS:
            raise HTTPException(400, f"format {fmt[:40]!r} is not one of html, ttl, jsonld, nt, rdfxml")
        return _FORMAT_KEYS[fmt]
    offers = (["text/html"] if offers_html else []) + list(_RDF_MEDIA)
    media = negotiate(request.headers.get("accept"), offers, default="text/html" if offers_html else "text/turtle")
    return "html" if media == "text/html" else _RDF_MEDIA[media]


def rdf_response(quads: list, fmt: str, request: Request, headers: dict[str, str] | None = None) -> Response:
    """``quads`` written in ``fmt`` (sorted, so that a page is the same on every request)."""
    quads = sorted(quads, key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))
    if fmt == "jsonld":
        flat = [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads]
        body = serialize(flat, "jsonld", context_ref=base_url(request) + "/context.jsonld")
    else:
        body = serialize(quads, fmt)
    all_headers = {"Vary": "Accept", "X-Content-Type-Options": "nosniff"}
    all_headers.update(headers or {})
    return Response(body, media_type=MEDIA_OF[fmt] + "; charset=utf-8", headers=all_headers)


def alternates(path: str) -> str:
    """The Link header naming the RDF versions of a page (the path percent-encoded: a header is
    Latin-1, and IRIs minted from content hold Chinese characters)."""
    path = quote(path, safe="/:@!$&'()*+,;=%-._~")
    return ", ".join(f'<{path}?format={key}>; rel="alternate"; type="{media}"' for key, media in MEDIA_OF.items())
