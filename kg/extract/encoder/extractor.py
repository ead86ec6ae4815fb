"""The "rules+encoder" extractor: the rules' extraction, plus the relations the classifier
gives between entities the rules found in one sentence but did not relate.

It only adds: every relation the rules give stays as they give it, and a pair the rules
related in any way (asserted, denied, ended) gets no second opinion on that relation, so a
denial is never overruled. An added relation is asserted, carries the sentence as evidence,
`extractor` "encoder", the classifier's probability as a property and, as its confidence, how
often additions of that probability were right in cross-validation.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from kg.extract.encoder import NAME
from kg.extract.encoder.classifier import RelationClassifier
from kg.extract.encoder.pairs import Candidate, PairReader
from kg.extract.inference import sentence_properties
from kg.extract.rules import document_order
from kg.model import Document, Entity, Evidence, Extraction, Relation
from kg.ontology import Ontology
from kg.settings import encoder_classifier_dir

ADDED_BY = "encoder"


class EncoderExtractor:
    """The rules, then the relation classifier over the pairs they left unrelated."""

    name = NAME

    def __init__(self, classifier: RelationClassifier | None = None,
                 reader: PairReader | None = None, threshold: float | None = None) -> None:
        self.reader = reader or PairReader()
        self.classifier = classifier or RelationClassifier.load(encoder_classifier_dir())
        self.threshold = self.classifier.threshold if threshold is None else threshold
        self.classifier.check_encoder(self.reader.spec)
        self.classifier.check_layout(self.reader.layout)

    def extract(self, document: Document) -> Extraction:
        extraction, pairs = self.reader.read(document)
        if not pairs:
            return extraction
        probs = self.classifier.probabilities(np.stack([c.features for c in pairs]))
        added = additions(pairs, probs, self.classifier.classes, self.threshold,
                          self.reader.rules.ontology)
        if not added:
            return extraction
        relations = sorted([*extraction.relations, *(self._relation(document, a) for a in added)],
                           key=document_order)
        used = {(e.type, e.key) for r in relations for e in (r.subject, r.object)}
        entities = sorted(extraction.entities,
                          key=lambda e: ((e.type, e.key) not in used, e.type, e.key))
        return replace(extraction, entities=entities, relations=relations)

    def _relation(self, document: Document, a: Addition) -> Relation:
        sentence = a.candidate.sentence
        properties = {"probability": round(a.probability, 3),
                      **sentence_properties(sentence.text, a.relation)}
        return Relation(a.subject, a.relation, a.object, Evidence.of(document, sentence),
                        round(self.classifier.confidence(a.probability), 3), ADDED_BY,
                        "asserted", tuple(properties.items()))


@dataclass(frozen=True)
class Addition:
    """A relation the classifier adds: the candidate it was read from (the most probable
    sentence, where several say it) and the direction it is stored in."""

    subject: Entity
    relation: str
    object: Entity
    probability: float
    candidate: Candidate


def additions(pairs: list[Candidate], probs: np.ndarray, classes: tuple[str, ...],
              threshold: float, ontology: Ontology) -> list[Addition]:
    """One addition per relation at or above `threshold` that the rules did not give the
    pair; a symmetric relation is stored in one direction (the smaller entity first)."""
    column = {c: i for i, c in enumerate(classes)}
    best: dict[tuple[str, str, str, str, str], Addition] = {}
    for cand, row in zip(pairs, probs, strict=True):
        for rel in cand.allowed:
            if rel in cand.found or rel not in column:
                continue
            p = float(row[column[rel]])
            if p < threshold:
                continue
            subject, obj = cand.subject, cand.object
            if ontology.relation_type(rel).symmetric and (
                    (obj.type, obj.key) < (subject.type, subject.key)):
                subject, obj = obj, subject
            key = (subject.type, subject.key, rel, obj.type, obj.key)
            if key not in best or best[key].probability < p:
                best[key] = Addition(subject, rel, obj, p, cand)
    return list(best.values())

