"""ASGI middleware of the server: the request-target checks (414 for an over-long URL, 400 for
a path that is not UTF-8), a request-body limit (413), read-only methods (403) and the Host
check against DNS rebinding (421)."""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from starlette.responses import Response

from cppcckg.server.site import Settings

__all__ = ["BodyLimit", "KnownHosts", "ReadOnly", "RequestTarget", "allowed_hosts"]

#: Largest request head (request line and headers) the HTTP parser reads before it gives up:
#: large enough to read an over-long URL whole and answer 414, rather than reset the connection.
MAX_REQUEST_HEAD = 4 * 1024 * 1024


def _plain(status: int, message: str) -> Response:
    return Response(message.rstrip() + "\n", status, media_type="text/plain; charset=utf-8",
                    headers={"X-Content-Type-Options": "nosniff"})


class RequestTarget:
    """414 for a request target (path and query string) longer than ``limit`` bytes; 400 for a
    path whose percent-escapes do not decode to UTF-8."""

    def __init__(self, app, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            raw = scope.get("raw_path") or scope.get("path", "").encode("utf-8")
            length = len(raw) + len(scope.get("query_string") or b"")
            if length > self.limit:
                response = _plain(414, f"request URL too long: {length} bytes; this server accepts at most {self.limit} "
                                       "(--max-url); send a long SPARQL query with POST /sparql "
                                       "(Content-Type: application/sparql-query)")
                await response(scope, receive, send)
                return
            try:
                unquote_to_bytes(raw.decode("latin-1")).decode("utf-8")
            except UnicodeDecodeError:
                await _plain(400, "the request path is not UTF-8 once its %-escapes are decoded")(scope, receive, send)
                return
        await self.app(scope, receive, send)


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413, by Content-Length or while reading."""

    def __init__(self, app, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        message = (f"request body too large: this server accepts at most {self.limit} bytes (--max-body); "
                   "send the query with POST application/sparql-query, or shorten it\n").encode("utf-8")
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.limit
            except ValueError:
                too_big = False
            if too_big:
                await Response(message, 413, media_type="text/plain; charset=utf-8")(scope, receive, send)
                return
        received = 0
        started = False

        async def limited_receive():
            nonlocal received
            event = await receive()
            if event["type"] == "http.request":
                received += len(event.get("body", b""))
                if received > self.limit:
                    raise _TooLarge
            return event

        async def tracking_send(event):
            nonlocal started
            if event["type"] == "http.response.start":
                started = True
            await send(event)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await Response(message, 413, media_type="text/plain; charset=utf-8")(scope, receive, send)


class ReadOnly:
    """Every method that could write (PUT, DELETE, PATCH, POST outside the query endpoints) gets 403."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            method = scope["method"].upper()
            path = scope.get("path", "")
            allowed = method in ("GET", "HEAD", "OPTIONS") or (
                method == "POST" and (path == "/sparql" or path.startswith("/api/queries/")))
            if not allowed:
                body = (f"this server is read-only: {method} {path} is refused; "
                        "query with GET or POST /sparql (SPARQL Update is not accepted)\n").encode("utf-8")
                await Response(body, 403, media_type="text/plain; charset=utf-8")(scope, receive, send)
                return
        await self.app(scope, receive, send)


def allowed_hosts(settings: Settings) -> frozenset[str]:
    """Host names (without port) this server answers to: the loopback names, the bound address
    and the operator's --allow-host values (``*`` accepts any)."""
    names = {"localhost", "127.0.0.1", "::1", settings.host.strip("[]").lower()}
    names.update(h.strip().strip("[]").lower() for h in settings.allow_hosts if h.strip())
    return frozenset(names)


def _host_name(header: str) -> str:
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class KnownHosts:
    """Answer only requests whose Host header names this server (421 otherwise), so a web page
    cannot reach a loopback server through a DNS name rebound to 127.0.0.1."""

    def __init__(self, app, hosts: frozenset[str]) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and "*" not in self.hosts:
            header = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
            if _host_name(header) not in self.hosts:
                body = (f"unknown Host {header!r}: this server answers to {', '.join(sorted(self.hosts))}; "
                        "its operator can add a name with --allow-host\n").encode("utf-8")
                await Response(body, 421, media_type="text/plain; charset=utf-8")(scope, receive, send)
                return
        await self.app(scope, receive, send)
