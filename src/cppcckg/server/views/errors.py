"""What the server answers when a view raises: the status and message of an HTTP error, 400 (or
503 for a store that cannot be read) for the package's own errors, and for anything else a 500
that names no exception (the traceback goes to the server's log)."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from cppcckg.errors import CppcckgError, StoreError
from cppcckg.server.responses import error_page
from cppcckg.server.site import Site

__all__ = ["http_error", "library_error", "server_error"]


async def http_error(site: Site, request: Request, exc: HTTPException) -> Response:
    return error_page(request, exc.status_code, str(exc.detail), site.nav, headers=exc.headers)


async def library_error(site: Site, request: Request, exc: CppcckgError) -> Response:
    status = 503 if isinstance(exc, StoreError) else 400
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": str(exc)}, status)
    return error_page(request, status, str(exc), site.nav)


async def server_error(site: Site, request: Request, exc: Exception) -> Response:
    # The exception goes to the server's log (uvicorn prints it), not to the caller: a
    # stranger learns nothing about the code from an error page.
    return error_page(request, 500, "the server failed to answer this request (a bug: its log says why; "
                                    "please report it)", site.nav)
