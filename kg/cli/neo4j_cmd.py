"""`kg neo4j`: run the local Neo4j server (provisioned from Maven Central, no Docker).

Each command is a thin layer over kg.neo4j_server. The password is never shown: commands
print where the password file is, and the library reads it from there.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from kg import neo4j_server
from kg.cli.errors import cli_errors
from kg.cli.output import Format, console, err_console, render
from kg.settings import DEFAULT_USERNAME

app = typer.Typer(
    help=(
        f"Run a local Neo4j {neo4j_server.NEO4J_VERSION} server (jars from Maven Central; "
        "needs Java 17+ and, the first time, Maven)."
    ),
    no_args_is_help=True,
)

TimeoutOpt = Annotated[float, typer.Option(min=1, help="Seconds to wait before giving up.")]


def _print_connection(state: neo4j_server.ServerStatus) -> None:
    console.print(f"Neo4j {state.version} is running (pid {state.pid})", highlight=False)
    console.print(f"  Bolt:     {state.bolt_uri}", highlight=False)
    console.print(f"  Browser:  {state.browser_url}", highlight=False)
    console.print(f"  User:     {DEFAULT_USERNAME}", highlight=False)
    console.print(f"  Password: in {escape(str(state.password_file))}", highlight=False)


@app.command()
def start(timeout: TimeoutOpt = 180.0) -> None:
    """Start the server (downloading and configuring it on first use); wait until Bolt answers."""
    with cli_errors(), err_console.status("starting Neo4j") as spinner:

        def progress(message: str) -> None:
            spinner.update(escape(message))

        state = neo4j_server.start(timeout=timeout, progress=progress)
    _print_connection(state)


@app.command()
def stop(timeout: TimeoutOpt = 120.0) -> None:
    """Stop the server cleanly (SIGTERM, then SIGKILL only after the timeout)."""
    with cli_errors(), err_console.status("stopping Neo4j"):
        was_running = neo4j_server.stop(timeout=timeout)
    console.print("Neo4j stopped" if was_running else "Neo4j was not running", highlight=False)


@app.command()
def status(
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
) -> None:
    """Show whether the server runs, its addresses and where its files are."""
    with cli_errors():
        row = neo4j_server.status().as_dict()
    if fmt is Format.json:
        sys.stdout.write(json.dumps(row, indent=2) + "\n")
    elif fmt is Format.table:
        table = Table(title="Local Neo4j server", show_header=False)
        table.add_column("field", style="bold")
        table.add_column("value", overflow="fold")
        for key, value in row.items():
            text = "" if value is None else escape(str(value))
            if key == "running":
                text = "[green]yes[/green]" if value else "[red]no[/red]"
            table.add_row(key, text)
        console.print(table)
    else:
        render([row], list(row), fmt)
