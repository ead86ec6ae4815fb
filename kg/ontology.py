"""The ontology, loaded once from `ontology/ontology.yaml` into a typed model.

Everything that depends on the list of types reads it from here: validation of extracted
triples, Neo4j constraints and indexes, the labels and relationship types a Cypher statement
may name, and RDF classes and properties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kg.errors import OntologyError
from kg.resources import data_dir

_LABEL = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_REL_TYPE = re.compile(r"^[A-Z][A-Z0-9_]*$")
PROPERTY_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class EntityType:
    name: str
    description: str
    equivalent: str | None
    color: str
    vocabulary: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class RelationType:
    name: str
    description: str
    subject: frozenset[str]
    object: frozenset[str]
    symmetric: bool = False

    def allows(self, subject_type: str, object_type: str) -> bool:
        return subject_type in self.subject and object_type in self.object


@dataclass(frozen=True)
class GraphSchema:
    entity_label: str
    key_property: str
    name_property: str
    indexed_properties: tuple[str, ...]
    document_label: str
    document_key: str
    document_indexed: tuple[str, ...]
    mentions: str
    document_rdf_class: str


@dataclass(frozen=True)
class Ontology:
    version: str
    vocabulary: str
    prefix: str
    graph: GraphSchema
    entity_types: dict[str, EntityType]
    relation_types: dict[str, RelationType]
    source: Path

    def entity_type(self, name: str) -> EntityType:
        try:
            return self.entity_types[name]
        except KeyError:
            raise OntologyError(
                f"unknown entity type {name!r}; expected one of {', '.join(self.entity_types)}"
            ) from None

    def relation_type(self, name: str) -> RelationType:
        try:
            return self.relation_types[name]
        except KeyError:
            raise OntologyError(
                f"unknown relation type {name!r}; expected one of {', '.join(self.relation_types)}"
            ) from None

    def check_triple(self, subject_type: str, relation: str, object_type: str) -> None:
        """Raise unless the relation allows this subject and object type (domain and range)."""
        rel = self.relation_type(relation)
        self.entity_type(subject_type)
        self.entity_type(object_type)
        if not rel.allows(subject_type, object_type) and not (
            rel.symmetric and rel.allows(object_type, subject_type)
        ):
            raise OntologyError(
                f"{relation} does not take {subject_type} -> {object_type}; it takes "
                f"{'|'.join(sorted(rel.subject))} -> {'|'.join(sorted(rel.object))}"
            )

    def allows(self, subject_type: str, relation: str, object_type: str) -> bool:
        try:
            self.check_triple(subject_type, relation, object_type)
        except OntologyError:
            return False
        return True

    def technology_vocabulary(self) -> dict[str, tuple[str, ...]]:
        """Canonical technology term -> its listed synonyms."""
        return (
            dict(self.entity_types["Technology"].vocabulary)
            if ("Technology" in self.entity_types)
            else {}
        )

    def class_iri(self, type_name: str) -> str:
        return self.vocabulary + self.entity_type(type_name).name

    def property_iri(self, relation: str) -> str:
        rel = self.relation_type(relation)
        return self.vocabulary + _camel(rel.name)

    def schema_items(self) -> list[SchemaItem]:
        """Uniqueness constraints and indexes the graph needs, derived from the ontology.

        Each store renders these in its own DDL; labels and property names are validated
        identifiers from the ontology file, which is why a store may place them in DDL text.
        """
        g = self.graph
        items = []
        for label in self.entity_types:
            items.append(SchemaItem(label, g.key_property, unique=True))
            items.extend(SchemaItem(label, prop) for prop in g.indexed_properties)
        items.extend(
            SchemaItem(g.entity_label, prop) for prop in (g.key_property, *g.indexed_properties)
        )
        items.append(SchemaItem(g.document_label, g.document_key, unique=True))
        items.extend(SchemaItem(g.document_label, prop) for prop in g.document_indexed)
        return items


@dataclass(frozen=True)
class SchemaItem:
    """A property of a label that is indexed, and unique where `unique` is set."""

    label: str
    prop: str
    unique: bool = False

    @property
    def name(self) -> str:
        return f"{self.label.lower()}_{self.prop}"


def _camel(upper_snake: str) -> str:
    head, *rest = upper_snake.lower().split("_")
    return head + "".join(w.capitalize() for w in rest)


def _require(mapping: dict[str, Any], key: str, where: str) -> Any:
    if key not in mapping:
        raise OntologyError(f"{where}: missing required key {key!r}")
    return mapping[key]


def _types_list(value: Any, all_types: list[str], where: str) -> frozenset[str]:
    if value == "any":
        return frozenset(all_types)
    if not isinstance(value, list) or not value:
        raise OntologyError(f"{where}: expected a list of entity types or 'any', got {value!r}")
    unknown = [v for v in value if v not in all_types]
    if unknown:
        raise OntologyError(
            f"{where}: unknown entity type(s) {', '.join(map(str, unknown))}; "
            f"expected one of {', '.join(all_types)}"
        )
    return frozenset(value)


def parse_ontology(raw: dict[str, Any], source: Path) -> Ontology:
    """Validate the raw YAML mapping and build the model; errors name the file and the key."""
    where = str(source)
    if not isinstance(raw, dict):
        raise OntologyError(f"{where}: expected a mapping at the top level")
    rdf = _require(raw, "rdf", where)
    graph = _require(raw, "graph", where)
    doc = _require(graph, "document", f"{where}: graph")
    for ident in (graph["entity_label"], doc["label"]):
        if not _LABEL.match(ident):
            raise OntologyError(f"{where}: graph label {ident!r} is not a PascalCase identifier")
    props = [
        graph["key_property"],
        graph["name_property"],
        *graph.get("indexed_properties", []),
        doc["key_property"],
        *doc.get("indexed_properties", []),
    ]
    for prop in props:
        if not PROPERTY_NAME.match(prop):
            raise OntologyError(f"{where}: property name {prop!r} is not a snake_case identifier")
    if not _REL_TYPE.match(doc["mentions"]):
        raise OntologyError(f"{where}: {doc['mentions']!r} is not an UPPER_SNAKE relation type")
    schema = GraphSchema(
        entity_label=graph["entity_label"],
        key_property=graph["key_property"],
        name_property=graph["name_property"],
        indexed_properties=tuple(graph.get("indexed_properties", [])),
        document_label=doc["label"],
        document_key=doc["key_property"],
        document_indexed=tuple(doc.get("indexed_properties", [])),
        mentions=doc["mentions"],
        document_rdf_class=doc["rdf_class"],
    )
    entity_types: dict[str, EntityType] = {}
    for name, spec in (_require(raw, "entity_types", where) or {}).items():
        if not _LABEL.match(name):
            raise OntologyError(f"{where}: entity type {name!r} is not a PascalCase identifier")
        spec = spec or {}
        vocab = {term: tuple(syns or ()) for term, syns in (spec.get("vocabulary") or {}).items()}
        entity_types[name] = EntityType(
            name=name,
            description=str(_require(spec, "description", f"{where}: entity_types.{name}")),
            equivalent=spec.get("equivalent"),
            color=spec.get("color", "#A5ABB6"),
            vocabulary=vocab,
        )
    names = list(entity_types)
    relation_types: dict[str, RelationType] = {}
    for name, spec in (_require(raw, "relation_types", where) or {}).items():
        if not _REL_TYPE.match(name):
            raise OntologyError(f"{where}: relation type {name!r} is not UPPER_SNAKE_CASE")
        at = f"{where}: relation_types.{name}"
        relation_types[name] = RelationType(
            name=name,
            description=str(_require(spec, "description", at)),
            subject=_types_list(_require(spec, "subject", at), names, f"{at}.subject"),
            object=_types_list(_require(spec, "object", at), names, f"{at}.object"),
            symmetric=bool(spec.get("symmetric", False)),
        )
    if schema.mentions in relation_types:
        raise OntologyError(f"{where}: {schema.mentions} is reserved for document mentions")
    return Ontology(
        version=str(raw.get("version", "")),
        vocabulary=_require(rdf, "vocabulary", f"{where}: rdf"),
        prefix=rdf.get("prefix", "skg"),
        graph=schema,
        entity_types=entity_types,
        relation_types=relation_types,
        source=source,
    )


def load_ontology(path: Path | None = None) -> Ontology:
    """Load and validate an ontology file (default: the one shipped with the package)."""
    path = path or data_dir("ontology") / "ontology.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise OntologyError(f"{path}: cannot read ontology: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise OntologyError(f"{path}{line}: invalid YAML: {exc}") from None
    return parse_ontology(raw, path)


@cache
def default_ontology() -> Ontology:
    """The shipped ontology, parsed once per process."""
    return load_ontology()
