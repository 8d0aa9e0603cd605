"""The linked-data file formats the project writes, by key, with their media types.

Shared by the exports, the dataset description and the server's downloads, so that a format
is named once.
"""

from __future__ import annotations

__all__ = ["MEDIA_TYPES"]

#: Format key -> media type.
MEDIA_TYPES = {
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "nq": "application/n-quads",
    "trig": "application/trig",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "csv": "text/csv",
}
