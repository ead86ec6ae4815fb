"""`kg.evaluation` reproduces the shared reference scorer exactly, adds errors and
calibration, and backs `kg eval` (with its --min-f1 gate)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kg.cli.eval_cmd import agreement_command, eval_command
from kg.evaluation import annotation_records, evaluate, extraction_records
from tests.conftest import FIXTURES, SHARED

SCORER = SHARED / "eval" / "score.py"
DEV_GOLD = SHARED / "eval" / "dev" / "gold.jsonl"
DEV_DOCS = SHARED / "eval" / "dev" / "docs"
HELDOUT = FIXTURES / "heldout"


def reference(gold: Path, records: list[dict], tmp_path: Path) -> tuple[dict, dict]:
    """The shared scorer's --json summary and --by-relation table for `records`."""
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--json",
                          "--by-relation"], capture_output=True, text=True, check=True).stdout
    lines = out.strip().splitlines()
    by_rel = {}
    for line in lines[:-1]:
        name = line.split()[0]
        by_rel[name] = {k: int(v) for k, v in re.findall(r"\b(tp|fp|fn)=\s*(\d+)", line)}
    return json.loads(lines[-1]), by_rel


def assert_same(gold: Path, records: list[dict], tmp_path: Path) -> None:
    summary, by_rel = reference(gold, records, tmp_path)
    report = evaluate(gold, records)
    assert report.summary() == summary
    assert {r: {"tp": s.tp, "fp": s.fp, "fn": s.fn}
            for r, s in report.by_relation.items()} == by_rel


@pytest.fixture(scope="module")
def dev_records() -> list[dict]:
    return list(extraction_records([DEV_DOCS]))


def test_agrees_with_reference_on_dev(dev_records: list[dict], tmp_path: Path) -> None:
    assert_same(DEV_GOLD, dev_records, tmp_path)


def test_agrees_with_reference_on_perturbed_predictions(dev_records: list[dict],
                                                        tmp_path: Path) -> None:
    """Errors of every kind: wrong direction, unknown names, statuses, swapped symmetric."""
    noisy = []
    for i, r in enumerate(dev_records):
        r = dict(r)
        if i % 5 == 0:
            r["subject"], r["object"] = r["object"], r["subject"]
        elif i % 7 == 0:
            r["object"] = r["object"] + " Holdings"
        elif i % 11 == 0:
            r["status"] = "denied"
        elif i % 13 == 0:
            r["subject_type"] = "Organization"
        noisy.append(r)
    assert_same(DEV_GOLD, noisy, tmp_path)


def test_agrees_with_reference_on_heldout(tmp_path: Path) -> None:
    assert_same(HELDOUT / "gold.jsonl", list(extraction_records([HELDOUT / "docs"])), tmp_path)


GOLD = {"doc": "a.txt", "entities": [
    {"name": "Intellexa Limited", "type": "Company", "aliases": []},
    {"name": "Intellexa S.A.", "type": "Company", "aliases": ["Intellexa"]},
    {"name": "Axon", "type": "Company", "aliases": []},
    {"name": "Fusus", "type": "Company", "aliases": []},
    {"name": "Ring", "type": "Company", "aliases": []},
    {"name": "Ring breach", "type": "Incident", "aliases": []},
    {"name": "Commerce Department", "type": "Agency", "aliases": ["Department of Commerce"]},
], "triples": [
    {"subject": "Commerce Department", "relation": "BANNED", "object": "Intellexa Limited",
     "evidence": "Commerce banned Intellexa Limited"},
    {"subject": "Axon", "relation": "PARTNERS_WITH", "object": "Fusus", "evidence": "partnered"},
    {"subject": "Ring", "relation": "SUFFERED", "object": "Ring breach", "evidence": "hacked"},
]}


def rec(s: str, rel: str, o: str, **kw: object) -> dict:
    return {"doc": "a.md", "subject": s, "relation": rel, "object": o, **kw}


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    return path


def test_exact_alias_before_folded(gold: Path) -> None:
    # "Intellexa Limited" folds to "intellexa" like "Intellexa S.A."; the exact form decides.
    report = evaluate(gold, [rec("Department of Commerce", "BANNED", "intellexa  limited")])
    assert (report.tp, report.fp) == (1, 0)
    report = evaluate(gold, [rec("Commerce Department", "BANNED", "Intellexa S.A.")])
    assert (report.tp, report.fp) == (0, 1)
    assert report.false_positives[0].object == "Intellexa S.A."


def test_symmetric_subject_only_status_and_duplicates(gold: Path) -> None:
    report = evaluate(gold, [
        rec("Fusus", "PARTNERS_WITH", "Axon", confidence=0.9),
        rec("Ring", "SUFFERED", "Ring data breach (2023-05)", confidence=0.7),
        rec("Ring", "SUFFERED", "another name", confidence=0.65),  # same triple: once
        rec("Commerce Department", "BANNED", "Intellexa Limited", status="ended"),
        rec("Axon", "ACQUIRED", "Fusus", status="asserted", evidence="Axon bought Fusus.",
            confidence=0.55),
    ])
    assert (report.tp, report.fp, report.fn) == (2, 1, 1)
    assert report.misses[0].relation == "BANNED"
    assert report.misses[0].evidence == "Commerce banned Intellexa Limited"
    assert report.false_positives[0].evidence == "Axon bought Fusus."
    buckets = {(b.low, b.high): (b.predicted, b.correct) for b in report.calibration}
    assert buckets[(0.0, 0.6)] == (1, 0) and buckets[(0.9, 1.0)] == (1, 1)
    assert buckets[(0.7, 0.8)] == (1, 1)  # the duplicate keeps its highest confidence


def test_typing_share(gold: Path) -> None:
    report = evaluate(gold, [rec("Axon", "PARTNERS_WITH", "Fusus", subject_type="Company",
                                 object_type="Organization")])
    # entities in gold triples: Commerce, Intellexa Limited, Axon, Fusus, Ring -> 1 of 5 typed
    assert report.typing == pytest.approx(1 / 5)


def test_bad_gold_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"gold.jsonl:2: not JSON"):
        evaluate(path, [])


def test_an_annotation_agrees_with_itself(gold: Path) -> None:
    report = evaluate(gold, list(annotation_records(gold)))
    assert (report.tp, report.fp, report.fn, report.typing) == (3, 0, 0, 1.0)


def test_second_annotation_scored_through_the_first_ones_aliases(gold: Path,
                                                                  tmp_path: Path) -> None:
    """The second annotator names entities its own way and types one differently; the
    agreement is what the shared scorer gives for those triples read as predictions."""
    second = {"doc": "a.md", "entities": [
        {"name": "Department of Commerce", "type": "Agency", "aliases": []},
        {"name": "Intellexa", "type": "Company", "aliases": ["Intellexa Limited"]},
        {"name": "Axon Enterprise", "type": "Company", "aliases": ["Axon"]},
        {"name": "Fusus", "type": "Product", "aliases": []},
    ], "triples": [
        {"subject": "Department of Commerce", "relation": "BANNED",
         "object": "Intellexa Limited"},
        {"subject": "Fusus", "relation": "PARTNERS_WITH", "object": "Axon"},
        {"subject": "Axon Enterprise", "relation": "DEVELOPS", "object": "Fusus",
         "evidence": "Axon's Fusus"},
    ]}
    path = tmp_path / "second.jsonl"
    path.write_text(json.dumps(second) + "\n", encoding="utf-8")
    records = list(annotation_records(path))
    assert records[0]["object_type"] == "Company" and records[1]["subject_type"] == "Product"
    assert_same(gold, records, tmp_path)
    report = evaluate(gold, records)
    assert (report.tp, report.fp, report.fn) == (2, 1, 1)
    assert report.false_positives[0].evidence == "Axon's Fusus"
    # Fusus typed Product where the first annotator said Company, Ring unmentioned: 3 of 5
    assert report.typing == pytest.approx(3 / 5)


def test_annotation_without_triples_names_file_and_article(tmp_path: Path) -> None:
    path = tmp_path / "second.jsonl"
    path.write_text(json.dumps({"doc": "a.md", "entities": []}) + "\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"second.jsonl: article 1 is not a gold line"):
        list(annotation_records(path))


def test_cli_agreement_json(gold: Path) -> None:
    app = typer.Typer()
    app.command()(agreement_command)
    result = CliRunner().invoke(app, [str(gold), str(gold), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["f1"] == 1.0


def cli() -> typer.Typer:
    app = typer.Typer()
    app.command()(eval_command)
    return app


def test_cli_json_and_min_f1_gate() -> None:
    runner = CliRunner()
    args = [str(HELDOUT / "gold.jsonl"), str(HELDOUT / "docs")]
    ok = runner.invoke(cli(), [*args, "--format", "json", "--min-f1", "0.5"])
    assert ok.exit_code == 0, ok.output
    data = json.loads(ok.stdout)
    assert {"precision", "recall", "f1", "by_relation", "misses", "calibration"} <= set(data)
    low = runner.invoke(cli(), [*args, "--format", "jsonl", "--min-f1", "0.999"])
    assert low.exit_code == 1
    assert "below the required minimum 0.999" in low.output


def test_cli_table_lists_errors() -> None:
    result = CliRunner().invoke(cli(), [str(DEV_GOLD), str(DEV_DOCS)])
    assert result.exit_code == 0, result.output
    assert "Per relation" in result.output and "Missed gold triples" in result.output


def test_dev_floor_file_is_a_number() -> None:
    floor = float((FIXTURES.parent.parent / ".ci" / "dev-f1-floor").read_text().strip())
    assert 0.0 < floor <= 1.0
