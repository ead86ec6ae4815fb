"""Every saved query runs on the fixture corpus with the parameters of its own example."""

from __future__ import annotations

import shlex

import pytest

from kg.load import Loader
from kg.queries import Catalogue, SavedQuery, parse_params
from tests.corpus import corpus

pytestmark = pytest.mark.neo4j
CATALOGUE = Catalogue()


def example_params(query: SavedQuery) -> dict[str, str]:
    words = shlex.split(query.example)
    return parse_params([words[i + 1] for i, w in enumerate(words) if w in ("--param", "-p")])


@pytest.fixture
def loaded(neo4j_store):
    Loader(neo4j_store).load(corpus())
    return neo4j_store


@pytest.mark.parametrize("name", sorted(CATALOGUE.queries))
def test_example_returns_rows(loaded, name):
    query = CATALOGUE.get(name)
    result = loaded.read(query.cypher, query.bind(example_params(query)))
    assert result.rows, f"{name}: its example gave no rows on the fixture corpus"
    assert set(result.columns) == set(result.rows[0])


def test_vendors_of_ice_by_any_alias(loaded):
    query = CATALOGUE.get("vendors-of-agency")
    rows = loaded.read(
        query.cypher, query.bind({"agency": "U.S. Immigration and Customs Enforcement"})
    ).rows
    assert {r["vendor"] for r in rows} == {"Clearview AI", "Palantir"}


def test_corporate_family_is_transitive(loaded):
    query = CATALOGUE.get("corporate-family")
    rows = loaded.read(query.cypher, query.bind({"company": "Fusus"})).rows
    assert {r["relative"] for r in rows} == {"Axon"}


def test_disputed_claims_show_the_denial(loaded):
    query = CATALOGUE.get("disputed-claims")
    rows = loaded.read(query.cypher, query.bind({})).rows
    assert [(r["subject"], r["relation"], r["object"], r["status"]) for r in rows] == [
        ("Clearview AI", "CONTRACTS_WITH", "Chicago Police Department", "denied")
    ]
