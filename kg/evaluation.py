"""Scoring extraction output against gold annotations (the `kg eval` library function).

The numbers must be the ones the shared reference scorer prints for the same files, or a
regression could pass CI here and fail there; so the matching rules below follow the
annotation guide's "Scoring" section to the letter:

- names match a gold entity's name or alias, the exact (case- and space-folded) form first,
  then a folded form without punctuation and legal suffixes — exact first so that
  "Intellexa Limited" and "Intellexa S.A." (both "intellexa" once folded) stay apart;
- a SUFFERED triple is matched on its subject alone (the incident name is a description);
- PARTNERS_WITH scores in either direction;
- records whose `status` is present and not "asserted" are ignored;
- a triple predicted twice counts once; precision, recall and F1 are micro-averaged;
- entity typing is the share of gold entities taking part in a gold triple that appear in a
  predicted triple with the gold type.

On top of the totals the report lists what was missed (with the gold evidence) and what was
wrong (with the predicted sentence), and buckets predictions by confidence, because a
confidence is only useful if higher values are right more often.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import KgError

SUFFIXES = frozenset({"inc", "llc", "ltd", "corp", "corporation", "co", "plc", "gmbh", "sa", "ag",
                      "limited", "incorporated", "the", "bv", "nv", "srl", "pty"})
SYMMETRIC = frozenset({"PARTNERS_WITH"})
SUBJECT_ONLY = frozenset({"SUFFERED"})
# Upper edges of the confidence buckets; the last bucket is closed at 1.0.
BUCKET_EDGES = (0.6, 0.7, 0.8, 0.9, 1.0)

Triple = tuple[str, str, str]


class EvaluationError(KgError):
    """A gold or prediction file cannot be read."""


def fold(name: str | None) -> str:
    """The scorer's loose form: ASCII, lower case, no punctuation, no legal suffixes."""
    s = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    s = s.replace("&", " and ").replace("'s ", " ").replace("’s ", " ")
    toks = re.sub(r"[^a-z0-9]+", " ", s).split()
    while toks and toks[0] in SUFFIXES:
        toks.pop(0)
    while toks and toks[-1] in SUFFIXES:
        toks.pop()
    return " ".join(toks)


def _exact(name: str | None) -> str:
    return " ".join((name or "").lower().split())


def doc_id(name: Any) -> str:
    """Documents are matched by base name without extension."""
    return Path(str(name)).stem


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON Lines file; a bad line raises with file and line number."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read: {exc.strerror}") from None
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvaluationError(f"{path}:{n}: not JSON: {exc.msg}") from None


@dataclass
class GoldDoc:
    """One article's gold: an alias resolver, entity types and triples with their evidence."""

    alias: Callable[[str], str | None]
    types: dict[str, str | None]
    triples: dict[Triple, str]


def _gold_doc(g: dict[str, Any]) -> GoldDoc:
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    types: dict[str, str | None] = {}
    for e in g.get("entities", []):
        for a in [e["name"], *e.get("aliases", [])]:
            exact.setdefault(_exact(a), e["name"])
            folded.setdefault(fold(a), e["name"])
        types[e["name"]] = e.get("type")

    def alias(name: str) -> str | None:
        return exact.get(_exact(name)) or folded.get(fold(name))

    triples: dict[Triple, str] = {}
    for t in g["triples"]:
        s = alias(t["subject"]) or t["subject"]
        o = alias(t["object"]) or t["object"]
        rel = t["relation"]
        triples.setdefault((s, rel, "*" if rel in SUBJECT_ONLY else o), t.get("evidence", ""))
    return GoldDoc(alias, types, triples)


def load_gold(path: Path) -> dict[str, GoldDoc]:
    """Gold articles by document id."""
    try:
        return {doc_id(g["doc"]): _gold_doc(g) for g in read_jsonl(path)}
    except (KeyError, TypeError) as exc:
        raise EvaluationError(f"{path}: not a gold file (missing {exc})") from None


@dataclass
class RelationScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


@dataclass
class Error:
    """A miss (gold triple not predicted) or a false positive (predicted, not in gold)."""

    doc: str
    subject: str
    relation: str
    object: str
    evidence: str
    confidence: float | None = None


@dataclass
class Bucket:
    """Predicted triples whose confidence falls in [low, high), and how many were right."""

    low: float
    high: float
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None


@dataclass
class EvalReport:
    docs: int
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    typing: float
    by_relation: dict[str, RelationScore] = field(default_factory=dict)
    misses: list[Error] = field(default_factory=list)
    false_positives: list[Error] = field(default_factory=list)
    calibration: list[Bucket] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """The reference scorer's `--json` line (same keys, same rounding)."""
        return {"docs": self.docs, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3), "entity_typing": round(self.typing, 3)}

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.summary(),
            "by_relation": {r: {"tp": s.tp, "fp": s.fp, "fn": s.fn,
                                "precision": round(s.precision, 3),
                                "recall": round(s.recall, 3)}
                            for r, s in sorted(self.by_relation.items())},
            "misses": [asdict(e) for e in self.misses],
            "false_positives": [asdict(e) for e in self.false_positives],
            "calibration": [{"low": b.low, "high": b.high, "predicted": b.predicted,
                             "correct": b.correct,
                             "precision": None if b.precision is None else round(b.precision, 3)}
                            for b in self.calibration],
        }


@dataclass
class _Predicted:
    evidence: str = ""
    confidence: float | None = None


def _collect(gold: dict[str, GoldDoc], records: Iterable[dict[str, Any]]
             ) -> tuple[dict[str, dict[Triple, _Predicted]], dict[str, dict[str, set[str]]]]:
    pred: dict[str, dict[Triple, _Predicted]] = defaultdict(dict)
    typed: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for p in records:
        if p.get("status", "asserted") != "asserted":
            continue
        d = doc_id(p.get("doc", ""))
        if d not in gold:
            continue
        alias = gold[d].alias
        s = alias(p.get("subject", "")) or "?" + fold(p.get("subject", ""))
        o = alias(p.get("object", "")) or "?" + fold(p.get("object", ""))
        rel = p.get("relation", "")
        key = (s, rel, "*" if rel in SUBJECT_ONLY else o)
        seen = pred[d].setdefault(key, _Predicted(str(p.get("evidence", ""))))
        conf = p.get("confidence")
        if isinstance(conf, int | float) and (seen.confidence is None or conf > seen.confidence):
            seen.confidence = float(conf)
        for name, ty in ((s, p.get("subject_type")), (o, p.get("object_type"))):
            if ty and not name.startswith("?") and name != "*":
                typed[d].setdefault(name, set()).add(ty)
    return pred, typed


def _has(t: Triple, pool: Iterable[Triple] | dict[Triple, Any]) -> bool:
    s, r, o = t
    return t in pool or (r in SYMMETRIC and (o, r, s) in pool)


def _bucket(buckets: list[Bucket], conf: float) -> Bucket:
    for b in buckets:
        if conf < b.high:
            return b
    return buckets[-1]


def evaluate(gold_path: Path, records: Iterable[dict[str, Any]]) -> EvalReport:
    """Score prediction records (the `kg extract --format jsonl` contract) against gold."""
    gold = load_gold(Path(gold_path))
    pred, typed = _collect(gold, records)
    by_rel: dict[str, RelationScore] = defaultdict(RelationScore)
    misses: list[Error] = []
    wrong: list[Error] = []
    lows = (0.0, *BUCKET_EDGES[:-1])
    buckets = [Bucket(lo, hi) for lo, hi in zip(lows, BUCKET_EDGES, strict=True)]
    tp = fp = fn = type_hit = type_all = 0
    for d, g in gold.items():
        ptrip = pred.get(d, {})
        for t, p in ptrip.items():
            ok = _has(t, g.triples)
            if ok:
                tp += 1
                by_rel[t[1]].tp += 1
            else:
                fp += 1
                by_rel[t[1]].fp += 1
                wrong.append(Error(d, t[0].lstrip("?"), t[1], t[2].lstrip("?"), p.evidence,
                                   p.confidence))
            if p.confidence is not None:
                b = _bucket(buckets, p.confidence)
                b.predicted += 1
                b.correct += ok
        for t, evidence in g.triples.items():
            if not _has(t, ptrip):
                fn += 1
                by_rel[t[1]].fn += 1
                misses.append(Error(d, t[0], t[1], t[2], evidence))
        in_triples = {x for s, _, o in g.triples for x in (s, o) if x != "*"}
        for name, ty in g.types.items():
            if name in in_triples:
                type_all += 1
                type_hit += ty in typed[d].get(name, set())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return EvalReport(
        docs=len(gold), tp=tp, fp=fp, fn=fn, precision=precision, recall=recall, f1=f1,
        typing=type_hit / type_all if type_all else 0.0, by_relation=dict(by_rel),
        misses=misses, false_positives=wrong, calibration=buckets,
    )


def annotation_records(path: Path) -> Iterator[dict[str, Any]]:
    """A gold file's triples as prediction records, typed by that file's own entities.

    Scoring a second, independent annotation of the same articles against the first (with
    `evaluate`) gives the annotators' agreement: the level a first annotator's gold lets any
    extractor reach, which is what an extraction target should be read against.
    """
    for n, g in enumerate(read_jsonl(Path(path)), 1):
        try:
            own = _gold_doc(g)  # its names resolve to its own entities as the scorer's would
        except (KeyError, TypeError) as exc:
            raise EvaluationError(
                f"{path}: article {n} is not a gold line (missing {exc})") from None
        for t in g["triples"]:
            yield {"doc": g["doc"], "subject": t["subject"], "relation": t["relation"],
                   "object": t["object"], "evidence": t.get("evidence", ""),
                   "subject_type": own.types.get(own.alias(t["subject"]) or ""),
                   "object_type": own.types.get(own.alias(t["object"]) or ""),
                   "status": "asserted"}


def extraction_records(paths: Iterable[str | Path], extractor: str = "rules",
                       on_failure: Callable[[Any], None] | None = None
                       ) -> Iterator[dict[str, Any]]:
    """The JSONL records `kg extract` would print for `paths` (what `kg eval` scores)."""
    from kg.pipeline import extract_paths  # the extractor's tables load only when needed

    for extraction in extract_paths(paths, extractor, on_failure=on_failure):
        for relation in extraction.relations:
            yield relation.to_record()
