"""Training the relation classifier on annotated articles, and measuring it by
cross-validation over documents.

A candidate pair's label is the gold relation between the gold entities its two names
resolve to (through the scorer's own alias resolver, `kg.evaluation.load_gold`), so the
classifier learns exactly what the scorer counts. Fitting uses scikit-learn (the `train`
extra); the result is saved as plain arrays for `RelationClassifier`.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from kg.documents import list_inputs, read_documents
from kg.errors import ExtractionError
from kg.evaluation import SYMMETRIC, GoldDoc, doc_id, load_gold
from kg.extract.encoder.classifier import NO_RELATION, RelationClassifier
from kg.extract.encoder.extractor import additions
from kg.extract.encoder.model_files import EncoderSpec
from kg.extract.encoder.pairs import Candidate, FeatureLayout, PairReader
from kg.model import Document
from kg.ontology import Ontology
from kg.sources import IngestFailure


@dataclass
class LabelledPair:
    doc: str
    candidate: Candidate
    labels: frozenset[str]  # gold relations from subject to object


@dataclass
class TrainingSet:
    pairs: list[LabelledPair] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # ids of the annotated documents read
    gold_files: dict[str, str] = field(default_factory=dict)  # path as given -> SHA-256

    def matrix(self, rows: list[int] | None = None) -> np.ndarray:
        """The features of all pairs, or of the given rows."""
        picked = self.pairs if rows is None else [self.pairs[i] for i in rows]
        return np.stack([p.candidate.features for p in picked])


def _labels(gold: GoldDoc, cand: Candidate) -> frozenset[str]:
    a, b = gold.alias(cand.subject.name), gold.alias(cand.object.name)
    if a is None or b is None:
        return frozenset()
    return frozenset(r for r in cand.allowed if (a, r, b) in gold.triples
                     or (r in SYMMETRIC and (b, r, a) in gold.triples))


def training_set(gold_paths: Iterable[Path], doc_paths: Iterable[str | Path],
                 reader: PairReader,
                 progress: Callable[[int, int], None] | None = None) -> TrainingSet:
    """Labelled candidate pairs of every document that a gold file annotates."""
    gold: dict[str, GoldDoc] = {}
    out = TrainingSet()
    for path in gold_paths:
        docs = load_gold(path)
        clash = sorted(set(docs) & set(gold))
        if clash:
            raise ExtractionError(f"{path}: documents already annotated in another gold file: "
                                  f"{', '.join(clash[:5])}")
        gold.update(docs)
        out.gold_files[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    # only the annotated files are read: a folder of articles often holds its gold file too
    inputs = [p for p in list_inputs(doc_paths) if doc_id(p) in gold]
    for document in read_documents(inputs):
        if isinstance(document, IngestFailure):
            where = f"{document.path}:{document.line}" if document.line else document.path
            raise ExtractionError(f"{where}: {document.message}")
        if not isinstance(document, Document):
            continue  # a dataset's rows are records, not articles
        g = gold.get(doc_id(document.name))
        if g is None:
            continue
        out.documents.append(doc_id(document.name))
        _, pairs = reader.read(document)
        out.pairs += [LabelledPair(doc_id(document.name), c, _labels(g, c)) for c in pairs]
        if progress:
            progress(len(out.documents), len(inputs))
    if not out.pairs:
        raise ExtractionError("no annotated document among the inputs gave a candidate pair")
    return out


def fit(data: TrainingSet, layout: FeatureLayout, c: float, threshold: float,
        card: dict[str, Any], rows: list[int] | None = None) -> RelationClassifier:
    """A logistic regression over standardised features (all rows, or the given ones)."""
    try:
        from sklearn.linear_model import LogisticRegression
        from sklearn.preprocessing import StandardScaler
    except ImportError:
        raise ExtractionError("training needs scikit-learn: pip install "
                              "'surveillance-kg[train]'") from None
    picked = [data.pairs[i] for i in rows] if rows is not None else data.pairs
    x = data.matrix(rows)
    names = (NO_RELATION, *sorted({r for p in picked for r in p.labels}))
    # a pair the gold joins by two relations teaches the first; the other is rare (<1%)
    y = np.array([names.index(min(p.labels)) if p.labels else 0 for p in picked])
    if len(set(y)) < 2:
        raise ExtractionError("the training pairs hold no gold relation to learn from")
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=c, max_iter=3000).fit(scaler.transform(x), y)
    classes = tuple(names[i] for i in model.classes_)
    coef, intercept = model.coef_, model.intercept_
    if len(classes) == 2:  # scikit-learn keeps one row for two classes: P(second) = sigmoid
        coef = np.vstack([np.zeros_like(coef[0]), coef[0]])
        intercept = np.array([0.0, intercept[0]])
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    return RelationClassifier(layout, classes, scaler.mean_.astype(np.float32),
                              scale.astype(np.float32), coef.astype(np.float32),
                              intercept.astype(np.float32), threshold, card)


@dataclass(frozen=True)
class FoldCounts:
    """What the classifier adds on documents it was not trained on, at one threshold."""

    threshold: float
    right: int  # added relations the gold holds
    wrong: int


@dataclass(frozen=True)
class CrossValidation:
    """Every relation the classifier added to a document it was not trained on (at or above
    the lowest threshold tried): its probability, and whether the gold holds it."""

    scored: tuple[tuple[float, bool], ...]

    def counts(self, threshold: float) -> FoldCounts:
        kept = [right for p, right in self.scored if p >= threshold]
        return FoldCounts(threshold, sum(kept), len(kept) - sum(kept))

    def calibration(self) -> dict[str, list[float]]:
        """How often an added relation is right as its probability rises: an isotonic
        (non-decreasing) fit to the cross-validated additions, as knots to interpolate."""
        from sklearn.isotonic import IsotonicRegression

        if len({right for _, right in self.scored}) < 2:
            return {}
        x = np.array([p for p, _ in self.scored])
        fitted = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(
            x, np.array([float(right) for _, right in self.scored]))
        return {"probability": [round(float(v), 4) for v in fitted.X_thresholds_],
                "precision": [round(float(v), 4) for v in fitted.y_thresholds_]}


def cross_validate(data: TrainingSet, layout: FeatureLayout, c: float, folds: int,
                   floor: float, ontology: Ontology) -> CrossValidation:
    """Each document predicted by a model that never saw it (folds are whole documents,
    dealt round-robin in sorted order); additions at or above `floor` are kept."""
    docs = sorted({p.doc for p in data.pairs})
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    scored: list[tuple[float, bool]] = []
    for k in range(folds):
        train = [i for i, p in enumerate(data.pairs) if fold_of[p.doc] != k]
        held = [i for i, p in enumerate(data.pairs) if fold_of[p.doc] == k]
        if not held:
            continue
        test = [data.pairs[i] for i in held]
        model = fit(data, layout, c, floor, {}, train)
        probs = model.probabilities(data.matrix(held))
        by_doc: dict[str, list[int]] = {}
        for i, p in enumerate(test):
            by_doc.setdefault(p.doc, []).append(i)
        for rows in by_doc.values():
            pairs = [test[i] for i in rows]
            # the additions above a higher threshold are a subset of these (each keeps its
            # pair's highest probability), so one pass serves every threshold
            scored += [(a.probability, _holds(pairs, a.subject.key, a.relation, a.object.key))
                       for a in additions([p.candidate for p in pairs], probs[rows],
                                          model.classes, floor, ontology)]
    return CrossValidation(tuple(sorted(scored)))


def _holds(pairs: list[LabelledPair], subject: str, relation: str, obj: str) -> bool:
    return any(relation in p.labels and (
        (p.candidate.subject.key, p.candidate.object.key) == (subject, obj)
        or (relation in SYMMETRIC and (p.candidate.object.key, p.candidate.subject.key)
            == (subject, obj))) for p in pairs)


def training_card(data: TrainingSet, spec: EncoderSpec, c: float,
                  folds: list[FoldCounts], calibration: dict[str, list[float]]
                  ) -> dict[str, Any]:
    """What a reviewer needs to judge the classifier: its data, settings and measured worth."""
    positives = Counter(r for p in data.pairs for r in p.labels)
    return {
        "about": "Relation classifier of the rules+encoder extractor (kg.extract.encoder); "
                 "retrain with `kg encoder train`.",
        "trained": date.today().isoformat(),
        "encoder": spec.name,
        "encoder_sha256": spec.sha256["model"],
        "model": "multinomial logistic regression over standardised features",
        "c": c,
        "gold_files": data.gold_files,
        "documents": len(data.documents),
        "document_ids": sorted(data.documents),
        "pairs": len(data.pairs),
        "gold_pairs_by_relation": dict(sorted(positives.items())),
        "cross_validation": [
            {"threshold": f.threshold, "added_right": f.right, "added_wrong": f.wrong}
            for f in folds],
        # confidence of an added relation: the cross-validated precision at its probability
        "calibration": calibration,
    }
