"""Library errors become one red line on stderr and exit code 1, never a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.markup import escape

from kg.cli.output import err_console
from kg.errors import KgError
from kg.sources import IngestFailure


def report_error(message: str) -> None:
    """One red `error:` line on stderr; the message is printed literally (file names may
    hold brackets that Rich would otherwise read as markup)."""
    err_console.print(f"[red]error:[/red] {escape(message)}", highlight=False)


class FailedFiles:
    """The `on_failure` callback of commands that read many files: each bad file is printed
    as it happens and the rest are read; the command exits 1 at the end if any failed."""

    def __init__(self) -> None:
        self.failures: list[IngestFailure] = []

    def __call__(self, failure: IngestFailure) -> None:
        self.failures.append(failure)
        report_error(failure.message)

    def exit_if_any(self) -> None:
        if self.failures:
            raise typer.Exit(1)


@contextmanager
def cli_errors() -> Iterator[None]:
    try:
        yield
    except KgError as exc:
        report_error(str(exc))
        raise typer.Exit(1) from None
