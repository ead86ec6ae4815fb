"""Turns extractions into batched, parameterised MERGE statements.

Statement text only ever contains labels, relationship types and property names taken from
the ontology (validated identifiers); every value travels as a parameter. Rows are grouped
per label (and per subject label, relation and object label) so each statement can MERGE on
the constraint-backed key.

Provenance rule: a relationship is one (subject, type, object, status) edge; each piece of
evidence (document + sentence offsets) is appended once, so re-loading changes nothing and a
second document that repeats the relation adds its source to the same edge.

Corroboration: each edge also keeps the distinct sources that vouch for it (`source_ids`: a
dataset, else an article's outlet, else the document) and their kinds (`source_kinds`:
"record", "article"), and `independent_sources` = size(source_ids), so a relation stated by a
contract record and by a news article counts 2, and two stories of one outlet count 1.

Relation properties: scalars are set (the latest record wins, e.g. an award's updated
amount); list values are unioned into the edge's list, so many awards on one edge keep every
award id and re-loading adds nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from kg.model import Document, Entity, Extraction, Relation
from kg.names import name_key
from kg.ontology import PROPERTY_NAME, Ontology, SchemaItem

Statement = tuple[str, dict[str, Any]]
_SCALARS = (str, int, float, bool)


def _property_name(name: str) -> str:
    """A property name that may appear in statement text (it is never a value)."""
    if not PROPERTY_NAME.match(name):
        raise ValueError(f"property name {name!r} is not a snake_case identifier")
    return name


def _storable(value: Any) -> Any:
    """A value both stores keep as a property: a scalar or a list of scalars, else None."""
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        items = [v for v in value if isinstance(v, _SCALARS)]
        return sorted(items, key=str) if isinstance(value, set | frozenset) else items
    return None


def _document_row(doc: Document) -> dict[str, Any]:
    stored = {k: _storable(v) for k, v in doc.properties.items()}
    props = {_property_name(k): v for k, v in stored.items() if v is not None}
    props.update({k: v for k, v in doc.metadata().items() if k != "id" and v is not None})
    props["sentences"] = len(doc.sentences)
    props["characters"] = len(doc.text)
    return {"id": doc.id, "props": props}


def _entity_rows(entities: Iterable[Entity]) -> dict[str, list[dict[str, Any]]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for e in entities:
        row = merged.setdefault(
            (e.type, e.key),
            {"key": e.key, "name": e.name, "type": e.type, "aliases": set(), "alias_keys": set(),
             "identifiers": set(), "props": {}},
        )
        for alias in (e.name, *e.aliases):
            row["aliases"].add(alias)
            row["alias_keys"].add(name_key(alias))
        row["identifiers"].update(e.identifiers)
        for k, v in e.properties:
            if (value := _storable(v)) is not None:
                row["props"][_property_name(k)] = value
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (label, _), row in sorted(merged.items()):
        row["aliases"] = sorted(row["aliases"])
        row["alias_keys"] = sorted(k for k in row["alias_keys"] if k)
        row["identifiers"] = sorted(row["identifiers"])
        by_label[label].append(row)
    return by_label


def _relation_key(ontology: Ontology, rel: Relation) -> tuple[Entity, str, Entity]:
    s, o = rel.subject, rel.object
    # A symmetric relation is stored once, in a canonical direction.
    if ontology.relation_type(rel.relation).symmetric and (o.type, o.key) < (s.type, s.key):
        s, o = o, s
    return s, rel.relation, o


def _relation_rows(
    ontology: Ontology,
    relations: Iterable[Relation],
    sources: dict[str, tuple[str, str]] | None = None,
) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Rows per (subject label, relation, object label); `sources` maps a document id to its
    (source id, source kind) for corroboration counts."""
    sources = sources or {}
    merged: dict[tuple[str, str, str, str, str, str], dict[str, Any]] = {}
    for rel in relations:
        s, r, o = _relation_key(ontology, rel)
        key = (s.type, r, o.type, s.key, o.key, rel.status)
        ev = rel.evidence
        row = merged.setdefault(
            key,
            {
                "s": s.key,
                "o": o.key,
                "status": rel.status,
                "confidence": rel.confidence,
                "evidence": {},
                "docs": set(),
                "extractors": set(),
                "dates": set(),
                "props": {},
                "lists": {},
                "source_ids": set(),
                "source_kinds": set(),
            },
        )
        row["confidence"] = max(row["confidence"], rel.confidence)
        row["evidence"].setdefault(ev.key, {"key": ev.key, "doc": ev.doc_id, "text": ev.text})
        row["docs"].add(ev.doc_id)
        row["extractors"].add(rel.extractor)
        if ev.date:
            row["dates"].add(ev.date)
        source_id, kind = sources.get(ev.doc_id, (f"doc:{ev.doc_id}", "article"))
        row["source_ids"].add(source_id)
        row["source_kinds"].add(kind)
        for name, value in rel.properties:
            stored = _storable(value)
            if isinstance(stored, list):
                row["lists"].setdefault(_property_name(name), set()).update(stored)
            elif stored is not None:
                row["props"][_property_name(name)] = stored
    grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for key in sorted(merged):
        row = merged[key]
        dates = sorted(row.pop("dates"))
        row["first_seen"] = dates[0] if dates else None
        row["last_seen"] = dates[-1] if dates else None
        row["evidence"] = [row["evidence"][k] for k in sorted(row["evidence"])]
        row["docs"] = sorted(row["docs"])
        row["extractors"] = sorted(row["extractors"])
        row["source_ids"] = sorted(row["source_ids"])
        row["source_kinds"] = sorted(row["source_kinds"])
        row["lists"] = {k: sorted(v, key=str) for k, v in row["lists"].items()}
        grouped[key[:3]].append(row)
    return grouped


def _list_columns(rows: list[dict[str, Any]]) -> list[str]:
    """The list-valued properties of a chunk, flattened into each row as l_<name>."""
    names = sorted({n for row in rows for n in row.get("lists", {})})
    for row in rows:
        lists = row.pop("lists", {})
        for n in names:
            row[f"l_{n}"] = lists.get(n, row.get(f"l_{n}", []))
    return names


class StatementBuilder:
    """Builds the schema DDL and the write statements for one ontology."""

    def __init__(self, ontology: Ontology) -> None:
        self.ontology = ontology
        self.g = ontology.graph

    def schema(self) -> list[SchemaItem]:
        return self.ontology.schema_items()

    def documents(self, docs: list[Document]) -> Statement:
        g = self.g
        return (
            f"UNWIND $rows AS row MERGE (d:{g.document_label} {{{g.document_key}: row.id}}) "
            "SET d += row.props",
            {"rows": [_document_row(d) for d in docs]},
        )

    def entities(self, label: str, rows: list[dict[str, Any]]) -> Statement:
        g = self.g
        self.ontology.entity_type(label)
        return (
            f"UNWIND $rows AS row "
            f"MERGE (n:{g.entity_label}:{label} {{{g.key_property}: row.key}}) "
            f"ON CREATE SET n.{g.name_property} = row.name, n.type = row.type, "
            "n.aliases = [], n.alias_keys = [] "
            "SET n.aliases = n.aliases + [a IN row.aliases WHERE NOT a IN n.aliases], "
            "n.alias_keys = n.alias_keys + [a IN row.alias_keys WHERE NOT a IN n.alias_keys], "
            "n.identifiers = coalesce(n.identifiers, []) + [i IN row.identifiers "
            "WHERE NOT i IN coalesce(n.identifiers, [])] "
            "SET n += row.props",
            {"rows": rows},
        )

    def mentions(self, label: str, rows: list[dict[str, Any]]) -> Statement:
        g = self.g
        return (
            f"UNWIND $rows AS row MATCH (d:{g.document_label} {{{g.document_key}: row.doc}}) "
            f"MATCH (n:{label} {{{g.key_property}: row.key}}) "
            f"MERGE (d)-[:{g.mentions}]->(n)",
            {"rows": rows},
        )

    def relations(
        self, s_label: str, rel: str, o_label: str, rows: list[dict[str, Any]]
    ) -> Statement:
        g = self.g
        self.ontology.check_triple(s_label, rel, o_label)
        lists = "".join(
            f", r.{n} = coalesce(r.{n}, []) + [v IN row.l_{n} WHERE NOT v IN coalesce(r.{n}, [])]"
            for n in _list_columns(rows)
        )
        return (
            f"UNWIND $rows AS row "
            f"MATCH (s:{s_label} {{{g.key_property}: row.s}}) "
            f"MATCH (o:{o_label} {{{g.key_property}: row.o}}) "
            f"MERGE (s)-[r:{rel} {{status: row.status}}]->(o) "
            "ON CREATE SET r.sources = [], r.evidence = [], r.evidence_docs = [], "
            "r.evidence_keys = [], r.extractors = [], r.confidence = row.confidence "
            "WITH r, row, [e IN row.evidence WHERE NOT e.key IN r.evidence_keys] AS fresh "
            "SET r.evidence_keys = r.evidence_keys + [e IN fresh | e.key], "
            "r.evidence = r.evidence + [e IN fresh | e.text], "
            "r.evidence_docs = r.evidence_docs + [e IN fresh | e.doc], "
            "r.sources = r.sources + [d IN row.docs WHERE NOT d IN r.sources], "
            "r.extractors = r.extractors + [x IN row.extractors WHERE NOT x IN r.extractors], "
            "r.confidence = CASE WHEN row.confidence > r.confidence "
            "THEN row.confidence ELSE r.confidence END, "
            "r.first_seen = CASE WHEN r.first_seen IS NULL OR row.first_seen < r.first_seen "
            "THEN coalesce(row.first_seen, r.first_seen) ELSE r.first_seen END, "
            "r.last_seen = CASE WHEN r.last_seen IS NULL OR row.last_seen > r.last_seen "
            "THEN coalesce(row.last_seen, r.last_seen) ELSE r.last_seen END, "
            "r.source_ids = coalesce(r.source_ids, []) + "
            "[x IN row.source_ids WHERE NOT x IN coalesce(r.source_ids, [])], "
            "r.source_kinds = coalesce(r.source_kinds, []) + "
            "[x IN row.source_kinds WHERE NOT x IN coalesce(r.source_kinds, [])]"
            f"{lists} "
            "SET r += row.props "
            "SET r.independent_sources = size(r.source_ids)",
            {"rows": rows},
        )

    def batch(self, extractions: list[Extraction], size: int = 1000) -> Iterator[Statement]:
        """All statements for a batch of extractions, in dependency order."""
        docs = [x.document for x in extractions]
        if docs:
            yield self.documents(docs)
        entities: list[Entity] = []
        mentions: dict[str, set[tuple[str, str]]] = defaultdict(set)
        relations: list[Relation] = []
        sources: dict[str, tuple[str, str]] = {}
        for x in extractions:
            doc = x.document
            sources[doc.id] = (doc.source_id(), "record" if doc.is_record else "article")
            for e in x.entities:
                entities.append(e)
                mentions[e.type].add((x.document.id, e.key))
            for r in x.relations:
                entities.extend((r.subject, r.object))
                mentions[r.subject.type].add((x.document.id, r.subject.key))
                mentions[r.object.type].add((x.document.id, r.object.key))
                relations.append(r)
        for label, rows in sorted(_entity_rows(entities).items()):
            for chunk in _chunks(rows, size):
                yield self.entities(label, chunk)
        for label, pairs in sorted(mentions.items()):
            rows = [{"doc": d, "key": k} for d, k in sorted(pairs)]
            for chunk in _chunks(rows, size):
                yield self.mentions(label, chunk)
        for (s_label, rel, o_label), rows in sorted(
            _relation_rows(self.ontology, relations, sources).items()
        ):
            for chunk in _chunks(rows, size):
                yield self.relations(s_label, rel, o_label, chunk)


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]
