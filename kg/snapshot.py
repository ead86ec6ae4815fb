"""The whole graph read back from a store as plain records, for exporters.

Exporters (RDF, HTML, networkx) work from this snapshot rather than from a store, so they
behave the same on every store. The reads are portable openCypher built from the ontology's
graph schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.ontology import Ontology, default_ontology
from kg.store.base import GraphStore


@dataclass
class Snapshot:
    entities: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    relations: list[dict[str, Any]]
    mentions: list[dict[str, Any]]

    def to_networkx(self) -> nx.MultiDiGraph:
        """Entities as nodes keyed (type, key), relations as keyed edges with provenance."""
        graph = nx.MultiDiGraph()
        for e in self.entities:
            graph.add_node((e["type"], e["key"]), **e)
        for r in self.relations:
            graph.add_edge(
                (r["s_type"], r["s_key"]),
                (r["o_type"], r["o_key"]),
                key=(r["relation"], r["status"]),
                **r,
            )
        return graph


def read_snapshot(store: GraphStore, ontology: Ontology | None = None) -> Snapshot:
    g = (ontology or default_ontology()).graph
    ent, doc, key, name = g.entity_label, g.document_label, g.key_property, g.name_property
    entities = store.read(
        f"MATCH (n:{ent}) RETURN n.type AS type, n.{key} AS key, n.{name} AS name, "
        "n.aliases AS aliases ORDER BY type, key"
    ).rows
    documents = store.read(
        f"MATCH (d:{doc}) RETURN d.{g.document_key} AS id, d.name AS name, d.title AS title, "
        "d.url AS url, d.outlet AS outlet, d.date AS date, d.format AS format ORDER BY id"
    ).rows
    relations = store.read(
        f"MATCH (s:{ent})-[r]->(o:{ent}) "
        f"RETURN s.type AS s_type, s.{key} AS s_key, s.{name} AS s_name, type(r) AS relation, "
        f"o.type AS o_type, o.{key} AS o_key, o.{name} AS o_name, r.status AS status, "
        "r.confidence AS confidence, r.sources AS sources, r.evidence AS evidence, "
        "r.evidence_docs AS evidence_docs, r.first_seen AS first_seen, r.last_seen AS last_seen "
        "ORDER BY s_type, s_key, relation, o_type, o_key, status"
    ).rows
    mentions = store.read(
        f"MATCH (d:{doc})-[:{g.mentions}]->(n:{ent}) "
        f"RETURN d.{g.document_key} AS doc, n.type AS type, n.{key} AS key "
        "ORDER BY doc, type, key"
    ).rows
    return Snapshot(entities, documents, relations, mentions)
