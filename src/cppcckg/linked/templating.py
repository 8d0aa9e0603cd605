"""The HTML templates of every page (server, evidence reader, ontology docs).

Jinja2 with autoescaping on for every template: a value from the data can only reach a page
escaped, so a report containing ``<script>`` shows it as text. HTML built in Python (the
highlighted report text) goes through :func:`markupsafe.escape` piece by piece and is marked
safe only once assembled.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache

from markupsafe import Markup

from cppcckg import resources

__all__ = ["STATIC_DIR", "TEMPLATE_DIR", "compile_all", "css", "env", "render", "script", "script_hash"]

TEMPLATE_DIR = resources.template_dir()
STATIC_DIR = resources.static_dir()
#: The font list for Chinese text (Debian: fonts-wqy-zenhei or fonts-noto-cjk).
CJK_FONTS = (
    "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei', "
    "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', sans-serif"
)


@lru_cache(maxsize=1)
def env():
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return environment


def compile_all() -> None:
    """Compile every template once (Jinja keeps them): a server does it at start-up, so that the
    first visitor of a page does not wait for its templates to compile (a tenth of a second for
    a profile)."""
    for name in env().list_templates(extensions=["html"]):
        env().get_template(name)


def render(name: str, **context) -> str:
    """Render template ``name`` with ``context`` (autoescaped)."""
    context.setdefault("inline_assets", False)
    context.setdefault("css", css())
    return env().get_template(name).render(**context)


@lru_cache(maxsize=None)
def _read(name: str) -> str:
    return (STATIC_DIR / name).read_text(encoding="utf-8")


def css() -> Markup:
    """The site stylesheet, for pages that inline it (trusted file content)."""
    return Markup(_read("site.css"))


def script(name: str) -> Markup:
    """A script of static/ for inlining (trusted file content)."""
    return Markup(_read(name))


def script_hash(name: str) -> str:
    """The CSP source expression (``'sha256-...'``) allowing ``script(name)`` inline."""
    digest = hashlib.sha256(_read(name).encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
