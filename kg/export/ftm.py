"""FollowTheMoney (FtM) entities, the interchange format of OCCRP Aleph, OpenSanctions and
nomenklatura: the graph out as JSON Lines, and the tables the importer (ingest.ftm) shares.

Entities keep their FtM id when they came from FtM (identifier "ftm:<id>"), else get a stable
id from type and key, so an export re-imported lands on the same nodes. Our type rides along in
`keywords` ("skg-type:Product") where FtM has no schema for it. Relations become FtM
interstitial entities (Directorship, Employment, Ownership, Representation, Sanction) where one
fits, else UnknownLink with the relation type as its role.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any, TextIO

from kg.store.base import GraphStore

TYPE_KEYWORD = "skg-type:"
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


def entity_id(type_: str, key: str, identifiers: list[str] | None) -> str:
    """The FtM id of a node: its own FtM id when it has one, else a hash of type and key."""
    for ident in identifiers or ():
        if ident.startswith("ftm:"):
            return ident[4:]
    return "skg-" + hashlib.sha1(f"{type_}:{key}".encode()).hexdigest()[:20]


def _entity(row: dict[str, Any]) -> dict[str, Any]:
    names = [row["name"]]
    aliases = [a for a in (row.get("aliases") or []) if a != row["name"]]
    props: dict[str, list[str]] = {"name": names}
    if aliases:
        props["alias"] = sorted(aliases)
    props["keywords"] = [TYPE_KEYWORD + row["type"]]
    for ident in row.get("identifiers") or ():
        scheme, _, value = ident.partition(":")
        if scheme in ID_PROPERTIES:
            props.setdefault(ID_PROPERTIES[scheme], []).append(value)
    schema = SCHEMA_FOR_TYPE.get(row["type"], "Organization")
    if schema == "Address":
        props["full"] = names
    return {"id": entity_id(row["type"], row["key"], row.get("identifiers")), "schema": schema,
            "caption": row["name"], "properties": props, "datasets": ["surveillance_kg"]}


def _link(row: dict[str, Any], ids: dict[tuple[str, str], str]) -> dict[str, Any] | None:
    s = ids.get((row["s_type"], row["s_key"]))
    o = ids.get((row["o_type"], row["o_key"]))
    if s is None or o is None:
        return None
    rel = row["relation"]
    digest = hashlib.sha1(f"{s}|{rel}|{o}|{row['status']}".encode()).hexdigest()[:20]
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
    if row["status"] != "asserted":
        props["status"] = [row["status"]]
    evidence = [e for e in (row.get("evidence") or []) if e]
    if evidence:
        props["summary"] = evidence[:3]
    for field_, prop in (("first_seen", "startDate"), ("last_seen", "endDate")):
        if row.get(field_):
            props[prop] = [str(row[field_])]
    return {"id": f"skg-rel-{digest}", "schema": schema, "properties": props,
            "datasets": ["surveillance_kg"]}


def export_ftm(store: GraphStore) -> Iterator[dict[str, Any]]:
    """Every entity, then every relation, as FtM entity dicts."""
    entities = store.read(
        "MATCH (n:Entity) RETURN n.type AS type, n.key AS key, n.name AS name, "
        "n.aliases AS aliases, n.identifiers AS identifiers ORDER BY type, key"
    ).rows
    ids: dict[tuple[str, str], str] = {}
    for row in entities:
        item = _entity(row)
        ids[(row["type"], row["key"])] = item["id"]
        yield item
    relations = store.read(
        "MATCH (s:Entity)-[r]->(o:Entity) RETURN s.type AS s_type, s.key AS s_key, "
        "s.name AS s_name, type(r) AS relation, o.type AS o_type, o.key AS o_key, "
        "r.status AS status, r.evidence AS evidence, r.first_seen AS first_seen, "
        "r.last_seen AS last_seen ORDER BY s_type, s_key, relation, o_type, o_key, status"
    ).rows
    for row in relations:
        if row["relation"] == "MENTIONS":
            continue
        link = _link(row, ids)
        if link is not None:
            yield link


def write_ftm(store: GraphStore, out: TextIO) -> int:
    """Write the graph as FtM JSON Lines; returns how many FtM entities were written."""
    count = 0
    for item in export_ftm(store):
        out.write(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    return count
