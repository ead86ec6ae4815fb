"""Choosing and opening the graph store.

Order: the `--store` flag, then KG_STORE, then "neo4j" if NEO4J_URI is set, else the embedded
store, so a fresh machine needs no server and a team that exports NEO4J_URI gets Neo4j.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ConfigError
from kg.settings import Neo4jSettings, data_home
from kg.store.base import GraphStore

STORE_KINDS = ("embedded", "neo4j")


@dataclass(frozen=True)
class StoreSettings:
    kind: str
    data_dir: Path
    reason: str

    @classmethod
    def resolve(cls, kind: str | None = None, data_dir: Path | None = None) -> StoreSettings:
        env = os.environ
        if kind:
            reason = "--store"
        elif env.get("KG_STORE"):
            kind, reason = env["KG_STORE"], "KG_STORE"
        elif env.get("NEO4J_URI"):
            kind, reason = "neo4j", "NEO4J_URI is set"
        else:
            kind, reason = "embedded", "default"
        kind = kind.strip().lower()
        if kind not in STORE_KINDS:
            raise ConfigError(
                f"unknown store {kind!r} (from {reason}); expected one of {', '.join(STORE_KINDS)}"
            )
        folder = data_dir or (
            Path(env["KG_DATA_DIR"]) if env.get("KG_DATA_DIR") else data_home() / "embedded"
        )
        return cls(kind=kind, data_dir=folder.expanduser(), reason=reason)


def open_store(settings: StoreSettings | None = None) -> GraphStore:
    """Open the chosen store; raises StoreError with one clear line if it cannot."""
    settings = settings or StoreSettings.resolve()
    if settings.kind == "neo4j":
        from kg.store.neo4j_store import Neo4jStore

        return Neo4jStore(Neo4jSettings.resolve())
    from kg.store.embedded_store import EmbeddedStore

    return EmbeddedStore(settings.data_dir)
