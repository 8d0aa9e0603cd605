"""`cppcckg export` (dumps), `cppcckg docs` (ontology documentation), `cppcckg reader` (evidence pages)."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from cppcckg.cli.options import user_errors

DEFAULT_STORE = Path("out/store")


def register(app: typer.Typer) -> None:
    @app.command("export")
    @user_errors
    def export_cmd(
        fmt: str = typer.Option(..., "--format", "-f", help="ttl | nt | nq | trig | jsonld | rdfxml | csv"),
        out: Path = typer.Option(..., "--out", "-o", help="File to write (a folder for csv; a folder gets cppcckg.EXT)."),
        store: Path = typer.Option(DEFAULT_STORE, "--store", help="Store folder made by `cppcckg build`."),
        graph: Optional[List[str]] = typer.Option(
            None, "--graph", "-g",
            help="Only this named graph (repeatable): ontology, reference, inferred, a report id or a graph IRI."),
        describe: bool = typer.Option(True, "--describe/--no-describe", help="Also write void.ttl (VoID + DCAT) beside the dump."),
        base_url: Optional[str] = typer.Option(None, "--base-url", help="URL the files will be published under (download links in void.ttl)."),
        endpoint: Optional[str] = typer.Option(None, "--endpoint", help="A SPARQL endpoint serving this data (for void.ttl)."),
    ) -> None:
        """Export the store as Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML or CSV tables.

        Output is deterministic (sorted, canonical blank nodes: two exports of one store are
        byte-identical) and written atomically. Turtle, N-Triples and RDF/XML (for Protégé and
        owlready2) merge the named graphs; N-Quads, TriG and JSON-LD keep them. JSON-LD is
        compacted with the project's context, written beside it as context.jsonld. csv writes
        bodies, initiatives, statistics, joint_links and reports tables into a folder.

        Example: cppcckg export --format trig --out out/cppcckg.trig
        """
        from cppcckg.linked.export import export
        from cppcckg.store import open_store

        result = export(open_store(store), fmt, out, graph, describe=describe, base_url=base_url, endpoint=endpoint)
        what = f"{result.quads} quads" if fmt != "csv" else "tables " + ", ".join(p.stem for p in result.files if p.suffix == ".csv")
        typer.echo(f"wrote {result.path} ({fmt}, {what})")
        for extra in result.files:
            if extra != result.path and extra.parent != result.path:
                typer.echo(f"  and {extra}")

    @app.command("docs")
    @user_errors
    def docs_cmd(
        out: Path = typer.Option(Path("out/docs"), "--out", "-o", help="Folder to write index.html, cppcc.ttl and cppcc.rdf into."),
        store: Path = typer.Option(DEFAULT_STORE, "--store", help="Store whose ontology graph to document."),
        ontology: Optional[Path] = typer.Option(None, "--ontology", help="Document this Turtle file instead of the store's ontology."),
    ) -> None:
        """Write HTML documentation of the ontology (offline, zh/en labels, one page).

        Classes with their hierarchy, comments, super- and subclasses and defined-class
        expressions; properties with domain, range and chains; individuals.

        Example: cppcckg docs --out out/docs
        """
        from cppcckg.linked.ontodocs import load_ontology, write_docs

        graph = load_ontology(path=ontology) if ontology is not None else load_ontology(_open(store))
        files = write_docs(graph, out)
        typer.echo(f"wrote {files[-1]} (and {', '.join(p.name for p in files[:-1])})")

    @app.command("reader")
    @user_errors
    def reader_cmd(
        out: Path = typer.Option(Path("out/reader"), "--out", "-o", help="Folder for index.html and one REPORT.html per report."),
        store: Path = typer.Option(DEFAULT_STORE, "--store", help="Store folder made by `cppcckg build`."),
        reports: Optional[Path] = typer.Option(
            None, "--reports", help="Report files, only needed for stores built before reports kept their full text."),
        link_base: Optional[str] = typer.Option(
            None, "--link-base", help="Link entities to BASE/id/... (e.g. http://127.0.0.1:8000) instead of their IRIs."),
    ) -> None:
        """Write evidence reader pages: each report's full text with every fact highlighted.

        Mentions, initiatives and statistics are coloured by kind (nested and overlapping spans
        shown), each linked to its entity; a sidebar lists the facts. Pages are self-contained.

        Example: cppcckg reader --out out/reader --link-base http://127.0.0.1:8000
        """
        from cppcckg.linked.reader import write_reader

        files = write_reader(_open(store), out, reports, link_base)
        typer.echo(f"wrote {len(files) - 1} report pages and {files[0]}")


def _open(store: Path):
    from cppcckg.store import open_store

    return open_store(store)
