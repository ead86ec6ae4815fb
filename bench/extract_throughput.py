"""Extraction throughput on one core, as a multiple of plain tokenisation over the same text.

Absolute words/second depend on the machine; the ratio to a regex word tokeniser run in the
same process on the same text does much less, so it is the figure to compare across runs.
The corpus is the dev articles plus the held-out fixtures, repeated until it holds at least
200,000 words. Peak memory is measured with tracemalloc during extraction.

Run: .venv/bin/python bench/extract_throughput.py [--words N] [--extractor rules+encoder]
(tracemalloc sees Python allocations only, not the ONNX runtime's native buffers.)
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import tracemalloc
from pathlib import Path

from kg.documents import read_documents
from kg.extract.base import get_extractor
from kg.model import Document, content_id

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT.parent / "shared" / "eval" / "dev" / "docs",
           ROOT / "tests" / "fixtures" / "heldout" / "docs"]
WORD = re.compile(r"\w+(?:['’-]\w+)*")


def corpus(min_words: int) -> list[Document]:
    """The articles, repeated (as distinct documents) until there are `min_words` words."""
    base = [d for d in read_documents([p for p in SOURCES if p.exists()])
            if isinstance(d, Document)]
    if not base:
        sys.exit("no documents found under " + ", ".join(map(str, SOURCES)))
    out: list[Document] = []
    words = 0
    copy = 0
    while words < min_words:
        for d in base:
            name = f"{copy}-{d.name}"
            out.append(Document(id=content_id(f"{copy}:{d.id}".encode()), name=name,
                                text=d.text, format=d.format, date=d.date,
                                sentences=d.sentences))
            words += len(WORD.findall(d.text))
        copy += 1
    return out


def timed(fn, docs: list[Document]) -> tuple[float, int]:
    start = time.perf_counter()
    n = fn(docs)
    return time.perf_counter() - start, n


def tokenise(docs: list[Document]) -> int:
    return sum(len(WORD.findall(d.text)) for d in docs)


def split(docs: list[Document]) -> int:
    return sum(len(d.text.split()) for d in docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--extractor", default="rules",
                        help="rules (default) or rules+encoder (after `kg encoder fetch`)")
    args = parser.parse_args()
    docs = corpus(args.words)
    words = tokenise(docs)
    extractor = get_extractor(args.extractor)
    extractor.extract(docs[0])  # load tables, the knowledge trie, the model outside the timing
    name = f"{args.extractor} extraction"

    def extract(ds: list[Document]) -> int:
        return sum(len(extractor.extract(d).relations) for d in ds)

    t_tok, _ = timed(tokenise, docs)
    t_split, _ = timed(split, docs)
    tracemalloc.start()
    t_ext, relations = timed(extract, docs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    t_ext_plain, _ = timed(extract, docs[: max(1, len(docs) // 4)])  # without tracemalloc
    plain_rate = tokenise(docs[: max(1, len(docs) // 4)]) / t_ext_plain
    rows = [
        ("regex tokeniser", words / t_tok, 1.0),
        ("str.split", words / t_split, (words / t_split) / (words / t_tok)),
        (name, plain_rate, plain_rate / (words / t_tok)),
        (f"{name} (traced)", words / t_ext, (words / t_ext) / (words / t_tok)),
    ]
    print(f"corpus: {len(docs)} documents, {words:,} words; {relations:,} relations extracted")
    print(f"{'step':28s} {'words/s':>14s} {'vs tokeniser':>14s}")
    for name, rate, ratio in rows:
        print(f"{name:28s} {rate:14,.0f} {ratio:14.5f}")
    print(f"extraction is {(words / t_tok) / plain_rate:,.0f}x slower than tokenisation")
    print(f"peak traced memory during extraction: {peak / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
