"""The one place that finds the project's shipped files: ontology/, queries/, data/reference/,
context/ and the package's own templates and static files (the site's, the network pages').

In a source checkout (or an editable install) they are the top-level folders of the checkout,
the project's public face. A wheel carries copies of them inside the package, under
``cppcckg/_resources/`` (setup.py's build step puts them there), found through
``importlib.resources``. Nothing else in the package computes a path from ``__file__``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources as _resources
from pathlib import Path

__all__ = [
    "CODE_ROOT",
    "context_dir",
    "ontology_file",
    "project_root",
    "queries_dir",
    "reference_dir",
    "shapes_file",
    "network_static_dir",
    "static_dir",
    "template_dir",
]

#: Where the package's own modules live (for code digests of the caches).
CODE_ROOT = Path(__file__).resolve().parent
#: The public folders a wheel carries, by their path in a checkout.
SHIPPED = ("ontology", "queries", "context", "data/reference")


@lru_cache(maxsize=1)
def project_root() -> Path:
    """The folder holding ontology/, queries/, context/ and data/reference/."""
    packaged = Path(str(_resources.files("cppcckg") / "_resources"))
    if (packaged / "ontology").is_dir():
        return packaged
    checkout = CODE_ROOT.parents[1]
    if (checkout / "ontology").is_dir():
        return checkout
    raise FileNotFoundError(
        "cppcckg cannot find its ontology, queries and reference data: reinstall the package "
        "(pip install cppcckg) or run it from a source checkout")


def ontology_file() -> Path:
    return project_root() / "ontology" / "cppcc.ttl"


def shapes_file() -> Path:
    return project_root() / "ontology" / "shapes.ttl"


def queries_dir() -> Path:
    return project_root() / "queries"


def reference_dir() -> Path:
    return project_root() / "data" / "reference"


def context_dir() -> Path:
    return project_root() / "context"


def template_dir() -> Path:
    return CODE_ROOT / "linked" / "templates"


def static_dir() -> Path:
    return CODE_ROOT / "linked" / "static"


def network_static_dir() -> Path:
    """The network page's script, style and panel, inlined into every page it renders."""
    return CODE_ROOT / "network" / "static"
