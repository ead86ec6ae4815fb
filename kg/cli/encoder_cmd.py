"""`kg encoder`: fetch the encoder of the rules+encoder extractor, and retrain its classifier."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kg.cli.errors import cli_errors
from kg.cli.output import Format, err_console, render

app = typer.Typer(
    help="The optional rules+encoder extractor: fetch its model, retrain its classifier.",
    no_args_is_help=True,
)
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


@app.command("fetch")
def fetch(fmt: FormatOpt = Format.table) -> None:
    """Download the encoder from Maven Central once (with mvn) and check its SHA-256."""
    from kg.extract.encoder.model_files import EncoderSpec, fetch_encoder

    with cli_errors():
        spec = EncoderSpec.load()
        files = fetch_encoder(spec, lambda msg: err_console.print(msg))
    render([{"encoder": spec.name, "artifact": spec.artifact, "model": str(files.model),
             "tokenizer": str(files.tokenizer)}],
           ["encoder", "artifact", "model", "tokenizer"], fmt, title="Encoder")


@app.command("train")
def train(
    docs: Annotated[list[Path], typer.Argument(help="Annotated articles (files or folders).")],
    gold: Annotated[list[Path], typer.Option(
        "--gold", help="Gold JSONL file(s) annotating the articles (repeat for several).")],
    out: Annotated[Path, typer.Option(
        help="Folder to write the classifier to; use it with KG_ENCODER_CLASSIFIER=FOLDER.")],
    c: Annotated[float, typer.Option(
        "--c", min=1e-6, help="Inverse L2 strength of the logistic regression.")] = 0.05,
    threshold: Annotated[float, typer.Option(
        min=0.0, max=1.0, help="Probability at which the extractor adds a relation.")] = 0.5,
    folds: Annotated[int, typer.Option(
        min=0, help="Cross-validation folds over documents (0: none).")] = 5,
    fmt: FormatOpt = Format.table,
) -> None:
    """Train the relation classifier on annotated articles; report cross-validation."""
    from kg.extract.encoder.pairs import PairReader
    from kg.extract.encoder.training import cross_validate, fit, training_card, training_set

    with cli_errors():
        reader = PairReader()
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err_console, transient=True) as bar:
            task = bar.add_task("reading and encoding", total=None)
            data = training_set(gold, docs, reader,
                                lambda done, total: bar.update(task, completed=done, total=total))
        cuts = sorted({threshold, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8})
        cv = cross_validate(data, reader.layout, c, folds, cuts[0], reader.rules.ontology) \
            if folds > 1 else None
        measured = [cv.counts(t) for t in cuts] if cv else []
        card = training_card(data, reader.spec, c, measured, cv.calibration() if cv else {})
        fit(data, reader.layout, c, threshold, card).save(out)
    render([{"threshold": f.threshold, "added_right": f.right, "added_wrong": f.wrong,
             "precision": round(f.right / (f.right + f.wrong), 3) if f.right + f.wrong else None}
            for f in measured], ["threshold", "added_right", "added_wrong", "precision"], fmt,
           title=f"Cross-validation over {len(data.documents)} documents ({folds} folds)")
    err_console.print(f"{len(data.documents)} documents, {len(data.pairs)} candidate pairs; "
                      f"classifier written to {out}")
