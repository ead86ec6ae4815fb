"""The relation classifier: a multinomial logistic regression over candidate pairs, kept as
plain arrays (weights in an .npz, what it is in a JSON card) and applied with numpy, so that
extraction needs neither scikit-learn nor pickle (an .npz of arrays runs no code on load).
"""

from __future__ import annotations

import importlib.resources
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from kg.errors import ExtractionError
from kg.extract.encoder.model_files import EncoderSpec
from kg.extract.encoder.pairs import FeatureLayout

NO_RELATION = ""
WEIGHTS = "relation_classifier.npz"
CARD = "relation_classifier.json"


@dataclass(frozen=True)
class RelationClassifier:
    """P(relation | pair) for each class in `classes` ("" is "no relation").

    `threshold` is the probability above which the extractor adds a relation; the card says
    how it was chosen and what the classifier was trained on.
    """

    layout: FeatureLayout
    classes: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # classes x features
    intercept: np.ndarray
    threshold: float
    card: dict[str, Any] = field(default_factory=dict)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Rows of class probabilities for rows of features."""
        if features.ndim != 2 or features.shape[1] != self.layout.size:
            raise ExtractionError(f"the classifier takes {self.layout.size} features per pair, "
                                  f"not {features.shape[-1]}")
        z = ((features - self.mean) / self.scale) @ self.coef.T + self.intercept
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def confidence(self, probability: float) -> float:
        """How often an added relation of this probability was right in cross-validation
        (the card's isotonic calibration); the probability itself when there is none."""
        knots = self.card.get("calibration") or {}
        if not knots:
            return probability
        return float(np.interp(probability, knots["probability"], knots["precision"]))

    def save(self, folder: Path) -> None:
        """Write the weights and the card (the card is what a reviewer reads)."""
        folder.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            folder / WEIGHTS, mean=self.mean, scale=self.scale, coef=self.coef,
            intercept=self.intercept, classes=np.array(self.classes),
            types=np.array(self.layout.types), relations=np.array(self.layout.relations),
            width=np.array(self.layout.width))
        card = {**self.card, "threshold": self.threshold}
        (folder / CARD).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n",
                                   encoding="utf-8")

    @classmethod
    def load(cls, folder: Path | None = None) -> RelationClassifier:
        """The classifier in `folder`, or the one shipped with kg."""
        root: Any = folder if folder is not None else importlib.resources.files(
            "kg.extract.encoder").joinpath("data")
        try:
            card = json.loads(root.joinpath(CARD).read_text(encoding="utf-8"))
            with root.joinpath(WEIGHTS).open("rb") as handle:
                data = np.load(handle, allow_pickle=False)
                arrays = {k: data[k] for k in data.files}
        except (OSError, ValueError, KeyError) as exc:
            raise ExtractionError(f"cannot read the relation classifier in {root}: {exc}") from None
        layout = FeatureLayout(int(arrays["width"]), tuple(str(t) for t in arrays["types"]),
                               tuple(str(r) for r in arrays["relations"]))
        return cls(layout, tuple(str(c) for c in arrays["classes"]), arrays["mean"],
                   arrays["scale"], arrays["coef"], arrays["intercept"],
                   float(card["threshold"]), card)

    def check_layout(self, layout: FeatureLayout) -> None:
        """Refuse features laid out for another ontology or encoder (retrain instead)."""
        if layout != self.layout:
            raise ExtractionError(
                "the relation classifier was trained for another ontology or encoder "
                f"({len(self.layout.types)} types, {len(self.layout.relations)} relations, "
                f"width {self.layout.width}; now {len(layout.types)}, {len(layout.relations)}, "
                f"{layout.width}); retrain it with `kg encoder train`")

    def check_encoder(self, spec: EncoderSpec) -> None:
        """Refuse an encoder other than the one the weights were trained on."""
        trained = self.card.get("encoder_sha256")
        if trained != spec.sha256["model"]:
            raise ExtractionError(
                f"the relation classifier was trained on the encoder with SHA-256 {trained}, "
                f"not {spec.sha256['model']} ({spec.name}); retrain it with `kg encoder train`")
