"""`kg query`: the saved-query catalogue and ad-hoc read-only Cypher."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.syntax import Syntax

from kg.cli.context import opened_store
from kg.cli.errors import cli_errors
from kg.cli.output import Format, console, render
from kg.queries import Catalogue, parse_params, run_adhoc

app = typer.Typer(
    help="Run saved Cypher queries (read-only) and ad-hoc ones.", no_args_is_help=True
)

ParamOpt = Annotated[
    list[str] | None,
    typer.Option("--param", "-p", help="A query parameter as key=value; repeat for more."),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


@app.command("list")
def list_queries(fmt: FormatOpt = Format.table) -> None:
    """List the saved queries."""
    with cli_errors():
        catalogue = Catalogue()
        rows = [
            {
                "name": q.name,
                "title": q.title,
                "parameters": ", ".join(f"{p.name}:{p.type}" for p in q.parameters),
            }
            for q in catalogue.queries.values()
        ]
        render(rows, ["name", "title", "parameters"], fmt, title="Saved queries")


@app.command("show")
def show(name: Annotated[str, typer.Argument(help="The saved query's name.")]) -> None:
    """Show a saved query: description, parameters, an example and its Cypher."""
    with cli_errors():
        q = Catalogue().get(name)
        console.print(f"[bold]{q.name}[/bold]: {q.title}\n{q.description}\n")
        for p in q.parameters:
            default = "" if p.required else f" (default: {p.default})"
            console.print(f"  --param {p.name}=<{p.type}>  {p.description}{default}")
        console.print(f"\n[dim]example:[/dim] {q.example}\n")
        console.print(Syntax(q.cypher, "cypher", theme="ansi_dark", word_wrap=True))
        for kind, text in q.variants:
            console.print(f"\n[dim]variant for the {kind} store:[/dim]")
            console.print(Syntax(text, "cypher", theme="ansi_dark", word_wrap=True))


@app.command("run")
def run(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The saved query's name (see `kg query list`).")],
    param: ParamOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Run a saved query in a read-only transaction."""
    with cli_errors():
        query = Catalogue().get(name)
        params = query.bind(parse_params(param or []))
        with opened_store(ctx) as store:
            result = store.read(query.text_for(store.kind), params)
        render(result.rows, result.columns, fmt, title=query.title)


@app.command("exec")
def exec_(
    ctx: typer.Context,
    cypher: Annotated[str, typer.Argument(help="A Cypher query; use $name for parameters.")],
    param: ParamOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Run an ad-hoc Cypher query read-only; a query that writes is refused."""
    with cli_errors():
        with opened_store(ctx) as store:
            result = run_adhoc(store, cypher, parse_params(param or []))
        render(result.rows, result.columns, fmt)
