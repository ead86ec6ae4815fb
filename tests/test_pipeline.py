"""The whole pipeline on the dev articles, on both stores: documents -> triples -> graph."""

from __future__ import annotations

import time

import kg.pipeline
from kg.extract.rules import RuleExtractor
from kg.info import summarize
from kg.pipeline import build
from tests.conftest import SHARED, graph_counts

DEV_DOCS = SHARED / "eval" / "dev" / "docs"


def test_building_the_dev_set_twice_changes_nothing(store):
    first = build(store, [DEV_DOCS])
    assert first.documents == 16 and not first.errors
    counts = graph_counts(store)
    props = store.read(
        "MATCH (s)-[r]->(o) RETURN s.key AS s, type(r) AS t, o.key AS o, r.status AS st, "
        "r.sources AS sources, r.evidence AS evidence, r.confidence AS c "
        "ORDER BY s, t, o, st"
    ).rows
    build(store, [DEV_DOCS])
    assert graph_counts(store) == counts
    assert (
        store.read(
            "MATCH (s)-[r]->(o) RETURN s.key AS s, type(r) AS t, o.key AS o, r.status AS st, "
            "r.sources AS sources, r.evidence AS evidence, r.confidence AS c "
            "ORDER BY s, t, o, st"
        ).rows
        == props
    )


def test_every_relation_can_say_who_says_so(store):
    build(store, [DEV_DOCS])
    summary = summarize(store)
    assert summary.documents == 16
    assert sum(summary.relations.values()) > 80
    orphans = store.read(
        "MATCH (s:Entity)-[r]->(o:Entity) WHERE size(r.evidence) = 0 OR size(r.sources) = 0 "
        "OR size(r.evidence) <> size(r.evidence_docs) RETURN count(r) AS n"
    ).rows
    assert orphans == [{"n": 0}]
    unknown = store.read(
        "MATCH (s:Entity)-[r]->(o:Entity) UNWIND r.sources AS doc "
        "OPTIONAL MATCH (d:Document {id: doc}) WITH doc, d WHERE d IS NULL RETURN count(doc) AS n"
    ).rows
    assert unknown == [{"n": 0}]


def test_the_seed_article_across_the_graph(store):
    build(store, [DEV_DOCS / "seed-clearview.txt", DEV_DOCS / "002.md"])
    rows = store.read(
        "MATCH (c:Company {key: 'clearview-ai'})-[r:SCRAPED]->(p:Platform) "
        "RETURN p.name AS platform, size(r.sources) AS n ORDER BY platform"
    ).rows
    by_platform = {r["platform"]: r["n"] for r in rows}
    # both articles report Facebook, YouTube and Venmo: one relationship, two sources each
    assert {k: by_platform.get(k) for k in ("Facebook", "YouTube", "Venmo")} == {
        "Facebook": 2,
        "YouTube": 2,
        "Venmo": 2,
    }


class _SlowExtractor:
    """Stands in for an extractor stuck on one document."""

    name = "slow"

    def __init__(self) -> None:
        self.rules = RuleExtractor()

    def extract(self, document):
        time.sleep(0.5)
        return self.rules.extract(document)


def test_a_slow_document_is_named_while_it_runs(tmp_path, monkeypatch, caplog):
    article = tmp_path / "stuck-article.txt"
    article.write_text("Acme Corp sold cameras to the Springfield Police Department.\n")
    quick = tmp_path / "quick-article.txt"
    quick.write_text("Acme Corp sold cameras to the Shelbyville Police Department.\n")
    monkeypatch.setattr(kg.pipeline, "get_extractor", lambda name: _SlowExtractor())
    with caplog.at_level("WARNING", logger="kg.pipeline"):
        out = list(kg.pipeline.extract_paths([article], slow_after=0.05))
        fast = list(kg.pipeline.extract_paths([quick], slow_after=30))
    assert [e.document.name for e in out + fast] == ["stuck-article.txt", "quick-article.txt"]
    warned = [r.getMessage() for r in caplog.records]
    assert len(warned) == 1 and str(article) in warned[0]
