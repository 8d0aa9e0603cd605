"""Rows out: rich tables for people, CSV/TSV/JSON/JSON lines for programs."""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Any, Iterable, Sequence

from cppcckg.errors import InputError

FORMATS = ("table", "csv", "tsv", "json", "jsonl")


def check_format(fmt: str, allowed: Sequence[str] = FORMATS) -> str:
    if fmt not in allowed:
        raise InputError(f"--format {fmt!r} is not one of {', '.join(allowed)}")
    return fmt


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "、".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def render_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, title: str | None = None) -> str:
    """Rows as text in one of FORMATS (table output is for a terminal)."""
    rows = list(rows)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow([_cell(r.get(c)) for c in columns])
        return buf.getvalue()
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*[_cell(r.get(c)) for c in columns])
    console = Console(file=io.StringIO(), width=max(100, _terminal_width()), force_terminal=False)
    console.print(table)
    return console.file.getvalue()


def _terminal_width() -> int:
    try:
        import shutil

        return shutil.get_terminal_size((140, 40)).columns
    except OSError:  # pragma: no cover
        return 140


def write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def write_lines(lines: Iterable[str], batch: int = 1000) -> None:
    """Write lines to standard output in batches, never joining them all into one string."""
    buffer: list[str] = []
    for line in lines:
        buffer.append(line)
        if len(buffer) >= batch:
            sys.stdout.write("".join(buffer))
            buffer.clear()
    sys.stdout.write("".join(buffer))
    sys.stdout.flush()
