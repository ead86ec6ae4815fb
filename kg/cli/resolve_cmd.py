"""`kg resolve`, `kg merge`, `kg split`: review entity-resolution candidates, record decisions.

Register on the main app with `resolve_cmd.register(app)` (three top-level commands).
A decision is appended to the decisions file and applies from the next `kg build`; `kg merge` and
`kg split` print the exact commands that rebuild the graph already loaded (there is no in-place
`--apply`: see `rebuild_advice` and kg.resolve for why).
"""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.context import opened_store, store_settings
from kg.cli.errors import cli_errors
from kg.cli.output import Format, err_console, render
from kg.ontology import default_ontology
from kg.resolve import Decision, Node, candidate_pairs, decisions_path, read_decisions
from kg.resolve import record_decision as _record
from kg.store.factory import StoreSettings

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
                f"MATCH (n:{default_ontology().graph.entity_label}) "
                "WHERE $type IS NULL OR n.type = $type "
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


def _built_from(ctx: typer.Context | None) -> list[str] | None:
    """The input files the current graph was built from (documents keep their path), or None
    when the store cannot be read (not running, locked by another process)."""
    if ctx is None:
        return None
    try:
        with opened_store(ctx) as store:
            rows = store.read(
                f"MATCH (d:{default_ontology().graph.document_label}) WHERE d.path IS NOT NULL "
                "RETURN DISTINCT d.path AS path"
            ).rows
    except Exception:  # the advice below works without the paths
        return None
    return sorted({str(r["path"]) for r in rows})


def rebuild_advice(settings: StoreSettings, paths: list[str] | None,
                   decisions: Path) -> list[str]:
    """The exact steps that apply recorded decisions to a graph already loaded.

    There is no in-place apply: moving a node's relationships onto another is not portable
    Cypher across Neo4j and FalkorDB, and a split cannot be undone in place (the merged node
    no longer knows which evidence came under which name). A rebuild into an empty store is
    exact and cheap, because every write is an idempotent MERGE.
    """
    inputs = shlex.join(paths) if paths else "<the files and folders you built from>"
    env = "" if decisions == decisions_path() else f"KG_DECISIONS={shlex.quote(str(decisions))} "
    if settings.kind == "neo4j":
        empty = ("empty the Neo4j database: run  MATCH (n) DETACH DELETE n  in Neo4j Browser "
                 "or cypher-shell")
        build = f"{env}kg --store neo4j build {inputs}"
    else:
        folder = shlex.quote(str(settings.data_dir))
        empty = f"empty the embedded store: with no kg command running, remove {folder}"
        build = f"{env}kg --store embedded --data-dir {folder} build {inputs}"
    lines = ["to change the graph already loaded, rebuild it into an empty store:",
             f"  1. {empty}", f"  2. {build}"]
    if paths == []:
        lines.append("  (the graph holds no documents with a path: name your inputs yourself)")
    return lines


def _decide(a: str, b: str, same: bool, reason: str, type_: str | None,
            decisions: Path | None, ctx: typer.Context | None = None) -> None:
    _check_type(type_)
    target = decisions_path(decisions)
    path = _record(Decision(a=a, b=b, same=same, reason=reason, type=type_), target)
    verb = "merge" if same else "split"
    err_console.print(
        f"recorded {verb} of {a!r} and {b!r}{f' ({type_})' if type_ else ''} in {path}; "
        "it applies from the next build",
        highlight=False,
    )
    settings = store_settings(ctx) if ctx is not None else StoreSettings.resolve()
    for line in rebuild_advice(settings, _built_from(ctx), target):
        err_console.print(line, highlight=False, markup=False, soft_wrap=True)


def merge(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(help="Name (or key) of the entity merged away.")],
    b: Annotated[str, typer.Argument(help="Name (or key) of the entity it joins.")],
    reason: ReasonOpt,
    type_: TypeOpt = None,
    decisions: DecisionsOpt = None,
) -> None:
    """Record that A and B are one entity (A joins B's cluster)."""
    with cli_errors():
        _decide(a, b, True, reason, type_, decisions, ctx)


def split(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(help="Name (or key) of one entity.")],
    b: Annotated[str, typer.Argument(help="Name (or key) of the other.")],
    reason: ReasonOpt,
    type_: TypeOpt = None,
    decisions: DecisionsOpt = None,
) -> None:
    """Record that A and B are different entities (undoes a merge, overrides the rules)."""
    with cli_errors():
        _decide(a, b, False, reason, type_, decisions, ctx)


def register(app: typer.Typer) -> None:
    """Add `resolve`, `merge` and `split` to the main app."""
    app.command("resolve")(resolve)
    app.command("merge")(merge)
    app.command("split")(split)
