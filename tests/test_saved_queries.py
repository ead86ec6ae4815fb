"""Every saved query, on both stores: its own example returns rows on the fixture corpus, and
Neo4j and the embedded store return the same rows for the same input."""

from __future__ import annotations

import json
import re
import shlex
from typing import Any

import pytest

from kg.load import Loader
from kg.queries import Catalogue, SavedQuery, parse_params
from tests.corpus import corpus

CATALOGUE = Catalogue()


def example_params(query: SavedQuery) -> dict[str, str]:
    words = shlex.split(query.example)
    return parse_params([words[i + 1] for i, w in enumerate(words) if w in ("--param", "-p")])


def _canonical(value: Any) -> Any:
    """Lists built by collect() have no defined order: compare them as sorted."""
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, default=str))
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, float):
        return round(value, 6)
    return value


def comparable(query: SavedQuery, rows: list[dict[str, Any]]) -> list[str]:
    canon = [json.dumps(_canonical(r), sort_keys=True, default=str) for r in rows]
    ordered = re.search(r"\bORDER\s+BY\b", query.cypher, re.IGNORECASE)
    return canon if ordered else sorted(canon)


@pytest.fixture
def loaded(store):
    Loader(store).load(corpus())
    return store


@pytest.mark.parametrize("name", sorted(CATALOGUE.queries))
def test_example_returns_rows(loaded, name):
    query = CATALOGUE.get(name)
    result = loaded.read(query.text_for(loaded.kind), query.bind(example_params(query)))
    assert result.rows, f"{name}: its example gave no rows on the fixture corpus"
    assert set(result.columns) == set(result.rows[0])


@pytest.mark.neo4j
@pytest.mark.parametrize("name", sorted(CATALOGUE.queries))
def test_both_stores_return_the_same_rows(neo4j_store, embedded_store, name):
    query = CATALOGUE.get(name)
    params = query.bind(example_params(query))
    results = []
    for s in (neo4j_store, embedded_store):
        Loader(s).load(corpus())
        results.append(s.read(query.text_for(s.kind), params))
    neo, emb = results
    assert neo.columns == emb.columns
    assert comparable(query, neo.rows) == comparable(query, emb.rows)


def test_vendors_of_ice_by_any_alias(loaded):
    query = CATALOGUE.get("vendors-of-agency")
    rows = loaded.read(
        query.text_for(loaded.kind),
        query.bind({"agency": "U.S. Immigration and Customs Enforcement"}),
    ).rows
    assert {r["vendor"] for r in rows} == {"Clearview AI", "Palantir"}


def test_corporate_family_is_transitive(loaded):
    query = CATALOGUE.get("corporate-family")
    rows = loaded.read(query.text_for(loaded.kind), query.bind({"company": "Fusus"})).rows
    assert {r["relative"] for r in rows} == {"Axon"}


def test_disputed_claims_show_the_denial(loaded):
    query = CATALOGUE.get("disputed-claims")
    rows = loaded.read(query.text_for(loaded.kind), query.bind({})).rows
    assert [(r["subject"], r["relation"], r["object"], r["status"]) for r in rows] == [
        ("Clearview AI", "CONTRACTS_WITH", "Chicago Police Department", "denied")
    ]
