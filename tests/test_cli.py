"""The `kg` command end to end, on real files and (where marked) the real Neo4j."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kg.cli.app import app
from tests.conftest import ROOT, SHARED

runner = CliRunner()
SAMPLES = ROOT / "samples"
SEED = SHARED / "eval" / "dev" / "docs" / "seed-clearview.txt"


def kg(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def test_help_everywhere():
    for args in ([], ["query"], ["export"], ["neo4j"], ["build"], ["extract"], ["query", "run"],
                 ["knowledge"], ["knowledge", "check"], ["knowledge", "lookup"]):
        result = kg(*args, "--help")
        assert result.exit_code == 0, (args, result.output)
        assert "Usage" in result.output


def test_ontology_json_lists_every_relation_with_domain_and_range():
    result = kg("ontology", "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.output)
    rels = {r["relation"]: r for r in rows if r["kind"] == "relation_type"}
    assert rels["SCRAPED"]["subject"] == "Company" and rels["SCRAPED"]["object"] == "Platform"
    assert len(rels) == 21


def test_extract_seed_jsonl_contract():
    result = kg("extract", str(SEED), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert records
    for r in records:
        for field in (
            "doc",
            "subject",
            "subject_type",
            "relation",
            "object",
            "object_type",
            "evidence",
            "confidence",
            "status",
            "extractor",
        ):
            assert field in r
        assert r["doc"] == "seed-clearview.txt"
    triples = {(r["subject"], r["relation"], r["object"]) for r in records}
    for platform in ("Facebook", "YouTube", "Venmo"):
        assert ("Clearview AI", "SCRAPED", platform) in triples


def test_extract_from_stdin():
    text = SEED.read_bytes()
    result = kg("extract", "-", "--format", "json", input=text)
    assert result.exit_code == 0, result.output
    assert {r["doc"] for r in json.loads(result.output)} == {"stdin"}


def test_bad_inputs_get_one_line_each_and_the_batch_goes_on(tmp_path: Path):
    (tmp_path / "blob.bin").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 Clearview AI scraped Facebook.".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_bytes(SEED.read_bytes())
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3, result.stderr
    assert any("blob.bin" in e for e in errors)
    assert any("empty.txt" in e for e in errors)
    assert any("latin.txt" in e and "UTF-8" in e for e in errors)
    assert "Traceback" not in result.output
    assert {json.loads(line)["doc"] for line in result.stdout.splitlines()} == {"good.txt"}


def test_knowledge_check_reviews_a_user_file_and_fails_on_errors(tmp_path: Path):
    mine = tmp_path / "mine.yaml"
    mine.write_text("entities:\n  - name: Acme Vision\n    type: Company\n"
                    "    aliases: [Acme Vision, Inc.]\n", encoding="utf-8")
    result = kg("knowledge", "check", str(mine), "--format", "json")
    assert result.exit_code == 1
    rows = json.loads(result.stdout)
    assert [(r["check"], r["form"]) for r in rows] == [("suffix-only", "Inc.")]
    mine.write_text("entities:\n  - name: Acme Vision\n    type: Company\n"
                    "    aliases: ['Acme Vision, Inc.']\n", encoding="utf-8")
    result = kg("knowledge", "check", str(mine), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert kg("knowledge", "check", str(tmp_path / "nope.yaml")).exit_code == 1


def test_knowledge_lookup_names_the_entry_and_fails_on_an_unknown_name():
    result = kg("knowledge", "lookup", "Immigration & Customs Enforcement", "--format", "json")
    assert result.exit_code == 0
    assert [(r["entry"], r["type"]) for r in json.loads(result.stdout)] == [
        ("U.S. Immigration and Customs Enforcement", "Agency")]
    assert kg("knowledge", "lookup", "ICE", "Zyxwv Nonexistent").exit_code == 1
    [swiss] = json.loads(kg("knowledge", "lookup", "Swiss", "--format", "json").stdout)
    assert (swiss["entry"], swiss["demonyms"]) == ("Switzerland", ["Swiss"])
    assert "Swiss" not in swiss["aliases"]


def test_unknown_query_is_one_line_and_exit_1():
    result = kg("query", "show", "no-such-query")
    assert result.exit_code == 1
    assert "no saved query 'no-such-query'" in result.stderr


def test_query_show_has_description_parameters_and_example():
    result = kg("query", "show", "vendors-of-agency")
    assert result.exit_code == 0
    assert "--param agency=<entity>" in result.output
    assert "example:" in result.output and "MATCH" in result.output


@pytest.fixture(params=["neo4j", "embedded"])
def on(request, tmp_path: Path):
    """Global options that point `kg` at an empty store of each kind."""
    if request.param == "neo4j":
        request.applymarker(pytest.mark.neo4j)
        request.getfixturevalue("neo4j_store")  # empties the server
        return ["--store", "neo4j"]
    return ["--store", "embedded", "--data-dir", str(tmp_path / "embedded")]


def counts(on: list[str]) -> dict:
    result = kg(*on, "info", "--format", "json")
    assert result.exit_code == 0, result.output
    info = json.loads(result.output)[0]
    return {"documents": info["documents"], **info["entities"], **info["relations"]}


def test_build_query_and_export_on_the_samples(on, tmp_path: Path):
    result = kg(*on, "build", str(SAMPLES))
    assert result.exit_code == 0, result.output
    assert "Build summary" in result.output
    before = counts(on)
    assert before["documents"] == 4 and before["SCRAPED"] == 3
    assert kg(*on, "build", str(SAMPLES)).exit_code == 0
    assert counts(on) == before

    rows = json.loads(kg(*on, "query", "run", "platforms-scraped", "--format", "json").output)
    assert {"platform": "Facebook", "scraped_by": "Clearview AI"} in [
        {k: r[k] for k in ("platform", "scraped_by")} for r in rows
    ]
    csv_out = kg(*on, "query", "run", "vendors-of-agency", "-p", "agency=ICE", "--format", "csv")
    assert csv_out.exit_code == 0, csv_out.output
    assert csv_out.output.splitlines()[0].startswith("vendor,agency,relation")
    assert len(csv_out.output.splitlines()) >= 2

    out = tmp_path / "graph.ttl"
    assert kg(*on, "export", "rdf", "--format", "turtle", "-o", str(out)).exit_code == 0
    graph = Graph().parse(out, format="turtle")
    assert len(graph) > 50
    again = tmp_path / "again.ttl"
    kg(*on, "export", "rdf", "--format", "turtle", "-o", str(again))
    assert len(Graph().parse(again, format="turtle")) == len(graph)

    page = tmp_path / "graph.html"
    assert kg(*on, "export", "html", "-o", str(page)).exit_code == 0
    assert "Clearview AI" in page.read_text(encoding="utf-8")


def test_ad_hoc_writes_are_refused(on):
    result = kg(*on, "query", "exec", "CREATE (n:Company {key: $k}) RETURN n", "-p", "k=x")
    assert result.exit_code == 1
    assert "refused" in result.stderr
    assert counts(on) == {"documents": 0}


def test_ad_hoc_read_with_parameters(on):
    kg(*on, "build", str(SAMPLES))
    result = kg(
        *on,
        "query",
        "exec",
        "MATCH (n:Entity) WHERE n.key = $k RETURN n.name AS name",
        "-p",
        "k=clearview-ai",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"name": "Clearview AI"}]


def test_bad_parameter_names_the_parameter_and_type(on):
    result = kg(*on, "query", "run", "most-connected-vendors", "-p", "limit=ten")
    assert result.exit_code == 1
    assert "parameter 'limit' expects an integer (int), got 'ten'" in result.stderr


def test_store_choice(monkeypatch, tmp_path: Path):
    monkeypatch.delenv("KG_STORE", raising=False)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("KG_DATA_DIR", str(tmp_path / "data"))
    info = json.loads(kg("info", "--format", "json").output)[0]
    assert (info["store"], info["chosen_by"]) == ("embedded", "default")
    assert str(tmp_path / "data") in info["location"]
    monkeypatch.setenv("KG_STORE", "embedded")
    info = json.loads(kg("info", "--format", "json").output)[0]
    assert info["chosen_by"] == "KG_STORE"
    assert json.loads(kg("--store", "embedded", "info", "--format", "json").output)[0][
        "chosen_by"] == "--store"
    monkeypatch.delenv("KG_STORE")
    result = kg("--store", "sqlite", "info")
    assert result.exit_code == 1 and "unknown store 'sqlite'" in result.stderr
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    result = kg("info")
    assert result.exit_code == 1 and "cannot reach Neo4j at bolt://127.0.0.1:1" in result.stderr


@pytest.mark.neo4j
def test_wrong_password_is_one_clear_line(monkeypatch, neo4j_store):
    monkeypatch.setenv("NEO4J_PASSWORD", "definitely-not-the-password")
    monkeypatch.setenv("NEO4J_URI", neo4j_store.settings.uri)
    result = kg("--store", "neo4j", "query", "run", "platforms-scraped")
    assert result.exit_code == 1
    assert "refused the credentials" in result.stderr
    assert "definitely-not-the-password" not in result.output + result.stderr
    assert "Traceback" not in result.stderr


def test_unreachable_server_is_one_clear_line(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    result = kg("--store", "neo4j", "query", "run", "platforms-scraped")
    assert result.exit_code == 1
    assert "cannot reach Neo4j at bolt://127.0.0.1:1" in result.stderr
