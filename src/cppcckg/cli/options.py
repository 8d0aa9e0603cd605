"""Helpers every CLI command module uses: error handling and progress bars."""

from __future__ import annotations

import functools
import sys
from typing import Callable, TypeVar

import typer

from cppcckg.errors import CppcckgError

F = TypeVar("F", bound=Callable[..., object])


def user_errors(func: F) -> F:
    """Turn library errors into a one-line message and the error's exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except CppcckgError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("error: interrupted; nothing was replaced", err=True)
            raise typer.Exit(130) from None
        except BrokenPipeError:
            raise typer.Exit(0) from None

    return wrapper  # type: ignore[return-value]


def progress_callback(enabled: bool):
    """A progress callback printing stage bars on a terminal, silent otherwise."""
    if not enabled or not sys.stderr.isatty():
        return None, None
    from rich.progress import Progress

    progress = Progress(transient=True)
    tasks: dict[str, int] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=max(total, 1))
        progress.update(tasks[stage], completed=done if total else 1)

    return progress, update
