"""`kg knowledge`: review knowledge files before trusting them, and look names up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.errors import cli_errors
from kg.cli.output import Format, err_console, render
from kg.knowledge import knowledge_files, load_knowledge, user_paths
from kg.knowledge_audit import ERROR, audit

app = typer.Typer(
    help="Check knowledge-base files and look names up in the knowledge base.",
    no_args_is_help=True,
)
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


@app.command("check")
def check(
    files: Annotated[
        list[Path] | None,
        typer.Argument(help="Knowledge files or folders to review (default: $KG_KNOWLEDGE "
                       "files, else the shipped knowledge base)."),
    ] = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Validate entries against the ontology and list forms that never match or are shared.

    Exit 1 on an invalid file or an error finding; warnings are for review."""
    with cli_errors():
        extra = list(files or user_paths())
        kb = load_knowledge(extra)
        sources = [str(p) for p in knowledge_files(extra)] if extra else None
        findings = audit(kb, sources)
    columns = ["severity", "check", "entry", "type", "form", "detail", "source"]
    if fmt is Format.table:  # the detail names the other entry and its file
        columns = ["severity", "check", "entry", "form", "detail"]
    render([vars(f) for f in findings], columns, fmt, title="Knowledge review")
    errors = sum(f.severity == ERROR for f in findings)
    if fmt is Format.table:
        err_console.print(f"{len(kb)} entries; {errors} errors, {len(findings) - errors} warnings")
    if errors:
        raise typer.Exit(1)


@app.command("lookup")
def lookup(
    names: Annotated[list[str], typer.Argument(help="Names as an article writes them.")],
    fmt: FormatOpt = Format.table,
) -> None:
    """Which entries a name finds (after $KG_KNOWLEDGE files are merged); exit 1 if none."""
    with cli_errors():
        kb = load_knowledge(user_paths())
        rows = [{"query": name, "entry": e.name, "type": e.type, "wikidata": e.wikidata,
                 "aliases": list(e.aliases), "demonyms": list(e.demonyms), "source": e.source}
                for name in names for e in kb.lookup(name)]
    render(rows, ["query", "entry", "type", "wikidata", "aliases", "demonyms", "source"], fmt,
           title="Knowledge lookup")
    if {r["query"] for r in rows} != set(names):
        raise typer.Exit(1)
