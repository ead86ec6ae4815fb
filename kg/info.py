"""What a store holds, for `kg info`: counts by entity type and relation type."""

from __future__ import annotations

from dataclasses import dataclass

from kg.ontology import Ontology, default_ontology
from kg.store.base import GraphStore


@dataclass
class StoreSummary:
    kind: str
    location: str
    documents: int
    entities: dict[str, int]
    relations: dict[str, int]

    def as_dict(self) -> dict[str, object]:
        return {
            "store": self.kind,
            "location": self.location,
            "documents": self.documents,
            "entities": self.entities,
            "relations": self.relations,
        }


def summarize(store: GraphStore, ontology: Ontology | None = None) -> StoreSummary:
    g = (ontology or default_ontology()).graph
    docs = store.read(f"MATCH (d:{g.document_label}) RETURN count(d) AS n").rows[0]["n"]
    entities = store.read(
        f"MATCH (n:{g.entity_label}) RETURN n.type AS type, count(n) AS n ORDER BY type"
    ).rows
    relations = store.read(
        f"MATCH (:{g.entity_label})-[r]->(:{g.entity_label}) "
        "RETURN type(r) AS relation, count(r) AS n ORDER BY relation"
    ).rows
    return StoreSummary(
        kind=store.kind,
        location=store.describe(),
        documents=docs,
        entities={r["type"]: r["n"] for r in entities},
        relations={r["relation"]: r["n"] for r in relations},
    )
