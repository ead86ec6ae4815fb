"""The store interface.

A store executes parameterised Cypher: schema statements once, batched write statements in
managed transactions, and read statements in read-only transactions that refuse writes. The
statements themselves are built once, from the ontology, in `kg.store.writes`, so every store
gets the same semantics.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from kg.ontology import SchemaItem


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict[str, Any]]


class GraphStore(Protocol):
    """What the loader, the query runner and the exporters need of a graph database."""

    kind: str

    def describe(self) -> str:
        """Where the store is (URI or folder), without secrets."""
        ...

    def ensure_schema(self, items: list[SchemaItem]) -> None:
        """Create the constraints and indexes (in the store's own DDL); safe on every load."""
        ...

    def write(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        """Run the statements in one write transaction: all of them land, or none."""
        ...

    def read(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run a query read-only; a query that would write raises QueryError."""
        ...

    def close(self) -> None: ...
