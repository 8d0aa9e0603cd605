"""CLI command groups that live in their own modules.

Each module here defines `register(app: typer.Typer) -> None` adding its commands to the
main `cppcckg` app; cli.py calls every one of them, so adding a command never means editing
another command's module.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer


def register_all(app: typer.Typer) -> None:
    """Call `register(app)` of every module in this package, in name order."""
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)
