"""`cppcckg network` (an interactive page or a GraphML/GEXF file) and `cppcckg stats`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from cppcckg.cli.options import user_errors
from cppcckg.errors import InputError

DEFAULT_STORE = Path("out/store")
_VIEW_HELP = "bodies | initiatives | sichuan-chongqing | topics"


def _graph(store: Path, view: str, year: Optional[str], itype: Optional[str], status: Optional[str],
           report: Optional[str], collapse: bool = False):
    from cppcckg.network.analytics import annotate
    from cppcckg.network.views import Filters, load_catalogue, parse_year, project
    from cppcckg.store import open_store

    filters = Filters(parse_year(year), itype, status, report)
    cat = load_catalogue(open_store(store))
    g = project(cat, view, filters, collapse=collapse)
    if g.number_of_nodes() == 0:
        if not filters.empty:
            span = cat.years()
            hint = f" (years in the store: {span[0]}-{span[1]})" if span and filters.years else ""
            raise InputError(f"no initiative of the {view} view matches the filters ({filters.describe()}){hint}; loosen them")
        raise InputError(f"the {view} view is empty in {store}; was the store built from reports (`cppcckg build`)?")
    return annotate(g)


def register(app: typer.Typer) -> None:
    @app.command("network")
    @user_errors
    def network_cmd(
        out: Path = typer.Option(..., "--out", "-o", help="File to write: .html, .png, .svg, .graphml or .gexf."),
        view: str = typer.Option("sichuan-chongqing", "--view", help=_VIEW_HELP),
        layout: str = typer.Option("spring", "--layout", help="spring (precomputed, seeded) | geo (bodies at their seats) | map (bodies on the map of Sichuan and Chongqing, activities as arcs, a year slider) | force (browser physics, then stops)."),
        fmt: Optional[str] = typer.Option(None, "--format", "-f", help="html | png | svg (a picture of the page, drawn by headless Chromium) | graphml | gexf (default: from the --out suffix, else html)."),
        year: Optional[str] = typer.Option(None, "--year", help="Initiatives whose period overlaps this year (2021) or range (2018-2022)."),
        itype: Optional[str] = typer.Option(None, "--type", help="Initiative type: class name, zh/en label or key (Consultation, 协商, study)."),
        status: Optional[str] = typer.Option(None, "--status", help="done | planned"),
        report: Optional[str] = typer.Option(None, "--report", help="Report id, e.g. cq-cppcc-2022-work-report."),
        collapse: bool = typer.Option(False, "--collapse", help="Fold initiative nodes into body-body links weighted by shared initiatives."),
        title: Optional[str] = typer.Option(None, "--title", help="Page title (default: the view's name)."),
        store: Path = typer.Option(DEFAULT_STORE, "--store", help="Store folder made by `cppcckg build`."),
    ) -> None:
        """Write a network view as one self-contained HTML page (works offline), a PNG or SVG picture of it, or GraphML/GEXF.

        The page has a legend, search by Chinese or English name, filters (type, year, status,
        province, report), tooltips with centralities and evidence, and neighbour highlighting.

        Example: cppcckg network --view sichuan-chongqing --layout geo --out out/sichuan-chongqing.html
        """
        from cppcckg.network.layout import LAYOUTS, compute_layout
        from cppcckg.network.picture import FORMATS as PICTURES
        from cppcckg.network.views import EXPORT_FORMATS, write_graph

        if fmt is None:
            suffix = out.suffix.lower().lstrip(".")
            fmt = suffix if suffix in EXPORT_FORMATS + PICTURES else "html"
        if fmt not in ("html",) + PICTURES + EXPORT_FORMATS:
            raise InputError(f"--format {fmt!r} is not one of html, {', '.join(PICTURES + EXPORT_FORMATS)}")
        if fmt in PICTURES:
            from cppcckg.network.picture import find_chromium

            find_chromium()  # before the seconds of work a picture needs
        if layout not in LAYOUTS:
            raise InputError(f"--layout {layout!r} is not one of {', '.join(LAYOUTS)}")
        if layout == "map" and view == "sichuan-chongqing":
            collapse = True  # on the map the joint activities are the arcs between bodies
        g = _graph(store, view, year, itype, status, report, collapse)
        if fmt == "html":
            from cppcckg.network.render import write_html

            positions = compute_layout(g, layout)
            write_html(g, out, positions=positions, title=title, layout=layout)
        elif fmt in PICTURES:
            from cppcckg.network.picture import write_picture
            from cppcckg.network.render import render_html

            page = render_html(g, positions=compute_layout(g, "spring" if layout == "force" else layout), title=title,
                               layout="spring" if layout == "force" else layout)
            write_picture(page, out, fmt)
        else:
            positions = compute_layout(g, "spring" if layout == "force" else layout)
            write_graph(g, out, fmt, positions=positions)
        typer.echo(f"wrote {out}: {g.graph['view']} view, {g.number_of_nodes()} nodes, {g.number_of_edges()} edges ({fmt}, {layout} layout)")

    @app.command("stats")
    @user_errors
    def stats_cmd(
        view: str = typer.Option("bodies", "--view", help=_VIEW_HELP),
        top: int = typer.Option(10, "--top", help="Rows per table."),
        fmt: str = typer.Option("table", "--format", "-f", help="table | csv | tsv | json"),
        table: Optional[str] = typer.Option(None, "--table", help="centrality | communities | pairs | bridges (csv/tsv print one table, default centrality)."),
        sort: str = typer.Option("degree", "--sort", help="Rank nodes by degree | betweenness | eigenvector | strength."),
        year: Optional[str] = typer.Option(None, "--year", help="Initiatives whose period overlaps this year or range."),
        itype: Optional[str] = typer.Option(None, "--type", help="Initiative type (class name, zh/en label or key)."),
        status: Optional[str] = typer.Option(None, "--status", help="done | planned"),
        report: Optional[str] = typer.Option(None, "--report", help="Report id."),
        collapse: bool = typer.Option(False, "--collapse", help="Fold initiative nodes into body-body links first."),
        store: Path = typer.Option(DEFAULT_STORE, "--store", help="Store folder made by `cppcckg build`."),
    ) -> None:
        """Print network measures of a view: top nodes by centrality, communities, the strongest
        Sichuan-Chongqing pairs and the bodies bridging the border.

        Example: cppcckg stats --view sichuan-chongqing --top 5
        """
        from cppcckg.cli.output import check_format, render_rows, write
        from cppcckg.network.analytics import SORT_KEYS, summary

        check_format(fmt, ("table", "csv", "tsv", "json"))
        if sort not in SORT_KEYS:
            raise InputError(f"--sort {sort!r} is not one of {', '.join(SORT_KEYS)}")
        if top < 1:
            raise InputError("--top must be at least 1")
        tables = {
            "centrality": ("centrality", ["rank", "label_zh", "kind", "province", "degree", "strength",
                                          "betweenness", "eigenvector", "community"], f"Top nodes by {sort}"),
            "communities": ("community_table", ["community", "size", "bodies", "initiatives", "topics", "members"], "Louvain communities"),
            "pairs": ("cross_border_pairs", ["sichuan_zh", "chongqing_zh", "ran_together", "joint", "listed_together"], "Strongest Sichuan-Chongqing pairs"),
            "bridges": ("bridging_bodies", ["label_zh", "province", "joint_activities", "cross_border_partners"], "Bridging bodies"),
        }
        if table is not None and table not in tables:
            raise InputError(f"--table {table!r} is not one of {', '.join(tables)}")
        g = _graph(store, view, year, itype, status, report, collapse)
        result = summary(g, top, sort)
        if fmt == "json":
            if table:
                key = tables[table][0]
                write(json.dumps(result[key], ensure_ascii=False, indent=2) + "\n")
            else:
                write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
            return
        if fmt in ("csv", "tsv"):
            key, columns, _ = tables[table or "centrality"]
            if key == "centrality":
                columns = ["rank", "node", "label_zh", "label_en"] + columns[2:] + ["degree_centrality"]
            write(render_rows(result[key], columns, fmt))
            return
        def n(count: int, word: str) -> str:
            return f"{count} {word}" + ("" if count == 1 else "s")

        typer.echo(
            f"{result['view']} view (filters: {result['filters']}): {n(result['nodes'], 'node')}, {n(result['edges'], 'edge')}, "
            f"{n(result['components'], 'component')}, {n(result['communities'], 'community').replace('communitys', 'communities')} "
            f"(modularity {result['modularity']:.3f})"
        )
        for name in ([table] if table else list(tables)):
            key, columns, heading = tables[name]
            rows = result[key]
            if not rows:
                typer.echo(f"{heading}: none in this view")
                continue
            write(render_rows(rows, columns, "table", title=f"{heading} (top {top})"))
