"""`kg build`: ingest, extract, resolve and load in one pass, streaming inputs in batches.

Documents go through the extractor; dataset records arrive as Extractions already. Before a
batch is written, entity resolution maps every entity to its cluster's key (see kg.resolve),
so a contract record, a registry entry and an article that name one company in three ways
write one node, and recorded merge/split decisions are re-applied on every build.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import read_documents
from kg.extract import get_extractor
from kg.load import Loader
from kg.model import Extraction
from kg.sources import IngestFailure, RecordSource, Source
from kg.store.base import GraphStore

# Records are small: many go in one write transaction (documents keep `batch_size`).
RECORD_BATCH = 500
# An article takes well under a second; one still running after this long is worth naming.
SLOW_DOCUMENT_SECONDS = 60.0

_LOG = logging.getLogger(__name__)


@contextmanager
def slow_warning(name: str, seconds: float = SLOW_DOCUMENT_SECONDS) -> Iterator[None]:
    """Warn (once) when the work inside takes longer than `seconds`, naming the document.

    A document that takes minutes is a bug (a pattern that backtracks, a scan that does not
    move on) and the run may never end, so the name must be said while it is still running.
    """
    timer = threading.Timer(seconds, _LOG.warning, (
        "still extracting %s after %.0f s; if it never ends, please report this file",
        name, seconds))
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


@dataclass
class BuildSummary:
    documents: int = 0
    entities: int = 0
    relations: int = 0
    asserted: int = 0
    records: int = 0
    errors: list[str] = field(default_factory=list)


def extract_paths(
    paths: Iterable[str | Path],
    extractor_name: str = "rules",
    forced_format: str | None = None,
    on_failure: Callable[[IngestFailure], None] | None = None,
    source: Source | RecordSource | None = None,
    slow_after: float = SLOW_DOCUMENT_SECONDS,
) -> Iterable[Extraction]:
    """Extractions from `paths`: documents through the extractor, records as they come; a
    document still being extracted after `slow_after` seconds is named in a warning."""
    extractor = None
    for item in read_documents(paths, forced_format=forced_format, source=source):
        if isinstance(item, IngestFailure):
            if on_failure:
                on_failure(item)
            continue
        if isinstance(item, Extraction):
            yield item
            continue
        extractor = extractor or get_extractor(extractor_name)
        with slow_warning(item.path or item.name, slow_after):
            extraction = extractor.extract(item)
        yield extraction


def build(
    store: GraphStore,
    paths: Iterable[str | Path],
    extractor_name: str = "rules",
    forced_format: str | None = None,
    batch_size: int = 25,
    progress: Callable[[str], None] | None = None,
    *,
    mapping: str | Path | None = None,
    resolve: bool = True,
    decisions: str | Path | None = None,
    record_batch: int = RECORD_BATCH,
) -> BuildSummary:
    """Ingest, extract, resolve and load; `progress` is called once per input handled.

    `mapping` names a YAML mapping file (kg.mapping) used as the source of every input; it is
    validated against the ontology before any row is read. `resolve=False` loads keys as
    extracted. `decisions` overrides the decisions file (default KG_DECISIONS or the data
    folder's resolution/decisions.jsonl).
    """
    source = None
    if mapping is not None:
        from kg.mapping import load_mapping

        source = load_mapping(Path(mapping))
    resolver = None
    if resolve:
        from kg.resolve import Resolver

        resolver = Resolver.default(decisions)
    summary = BuildSummary()
    loader = Loader(store)
    entity_keys: set[tuple[str, str]] = set()
    batch: list[Extraction] = []
    weight = 0.0
    record_file: str | None = None

    def failed(failure: IngestFailure) -> None:
        summary.errors.append(failure.message)
        if progress:
            progress(failure.path)

    def flush() -> None:
        nonlocal weight
        if batch:
            loader.load(batch)
            batch.clear()
            weight = 0.0

    for extraction in extract_paths(paths, extractor_name, forced_format, failed, source):
        if resolver is not None:
            extraction = resolver.resolve_extraction(extraction)
        doc = extraction.document
        if doc.is_record:
            summary.records += 1
            weight += batch_size / record_batch
            # Progress counts inputs: a dataset file advances it once, on its first record.
            if progress and doc.path != record_file:
                record_file = doc.path
                progress(doc.path or doc.name)
        else:
            summary.documents += 1
            weight += 1
            if progress:
                progress(doc.name)
        summary.relations += len(extraction.relations)
        summary.asserted += sum(r.status == "asserted" for r in extraction.relations)
        for e in extraction.entities:
            entity_keys.add((e.type, e.key))
        for r in extraction.relations:
            entity_keys.update({(r.subject.type, r.subject.key), (r.object.type, r.object.key)})
        batch.append(extraction)
        if weight >= batch_size:
            flush()
    flush()
    summary.entities = len(entity_keys)
    return summary
