"""Load and query timings on both stores, as ratios against a baseline in the same run.

Two corpora: the extractions of real articles (the dev set beside the project, or any folder
given with --docs), and a synthetic corpus of N documents whose relations link a pool of
entities (so batches repeat entities and relations, as real loads do). For each store it times
a cold load, an idempotent re-load, and every saved query with its own example parameters.
The baseline is writing the same load statements' rows as JSON Lines to a temporary file:
the cost of touching the data once, which no store can beat.

    python bench/store_load.py [--docs PATH] [--synthetic 1000] [--stores embedded,neo4j]

Neo4j is the one `kg` is configured for (NEO4J_URI or the local server); its database is
emptied first, so point it at a scratch server.
"""

from __future__ import annotations

import argparse
import json
import random
import shlex
import tempfile
import time
from pathlib import Path

from kg.load import Loader
from kg.model import Document, Entity, Evidence, Extraction, Relation, content_id
from kg.names import name_key
from kg.ontology import default_ontology
from kg.pipeline import extract_paths
from kg.queries import Catalogue, parse_params
from kg.store.factory import StoreSettings, open_store
from kg.store.writes import StatementBuilder

TRIPLE_SHAPES = [
    ("Company", "CONTRACTS_WITH", "Agency"),
    ("Company", "SCRAPED", "Platform"),
    ("Company", "DEVELOPS", "Product"),
    ("Agency", "USES", "Product"),
    ("Person", "LEADS", "Company"),
    ("Company", "LOCATED_IN", "Location"),
    ("Company", "INVESTED_IN", "Company"),
    ("Agency", "FINED", "Company"),
]


def synthetic(n_docs: int, pool: int = 300, per_doc: int = 6, seed: int = 1) -> list[Extraction]:
    rng = random.Random(seed)
    out = []
    for i in range(n_docs):
        text = f"Synthetic report {i} about vendors and agencies."
        doc = Document(
            id=content_id(text.encode()),
            name=f"syn-{i}.txt",
            text=text,
            format="text",
            date=f"20{10 + i % 15:02d}-01-01",
        )
        ev = Evidence(doc.id, doc.name, text, 0, len(text), doc.date)
        rels = []
        for _ in range(per_doc):
            s_type, rel, o_type = rng.choice(TRIPLE_SHAPES)
            s = f"{s_type} {rng.randrange(pool)}"
            o = f"{o_type} {rng.randrange(pool)}"
            rels.append(
                Relation(
                    Entity(name_key(s), s_type, s),
                    rel,
                    Entity(name_key(o), o_type, o),
                    ev,
                    0.8,
                    "synthetic",
                )
            )
        out.append(Extraction(doc, [], rels))
    return out


def baseline(extractions: list[Extraction]) -> float:
    builder = StatementBuilder(default_ontology())
    start = time.perf_counter()
    with tempfile.TemporaryFile("w") as sink:
        for chunk in range(0, len(extractions), 25):
            for _, params in builder.batch(extractions[chunk : chunk + 25]):
                for row in params["rows"]:
                    sink.write(json.dumps(row, default=sorted) + "\n")
    return time.perf_counter() - start


def timed_load(store, extractions: list[Extraction]) -> float:
    loader = Loader(store)
    start = time.perf_counter()
    for chunk in range(0, len(extractions), 25):
        loader.load(extractions[chunk : chunk + 25])
    return time.perf_counter() - start


def query_times(store) -> dict[str, float]:
    catalogue = Catalogue()
    times = {}
    for q in catalogue.queries.values():
        words = shlex.split(q.example)
        params = q.bind(
            parse_params([words[i + 1] for i, w in enumerate(words) if w in ("--param", "-p")])
        )
        start = time.perf_counter()
        store.read(q.text_for(store.kind), params)
        times[q.name] = time.perf_counter() - start
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = Path(__file__).resolve().parent.parent
    ap.add_argument("--docs", default=str(here.parent / "shared" / "eval" / "dev" / "docs"))
    ap.add_argument("--synthetic", type=int, default=1000)
    ap.add_argument("--stores", default="embedded,neo4j")
    args = ap.parse_args()

    corpora = {
        "articles": list(extract_paths([args.docs])),
        f"synthetic x{args.synthetic}": synthetic(args.synthetic),
    }
    print(
        f"{'corpus':<18} {'store':<9} {'docs':>5} {'baseline s':>10} {'load s':>8} "
        f"{'ratio':>7} {'reload s':>8} {'ratio':>7} {'queries s':>9}"
    )
    for label, extractions in corpora.items():
        base = baseline(extractions)
        for kind in args.stores.split(","):
            with tempfile.TemporaryDirectory() as tmp:
                store = open_store(StoreSettings.resolve(kind, Path(tmp)))
                try:
                    store.write([("MATCH (n) DETACH DELETE n", {})])
                    load = timed_load(store, extractions)
                    reload = timed_load(store, extractions)
                    queries = query_times(store)
                finally:
                    store.close()
            print(
                f"{label:<18} {kind:<9} {len(extractions):>5} {base:>10.3f} {load:>8.2f} "
                f"{load / base:>7.0f} {reload:>8.2f} {reload / base:>7.0f} "
                f"{sum(queries.values()):>9.3f}"
            )
            slowest = sorted(queries.items(), key=lambda kv: -kv[1])[:3]
            print("    slowest queries: " + ", ".join(f"{n} {t * 1000:.0f} ms" for n, t in slowest))


if __name__ == "__main__":
    main()
