"""Remote SPARQL 1.1 endpoints over plain HTTP (the SPARQL 1.1 Protocol needs no more).

:class:`Endpoint` sends SELECT, ASK, CONSTRUCT and DESCRIBE queries with HTTP POST and returns
the answer as plain data. Every failure becomes an :class:`~cppcckg.errors.EndpointError`
whose message names the endpoint URL: unreachable host, timeout, HTTP 4xx/5xx (with the start
of the server's message), or an answer that is not a SPARQL result.

The timeout is a deadline for the whole request (connecting, sending, and reading the whole
answer), not a limit on each read: a server that trickles its answer a byte at a time is cut
off when the deadline passes (see :func:`http_request`, which ``publish`` uses too).

Example:
    >>> ep = Endpoint("http://127.0.0.1:7878/query", timeout=10)  # doctest: +SKIP
    >>> ep.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # doctest: +SKIP
    (['n'], [{'n': {'type': 'literal', 'datatype': '...#integer', 'value': '18101'}}])
"""

from __future__ import annotations

import http.client
import io
import json
import re
import socket
import threading
import urllib.error
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlencode, urlsplit

from cppcckg.errors import EndpointError

__all__ = ["DEFAULT_TIMEOUT", "Endpoint", "check_url", "describe_failure", "http_request", "server_message"]

#: Seconds to wait for an answer unless told otherwise.
DEFAULT_TIMEOUT = 30.0

#: How much of an error answer's body is read (its start is shown to the user).
_ERROR_BODY_LIMIT = 64 * 1024


def check_url(url: str, what: str = "endpoint") -> str:
    """The URL if it is an absolute http(s) URL, else EndpointError."""
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointError(f"{url!r} is not an http(s) URL; give the {what} as e.g. http://127.0.0.1:7878/query")
    return url


def describe_failure(url: str, exc: BaseException, timeout: float | None = None) -> str:
    """One line saying why talking to ``url`` failed."""
    if isinstance(exc, urllib.error.HTTPError):
        return f"{url}: HTTP {exc.code} {exc.reason}{_server_says(_read_error(exc))}"
    if isinstance(exc, (TimeoutError, socket.timeout)) or (
        isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, (TimeoutError, socket.timeout))
    ):
        limit = f" within {timeout:g} s" if timeout else ""
        return f"{url}: no answer{limit}; the server is busy or the query is slow (raise --timeout)"
    if isinstance(exc, urllib.error.URLError):
        reason = exc.reason
        text = getattr(reason, "strerror", None) or str(reason)
        return f"{url}: unreachable ({text}); is the server running and the URL right?"
    if isinstance(exc, http.client.HTTPException):
        return f"{url}: the server broke off its answer ({type(exc).__name__}); try again"
    if isinstance(exc, (ConnectionError, OSError)):
        text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return f"{url}: unreachable ({text}); is the server running and the URL right?"
    return f"{url}: {type(exc).__name__}: {exc}"


def http_request(url: str, method: str = "GET", body: bytes | None = None, headers: dict[str, str] | None = None,
                 timeout: float | None = DEFAULT_TIMEOUT) -> tuple[bytes, str]:
    """Send one HTTP request and read the whole answer within ``timeout`` seconds in all;
    return (body, Content-Type).

    urllib does the work (proxies from the environment, redirects, HTTPS), but its timeout
    bounds each read only: a server sending a byte every few seconds would hold the caller for
    ever. Here a watchdog shuts the connection down when the deadline passes, whatever the
    request is waiting for, and TimeoutError is raised. An answer with a status other than 2xx
    raises urllib.error.HTTPError (its body readable); a refused connection or a broken answer
    raises OSError (urllib.error.URLError) or http.client.HTTPException.
    """
    import urllib.request

    connections: list[http.client.HTTPConnection] = []
    sockets: list[socket.socket] = []
    expired = threading.Event()
    lock = threading.Lock()

    def tracked(cls: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
        class Tracked(cls):  # type: ignore[valid-type, misc]
            """A connection the watchdog can shut down, and that will not start after it has."""

            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                with lock:
                    connections.append(self)

            def connect(self) -> None:
                super().connect()
                with lock:
                    sockets.append(self.sock)  # urllib drops conn.sock once the headers are read
                if expired.is_set():  # the deadline passed while connecting
                    raise TimeoutError(f"no answer within {timeout} s")

        return Tracked

    class Plain(urllib.request.HTTPHandler):
        def http_open(self, req):  # noqa: ANN001, ANN202 - urllib's signature
            return self.do_open(tracked(http.client.HTTPConnection), req)

    class Secure(urllib.request.HTTPSHandler):
        def https_open(self, req):  # noqa: ANN001, ANN202 - urllib's signature
            return self.do_open(tracked(http.client.HTTPSConnection), req, context=self._context)

    def expire() -> None:
        expired.set()
        with lock:
            socks = [c.sock for c in connections if c.sock is not None] + sockets
        for sock in socks:
            try:  # on the descriptor itself (under TLS too): wakes the read or write waiting on the server
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass

    opener = urllib.request.build_opener(Plain(), Secure())
    request = urllib.request.Request(url, data=body, method=method,
                                     headers={"User-Agent": f"cppcckg/{_version()}", **(headers or {})})
    watchdog = threading.Timer(timeout, expire) if timeout is not None else None
    if watchdog is not None:
        watchdog.daemon = True
        watchdog.start()
    try:
        try:
            with opener.open(request, timeout=timeout) as response:
                data = response.read()
                content_type = response.headers.get("Content-Type", "") or ""
        except urllib.error.HTTPError as exc:  # its body is read here, within the deadline too
            with exc:
                start = exc.read(_ERROR_BODY_LIMIT)
            raise urllib.error.HTTPError(url, exc.code, exc.reason, exc.headers, io.BytesIO(start)) from None
    except urllib.error.HTTPError:
        raise
    except (OSError, http.client.HTTPException):
        if expired.is_set():
            raise TimeoutError(f"no answer within {timeout} s") from None
        raise
    finally:
        if watchdog is not None:
            watchdog.cancel()
        for conn in connections:
            conn.close()
    return data, content_type


def _version() -> str:
    from cppcckg import __version__

    return __version__


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


_JSON = "application/sparql-results+json, application/json;q=0.9"
_RDF = "text/turtle, application/n-triples;q=0.9"


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

    def _send(self, query: str, accept: str) -> tuple[bytes, str]:
        """POST the query (SPARQL 1.1 Protocol, form-encoded); the answer and its Content-Type."""
        body = urlencode({"query": query}).encode("utf-8")
        headers = {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
        try:
            return http_request(self.url, "POST", body, headers, self.timeout)
        except (OSError, http.client.HTTPException, urllib.error.URLError) as exc:
            raise EndpointError(describe_failure(self.url, exc, self.timeout)) from None

    def _json(self, query: str) -> dict:
        body, content_type = self._send(query, _JSON)
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
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

        body, content_type = self._send(query, _RDF)
        fmt = ox.RdfFormat.N_TRIPLES if "n-triples" in content_type else ox.RdfFormat.TURTLE
        try:
            return [q.triple for q in ox.parse(body, format=fmt)]
        except SyntaxError:
            raise EndpointError(self._not_sparql(body, content_type)) from None
