"""Remote SPARQL 1.1 endpoints through SPARQLWrapper (imported only when a query is sent).

:class:`Endpoint` sends SELECT, ASK, CONSTRUCT and DESCRIBE queries with HTTP POST and returns
the answer as plain data. Every failure becomes an :class:`~cppcckg.errors.EndpointError`
whose message names the endpoint URL: unreachable host, timeout, HTTP 4xx/5xx (with the start
of the server's message), or an answer that is not a SPARQL result.

Example:
    >>> ep = Endpoint("http://127.0.0.1:7878/query", timeout=10)  # doctest: +SKIP
    >>> ep.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # doctest: +SKIP
    (['n'], [{'n': {'type': 'literal', 'datatype': '...#integer', 'value': '18101'}}])
"""

from __future__ import annotations

import json
import re
import socket
import urllib.error
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from cppcckg.errors import EndpointError

__all__ = ["DEFAULT_TIMEOUT", "Endpoint", "check_url", "describe_failure", "server_message"]

#: Seconds to wait for an answer unless told otherwise.
DEFAULT_TIMEOUT = 30.0


def check_url(url: str, what: str = "endpoint") -> str:
    """The URL if it is an absolute http(s) URL, else EndpointError."""
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointError(f"{url!r} is not an http(s) URL; give the {what} as e.g. http://127.0.0.1:7878/query")
    return url


def describe_failure(url: str, exc: BaseException, timeout: float | None = None) -> str:
    """One line saying why talking to ``url`` failed."""
    try:
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException
    except ImportError:  # pragma: no cover - SPARQLWrapper is a dependency
        SPARQLWrapperException = ()  # type: ignore[assignment]
    if isinstance(exc, urllib.error.HTTPError):
        return f"{url}: HTTP {exc.code} {exc.reason}{_server_says(_read_error(exc))}"
    if SPARQLWrapperException and isinstance(exc, SPARQLWrapperException):
        code = {
            "QueryBadFormed": "400 Bad Request",
            "Unauthorized": "401 Unauthorized",
            "EndPointNotFound": "404 Not Found",
            "URITooLong": "414 URI Too Long",
            "EndPointInternalError": "500 Internal Server Error",
        }.get(type(exc).__name__, type(exc).__name__)
        return f"{url}: HTTP {code}{_server_says(_wrapped_response(exc))}"
    if isinstance(exc, (TimeoutError, socket.timeout)) or (
        isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, (TimeoutError, socket.timeout))
    ):
        limit = f" within {timeout:g} s" if timeout else ""
        return f"{url}: no answer{limit}; the server is busy or the query is slow (raise --timeout)"
    if isinstance(exc, urllib.error.URLError):
        reason = exc.reason
        text = getattr(reason, "strerror", None) or str(reason)
        return f"{url}: unreachable ({text}); is the server running and the URL right?"
    if isinstance(exc, (ConnectionError, OSError)):
        text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return f"{url}: unreachable ({text}); is the server running and the URL right?"
    return f"{url}: {type(exc).__name__}: {exc}"


def _wrapped_response(exc: BaseException) -> bytes | None:
    """The server's answer that SPARQLWrapper keeps only inside its exception message."""
    import ast

    _, sep, rest = str(exc).partition("Response:\n")
    if not sep:
        return None
    try:
        value = ast.literal_eval(rest.strip())
    except (ValueError, SyntaxError):
        return rest.encode("utf-8")
    return value if isinstance(value, bytes) else str(value).encode("utf-8")


def _read_error(exc: urllib.error.HTTPError) -> bytes | None:
    try:
        return exc.read()
    except Exception:  # noqa: BLE001 - a body we cannot read just is not shown
        return None


class _Text(HTMLParser):
    """The readable text of an HTML error page, without its title, scripts and styles and
    without headings that only repeat the HTTP status."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0
        self._heading = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("title", "script", "style"):
            self._skip += 1
        self._heading = tag in ("h1", "h2")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("title", "script", "style") and self._skip:
            self._skip -= 1
        self._heading = False

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if not text or self._skip or (self._heading and re.match(r"(HTTP/\S+ )?\d{3}\b", text)):
            return
        self.parts.append(text)


def server_message(body: Any) -> str:
    """The server's own words in an error answer: the text of an HTML page (Virtuoso wraps its
    message in one), or the plain text, on one line and at most 300 characters."""
    if body is None:
        return ""
    text = body.decode("utf-8", "replace") if isinstance(body, (bytes, bytearray)) else str(body)
    if re.search(r"<(!doctype\s+html|html|body)\b", text[:2000], re.IGNORECASE):
        parser = _Text()
        try:
            parser.feed(text)
            parser.close()
            text = " ".join(parser.parts)
        except Exception:  # noqa: BLE001 - unparsable HTML is shown as it is
            pass
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:297] + "..."


def _server_says(body: Any) -> str:
    text = server_message(body)
    return f" (server says: {text})" if text else ""


class Endpoint:
    """A SPARQL 1.1 query endpoint, e.g. ``http://127.0.0.1:7878/query`` of ``oxigraph serve``."""

    def __init__(self, url: str, timeout: float | None = DEFAULT_TIMEOUT) -> None:
        self.url = check_url(url)
        if timeout is not None and timeout <= 0:
            raise EndpointError(f"{url}: --timeout must be a positive number of seconds, got {timeout}")
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"Endpoint({self.url!r}, timeout={self.timeout!r})"

    # -- requests -----------------------------------------------------------------------------

    def _send(self, query: str, return_format: str) -> tuple[bytes, str]:
        from SPARQLWrapper import POST, SPARQLWrapper

        wrapper = SPARQLWrapper(self.url)
        wrapper.setMethod(POST)
        wrapper.setReturnFormat(return_format)
        wrapper.setQuery(query)
        # setTimeout() truncates to whole seconds; urllib takes a float.
        wrapper.timeout = self.timeout  # type: ignore[assignment]
        try:
            response = wrapper.query().response
            body = response.read()
            content_type = response.headers.get("Content-Type", "") if response.headers else ""
        except Exception as exc:  # noqa: BLE001 - every failure becomes one EndpointError
            raise EndpointError(describe_failure(self.url, exc, self.timeout)) from None
        return body, content_type

    def _json(self, query: str) -> dict:
        from SPARQLWrapper import JSON

        body, content_type = self._send(query, JSON)
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise EndpointError(self._not_sparql(body, content_type)) from None
        if not isinstance(data, dict) or "head" not in data and "boolean" not in data:
            raise EndpointError(self._not_sparql(body, content_type))
        return data

    def _not_sparql(self, body: bytes, content_type: str) -> str:
        start = " ".join(body[:80].decode("utf-8", "replace").split())
        return (
            f"{self.url}: the answer is not a SPARQL result (Content-Type {content_type or 'none'}, "
            f"starts {start!r}); is this the query endpoint (e.g. .../query or .../sparql)?"
        )

    # -- query forms --------------------------------------------------------------------------

    def select(self, query: str) -> tuple[list[str], list[dict[str, dict]]]:
        """Variables and bindings (SPARQL 1.1 JSON terms: type, value, datatype, xml:lang)."""
        data = self._json(query)
        try:
            variables = list(data["head"].get("vars", []))
            bindings = list(data["results"]["bindings"])
        except (KeyError, TypeError, AttributeError):
            raise EndpointError(f"{self.url}: the answer is not a SELECT result (no head/vars or results/bindings)") from None
        return variables, bindings

    def ask(self, query: str) -> bool:
        data = self._json(query)
        if not isinstance(data.get("boolean"), bool):
            raise EndpointError(f"{self.url}: the answer is not an ASK result (no boolean)")
        return data["boolean"]

    def construct(self, query: str) -> list:
        """The triples of a CONSTRUCT or DESCRIBE answer, as pyoxigraph Triples."""
        import pyoxigraph as ox
        from SPARQLWrapper import TURTLE

        body, content_type = self._send(query, TURTLE)
        fmt = ox.RdfFormat.N_TRIPLES if "n-triples" in content_type else ox.RdfFormat.TURTLE
        try:
            return [q.triple for q in ox.parse(body, format=fmt)]
        except SyntaxError:
            raise EndpointError(self._not_sparql(body, content_type)) from None
