"""FollowTheMoney JSON Lines import (OCCRP Aleph, OpenSanctions, nomenklatura exports).

Each FtM entity is a record "ftm:<id>": a thing (Company, Organization, PublicBody, Person,
Address, ...) becomes a typed entity carrying its FtM id, names, aliases and identifiers
(UEI, DUNS, Wikidata); an interstitial entity (Directorship, Employment, Ownership,
Representation, Sanction, UnknownLink) becomes a relation. Relations may come before the
entities they join, so they wait until the end of the file for their ends; one whose ends
never appear is reported with its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from kg.export.ftm import ID_PROPERTIES, LINKS, TYPE_FOR_SCHEMA, TYPE_KEYWORD
from kg.model import Entity, Extraction
from kg.names import LEGAL_SUFFIXES, fold
from kg.ontology import default_ontology
from kg.records import RecordBuilder, Row, RowError, entity, failure, json_items
from kg.sources import IngestFailure

DATASET = "ftm"
_SNIFF = re.compile(rb'^\s*\{[^\n]*"schema"\s*:', re.DOTALL)
_LINK_SCHEMAS = {schema: (rel, sp, op, role) for rel, (schema, sp, op, role) in LINKS.items()}


def _values(props: dict[str, Any], name: str) -> list[str]:
    raw = props.get(name) or []
    items = raw if isinstance(raw, list) else [raw]
    return [" ".join(str(v).split()) for v in items if v is not None and str(v).strip()]


def entity_type(schema: str, names: list[str], props: dict[str, Any]) -> str | None:
    """Our type for an FtM thing: `keywords` from our own export win, then the schema."""
    for keyword in _values(props, "keywords"):
        if keyword.startswith(TYPE_KEYWORD):
            return keyword[len(TYPE_KEYWORD):]
    type_ = TYPE_FOR_SCHEMA.get(schema)
    if type_ == "Organization" and any(
        set(fold(n).split()) & LEGAL_SUFFIXES for n in names[:3]
    ):
        return "Company"
    return type_


class FtmSource:
    """FollowTheMoney entities, one JSON object a line."""

    name = "ftm"
    suffixes = (".ftm.json", ".ftm.jsonl", ".ftm", ".jsonl", ".json")

    def sniff(self, head: bytes) -> bool:
        return bool(_SNIFF.match(head)) and b'"properties"' in head

    def read_records(
        self, stream: BinaryIO, name: str, path: str | None
    ) -> Iterator[Extraction | IngestFailure]:
        where = path or name
        known: dict[str, Entity] = {}
        pending: list[Row] = []
        for row in json_items(stream, where):
            if isinstance(row, IngestFailure):
                yield row
                continue
            try:
                schema = str(row.values.get("schema") or "")
                if not row.values.get("id") or not schema:
                    raise RowError("an FtM entity needs id and schema")
                if schema in _LINK_SCHEMAS or schema in ("Sanction", "UnknownLink"):
                    pending.append(row)
                    continue
                extraction = self.thing(row, name, path)
                if extraction is None:
                    continue
                known[str(row.values["id"])] = extraction.entities[0]
                yield extraction
            except RowError as exc:
                yield failure(where, row.line, str(exc))
        for row in pending:
            try:
                yield self.link(row, known, name, path)
            except RowError as exc:
                yield failure(where, row.line, str(exc))

    def _record(self, row: Row, name: str, path: str | None, title: str) -> RecordBuilder:
        v = row.values
        props = v.get("properties") or {}
        urls = _values(props, "sourceUrl")
        return RecordBuilder(
            DATASET, str(v["id"]), f"{name}:{row.line}", fmt=self.name, path=path,
            url=urls[0] if urls else None, date=(str(v.get("first_seen") or "")[:10] or None),
            title=title, properties={"schema": v.get("schema"), "ftm_datasets":
                                     [str(d) for d in v.get("datasets") or []],
                                     "topics": _values(props, "topics")},
        )

    def thing(self, row: Row, name: str, path: str | None) -> Extraction | None:
        v = row.values
        props = v.get("properties") or {}
        if not isinstance(props, dict):
            raise RowError("properties must be an object")
        names = _values(props, "name") or _values(props, "full")
        caption = " ".join(str(v.get("caption") or "").split()) or (names[0] if names else "")
        type_ = entity_type(str(v["schema"]), names, props)
        if type_ is None:
            return None  # schemas with no counterpart (Vessel, BankAccount...) are skipped
        if type_ not in default_ontology().entity_types:
            raise RowError(f"unknown entity type {type_!r}")
        if not caption:
            raise RowError("an FtM entity needs a name")
        identifiers = [f"ftm:{v['id']}"]
        for scheme, prop in ID_PROPERTIES.items():
            identifiers += [f"{scheme}:{x.upper()}" for x in _values(props, prop)]
        base = entity(caption, type_, identifiers=tuple(identifiers),
                      country=",".join(_values(props, "country")))
        aliases = tuple(n for n in dict.fromkeys(names + _values(props, "alias")) if n != caption)
        ent = Entity(base.key, base.type, base.name, aliases, base.identifiers, base.properties)
        rec = self._record(row, name, path, f"FtM {v['schema']}: {caption}")
        rec.mention(ent)
        return rec.build()

    def link(self, row: Row, known: dict[str, Entity], name: str, path: str | None) -> Extraction:
        v = row.values
        schema = str(v["schema"])
        props = v.get("properties") or {}
        if schema == "Sanction":
            target = self._end(props, "entity", known)
            authorities = _values(props, "authority") or ["unknown authority"]
            subject, relation, obj = entity(authorities[0], "Agency"), "SANCTIONED", target
        elif schema == "UnknownLink":
            relation = (_values(props, "role") or [""])[0].upper().replace(" ", "_")
            if relation not in default_ontology().relation_types:
                raise RowError(f"UnknownLink role {relation!r} is not an ontology relation")
            subject, obj = self._end(props, "subject", known), self._end(props, "object", known)
        else:
            relation, sp, op, _role = _LINK_SCHEMAS[schema]
            roles = [r.lower() for r in _values(props, "role")]
            if schema == "Ownership" and "subsidiary" in roles:
                relation, sp, op = "SUBSIDIARY_OF", "asset", "owner"
            elif schema == "Ownership":
                relation, sp, op = "INVESTED_IN", "owner", "asset"
            subject, obj = self._end(props, sp, known), self._end(props, op, known)
        if not default_ontology().allows(subject.type, relation, obj.type):
            raise RowError(f"{schema}: {relation} does not take {subject.type} -> {obj.type}")
        rec = self._record(row, name, path, f"FtM {schema}")
        summary = (_values(props, "summary") or [f"{subject.name} {relation} {obj.name}"])[0]
        rec.add(subject, relation, obj, f"FtM {schema} {v['id']}: {summary}")
        return rec.build()

    @staticmethod
    def _end(props: dict[str, Any], prop: str, known: dict[str, Entity]) -> Entity:
        ref = (_values(props, prop) or [""])[0]
        if ref not in known:
            raise RowError(f"{prop} {ref!r} is not an entity of this file")
        return known[ref]
