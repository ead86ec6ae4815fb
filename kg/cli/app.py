"""The `kg` command: each command parses options, calls one library function, renders."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kg.cli import (
    encoder_cmd,
    eval_cmd,
    export_cmd,
    knowledge_cmd,
    neo4j_cmd,
    query_cmd,
    resolve_cmd,
)
from kg.cli.context import opened_store, store_settings
from kg.cli.errors import FailedFiles, cli_errors, report_error
from kg.cli.output import Format, console, err_console, render
from kg.documents import list_inputs
from kg.info import summarize
from kg.ontology import default_ontology
from kg.pipeline import build as build_graph
from kg.pipeline import extract_paths
from kg.store.factory import STORE_KINDS, StoreSettings

app = typer.Typer(
    help="surveillance-kg: build a graph of who sells surveillance to whom from documents.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
app.add_typer(query_cmd.app, name="query")
app.add_typer(export_cmd.app, name="export")
app.add_typer(neo4j_cmd.app, name="neo4j")
app.add_typer(knowledge_cmd.app, name="knowledge")
app.add_typer(encoder_cmd.app, name="encoder")
app.command("eval")(eval_cmd.eval_command)
app.command("agreement")(eval_cmd.agreement_command)
resolve_cmd.register(app)


@app.callback()
def choose_store(
    ctx: typer.Context,
    store: Annotated[
        str | None,
        typer.Option(
            "--store",
            # KG_STORE is read by StoreSettings, not by Typer, so `kg info` can say which of
            # the flag and the variable chose the store.
            help=f"Graph store: {' or '.join(STORE_KINDS)}. Default: $KG_STORE, else neo4j if "
            "NEO4J_URI is set, else embedded.",
        ),
    ] = None,
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir",
            envvar="KG_DATA_DIR",
            show_envvar=True,
            help="Folder of the embedded store (default: under the user data directory).",
        ),
    ] = None,
) -> None:
    """Global options: which graph store to use."""
    with cli_errors():
        ctx.obj = StoreSettings.resolve(store, data_dir)


PathsArg = Annotated[
    list[str], typer.Argument(help="Files, folders (read recursively) or - for standard input.")
]
ExtractorOpt = Annotated[str, typer.Option(
    help="Extractor: rules (default, no model) or rules+encoder (after `kg encoder fetch`).")]
InputFormatOpt = Annotated[
    str | None,
    typer.Option(
        "--input-format",
        help="Force an ingest format: text, markdown, html, pdf, atlas, usaspending-prime, "
        "usaspending-subawards, sii, ftm.",
    ),
]


@app.command()
def ontology(
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
) -> None:
    """Print the ontology: entity types and relation types with their domain and range."""
    with cli_errors():
        onto = default_ontology()
        if fmt is Format.table:
            render(
                [
                    {"type": t.name, "description": t.description}
                    for t in onto.entity_types.values()
                ],
                ["type", "description"],
                fmt,
                title=f"Entity types (ontology v{onto.version})",
            )
        rows = [
            {
                "relation": r.name,
                "subject": "|".join(sorted(r.subject)),
                "object": "|".join(sorted(r.object)),
                "symmetric": r.symmetric,
                "description": r.description,
            }
            for r in onto.relation_types.values()
        ]
        if fmt is Format.table:
            render(
                rows, ["relation", "subject", "object", "description"], fmt, title="Relation types"
            )
        else:
            render(
                [
                    {"kind": "entity_type", "type": t.name, "description": t.description}
                    for t in onto.entity_types.values()
                ]
                + [{"kind": "relation_type", **r} for r in rows],
                ["kind", "type", "relation", "subject", "object", "symmetric", "description"],
                fmt,
            )


@app.command()
def extract(
    paths: PathsArg,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
    extractor: ExtractorOpt = "rules",
    input_format: InputFormatOpt = None,
) -> None:
    """Extract typed relations with their evidence; JSON Lines is the scored contract."""
    failed = FailedFiles()
    with cli_errors():
        rows = []
        for extraction in extract_paths(paths, extractor, input_format, failed):
            for relation in extraction.relations:
                record = relation.to_record()
                if fmt is Format.jsonl:
                    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
                else:
                    rows.append(record)
        if fmt is not Format.jsonl:
            columns = [
                "doc",
                "subject",
                "subject_type",
                "relation",
                "object",
                "object_type",
                "status",
                "confidence",
                "evidence",
                "start",
                "end",
                "extractor",
            ]
            if fmt is Format.table:  # people get the triple; scripts also get the evidence
                columns = ["doc", "subject", "relation", "object", "status", "confidence"]
            render(rows, columns, fmt, title="Extracted relations")
    failed.exit_if_any()


@app.command()
def build(
    ctx: typer.Context,
    paths: PathsArg,
    extractor: ExtractorOpt = "rules",
    input_format: InputFormatOpt = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per write transaction.")] = 25,
    mapping: Annotated[
        Path | None,
        typer.Option(help="A YAML mapping from a table's columns to entities and relations."),
    ] = None,
    resolve: Annotated[
        bool, typer.Option(help="Resolve entity names across sources before loading.")
    ] = True,
) -> None:
    """Ingest, extract, resolve and load into the graph store, with a progress bar and a
    summary. Documents go through the extractor; dataset rows become records directly."""
    with cli_errors():
        total = len(list_inputs(paths)) if "-" not in paths else None
        with opened_store(ctx) as store:
            with Progress(
                TextColumn("[bold]building[/bold]"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}"),
                console=err_console,
                transient=True,
            ) as progress:
                task = progress.add_task("", total=total)

                def step(name: str) -> None:
                    progress.update(task, advance=1, description=name)

                summary = build_graph(
                    store,
                    paths,
                    extractor,
                    input_format,
                    batch_size,
                    step,
                    mapping=mapping,
                    resolve=resolve,
                )
            location = store.describe()
        for message in summary.errors:
            report_error(message)
        render(
            [
                {
                    "documents": summary.documents,
                    "records": summary.records,
                    "entities": summary.entities,
                    "relations": summary.relations,
                    "asserted": summary.asserted,
                    "errors": len(summary.errors),
                    "store": location,
                }
            ],
            ["documents", "records", "entities", "relations", "asserted", "errors", "store"],
            Format.table,
            title="Build summary",
        )
    if summary.errors:
        raise typer.Exit(1)


@app.command()
def info(
    ctx: typer.Context,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
) -> None:
    """Which store is in use, where, why, and what it holds."""
    with cli_errors():
        chosen = store_settings(ctx)
        with opened_store(ctx) as store:
            summary = summarize(store)
        if fmt is Format.table:
            console.print(
                f"[bold]{summary.kind}[/bold] store: {summary.location} "
                f"[dim](chosen by {chosen.reason})[/dim]"
            )
            console.print(f"{summary.documents} documents")
            render(
                [{"type": k, "count": v} for k, v in summary.entities.items()],
                ["type", "count"],
                fmt,
                title="Entities",
            )
            render(
                [{"relation": k, "count": v} for k, v in summary.relations.items()],
                ["relation", "count"],
                fmt,
                title="Relations",
            )
        else:
            render(
                [{**summary.as_dict(), "chosen_by": chosen.reason}],
                ["store", "location", "chosen_by", "documents", "entities", "relations"],
                fmt,
            )


def main() -> None:
    app()


if __name__ == "__main__":
    main()
