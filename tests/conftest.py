"""Shared fixtures.

Tests that need Neo4j use the server named by NEO4J_URI or the local one `kg neo4j start`
provisions (the test script starts a dedicated one under .kg-test/). They fail, never skip,
when it cannot be reached: a green run must mean the store was really exercised.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.knowledge import default_knowledge
from kg.model import Document, Entity, Evidence, Extraction, Relation, content_id
from kg.names import name_key
from kg.sentences import split_sentences
from kg.settings import Neo4jSettings
from kg.store.base import GraphStore
from kg.store.embedded_store import EmbeddedStore
from kg.store.neo4j_store import Neo4jStore

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def _neo4j_session() -> Iterator[Neo4jStore]:
    store = Neo4jStore(Neo4jSettings.resolve())  # raises StoreError (a failure) if unreachable
    yield store
    store.close()


@pytest.fixture
def neo4j_store(_neo4j_session: Neo4jStore) -> Neo4jStore:
    """The real server, emptied before the test."""
    _neo4j_session.write([("MATCH (n) DETACH DELETE n", {})])
    return _neo4j_session


@pytest.fixture(scope="session")
def _embedded_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(tmp_path_factory.mktemp("embedded"))
    yield store
    store.close()


@pytest.fixture
def embedded_store(_embedded_session: EmbeddedStore) -> EmbeddedStore:
    """The embedded store in a temporary folder, emptied before the test."""
    _embedded_session.write([("MATCH (n) DETACH DELETE n", {})])
    return _embedded_session


@pytest.fixture(params=["neo4j", "embedded"], ids=["neo4j", "embedded"])
def store(request: pytest.FixtureRequest) -> GraphStore:
    """Each store in turn, empty: one suite of expectations for both."""
    if request.param == "neo4j":
        request.applymarker(pytest.mark.neo4j)
    return request.getfixturevalue(f"{request.param}_store")


def known_entity(name: str, type_: str) -> Entity:
    """The entity as the extractor would give it: canonical name and aliases from the KB."""
    entry = default_knowledge().get(name, type_)
    if entry is None:
        return Entity(name_key(name), type_, name)
    return Entity(entry.key, type_, entry.name, entry.aliases)


def make_extraction(
    text: str,
    name: str,
    triples: list[tuple[str, str, str, str, str]],
    date: str | None = None,
    status: str = "asserted",
) -> Extraction:
    """An Extraction whose relations all cite the document's first sentence."""
    doc = Document(
        id=content_id(text.encode()), name=name, text=text, format="text", date=date,
        sentences=split_sentences(text),
    )
    first = doc.sentences[0]
    relations = [
        Relation(
            known_entity(s, s_type), rel, known_entity(o, o_type),
            Evidence(doc.id, name, first.text, first.start, first.end, date),
            0.8, "test", status,
        )
        for s, s_type, rel, o, o_type in triples
    ]
    return Extraction(doc, [], relations)


def graph_counts(store: Neo4jStore) -> tuple[int, int]:
    nodes = store.read("MATCH (n) RETURN count(n) AS n").rows[0]["n"]
    rels = store.read("MATCH ()-[r]->() RETURN count(r) AS r").rows[0]["r"]
    return nodes, rels
