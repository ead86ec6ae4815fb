"""FollowTheMoney JSON Lines import (OCCRP Aleph, OpenSanctions, nomenklatura exports).

Each FtM entity is a record "ftm:<id>": a thing (Company, Organization, PublicBody, Person,
Address, ...) becomes a typed entity carrying its FtM id, names, aliases and identifiers
(UEI, DUNS, Wikidata), LOCATED_IN the country its `country` / `jurisdiction` codes name; an
interstitial entity becomes a relation: a ContractAward joins its `supplier` (a Company) to the
`authority` of its Contract (an Agency) as CONTRACTS_WITH, with amount, currency, dates, role
and decision reason as relation properties; Directorship, Employment, Ownership,
Representation, Sanction and UnknownLink map as in `kg.export.ftm.LINKS`. A link's `status`
("denied", "ended") is the relation's status, so an export re-imported is the same graph.

Entities come in any order, so things stream out as they are read while the links, the
contracts (id -> authority, title, value) and an id -> entity index wait for the end of the
file. An Organization or LegalEntity without a legal suffix is the one thing that also waits:
its type depends on the links that use it (the supplier of a contract award is a Company, a
contract authority an Agency, anything else stays an Organization). A link whose ends never
appear is reported with its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from kg.export.ftm import (
    AWARD,
    CONTRACT,
    COUNTRY_PROPERTIES,
    ID_PROPERTIES,
    LINKS,
    STATUSES,
    TYPE_FOR_SCHEMA,
    TYPE_KEYWORD,
    contract_title,
)
from kg.model import Entity, Extraction
from kg.names import LEGAL_SUFFIXES, fold
from kg.ontology import default_ontology
from kg.records import RecordBuilder, Row, RowError, entity, failure, json_items, parse_amount
from kg.resolve.countries import country_name
from kg.sources import IngestFailure

DATASET = "ftm"
_SNIFF = re.compile(rb'^\s*\{[^\n]*"schema"\s*:', re.DOTALL)
_LINK_SCHEMAS = {schema: (rel, sp, op, role) for rel, (schema, sp, op, role) in LINKS.items()}
_LINKS = frozenset(_LINK_SCHEMAS) | {"Sanction", "UnknownLink", AWARD}
# Schemas whose type waits for the links: the type they take when a link needs one.
_UNDECIDED = frozenset({"Organization", "LegalEntity"})
# What the importer keeps of a Contract (the rest of it is not needed by any relation).
_CONTRACT_FIELDS = ("authority", "title", "amount", "currency", "contractDate",
                    "procedureNumber")


def _values(props: dict[str, Any], name: str) -> list[str]:
    raw = props.get(name) or []
    items = raw if isinstance(raw, list) else [raw]
    return [" ".join(str(v).split()) for v in items if v is not None and str(v).strip()]


def _first(props: dict[str, Any], *names: str) -> str:
    for name in names:
        if found := _values(props, name):
            return found[0]
    return ""


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


def _wanted(relation: str, side: str) -> str | None:
    """The type an undecided organisation takes at one end of a relation: None when the
    ontology accepts an Organization there, else Company or Agency if one fits."""
    spec = default_ontology().relation_types[relation]
    allowed = spec.subject if side == "subject" else spec.object
    if allowed is None or "Organization" in allowed:
        return None
    for type_ in ("Company", "Agency"):
        if type_ in allowed:
            return type_
    return None


def _status(props: dict[str, Any]) -> tuple[str, str]:
    """(relation status, FtM status kept as a property when it is not one of ours)."""
    raw = _first(props, "status")
    lowered = raw.lower()
    return (lowered, "") if lowered in STATUSES else ("asserted", raw)


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
        undecided: dict[str, Row] = {}
        contracts: dict[str, dict[str, list[str]]] = {}
        for row in json_items(stream, where):
            if isinstance(row, IngestFailure):
                yield row
                continue
            try:
                schema = str(row.values.get("schema") or "")
                if not row.values.get("id") or not schema:
                    raise RowError("an FtM entity needs id and schema")
                props = row.values.get("properties") or {}
                if not isinstance(props, dict):
                    raise RowError("properties must be an object")
                if schema in _LINKS:
                    pending.append(row)
                    continue
                if schema == CONTRACT:
                    contracts[str(row.values["id"])] = {
                        k: _values(props, k) for k in _CONTRACT_FIELDS if _values(props, k)
                    }
                    continue
                if schema in _UNDECIDED and self._type(row) == "Organization":
                    undecided[str(row.values["id"])] = row
                    continue
                extraction = self.thing(row, name, path)
                if extraction is None:
                    continue
                known[str(row.values["id"])] = extraction.entities[0]
                yield extraction
            except RowError as exc:
                yield failure(where, row.line, str(exc))
        wants = self._wants(pending, contracts, undecided)
        for ref, row in undecided.items():
            try:
                extraction = self.thing(row, name, path, wants.get(ref))
                if extraction is not None:
                    known[ref] = extraction.entities[0]
                    yield extraction
            except RowError as exc:
                yield failure(where, row.line, str(exc))
        for row in pending:
            try:
                yield self.link(row, known, name, path, contracts)
            except RowError as exc:
                yield failure(where, row.line, str(exc))

    @staticmethod
    def _type(row: Row) -> str | None:
        props = row.values.get("properties") or {}
        names = _values(props, "name") or _values(props, "full")
        return entity_type(str(row.values["schema"]), names, props)

    def _wants(
        self, pending: list[Row], contracts: dict[str, dict[str, list[str]]],
        undecided: dict[str, Row],
    ) -> dict[str, str]:
        """The type each undecided organisation takes from the links that name it; one asked
        to be both a Company and an Agency stays an Organization (and those links fail)."""
        asked: dict[str, set[str]] = {}

        def ask(ref: str, type_: str | None) -> None:
            if type_ and ref in undecided:
                asked.setdefault(ref, set()).add(type_)

        for row in pending:
            props = row.values.get("properties") or {}
            schema = str(row.values["schema"])
            if schema == AWARD:
                for ref in _values(props, "supplier"):
                    ask(ref, "Company")
                for ref in _values(props, "contract"):
                    for authority in contracts.get(ref, {}).get("authority", []):
                        ask(authority, "Agency")
            elif schema in _LINK_SCHEMAS:
                relation, sp, op, _ = _LINK_SCHEMAS[schema]
                if schema == "Ownership":
                    roles = [r.lower() for r in _values(props, "role")]
                    relation, sp, op = (("SUBSIDIARY_OF", "asset", "owner") if "subsidiary"
                                        in roles else ("INVESTED_IN", "owner", "asset"))
                for ref in _values(props, sp):
                    ask(ref, _wanted(relation, "subject"))
                for ref in _values(props, op):
                    ask(ref, _wanted(relation, "object"))
            elif schema == "UnknownLink":
                relation = _first(props, "role").upper().replace(" ", "_")
                if relation in default_ontology().relation_types:
                    for ref in _values(props, "subject"):
                        ask(ref, _wanted(relation, "subject"))
                    for ref in _values(props, "object"):
                        ask(ref, _wanted(relation, "object"))
        return {ref: next(iter(types)) for ref, types in asked.items() if len(types) == 1}

    def _record(self, row: Row, name: str, path: str | None, title: str,
                date: str | None = None) -> RecordBuilder:
        v = row.values
        props = v.get("properties") or {}
        urls = _values(props, "sourceUrl")
        return RecordBuilder(
            DATASET, str(v["id"]), f"{name}:{row.line}", fmt=self.name, path=path,
            url=urls[0] if urls else None,
            date=date or (str(v.get("first_seen") or "")[:10] or None),
            title=title, properties={"schema": v.get("schema"), "ftm_datasets":
                                     [str(d) for d in v.get("datasets") or []],
                                     "topics": _values(props, "topics")},
        )

    def thing(self, row: Row, name: str, path: str | None,
              as_type: str | None = None) -> Extraction | None:
        v = row.values
        props = v.get("properties") or {}
        if not isinstance(props, dict):
            raise RowError("properties must be an object")
        names = _values(props, "name") or _values(props, "full")
        caption = " ".join(str(v.get("caption") or "").split()) or (names[0] if names else "")
        type_ = as_type or entity_type(str(v["schema"]), names, props)
        if type_ is None:
            return None  # schemas with no counterpart (Vessel, BankAccount...) are skipped
        if type_ not in default_ontology().entity_types:
            raise RowError(f"unknown entity type {type_!r}")
        if not caption:
            raise RowError("an FtM entity needs a name")
        identifiers = [f"ftm:{v['id']}"]
        for scheme, prop in ID_PROPERTIES.items():
            identifiers += [f"{scheme}:{x.upper()}" for x in _values(props, prop)]
        codes = list(dict.fromkeys(
            c.lower() for p in COUNTRY_PROPERTIES for c in _values(props, p)))
        base = entity(caption, type_, identifiers=tuple(identifiers),
                      country=",".join(_values(props, "country")))
        aliases = tuple(n for n in dict.fromkeys(names + _values(props, "alias")) if n != caption)
        ent = Entity(base.key, base.type, base.name, aliases, base.identifiers, base.properties)
        rec = self._record(row, name, path, f"FtM {v['schema']}: {caption}")
        rec.mention(ent)
        if default_ontology().allows(type_, "LOCATED_IN", "Location"):
            for code in codes:
                country = country_name(code)
                if country:
                    rec.add(ent, "LOCATED_IN", entity(country, "Location"),
                            f"FtM {v['schema']} {v['id']}: {caption} is in {country} "
                            f"(country code {code}).")
        return rec.build()

    def link(self, row: Row, known: dict[str, Entity], name: str, path: str | None,
             contracts: dict[str, dict[str, list[str]]] | None = None) -> Extraction:
        v = row.values
        schema = str(v["schema"])
        props = v.get("properties") or {}
        status, ftm_status = _status(props)
        if schema == AWARD:
            return self.award(row, known, name, path, contracts or {}, status, ftm_status)
        if schema == "Sanction":
            target = self._end(props, "entity", known)
            authorities = _values(props, "authority") or ["unknown authority"]
            subject, relation, obj = entity(authorities[0], "Agency"), "SANCTIONED", target
        elif schema == "UnknownLink":
            relation = _first(props, "role").upper().replace(" ", "_")
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
        date = _first(props, "date", "startDate")[:10] or None
        rec = self._record(row, name, path, f"FtM {schema}", date)
        summary = (_values(props, "summary") or [f"{subject.name} {relation} {obj.name}"])[0]
        rec.add(subject, relation, obj, f"FtM {schema} {v['id']}: {summary}", status=status,
                ftm_status=ftm_status)
        return rec.build()

    def award(self, row: Row, known: dict[str, Entity], name: str, path: str | None,
              contracts: dict[str, dict[str, list[str]]], status: str,
              ftm_status: str) -> Extraction:
        """A ContractAward: each supplier CONTRACTS_WITH the contract's authority."""
        v = row.values
        props = v.get("properties") or {}
        ref = _first(props, "contract")
        if ref not in contracts:
            raise RowError(f"contract {ref!r} is not a Contract of this file")
        contract = contracts[ref]
        agency = self._end(contract, "authority", known)
        suppliers = [self._end({"supplier": [s]}, "supplier", known)
                     for s in _values(props, "supplier")]
        if not suppliers:
            raise RowError("a ContractAward needs a supplier")
        award_amount = parse_amount(_first(props, "amount"), "amount")
        contract_amount = parse_amount(_first(contract, "amount"), "Contract amount")
        title = _first(contract, "title")
        if title == contract_title(agency.name, suppliers[0].name):
            title = ""
        date = (_first(props, "date") or _first(contract, "contractDate")
                or str(v.get("first_seen") or ""))[:10] or None
        values = {
            "amount": award_amount if award_amount is not None else contract_amount,
            "potential_amount": contract_amount if award_amount is not None else None,
            "currency": (_first(props, "currency") or _first(contract, "currency")).upper(),
            "start_date": _first(props, "startDate")[:10],
            "end_date": _first(props, "endDate")[:10],
            "title": title,
            "description": _first(props, "description"),
            "decision_reason": _first(props, "decisionReason"),
            "roles": _values(props, "role"),
            "award_ids": _values(props, "documentNumber") or contract.get("procedureNumber", []),
            "ftm_status": ftm_status,
        }
        rec = self._record(row, name, path, f"FtM {AWARD}", date)
        for supplier in suppliers:
            if not default_ontology().allows(supplier.type, "CONTRACTS_WITH", agency.type):
                raise RowError(f"{AWARD}: CONTRACTS_WITH does not take {supplier.type} -> "
                               f"{agency.type}")
            summary = _first(props, "summary") or (
                f"{agency.name} awarded {title or 'a contract'} to {supplier.name}"
                + (f" ({values['currency'] or ''} {values['amount']:,.2f})".replace("( ", "(")
                   if values["amount"] is not None else "") + ".")
            rec.add(supplier, "CONTRACTS_WITH", agency, f"FtM {AWARD} {v['id']}: {summary}",
                    status=status, **values)
        return rec.build()

    @staticmethod
    def _end(props: dict[str, Any], prop: str, known: dict[str, Entity]) -> Entity:
        ref = (_values(props, prop) or [""])[0]
        if ref not in known:
            raise RowError(f"{prop} {ref!r} is not an entity of this file")
        return known[ref]
