"""One graph from records and articles: corroboration counts on both stores, and the
FollowTheMoney round trip (import -> export -> import gives the same entities)."""

from __future__ import annotations

import io
from pathlib import Path

from kg.documents import read_documents
from kg.export.ftm import write_ftm
from kg.knowledge import default_knowledge
from kg.load import Loader
from kg.model import Extraction
from kg.pipeline import build
from kg.resolve import Resolver
from tests.conftest import make_extraction
from tests.corpus import records

DATA = Path(__file__).parent / "fixtures" / "datasets"


def article(name: str, outlet: str | None = None) -> Extraction:
    x = make_extraction(
        f"Palantir Technologies has a contract with ICE ({name}).", name,
        [("Palantir Technologies", "Company", "CONTRACTS_WITH",
          "U.S. Immigration and Customs Enforcement", "Agency")], date="2019-07-12")
    x.document.outlet = outlet
    return x


def edge(store) -> dict:
    return store.read(
        "MATCH (:Company {key: 'palantir'})-[r:CONTRACTS_WITH]->(:Agency) "
        "RETURN r.independent_sources AS n, r.source_kinds AS kinds, r.award_ids AS awards, "
        "r.amount AS amount, size(r.sources) AS docs").rows[0]


def test_record_plus_article_counts_two_independent_sources(store):
    loader = Loader(store)
    loader.load([article("a.txt", "Example Times")])
    assert edge(store)["n"] == 1
    loader.load([article("b.txt", "example times")])  # same outlet: not independent
    assert edge(store)["n"] == 1 and edge(store)["docs"] == 2
    loader.load(records())
    got = edge(store)
    assert got["n"] == 2 and sorted(got["kinds"]) == ["article", "record"]
    assert got["awards"] == ["TEST0001"] and got["amount"] == 1000000.0
    loader.load(records())  # re-loading changes nothing
    assert edge(store) == got


def imported(path: Path) -> set[tuple[str, str, str, tuple[str, ...]]]:
    resolver = Resolver(default_knowledge())
    out = set()
    for x in read_documents([path]):
        if isinstance(x, Extraction):
            for e in resolver.resolve_extraction(x).entities:
                ftm = [i for i in e.identifiers if i.startswith("ftm:")]
                out.add((e.type, e.key, e.name, tuple(ftm)))
    return out


def relations(store) -> set[tuple[str, str, str]]:
    rows = store.read("MATCH (s:Entity)-[r]->(o:Entity) RETURN s.key AS s, type(r) AS r, "
                      "o.key AS o").rows
    return {(r["s"], r["r"], r["o"]) for r in rows}


def test_ftm_round_trip(store, tmp_path):
    build(store, [DATA / "entities.ftm.json"], decisions=tmp_path / "none.jsonl")
    first_relations = relations(store)
    out = io.StringIO()
    count = write_ftm(store, out)
    exported = tmp_path / "graph.ftm.json"
    exported.write_text(out.getvalue(), encoding="utf-8")
    assert count == len(out.getvalue().splitlines()) >= 5
    assert imported(DATA / "entities.ftm.json") == imported(exported)
    store.write([("MATCH (n) DETACH DELETE n", {})])
    build(store, [exported], decisions=tmp_path / "none.jsonl")
    assert relations(store) == first_relations
    assert ("jan-example", "LEADS", "inter-example") in first_relations
