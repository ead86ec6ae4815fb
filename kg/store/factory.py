"""Opening the configured store."""

from __future__ import annotations

from kg.settings import Neo4jSettings
from kg.store.base import GraphStore
from kg.store.neo4j_store import Neo4jStore


def open_store(uri: str | None = None, database: str | None = None) -> GraphStore:
    """The Neo4j store from flags, the environment or the local server's settings."""
    return Neo4jStore(Neo4jSettings.resolve(uri=uri, database=database))
