"""The project's own annotations of real news (`docs/real-news-gold.jsonl`): the texts belong to
their publishers and are not here, but the gold must stay usable by the shared scorer and true
to the ontology, so a measurement can be repeated from the listed sources."""

from __future__ import annotations

import json
from pathlib import Path

from kg.ontology import default_ontology

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "docs" / "real-news-gold.jsonl"
SOURCES = ROOT / "docs" / "real-news-sets.tsv"


def _lines() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


def test_every_annotated_article_is_a_listed_source() -> None:
    listed = {tuple(row.split("\t")[:3:2]) for row in SOURCES.read_text(
        encoding="utf-8").splitlines()[1:]}
    lines = _lines()
    assert len(lines) >= 144
    missing = [(g["set"], g["doc"]) for g in lines if (g["set"], g["doc"]) not in listed]
    assert not missing, missing
    assert len({g["doc"] for g in lines}) == len(lines)  # the scorer keys articles by file stem


def test_every_triple_names_its_entities_and_keeps_the_ontology() -> None:
    ontology = default_ontology()
    problems = []
    for g in _lines():
        types: dict[str, str] = {}
        for e in g["entities"]:
            for form in (e["name"], *e.get("aliases", [])):
                types.setdefault(form.lower(), e["type"])
        for t in g["triples"]:
            s_type, o_type = types.get(t["subject"].lower()), types.get(t["object"].lower())
            if s_type is None or (o_type is None and t["object"] != "*"):
                problems.append((g["doc"], t, "unlisted name"))
            elif o_type is not None and not ontology.allows(s_type, t["relation"], o_type):
                problems.append((g["doc"], t, f"{s_type} -> {o_type}"))
    assert not problems, problems[:10]
