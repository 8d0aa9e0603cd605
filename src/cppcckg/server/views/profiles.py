"""Which profile page an entity page shows: a body, initiative, topic, place or programme gets
its profile (tables from named queries); anything else, or an IRI of such a kind that the
store does not know as one, gets the generic page (None here)."""

from __future__ import annotations

from typing import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response

from cppcckg.server.site import Site
from cppcckg.server.views.profile_body import body_profile
from cppcckg.server.views.profile_initiative import initiative_profile
from cppcckg.server.views.profile_simple import place_profile, programme_profile, topic_profile

__all__ = ["PROFILES", "profile_page"]

Profile = Callable[[Site, Request, str], Awaitable[Response | None]]

#: The first segment of an instance IRI's path (``/id/KIND/...``) → its profile view.
PROFILES: dict[str, Profile] = {
    "body": body_profile, "initiative": initiative_profile, "topic": topic_profile, "place": place_profile,
    "programme": programme_profile,
}


async def profile_page(site: Site, request: Request, iri: str, local: str) -> Response | None:
    """The profile page of ``iri`` (``local`` is its path below /id/), or None."""
    view = PROFILES.get(local.split("/", 1)[0])
    return None if view is None else await view(site, request, iri)
