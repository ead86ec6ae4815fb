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
        }


def content_id(data: bytes) -> str:
    """Stable document id: the first 16 hex digits of the SHA-256 of the raw bytes."""
    return "sha256:" + hashlib.sha256(data).hexdigest()[:16]


@dataclass(frozen=True)
class Entity:
    """A typed entity; (`type`, `key`) identifies its node, `name` is the canonical name."""

    key: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """Where a relation is said: the document, the sentence and its character offsets."""

    doc_id: str
    doc_name: str
    sentence: str
    start: int
    end: int
    date: str | None = None

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
