"""Loading extractions into a store, batch by batch.

Each batch is one write transaction, so an interrupted load leaves whole batches behind and
a re-run completes it without duplicates (every statement MERGEs).
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.model import Extraction
from kg.ontology import Ontology, default_ontology
from kg.store.base import GraphStore, LoadStats
from kg.store.writes import StatementBuilder


class Loader:
    def __init__(self, store: GraphStore, ontology: Ontology | None = None) -> None:
        self.store = store
        self.builder = StatementBuilder(ontology or default_ontology())
        self._schema_done = False

    def ensure_schema(self) -> None:
        if not self._schema_done:
            self.store.ensure_schema(self.builder.schema())
            self._schema_done = True

    def load(self, extractions: list[Extraction]) -> LoadStats:
        """Write one batch in one transaction; returns what it carried."""
        self.ensure_schema()
        statements = list(self.builder.batch(extractions))
        if statements:
            self.store.write(statements)
        return LoadStats(
            documents=len(extractions),
            entities=len({(e.type, e.key) for x in extractions for e in _entities(x)}),
            relations=sum(len(x.relations) for x in extractions),
            mentions=0,
            batches=1 if statements else 0,
        )


def _entities(x: Extraction) -> Iterable:
    yield from x.entities
    for r in x.relations:
        yield r.subject
        yield r.object
