"""Loading extractions into a store, batch by batch.

Each batch is one write transaction, so an interrupted load leaves whole batches behind and
a re-run completes it without duplicates (every statement MERGEs).
"""

from __future__ import annotations

from kg.model import Extraction
from kg.ontology import Ontology, default_ontology
from kg.store.base import GraphStore
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

    def load(self, extractions: list[Extraction]) -> None:
        """Write one batch in one transaction."""
        self.ensure_schema()
        statements = list(self.builder.batch(extractions))
        if statements:
            self.store.write(statements)
