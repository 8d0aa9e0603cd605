"""``/assets/vis-network.min.js`` and ``.css``: the vis-network files the network pages inline
(pyvis's own copy, the one its ``in_line`` mode reads), served from where pyvis installed them,
so that the ego network of a profile page draws with the same library and never a CDN."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response

from cppcckg.server.responses import error_page
from cppcckg.server.site import Site

__all__ = ["VIS_FILES", "vis_asset", "vis_dir"]

#: The files served, by name → media type.
VIS_FILES = {"vis-network.min.js": "text/javascript; charset=utf-8", "vis-network.css": "text/css; charset=utf-8"}


@lru_cache(maxsize=1)
def vis_dir() -> Path:
    """pyvis's vis-network folder (the version its templates inline)."""
    from importlib.resources import files

    return Path(str(files("pyvis"))) / "templates" / "lib" / "vis-9.1.2"


@lru_cache(maxsize=2)
def _read(name: str) -> bytes:
    return (vis_dir() / name).read_bytes()


async def vis_asset(site: Site, request: Request) -> Response:
    name = request.path_params["name"]
    if name not in VIS_FILES:
        return error_page(request, 404, f"no asset {name[:60]!r}; assets: {', '.join(VIS_FILES)}", site.nav)
    body = await site.run(_read, name)
    return Response(body, media_type=VIS_FILES[name],
                    headers={"Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff"})
