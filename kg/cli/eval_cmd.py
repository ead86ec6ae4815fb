"""`kg eval GOLD.jsonl DOCS...`: extract the documents and score them against gold; and
`kg agreement FIRST.jsonl SECOND.jsonl`: score one annotation of the articles against another.

A thin layer over `kg.evaluation`: it runs the extractor, scores, renders, and with
`--min-f1` turns a score below the floor into exit code 1, which is what CI relies on to
catch an extraction regression.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.errors import FailedFiles, cli_errors
from kg.cli.output import Format, console, err_console, render
from kg.evaluation import EvalReport, annotation_records, evaluate, extraction_records


def eval_command(
    gold: Annotated[
        Path, typer.Argument(help="Gold annotations (JSON Lines, one article a line).")
    ],
    docs: Annotated[list[str], typer.Argument(help="The annotated articles: files or folders.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    extractor: Annotated[str, typer.Option(
        help="Extractor: rules, or rules+encoder (after `kg encoder fetch`).")] = "rules",
    min_f1: Annotated[
        float | None,
        typer.Option("--min-f1", help="Exit 1 when micro F1 (rounded to 3 places) is below this."),
    ] = None,
    show_errors: Annotated[
        bool, typer.Option(help="List missed gold triples and false positives.")
    ] = True,
) -> None:
    """Score the extractor on annotated articles: P/R/F1, typing, per relation, errors."""
    failed = FailedFiles()
    with cli_errors():
        report = evaluate(gold, list(extraction_records(docs, extractor, failed)))
    _show(report, fmt, show_errors)
    failed.exit_if_any()
    if min_f1 is not None and round(report.f1, 3) < min_f1:
        err_console.print(
            f"[bold red]F1 {report.f1:.3f} is below the required minimum {min_f1:.3f}[/bold red]",
            highlight=False,
        )
        raise typer.Exit(1)


def agreement_command(
    first: Annotated[Path, typer.Argument(help="The first annotation (the gold scored against).")],
    second: Annotated[
        Path, typer.Argument(help="An independent annotation of the same articles.")
    ],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    show_errors: Annotated[
        bool, typer.Option(help="List the triples only one annotation has.")
    ] = True,
) -> None:
    """Score a second annotation against the first: how far two annotators agree."""
    with cli_errors():
        report = evaluate(first, list(annotation_records(second)))
    _show(report, fmt, show_errors)


def _show(report: EvalReport, fmt: Format, show_errors: bool) -> None:
    data = report.to_dict()
    if not show_errors:
        data.pop("misses")
        data.pop("false_positives")
    if fmt is Format.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt is Format.jsonl:
        sys.stdout.write(json.dumps(report.summary()) + "\n")
        return
    relations = [{"relation": r, **v} for r, v in data["by_relation"].items()]
    if fmt is Format.csv:
        render(relations, ["relation", "tp", "fp", "fn", "precision", "recall"], fmt)
        return
    s = report.summary()
    render([s], list(s), fmt, title="Overall (micro-averaged)")
    render(relations, ["relation", "tp", "fp", "fn", "precision", "recall"], fmt,
           title="Per relation")
    render(data["calibration"], ["low", "high", "predicted", "correct", "precision"], fmt,
           title="Confidence calibration (unique predicted triples)")
    if show_errors:
        cols = ["doc", "subject", "relation", "object", "evidence"]
        render(data["misses"], cols, fmt, title="Missed gold triples (gold evidence)")
        render(data["false_positives"], [*cols[:4], "confidence", "evidence"], fmt,
               title="False positives (predicted evidence)")
    console.print(
        f"P={report.precision:.3f} R={report.recall:.3f} F1={report.f1:.3f} "
        f"typing={report.typing:.3f}", highlight=False)
