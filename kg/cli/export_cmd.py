"""`kg export`: the graph as files for other tools."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.context import opened_store
from kg.cli.errors import cli_errors
from kg.cli.output import err_console
from kg.export.ftm import write_ftm
from kg.export.grass import grass
from kg.export.html import render_html
from kg.export.rdf import RdfMapper, serialize
from kg.settings import rdf_base
from kg.snapshot import read_snapshot

app = typer.Typer(
    help="Export the graph: RDF for linked data, FollowTheMoney for Aleph/OpenSanctions, HTML "
    "for people.",
    no_args_is_help=True,
)


class RdfFormat(StrEnum):
    turtle = "turtle"
    nt = "nt"
    jsonld = "jsonld"


@app.command("rdf")
def rdf(
    ctx: typer.Context,
    fmt: Annotated[
        RdfFormat, typer.Option("--format", "-f", help="RDF syntax.")
    ] = RdfFormat.turtle,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write; default stdout.")
    ] = None,
    base: Annotated[
        str | None, typer.Option(help="Base namespace of IRIs (or KG_RDF_BASE).")
    ] = None,
) -> None:
    """Export entities, relations and their source documents as RDF."""
    with cli_errors():
        with opened_store(ctx) as store:
            snapshot = read_snapshot(store)
        graph = RdfMapper(rdf_base(base)).to_graph(snapshot)
        text = serialize(graph, fmt.value)
        if output:
            output.write_text(text, encoding="utf-8")
            err_console.print(f"wrote {len(graph)} triples to {output}")
        else:
            sys.stdout.write(text)


@app.command("html")
def html_page(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")],
    title: Annotated[str, typer.Option(help="Page title.")] = "surveillance-kg graph",
) -> None:
    """Write a self-contained interactive graph page (no network needed to open it)."""
    with cli_errors():
        with opened_store(ctx) as store:
            snapshot = read_snapshot(store)
        output.write_text(render_html(snapshot, title), encoding="utf-8")
        err_console.print(
            f"wrote {len(snapshot.entities)} nodes and {len(snapshot.relations)} relations "
            f"to {output}"
        )


@app.command("ftm")
def ftm(
    ctx: typer.Context,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write; default stdout.")
    ] = None,
) -> None:
    """Export entities and relations as FollowTheMoney JSON Lines (Aleph, OpenSanctions)."""
    with cli_errors(), opened_store(ctx) as store:
        if output:
            with output.open("w", encoding="utf-8") as out:
                count = write_ftm(store, out)
            err_console.print(f"wrote {count} FtM entities to {output}")
        else:
            write_ftm(store, sys.stdout)


@app.command("grass")
def grass_style(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File; default stdout.")
    ] = None,
) -> None:
    """A Neo4j Browser style sheet from the ontology (paste after `:style` in Browser)."""
    text = grass()
    if output:
        output.write_text(text, encoding="utf-8")
        err_console.print(f"wrote the Neo4j Browser style to {output}")
    else:
        sys.stdout.write(text)
