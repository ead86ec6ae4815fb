"""The Neo4j store, on the official driver.

Writes run in managed write transactions (the driver retries transient failures); reads run
in managed read transactions after an EXPLAIN that refuses anything but a read-only plan, so
a saved or ad-hoc query can never change the graph.
"""

from __future__ import annotations

from typing import Any

import neo4j
from neo4j import GraphDatabase
from neo4j import exceptions as nx
from neo4j.graph import Node, Path, Relationship

from kg.errors import QueryError, StoreError
from kg.ontology import SchemaItem
from kg.settings import Neo4jSettings
from kg.store.base import QueryResult

_READ_ONLY_PLANS = {"r"}


def plain(value: Any) -> Any:
    """Driver values (nodes, relationships, paths, temporal types) as JSON-ready Python."""
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def neo4j_ddl(items: list[SchemaItem]) -> list[str]:
    """Idempotent Neo4j DDL: a uniqueness constraint (which brings its index) or a range index."""
    out = []
    for item in items:
        target = f"FOR (n:{item.label})"
        if item.unique:
            out.append(
                f"CREATE CONSTRAINT {item.name} IF NOT EXISTS {target} "
                f"REQUIRE n.{item.prop} IS UNIQUE"
            )
        else:
            out.append(f"CREATE INDEX {item.name} IF NOT EXISTS {target} ON (n.{item.prop})")
    return out


class Neo4jStore:
    """A GraphStore on a Neo4j server (local, self-hosted or Aura)."""

    kind = "neo4j"

    def __init__(self, settings: Neo4jSettings) -> None:
        self.settings = settings
        auth = (settings.username, settings.password) if settings.password is not None else None
        try:
            # Server notifications (e.g. "property does not exist" on an empty graph) are advice
            # for query authors, not for analysts running saved queries.
            self._driver = GraphDatabase.driver(
                settings.uri, auth=auth, notifications_min_severity="OFF"
            )
            self._driver.verify_connectivity()
        except nx.AuthError:
            raise StoreError(
                f"Neo4j at {settings.uri} refused the credentials of user "
                f"{settings.username!r} (password from {settings.source}); "
                "check NEO4J_USERNAME and NEO4J_PASSWORD"
            ) from None
        except (nx.ServiceUnavailable, OSError, ValueError, nx.ConfigurationError) as exc:
            raise StoreError(
                f"cannot reach Neo4j at {settings.uri} ({type(exc).__name__}); start the local "
                "server with `kg neo4j start` or set NEO4J_URI"
            ) from None

    def describe(self) -> str:
        return f"{self.settings.uri} (database {self.settings.database})"

    def _session(self, mode: str) -> neo4j.Session:
        access = neo4j.READ_ACCESS if mode == "r" else neo4j.WRITE_ACCESS
        return self._driver.session(database=self.settings.database, default_access_mode=access)

    def ensure_schema(self, items: list[SchemaItem]) -> None:
        with self._session("w") as session:
            for statement in neo4j_ddl(items):
                session.run(statement).consume()

    def write(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        def work(tx: neo4j.ManagedTransaction) -> None:
            for text, params in statements:
                tx.run(text, params).consume()

        try:
            with self._session("w") as session:
                session.execute_write(work)
        except nx.Neo4jError as exc:
            raise StoreError(f"Neo4j refused a write: {exc.message}") from None

    def read(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        params = params or {}
        try:
            with self._session("r") as session:
                plan = session.run("EXPLAIN " + cypher, params).consume()
                if plan.query_type not in _READ_ONLY_PLANS:
                    raise QueryError(
                        "refused: the query would write to the graph "
                        f"(plan type {plan.query_type!r}); saved and ad-hoc queries run read-only"
                    )

                def work(tx: neo4j.ManagedTransaction) -> QueryResult:
                    result = tx.run(cypher, params)
                    columns = list(result.keys())
                    rows = [{k: plain(record[k]) for k in columns} for record in result]
                    return QueryResult(columns=columns, rows=rows)

                return session.execute_read(work)
        except nx.ClientError as exc:
            raise QueryError(f"Neo4j rejected the query: {exc.message}") from None

    def close(self) -> None:
        self._driver.close()
