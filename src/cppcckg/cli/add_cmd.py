"""`cppcckg add`: saved web pages, PDF, Word and text files into the corpus folder."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from cppcckg.cli.options import user_errors
from cppcckg.cli.output import check_format, render_rows, write
from cppcckg.errors import InputError

DEFAULT_CORPUS = Path("data/reports")


def register(app: typer.Typer) -> None:
    @app.command("add")
    @user_errors
    def add_cmd(
        files: Optional[List[Path]] = typer.Argument(None, help="Report files (.html/.htm, .pdf, .docx, .txt) or folders of them."),
        corpus: Path = typer.Option(DEFAULT_CORPUS, "--corpus", help="Corpus folder (what `cppcckg build --reports` reads)."),
        url: Optional[str] = typer.Option(None, "--url", help="Address the (one) file was published at; recorded as its source."),
        publisher: Optional[str] = typer.Option(None, "--publisher", help="The issuing body (key or name) when the title does not name it."),
        year: Optional[int] = typer.Option(None, "--year", help="The year the report reviews, when the text does not make it clear."),
        explain: bool = typer.Option(False, "--explain", help="List what was left out of each file (menus, bylines, headers, ...)."),
        keep_original: bool = typer.Option(True, "--keep-original/--no-keep-original", help="Keep a copy of each file in CORPUS/originals (else only its hash)."),
        list_: bool = typer.Option(False, "--list", help="Show the reports of the corpus instead of adding."),
        fmt: str = typer.Option("table", "--format", "-f", help="For --list: table | csv | tsv | json | jsonl"),
        reference: Optional[Path] = typer.Option(None, "--reference", help="Reference folder (default: data/reference)."),
    ) -> None:
        """Add report files to the corpus: the report's text (web-page clutter, PDF page headers
        and numbers left out) as CORPUS/ID.txt and inferred metadata as CORPUS/ID.yaml.

        Adding an unchanged file again does nothing; a changed file replaces its text and keeps
        the metadata you corrected.

        Example: cppcckg add report.html --url https://example.org/report.html && cppcckg build
        """
        if list_:
            from cppcckg.ingest.corpus import list_corpus

            check_format(fmt)
            columns = ["id", "title", "publisher", "period", "format", "size", "characters"]
            write(render_rows(list_corpus(corpus), columns, fmt, title=f"Reports in {corpus}"))
            return
        if not files:
            raise InputError("give the report files to add (or --list to see the corpus)")
        from cppcckg.ingest.add import add
        from cppcckg.ingest.reference import load_reference

        outcomes = add(files, corpus, load_reference(reference), url=url, publisher=publisher, year=year,
                       keep_original=keep_original)
        for outcome in outcomes:
            meta = outcome.metadata
            if outcome.status == "unchanged":
                typer.echo(f"unchanged {outcome.id}: {outcome.source} was added before as it is")
                continue
            conv = outcome.converted
            period = meta.get("period") or {}
            planned = [p for p in meta.get("parts", []) if p.get("status") == "planned"]
            typer.echo(
                f"{outcome.status} {outcome.id} ({meta['original']['format']}, {meta['original']['size']:,} bytes "
                f"→ {len(conv.text) if conv else 0:,} characters) → {outcome.text_file}")
            typer.echo(f"  title: {(meta.get('title') or {}).get('zh', '?')} | publisher: {meta.get('publisher', '?')} | "
                       f"period: {period.get('start', '?')}" + (f"-{period['end']}" if period.get('end') not in (None, period.get('start')) else "")
                       + (f" | plan from {planned[0]['from']!r}" if planned else "")
                       + (f" | delivered {meta['delivered']}" if meta.get("delivered") else ""))
            for note in outcome.notes + (conv.notes if conv else ()):
                typer.echo(f"note: {outcome.source}: {note}", err=True)
            if explain and conv is not None:
                typer.echo(f"  left out of {outcome.source} ({len(conv.dropped)}):")
                for dropped in conv.dropped:
                    typer.echo(f"    [{dropped.reason}] {dropped.text[:100]}")
        typer.echo(f"next: cppcckg build --reports {corpus}")
