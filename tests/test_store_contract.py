"""One set of expectations for every store: the real Neo4j server and the embedded store.

Schema, idempotent loads, provenance merging, denied relations, literal names, read-only
reads and RDF export must behave the same whichever store a user picks.
"""

import json
from html.parser import HTMLParser

import pytest
from rdflib import Graph

from kg.errors import QueryError, StoreError
from kg.export.html import render_html
from kg.export.rdf import RdfMapper, serialize
from kg.load import Loader
from kg.ontology import default_ontology
from kg.queries import Catalogue
from kg.snapshot import read_snapshot
from tests.conftest import graph_counts, make_extraction

FIRST = make_extraction(
    "Clearview AI scraped Facebook and sold its tool to ICE.",
    "first.txt",
    [
        ("Clearview AI", "Company", "SCRAPED", "Facebook", "Platform"),
        ("Clearview AI", "Company", "CONTRACTS_WITH", "ICE", "Agency"),
    ],
    date="2020-02-01",
)
SECOND = make_extraction(
    "Clearview scraped Facebook again, a later report said.",
    "second.txt",
    [("Clearview AI Inc.", "Company", "SCRAPED", "Facebook", "Platform")],
    date="2021-06-30",
)


def test_the_key_constraint_holds(store):
    """A second node with an existing key is refused: the constraint is really there."""
    Loader(store).load([FIRST])
    with pytest.raises(StoreError):
        store.write([("CREATE (:Entity:Company {key: 'clearview-ai', name: 'dup'})", {})])
    assert store.read("MATCH (c:Company) RETURN count(c) AS n").rows == [{"n": 1}]


def test_reloading_changes_no_count_and_no_property(store):
    loader = Loader(store)
    loader.load([FIRST])
    before = graph_counts(store)
    props_before = store.read("MATCH ()-[r]->() RETURN r ORDER BY type(r)").rows
    loader.load([FIRST])
    Loader(store).load([FIRST])
    assert graph_counts(store) == before
    assert store.read("MATCH ()-[r]->() RETURN r ORDER BY type(r)").rows == props_before


def test_a_second_document_adds_its_source_to_the_same_relationship(store):
    loader = Loader(store)
    loader.load([FIRST])
    loader.load([SECOND])
    rows = store.read("MATCH (:Company)-[r:SCRAPED]->(:Platform {key: 'facebook'}) RETURN r").rows
    assert len(rows) == 1  # "Clearview AI Inc." and "Clearview AI" are one node
    rel = rows[0]["r"]
    assert rel["sources"] == [FIRST.document.id, SECOND.document.id]
    assert len(rel["evidence"]) == 2
    assert (rel["first_seen"], rel["last_seen"]) == ("2020-02-01", "2021-06-30")
    evidence = Catalogue().run(
        store,
        "relation-evidence",
        {"subject": "clearview ai inc", "relation": "SCRAPED", "object": "Facebook"},
    )
    assert [r["document"] for r in evidence.rows] == ["second.txt", "first.txt"]


def test_denied_relations_are_kept_apart_from_asserted_ones(store):
    denied = make_extraction(
        "Clearview said it never sold to ICE.",
        "denial.txt",
        [("Clearview AI", "Company", "CONTRACTS_WITH", "ICE", "Agency")],
        status="denied",
    )
    Loader(store).load([FIRST, denied])
    statuses = store.read(
        "MATCH (:Company)-[r:CONTRACTS_WITH]->(:Agency) RETURN r.status AS s ORDER BY s"
    ).rows
    assert [r["s"] for r in statuses] == ["asserted", "denied"]


def test_a_name_full_of_cypher_is_stored_literally(store):
    nasty = "Robert'); MATCH (n) DETACH DELETE n; //\" `x` {a:1} $param \\"
    Loader(store).load(
        [
            make_extraction(
                "A vendor with a strange name scraped Facebook.",
                "nasty.txt",
                [(nasty, "Company", "SCRAPED", "Facebook", "Platform")],
            )
        ]
    )
    rows = store.read("MATCH (c:Company) RETURN c.name AS name").rows
    assert rows == [{"name": nasty}]
    assert graph_counts(store)[0] == 3  # document, company, platform: nothing deleted


@pytest.mark.parametrize(
    "cypher",
    [
        "CREATE (n:Company {key: 'x'}) RETURN n",
        "MATCH (n) DETACH DELETE n",
        "MATCH (n:Company) SET n.name = 'changed' RETURN n",
        "CREATE INDEX evil IF NOT EXISTS FOR (n:Company) ON (n.evil)",
    ],
)
def test_reads_refuse_writes(store, cypher):
    Loader(store).load([FIRST])
    before = graph_counts(store)
    with pytest.raises(QueryError, match=r"refused|rejected"):
        store.read(cypher)
    assert graph_counts(store) == before
    assert store.read("MATCH (n:Company) RETURN n.name AS n").rows == [{"n": "Clearview AI"}]


def test_rdf_round_trip_is_stable(store):
    Loader(store).load([FIRST, SECOND])
    mapper = RdfMapper("https://example.org/kg/")
    counts = []
    for fmt, parse_as in (("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")):
        text = serialize(mapper.to_graph(read_snapshot(store)), fmt)
        parsed = Graph().parse(data=text, format=parse_as)
        counts.append(len(parsed))
    assert len(set(counts)) == 1
    graph = mapper.to_graph(read_snapshot(store))
    scraped = list(graph.triples((None, None, None)))
    assert len(scraped) == counts[0]
    sources = graph.query(
        "PREFIX prov: <http://www.w3.org/ns/prov#> "
        "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?st a rdf:Statement ; prov:wasDerivedFrom ?d }"
    )
    assert next(iter(sources))[0].toPython() == 2


def test_html_export_holds_every_node_and_relationship(store):
    Loader(store).load([FIRST, SECOND])
    snap = read_snapshot(store)
    page = render_html(snap, title="Test <graph> & co")
    parser = _TagChecker()
    parser.feed(page)
    parser.close()
    assert parser.unclosed == [] and parser.errors == []
    assert "<title>Test &lt;graph&gt; &amp; co</title>" in page
    data = json.loads(parser.data_script)
    assert {n["name"] for n in data["nodes"]} == {e["name"] for e in snap.entities}
    assert len(data["edges"]) == len(snap.relations) == 2
    names = {n["id"]: n["name"] for n in data["nodes"]}
    edges = {(names[e["source"]], e["relation"], names[e["target"]]) for e in data["edges"]}
    assert edges == {
        ("Clearview AI", "SCRAPED", "Facebook"),
        ("Clearview AI", "CONTRACTS_WITH", "U.S. Immigration and Customs Enforcement"),
    }
    scraped = next(e for e in data["edges"] if e["relation"] == "SCRAPED")
    assert sorted(scraped["sources"]) == ["first.txt", "second.txt"]
    assert len(scraped["evidence"]) == 2
    assert set(data["colors"]) == set(default_ontology().entity_types)


class _TagChecker(HTMLParser):
    """Checks that every non-void element is closed in order, and keeps the data script."""

    VOID = frozenset({"meta", "link", "br", "img", "input", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.data_script = ""
        self._in_data = False

    @property
    def unclosed(self) -> list[str]:
        return self.stack

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)
        self._in_data = tag == "script" and ("id", "graph-data") in attrs

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
        else:
            self.stack.pop()
        self._in_data = False

    def handle_data(self, data):
        if self._in_data:
            self.data_script += data
