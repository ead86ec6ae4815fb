"""Declarative mappings: ingest any CSV table into the ontology with a YAML file and no code.

A mapping names the record key, the entities a row holds (type, name template, identifiers,
properties) and the relations between them (with property columns and a summary template);
`ingest/mappings/torn-apart.yaml` is the worked example. "{column}" in a template is the
column's value, matched by header name. The whole mapping is checked against the ontology
(types, relation domain and range, property names) when it is loaded, and its columns
against the header before the first row is read, with errors naming the mapping file and line.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from kg.errors import OntologyError
from kg.ontology import PROPERTY_NAME, Ontology, default_ontology

if TYPE_CHECKING:
    from kg.mapping_source import MappingSource

_VALUE_TYPES = ("text", "amount", "date", "number", "list")
_TOP = {"mapping", "name", "dataset", "description", "match_header", "record", "entities",
        "relations"}
_FORMATTER = string.Formatter()


class MappingError(OntologyError):
    """A mapping file is malformed or does not fit the ontology; names the file and line."""


class _Str(str):
    line: int = 0


class _Map(dict):
    line: int = 0


class _List(list):
    line: int = 0


def _plain(node: yaml.Node) -> Any:
    """A composed YAML node as dicts, lists and strings that remember their line."""
    out: _Map | _List | _Str
    if isinstance(node, yaml.MappingNode):
        out = _Map()
        for k, v in node.value:
            out[_plain(k)] = _plain(v)
    elif isinstance(node, yaml.SequenceNode):
        out = _List(_plain(v) for v in node.value)
    else:
        out = _Str(node.value)
    out.line = node.start_mark.line + 1
    return out


@dataclass(frozen=True)
class Template:
    """A string with "{column}" fields; a string without fields is a constant."""

    text: str
    line: int

    def columns(self) -> list[str]:
        return [f for _, f, _, _ in _FORMATTER.parse(self.text) if f is not None]

    def render(self, row: dict[str, str]) -> str:
        return " ".join(self.text.format_map(_Row(row)).split())


class _Row(dict):
    def __missing__(self, key: str) -> str:
        return ""


@dataclass(frozen=True)
class Value:
    template: Template
    kind: str = "text"


@dataclass(frozen=True)
class EntitySpec:
    id: str
    type: str
    name: Template
    identifiers: dict[str, Template] = field(default_factory=dict)
    properties: dict[str, Value] = field(default_factory=dict)


@dataclass(frozen=True)
class RelationSpec:
    subject: str
    relation: str
    object: str
    summary: Template
    properties: dict[str, Value] = field(default_factory=dict)
    line: int = 0


@dataclass
class Mapping:
    path: Path
    name: str
    dataset: str
    key: Template
    match_header: list[str]
    title: Template | None
    url: Template | None
    date: Template | None
    record_properties: dict[str, Value]
    entities: dict[str, EntitySpec]
    relations: list[RelationSpec]

    def templates(self) -> Iterator[Template]:
        yield self.key
        yield from (t for t in (self.title, self.url, self.date) if t is not None)
        yield from (v.template for v in self.record_properties.values())
        for e in self.entities.values():
            yield e.name
            yield from e.identifiers.values()
            yield from (v.template for v in e.properties.values())
        for r in self.relations:
            yield r.summary
            yield from (v.template for v in r.properties.values())


class _Parser:
    def __init__(self, path: Path, ontology: Ontology) -> None:
        self.path, self.ontology = path, ontology

    def fail(self, node: Any, message: str) -> MappingError:
        return MappingError(f"{self.path}:{getattr(node, 'line', 1)}: {message}")

    def map(self, node: Any, what: str, allowed: set[str] | None = None) -> _Map:
        if not isinstance(node, _Map):
            raise self.fail(node, f"{what} must be a mapping")
        if allowed is not None:
            for key in node:
                if key not in allowed:
                    raise self.fail(key, f"unknown key {key!r} in {what}; expected one of "
                                         f"{', '.join(sorted(allowed))}")
        return node

    def text(self, node: Any, what: str) -> Template:
        if not isinstance(node, _Str) or not node.strip():
            raise self.fail(node, f"{what} must be a non-empty string")
        try:
            list(_FORMATTER.parse(node))
        except ValueError as exc:
            raise self.fail(node, f"{what}: bad template ({exc})") from None
        return Template(str(node), node.line)

    def value(self, node: Any, what: str) -> Value:
        if isinstance(node, _Str):
            return Value(Template("{" + node + "}", node.line))
        spec = self.map(node, what, {"column", "value", "type"})
        kind = str(spec.get("type", "text"))
        if kind not in _VALUE_TYPES:
            raise self.fail(spec.get("type"), f"{what}: type {kind!r} is not one of "
                                              f"{', '.join(_VALUE_TYPES)}")
        if ("column" in spec) == ("value" in spec):
            raise self.fail(spec, f"{what}: give exactly one of column or value")
        if "column" in spec:
            col = spec["column"]
            return Value(Template("{" + self.text(col, what).text + "}", col.line), kind)
        return Value(self.text(spec["value"], what), kind)

    def props(self, node: Any, what: str) -> dict[str, Value]:
        if node is None:
            return {}
        out = {}
        for name, spec in self.map(node, what).items():
            if not PROPERTY_NAME.match(name):
                raise self.fail(name, f"property name {name!r} is not snake_case")
            out[str(name)] = self.value(spec, f"{what}.{name}")
        return out

    def parse(self, root: Any) -> Mapping:
        top = self.map(root, "the mapping", _TOP)
        for required in ("name", "record", "entities", "relations"):
            if required not in top:
                raise self.fail(top, f"missing required key {required!r}")
        record = self.map(top["record"], "record", {"key", "title", "url", "date", "properties"})
        if "key" not in record:
            raise self.fail(record, "record needs a key template")
        entities: dict[str, EntitySpec] = {}
        for eid, spec in self.map(top["entities"], "entities").items():
            spec = self.map(spec, f"entity {eid}", {"type", "name", "identifiers", "properties"})
            type_node = spec.get("type")
            if type_node not in self.ontology.entity_types:
                raise self.fail(type_node or spec, f"entity {eid}: unknown type {type_node!r}; "
                                f"expected one of {', '.join(self.ontology.entity_types)}")
            if "name" not in spec:
                raise self.fail(spec, f"entity {eid} needs a name template")
            id_specs = self.map(spec.get("identifiers") or _Map(), "identifiers")
            idents = {str(k): self.text(v, f"entity {eid} identifier {k}")
                      for k, v in id_specs.items()}
            entities[str(eid)] = EntitySpec(
                str(eid), str(type_node), self.text(spec["name"], f"entity {eid} name"), idents,
                self.props(spec.get("properties"), f"entity {eid} properties"),
            )
        relations = []
        rel_list = top["relations"]
        if not isinstance(rel_list, _List) or not rel_list:
            raise self.fail(rel_list, "relations must be a non-empty list")
        for item in rel_list:
            spec = self.map(item, "relation", {"subject", "relation", "object", "summary",
                                               "properties"})
            for end in ("subject", "object"):
                if spec.get(end) not in entities:
                    raise self.fail(spec.get(end) or spec, f"relation {end} {spec.get(end)!r} "
                                    f"is not an entity of this mapping")
            rel = spec.get("relation")
            try:
                self.ontology.check_triple(
                    entities[spec["subject"]].type, str(rel), entities[spec["object"]].type
                )
            except OntologyError as exc:
                raise self.fail(rel or spec, str(exc)) from None
            if "summary" in spec:
                summary = self.text(spec["summary"], "relation summary")
            else:
                s_name, o_name = entities[spec["subject"]].name, entities[spec["object"]].name
                summary = Template(f"{s_name.text} {rel} {o_name.text}", spec.line)
            relations.append(RelationSpec(
                str(spec["subject"]), str(rel), str(spec["object"]), summary,
                self.props(spec.get("properties"), "relation properties"), spec.line,
            ))
        header = top.get("match_header") or _List()
        opt = {k: self.text(record[k], f"record {k}") if k in record else None
               for k in ("title", "url", "date")}
        return Mapping(
            self.path, str(top["name"]), str(top.get("dataset") or top["name"]),
            self.text(record["key"], "record key"), [str(h) for h in header],
            opt["title"], opt["url"], opt["date"],
            self.props(record.get("properties"), "record properties"), entities, relations,
        )


def parse_mapping(text: str, path: Path, ontology: Ontology | None = None) -> Mapping:
    """Parse and validate mapping text; errors name `path` and the line."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise MappingError(f"{path}:{mark.line + 1 if mark else 1}: invalid YAML: "
                           f"{getattr(exc, 'problem', exc)}") from None
    if root is None:
        raise MappingError(f"{path}:1: empty mapping file")
    return _Parser(path, ontology or default_ontology()).parse(_plain(root))


def load_mapping(path: Path) -> MappingSource:
    """The record source a mapping file describes, validated before any row is read."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise MappingError(f"{path}: cannot read mapping: {exc.strerror or exc}") from None
    from kg.mapping_source import MappingSource

    return MappingSource(parse_mapping(text, path))


__all__ = ["Mapping", "MappingError", "MappingSource", "load_mapping", "parse_mapping"]
