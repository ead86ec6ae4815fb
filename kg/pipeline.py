"""`kg build`: ingest, extract and load in one pass, streaming documents in batches."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import read_documents
from kg.extract import get_extractor
from kg.load import Loader
from kg.model import Extraction
from kg.sources import IngestFailure
from kg.store.base import GraphStore


@dataclass
class BuildSummary:
    documents: int = 0
    entities: int = 0
    relations: int = 0
    asserted: int = 0
    errors: list[str] = field(default_factory=list)


def extract_paths(
    paths: Iterable[str | Path],
    extractor_name: str = "rules",
    forced_format: str | None = None,
    on_failure: Callable[[IngestFailure], None] | None = None,
) -> Iterable[Extraction]:
    """Documents from `paths`, each run through the extractor; failures go to `on_failure`."""
    extractor = get_extractor(extractor_name)
    for item in read_documents(paths, forced_format=forced_format):
        if isinstance(item, IngestFailure):
            if on_failure:
                on_failure(item)
            continue
        yield extractor.extract(item)


def build(
    store: GraphStore,
    paths: Iterable[str | Path],
    extractor_name: str = "rules",
    forced_format: str | None = None,
    batch_size: int = 25,
    progress: Callable[[str], None] | None = None,
) -> BuildSummary:
    """Ingest, extract and load; `progress` is called once per input handled."""
    summary = BuildSummary()
    loader = Loader(store)
    entity_keys: set[tuple[str, str]] = set()
    batch: list[Extraction] = []

    def failed(failure: IngestFailure) -> None:
        summary.errors.append(failure.message)
        if progress:
            progress(failure.path)

    def flush() -> None:
        if batch:
            loader.load(batch)
            batch.clear()

    for extraction in extract_paths(paths, extractor_name, forced_format, failed):
        summary.documents += 1
        summary.relations += len(extraction.relations)
        summary.asserted += sum(r.status == "asserted" for r in extraction.relations)
        for e in extraction.entities:
            entity_keys.add((e.type, e.key))
        for r in extraction.relations:
            entity_keys.update({(r.subject.type, r.subject.key), (r.object.type, r.object.key)})
        batch.append(extraction)
        if progress:
            progress(extraction.document.name)
        if len(batch) >= batch_size:
            flush()
    flush()
    summary.entities = len(entity_keys)
    return summary
