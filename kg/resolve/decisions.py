"""Resolution decisions: "these two names are (not) one entity", by a person or a rule.

Decisions are data, kept in a JSON Lines file in the data folder
(``<KG_HOME>/resolution/decisions.jsonl``, or the file named by KG_DECISIONS), one decision a
line, appended and never rewritten, so the file is its own audit log. Every build reads it and
applies the latest decision for each pair before loading, which is what makes a merge
reversible: a later "not same" for the pair undoes an earlier "same" on the next build.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from kg.errors import ConfigError
from kg.names import name_key
from kg.settings import data_home

ENV_VAR = "KG_DECISIONS"


def decisions_path(override: str | Path | None = None) -> Path:
    """The decisions file: the argument, else KG_DECISIONS, else under the data folder."""
    if override:
        return Path(override).expanduser()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    return data_home() / "resolution" / "decisions.jsonl"


@dataclass(frozen=True)
class Decision:
    """`a` and `b` are names (compared by key); `type` limits the decision to one entity type
    (None: every type, each side keeping its own type, since type is part of identity)."""

    a: str
    b: str
    same: bool
    reason: str
    type: str | None = None
    by: str = "person"
    at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    @property
    def a_key(self) -> str:
        return name_key(self.a)

    @property
    def b_key(self) -> str:
        return name_key(self.b)

    def pair(self) -> tuple[str | None, frozenset[str]]:
        return self.type, frozenset((self.a_key, self.b_key))


def read_decisions(path: Path) -> list[Decision]:
    """Every decision in the file, in order; a bad line names the file and line."""
    if not path.exists():
        return []
    out: list[Decision] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read decisions: {exc.strerror}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            decision = Decision(
                a=str(raw["a"]), b=str(raw["b"]), same=bool(raw["same"]),
                reason=str(raw.get("reason", "")), type=raw.get("type"),
                by=str(raw.get("by", "person")), at=str(raw.get("at", "")),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"{path}:{number}: not a decision ({exc})") from None
        if not decision.a_key or not decision.b_key:
            raise ConfigError(f"{path}:{number}: a decision needs two names")
        out.append(decision)
    return out


def record_decision(decision: Decision, path: Path | None = None) -> Path:
    """Append one decision to the file (created with its folder); returns the file."""
    target = path or decisions_path()
    if not decision.a_key or not decision.b_key:
        raise ConfigError("a decision needs two names with letters or digits")
    if decision.a_key == decision.b_key and decision.same:
        raise ConfigError(f"{decision.a!r} and {decision.b!r} already have the same key")
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("a", encoding="utf-8") as out:
        out.write(json.dumps(asdict(decision), ensure_ascii=False) + "\n")
    return target


def latest(decisions: list[Decision]) -> dict[tuple[str | None, frozenset[str]], Decision]:
    """The last decision per (type, pair): later decisions override earlier ones."""
    final: dict[tuple[str | None, frozenset[str]], Decision] = {}
    for d in decisions:
        final[d.pair()] = d
    return final
