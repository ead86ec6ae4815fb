"""Candidate entity pairs of a sentence and their feature vectors.

A candidate is two entities (mention clusters) the rules found in one sentence, in an order
whose types some ontology relation allows. Its features are the encoder's pooled vectors of
each entity's mentions, of the words between them and of the whole sentence, then the two
types, their order and distance, whether either was reached through a pronoun, and which
relations the rules already gave the pair. Training and extraction both call `candidates`,
so the classifier always sees features built one way.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from kg.extract.encoder.model_files import EncoderSpec, encoder_files
from kg.extract.encoder.sentence_encoder import EncodedSentence, SentenceEncoder
from kg.extract.mentions import Mention
from kg.extract.rules import Reading, RuleExtractor
from kg.model import Document, Entity, Extraction, Sentence
from kg.ontology import Ontology

EntityId = tuple[str, str]  # (type, key): an entity's node


@dataclass(frozen=True)
class FeatureLayout:
    """What the hand-made features after the four pooled vectors stand for; saved with the
    classifier so that weights never meet features laid out another way."""

    width: int  # the encoder's vector size
    types: tuple[str, ...]
    relations: tuple[str, ...]

    @classmethod
    def of(cls, ontology: Ontology, width: int) -> FeatureLayout:
        return cls(width, tuple(ontology.entity_types), tuple(sorted(ontology.relation_types)))

    @property
    def size(self) -> int:
        return 4 * self.width + 2 * len(self.types) + 5 + len(self.relations)


@dataclass(frozen=True)
class Candidate:
    sentence: Sentence
    subject: Entity
    object: Entity
    allowed: tuple[str, ...]  # relations the ontology allows from subject to object
    found: frozenset[str]  # relations the rules gave the pair, whatever their status
    features: np.ndarray


@dataclass(frozen=True)
class _Side:
    vector: np.ndarray
    start: int
    end: int
    pronoun: bool


def _rule_relations(extraction: Extraction, ontology: Ontology
                    ) -> dict[tuple[EntityId, EntityId], set[str]]:
    found: dict[tuple[EntityId, EntityId], set[str]] = defaultdict(set)
    for r in extraction.relations:
        a, b = (r.subject.type, r.subject.key), (r.object.type, r.object.key)
        found[(a, b)].add(r.relation)
        if ontology.relation_type(r.relation).symmetric:
            found[(b, a)].add(r.relation)
    return found


def _sides(encoded: EncodedSentence, sentence: Sentence,
           mentions: list[Mention]) -> dict[int, _Side]:
    by_cluster: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_cluster[m.cluster].append(m)
    sides: dict[int, _Side] = {}
    for cluster, ms in by_cluster.items():
        spans = [(m.start - sentence.start, m.end - sentence.start) for m in ms]
        vector = encoded.pool(spans)
        if vector is not None:
            sides[cluster] = _Side(vector, min(s for s, _ in spans), max(e for _, e in spans),
                                   any(m.source == "pronoun" for m in ms))
    return sides


def _allowed(ontology: Ontology, layout: FeatureLayout, a: Entity, b: Entity) -> tuple[str, ...]:
    return tuple(r for r in layout.relations if ontology.allows(a.type, r, b.type))


def candidates(document: Document, reading: Reading, extraction: Extraction,
               encoder: SentenceEncoder, layout: FeatureLayout,
               ontology: Ontology) -> Iterator[Candidate]:
    """Every ordered pair of entities a sentence mentions that some relation could join."""
    found = _rule_relations(extraction, ontology)
    entities = reading.entities
    todo: list[tuple[Sentence, list[Mention], list[tuple[int, int, tuple[str, ...]]]]] = []
    for sentence in document.sentences:
        mentions = [m for m in reading.by_sentence.get(sentence.index, [])
                    if m.cluster in entities]
        clusters = {m.cluster for m in mentions}
        pairs = [(a, b, allowed) for a in sorted(clusters) for b in sorted(clusters) if a != b
                 and (allowed := _allowed(ontology, layout, entities[a], entities[b]))]
        if pairs:
            todo.append((sentence, mentions, pairs))
    encoded_all = encoder.encode_many([sentence.text for sentence, _, _ in todo])
    for (sentence, mentions, pairs), encoded in zip(todo, encoded_all, strict=True):
        sides = _sides(encoded, sentence, mentions)
        whole = encoded.mean()
        for a, b, allowed in pairs:
            if a not in sides or b not in sides:
                continue
            ea, eb = entities[a], entities[b]
            rules = frozenset(found.get(((ea.type, ea.key), (eb.type, eb.key)), ()))
            yield Candidate(sentence, ea, eb, allowed, rules,
                            _features(layout, encoded, sides[a], sides[b], whole, ea, eb, rules))


def _features(layout: FeatureLayout, encoded: EncodedSentence, a: _Side, b: _Side,
              whole: np.ndarray, ea: Entity, eb: Entity, rules: frozenset[str]) -> np.ndarray:
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    between = encoded.pool([(lo, hi)]) if hi > lo else None
    if between is None:
        between = np.zeros(layout.width, dtype=np.float32)
    extra = [float(ea.type == t) for t in layout.types]
    extra += [float(eb.type == t) for t in layout.types]
    extra += [float(a.start < b.start), math.log1p(abs(b.start - a.start)) / 5,
              float(a.pronoun), float(b.pronoun), float(bool(rules))]
    extra += [float(r in rules) for r in layout.relations]
    return np.concatenate([a.vector, b.vector, between, whole,
                           np.asarray(extra, dtype=np.float32)]).astype(np.float32)


class PairReader:
    """The rules and the encoder together: a document's rule extraction and its candidate
    pairs, the one input of both training and extraction."""

    def __init__(self, rules: RuleExtractor | None = None,
                 encoder: SentenceEncoder | None = None) -> None:
        self.rules = rules or RuleExtractor()
        self.spec = EncoderSpec.load()
        self.encoder = encoder or SentenceEncoder(encoder_files(self.spec))
        self.layout = FeatureLayout.of(self.rules.ontology, self.encoder.width)

    def read(self, document: Document) -> tuple[Extraction, list[Candidate]]:
        reading, extraction = self.rules.read_and_extract(document)
        return extraction, list(candidates(document, reading, extraction, self.encoder,
                                           self.layout, self.rules.ontology))
