"""Library errors become one red line on stderr and exit code 1, never a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.markup import escape

from kg.cli.output import err_console
from kg.errors import KgError


@contextmanager
def cli_errors() -> Iterator[None]:
    try:
        yield
    except KgError as exc:
        err_console.print(f"[bold red]error:[/bold red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(1) from None
