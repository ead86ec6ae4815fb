"""FollowTheMoney (FtM) entities, the interchange format of OCCRP Aleph, OpenSanctions and
nomenklatura: the graph out as JSON Lines, and the tables the importer (ingest.ftm) shares.

Entities keep their FtM id when they came from FtM (identifier "ftm:<id>"), else get a stable
id from type and key, so an export re-imported lands on the same nodes. Our type rides along in
`keywords` ("skg-type:Product") where FtM has no schema for it. Relations become FtM
interstitial entities: CONTRACTS_WITH a Contract (the agency is its `authority`) plus a
ContractAward (the company is its `supplier`) carrying amount, currency and dates; LEADS,
WORKS_FOR, REPRESENTS, INVESTED_IN, SUBSIDIARY_OF a Directorship, Employment, Representation or
Ownership; SANCTIONED a Sanction; anything else an UnknownLink with the relation type as its
role. A relation that is not asserted keeps its status ("denied", "ended") in FtM's `status`.
LOCATED_IN a country becomes the subject's `country` code (the FtM way), so a graph read from
FtM and written back holds the same relations.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any, TextIO

from kg.ontology import default_ontology
from kg.resolve.countries import country_code
from kg.store.base import GraphStore

TYPE_KEYWORD = "skg-type:"
# Statuses a relation may have; FtM `status` values outside these are kept as a property.
STATUSES = ("asserted", "denied", "ended")
# Our entity type -> FtM schema.
SCHEMA_FOR_TYPE = {
    "Company": "Company", "Agency": "PublicBody", "Person": "Person",
    "Organization": "Organization", "Location": "Address", "Incident": "Event",
    "Product": "Asset", "Technology": "Asset", "Platform": "Asset",
}
# FtM schema -> our entity type (an Organization with a legal suffix is a Company; see ingest).
TYPE_FOR_SCHEMA = {
    "Company": "Company", "PublicBody": "Agency", "Person": "Person",
    "Organization": "Organization", "LegalEntity": "Organization", "Address": "Location",
    "Event": "Incident", "Asset": "Product",
}
# FtM properties naming the country of a thing (ISO codes): each is a LOCATED_IN on import.
COUNTRY_PROPERTIES = ("country", "jurisdiction", "mainCountry")
# Identifier schemes <-> FtM properties.
ID_PROPERTIES = {"uei": "uniqueEntityId", "duns": "dunsCode", "wikidata": "wikidataId"}
# Relation -> (FtM schema, subject property, object property, role).
LINKS = {
    "LEADS": ("Directorship", "director", "organization", None),
    "WORKS_FOR": ("Employment", "employee", "employer", None),
    "REPRESENTS": ("Representation", "agent", "client", None),
    "INVESTED_IN": ("Ownership", "owner", "asset", None),
    "SUBSIDIARY_OF": ("Ownership", "asset", "owner", "subsidiary"),
}
# CONTRACTS_WITH: Company -[ContractAward.supplier / .contract]-> Contract -[.authority]-> Agency.
CONTRACT, AWARD = "Contract", "ContractAward"
# Relation property -> ContractAward property.
AWARD_PROPERTIES = {
    "amount": "amount", "currency": "currency", "start_date": "startDate",
    "end_date": "endDate", "roles": "role", "decision_reason": "decisionReason",
    "award_ids": "documentNumber", "description": "description",
}
# Relation property -> Contract property (the contract's own value is its potential value).
CONTRACT_PROPERTIES = {"title": "title", "potential_amount": "amount", "currency": "currency"}
_REL_FIELDS = sorted(set(AWARD_PROPERTIES) | set(CONTRACT_PROPERTIES))


def contract_title(agency: str, company: str) -> str:
    """The title given to an exported Contract that had none (FtM requires one); the importer
    recognises it and does not keep it as a property."""
    return f"Contract of {agency} with {company}"


def entity_id(type_: str, key: str, identifiers: list[str] | None) -> str:
    """The FtM id of a node: its own FtM id when it has one, else a hash of type and key."""
    for ident in identifiers or ():
        if ident.startswith("ftm:"):
            return ident[4:]
    return "skg-" + hashlib.sha1(f"{type_}:{key}".encode()).hexdigest()[:20]


def _entity(row: dict[str, Any], countries: list[str]) -> dict[str, Any]:
    names = [row["name"]]
    aliases = [a for a in (row.get("aliases") or []) if a != row["name"]]
    props: dict[str, list[str]] = {"name": names}
    if aliases:
        props["alias"] = sorted(aliases)
    props["keywords"] = [TYPE_KEYWORD + row["type"]]
    if countries:
        props["country"] = sorted(set(countries))
    for ident in row.get("identifiers") or ():
        scheme, _, value = ident.partition(":")
        if scheme in ID_PROPERTIES:
            props.setdefault(ID_PROPERTIES[scheme], []).append(value)
    schema = SCHEMA_FOR_TYPE.get(row["type"], "Organization")
    if schema == "Address":
        props["full"] = names
    return {"id": entity_id(row["type"], row["key"], row.get("identifiers")), "schema": schema,
            "caption": row["name"], "properties": props, "datasets": ["surveillance_kg"]}


def _values(value: Any) -> list[str]:
    """A stored property as FtM values (strings; numbers without a spurious '.0')."""
    items = value if isinstance(value, list) else [value]
    out = []
    for v in items:
        if v is None or v == "":
            continue
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        out.append(str(v))
    return out


def _contract(row: dict[str, Any], s: str, o: str, digest: str) -> list[dict[str, Any]]:
    contract_id, award_id = f"skg-contract-{digest}", f"skg-rel-{digest}"
    contract: dict[str, list[str]] = {
        "authority": [o],
        "title": _values(row.get("title")) or [contract_title(row["o_name"], row["s_name"])],
    }
    award: dict[str, list[str]] = {"supplier": [s], "contract": [contract_id]}
    for field_, prop in CONTRACT_PROPERTIES.items():
        if field_ != "title" and _values(row.get(field_)):
            contract[prop] = _values(row.get(field_))
    for field_, prop in AWARD_PROPERTIES.items():
        if _values(row.get(field_)):
            award[prop] = _values(row.get(field_))
    if row.get("first_seen"):
        award["date"] = [str(row["first_seen"])]
    _common(row, award)
    return [
        {"id": contract_id, "schema": CONTRACT, "properties": contract,
         "datasets": ["surveillance_kg"]},
        {"id": award_id, "schema": AWARD, "properties": award, "datasets": ["surveillance_kg"]},
    ]


def _common(row: dict[str, Any], props: dict[str, list[str]]) -> None:
    """Status and evidence, on every link."""
    if row["status"] != "asserted":
        props["status"] = [row["status"]]
    evidence = [e for e in (row.get("evidence") or []) if e]
    if evidence:
        props["summary"] = evidence[:3]


def _link(row: dict[str, Any], ids: dict[tuple[str, str], str]) -> list[dict[str, Any]]:
    s = ids.get((row["s_type"], row["s_key"]))
    o = ids.get((row["o_type"], row["o_key"]))
    if s is None or o is None:
        return []
    rel = row["relation"]
    digest = hashlib.sha1(f"{s}|{rel}|{o}|{row['status']}".encode()).hexdigest()[:20]
    if rel == "CONTRACTS_WITH":
        return _contract(row, s, o, digest)
    props: dict[str, list[str]] = {}
    if rel == "SANCTIONED":
        schema = "Sanction"
        props = {"entity": [o], "authority": [row["s_name"]]}
    elif rel in LINKS:
        schema, sp, op, role = LINKS[rel]
        props = {sp: [s], op: [o]}
        if role:
            props["role"] = [role]
    else:
        schema = "UnknownLink"
        props = {"subject": [s], "object": [o], "role": [rel]}
    _common(row, props)
    for field_, prop in (("first_seen", "startDate"), ("last_seen", "endDate")):
        if row.get(field_):
            props[prop] = [str(row[field_])]
    return [{"id": f"skg-rel-{digest}", "schema": schema, "properties": props,
             "datasets": ["surveillance_kg"]}]


def _country_nodes(
    relations: list[dict[str, Any]], locations: dict[str, str]
) -> dict[str, str]:
    """Location keys -> country code, for the countries that only ever appear as the object
    of an asserted LOCATED_IN: those are written as the subjects' `country` instead."""
    codes = {key: code for key, name in locations.items() if (code := country_code(name))}
    for row in relations:
        for side in ("s", "o"):
            if row[f"{side}_type"] != "Location" or row[f"{side}_key"] not in codes:
                continue
            if side == "s" or row["relation"] != "LOCATED_IN" or row["status"] != "asserted":
                codes.pop(row[f"{side}_key"], None)
    return codes


def export_ftm(store: GraphStore) -> Iterator[dict[str, Any]]:
    """Every entity, then every relation, as FtM entity dicts."""
    label = default_ontology().graph.entity_label  # an identifier the ontology checked
    entities = store.read(
        f"MATCH (n:{label}) RETURN n.type AS type, n.key AS key, n.name AS name, "
        "n.aliases AS aliases, n.identifiers AS identifiers ORDER BY type, key"
    ).rows
    extra = "".join(f", r.{f} AS {f}" for f in _REL_FIELDS)
    # Entity to entity: document mentions (document to entity) never match.
    relations = store.read(
        f"MATCH (s:{label})-[r]->(o:{label}) RETURN s.type AS s_type, s.key AS s_key, "
        "s.name AS s_name, type(r) AS relation, o.type AS o_type, o.key AS o_key, "
        "o.name AS o_name, r.status AS status, r.evidence AS evidence, "
        f"r.first_seen AS first_seen, r.last_seen AS last_seen{extra} "
        "ORDER BY s_type, s_key, relation, o_type, o_key, status"
    ).rows
    folded = _country_nodes(
        relations, {r["key"]: r["name"] for r in entities if r["type"] == "Location"}
    )
    countries: dict[tuple[str, str], list[str]] = {}
    for row in relations:
        if row["o_type"] == "Location" and row["o_key"] in folded:
            countries.setdefault((row["s_type"], row["s_key"]), []).append(folded[row["o_key"]])
    ids: dict[tuple[str, str], str] = {}
    for row in entities:
        if row["type"] == "Location" and row["key"] in folded:
            continue
        item = _entity(row, countries.get((row["type"], row["key"]), []))
        ids[(row["type"], row["key"])] = item["id"]
        yield item
    for row in relations:
        yield from _link(row, ids)


def write_ftm(store: GraphStore, out: TextIO) -> int:
    """Write the graph as FtM JSON Lines; returns how many FtM entities were written."""
    count = 0
    for item in export_ftm(store):
        out.write(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    return count
