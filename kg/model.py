"""The neutral model between every stage: ingest yields Documents, extractors yield Entities
and Relations, and every store and exporter consumes only these objects."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it sits in its document's text (``text[start:end]``)."""

    index: int
    start: int
    end: int
    text: str


@dataclass
class Document:
    """One ingested document: its text, metadata and sentences.

    `id` is a content hash, so the same text read from two places (or read twice) is one
    document; `name` is the file name, used as ``doc`` in extraction output.
    """

    id: str
    name: str
    text: str
    format: str
    path: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    date: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    # Records (a dataset row) set these: the dataset is the source that vouches for the row,
    # `record_key` its key in that dataset, `properties` the row's fields kept on the node.
    dataset: str | None = None
    record_key: str | None = None
    properties: dict[str, Any] = field(default_factory=dict)

    @property
    def is_record(self) -> bool:
        return self.dataset is not None

    def source_id(self) -> str:
        """Who vouches for what this document says: its dataset, else its outlet, else itself.

        Two pieces of evidence are independent when their source ids differ, so two articles
        from one outlet count once and a contract record counts apart from the news.
        """
        if self.dataset:
            return f"dataset:{self.dataset}"
        if self.outlet:
            return "outlet:" + " ".join(self.outlet.lower().split())
        return f"doc:{self.id}"

    def metadata(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "format": self.format,
            "path": self.path,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "date": self.date,
            "dataset": self.dataset,
            "record_key": self.record_key,
        }


def content_id(data: bytes) -> str:
    """Stable document id: the first 16 hex digits of the SHA-256 of the raw bytes."""
    return "sha256:" + hashlib.sha256(data).hexdigest()[:16]


@dataclass(frozen=True)
class Entity:
    """A typed entity; (`type`, `key`) identifies its node, `name` is the canonical name.

    `identifiers` are "scheme:value" strings a source vouches for ("uei:L997DB4PEJL8",
    "wikidata:Q2045770", "ftm:NK-…"): entity resolution merges on them and the node keeps them
    all. `properties` are scalar facts from a record (country, city) set on the node.
    """

    key: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()
    properties: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Evidence:
    """Where a relation is said: the document, the sentence and its character offsets."""

    doc_id: str
    doc_name: str
    sentence: str
    start: int
    end: int
    date: str | None = None

    @classmethod
    def of(cls, doc: Document, sentence: Sentence) -> Evidence:
        """The evidence of a sentence of `doc`."""
        return cls(doc.id, doc.name, sentence.text, sentence.start, sentence.end, doc.date)

    @property
    def key(self) -> str:
        return f"{self.doc_id}:{self.start}-{self.end}"

    @property
    def text(self) -> str:
        """The sentence with line breaks and runs of spaces folded, for display and storage;
        the offsets still point at the exact span in the document."""
        return " ".join(self.sentence.split())


@dataclass(frozen=True)
class Relation:
    """One extracted triple with its evidence.

    `status` is "asserted" for relations the text states, "denied" or "ended" for ones it
    negates, so disputed claims stay queryable without being counted as facts.
    """

    subject: Entity
    relation: str
    object: Entity
    evidence: Evidence
    confidence: float
    extractor: str
    status: str = "asserted"
    properties: tuple[tuple[str, Any], ...] = ()

    def to_record(self) -> dict[str, Any]:
        """The `kg extract --format jsonl` contract (scored by the shared scorer)."""
        return {
            "doc": self.evidence.doc_name,
            "doc_id": self.evidence.doc_id,
            "subject": self.subject.name,
            "subject_type": self.subject.type,
            "subject_key": self.subject.key,
            "relation": self.relation,
            "object": self.object.name,
            "object_type": self.object.type,
            "object_key": self.object.key,
            "evidence": self.evidence.text,
            "start": self.evidence.start,
            "end": self.evidence.end,
            "confidence": round(self.confidence, 3),
            "extractor": self.extractor,
            "status": self.status,
            **({"properties": dict(self.properties)} if self.properties else {}),
        }


@dataclass
class Extraction:
    """What an extractor found in one document."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
