"""`kg resolve`, `kg merge`, `kg split`: review entity-resolution candidates, record decisions.

Register on the main app with `resolve_cmd.register(app)` (three top-level commands).
A decision is appended to the decisions file and applies from the next `kg build`; to apply it
to a graph already loaded, rebuild that graph (see kg.resolve).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.context import opened_store
from kg.cli.errors import cli_errors
from kg.cli.output import Format, err_console, render
from kg.ontology import default_ontology
from kg.resolve import Decision, Node, candidate_pairs, decisions_path, read_decisions
from kg.resolve import record_decision as _record

DecisionsOpt = Annotated[
    Path | None,
    typer.Option("--decisions", envvar="KG_DECISIONS", show_envvar=True,
                 help="Decisions file (default: <data folder>/resolution/decisions.jsonl)."),
]
TypeOpt = Annotated[
    str | None, typer.Option("--type", "-t", help="Entity type (default: every type).")
]
ReasonOpt = Annotated[str, typer.Option("--reason", "-r", help="Why (kept with the decision).")]
COLUMNS = ["type", "a", "b", "score", "suggestion", "reason", "a_key", "b_key"]


def _check_type(type_: str | None) -> None:
    if type_ is not None:
        default_ontology().entity_type(type_)


def resolve(
    ctx: typer.Context,
    type_: TypeOpt = None,
    threshold: Annotated[float, typer.Option(min=0, max=100, help="Lowest score shown.")] = 80.0,
    limit: Annotated[int, typer.Option(min=1, help="Most pairs shown.")] = 200,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    decisions: DecisionsOpt = None,
) -> None:
    """List candidate pairs of entities that may be one, with a score and the reason."""
    with cli_errors():
        _check_type(type_)
        with opened_store(ctx) as store:
            rows = store.read(
                "MATCH (n:Entity) WHERE $type IS NULL OR n.type = $type "
                "RETURN n.type AS type, n.key AS key, n.name AS name, n.aliases AS aliases, "
                "n.identifiers AS identifiers",
                {"type": type_},
            ).rows
        pairs, skipped = candidate_pairs(
            (Node.from_row(r) for r in rows), read_decisions(decisions_path(decisions)), threshold
        )
        render([p.as_row() for p in pairs[:limit]], COLUMNS, fmt, title="Resolution candidates")
        if skipped and fmt is Format.table:
            err_console.print(f"[dim]{skipped} oversized blocks skipped[/dim]")


def _decide(a: str, b: str, same: bool, reason: str, type_: str | None,
            decisions: Path | None) -> None:
    _check_type(type_)
    path = _record(
        Decision(a=a, b=b, same=same, reason=reason, type=type_), decisions_path(decisions)
    )
    verb = "merge" if same else "split"
    err_console.print(
        f"recorded {verb} of {a!r} and {b!r}{f' ({type_})' if type_ else ''} in {path}; "
        "it applies from the next build (rebuild to change a graph already loaded)",
        highlight=False,
    )


def merge(
    a: Annotated[str, typer.Argument(help="Name (or key) of the entity merged away.")],
    b: Annotated[str, typer.Argument(help="Name (or key) of the entity it joins.")],
    reason: ReasonOpt,
    type_: TypeOpt = None,
    decisions: DecisionsOpt = None,
) -> None:
    """Record that A and B are one entity (A joins B's cluster)."""
    with cli_errors():
        _decide(a, b, True, reason, type_, decisions)


def split(
    a: Annotated[str, typer.Argument(help="Name (or key) of one entity.")],
    b: Annotated[str, typer.Argument(help="Name (or key) of the other.")],
    reason: ReasonOpt,
    type_: TypeOpt = None,
    decisions: DecisionsOpt = None,
) -> None:
    """Record that A and B are different entities (undoes a merge, overrides the rules)."""
    with cli_errors():
        _decide(a, b, False, reason, type_, decisions)


def register(app: typer.Typer) -> None:
    """Add `resolve`, `merge` and `split` to the main app."""
    app.command("resolve")(resolve)
    app.command("merge")(merge)
    app.command("split")(split)
