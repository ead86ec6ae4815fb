"""Candidate pairs for review: entities of one type that may be one, scored and explained.

Comparing every pair is quadratic, so entities are first put in blocks that share a cheap key
(the first four letters of a distinctive word, or an acronym), and only pairs inside a block
are scored with rapidfuzz. Blocks larger than `max_block` are skipped (a word that common
identifies nothing) and reported in the count of skipped blocks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz

from kg.names import name_key, normalize
from kg.resolve.decisions import Decision, latest
from kg.resolve.normalize import GENERIC, acronym, core, distinctive, is_acronym_of

MERGE_AT = 95.0


@dataclass(frozen=True)
class Node:
    """An entity as the candidate search sees it (read from the graph or built in tests)."""

    type: str
    key: str
    name: str
    aliases: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Node:
        return cls(
            row["type"], row["key"], row["name"], tuple(row.get("aliases") or ()),
            tuple(row.get("identifiers") or ()),
        )

    def names(self) -> list[str]:
        return list(dict.fromkeys([self.name, *self.aliases]))[:12]


@dataclass
class Candidate:
    type: str
    a_key: str
    a_name: str
    b_key: str
    b_name: str
    score: float
    reasons: list[str] = field(default_factory=list)

    @property
    def suggestion(self) -> str:
        return "merge" if self.score >= MERGE_AT else "review"

    def as_row(self) -> dict[str, Any]:
        return {
            "type": self.type, "a": self.a_name, "a_key": self.a_key, "b": self.b_name,
            "b_key": self.b_key, "score": round(self.score, 1), "suggestion": self.suggestion,
            "reason": "; ".join(self.reasons),
        }


def score_pair(a: Node, b: Node) -> tuple[float, list[str]]:
    """A 0-100 score that two same-typed entities are one, and the reasons behind it."""
    shared = sorted(set(a.identifiers) & set(b.identifiers))
    if shared:
        return 100.0, [f"shared identifier {', '.join(shared)}"]
    best, why = 0.0, ""
    for x in a.names():
        for y in b.names():
            nx, ny = normalize(x), normalize(y)
            if not nx or not ny:
                continue
            if nx == ny:
                return 99.0, [f"same normalised name {nx!r}"]
            if a.type in ("Company", "Organization"):
                cx, cy = core(x), core(y)
                if cx == cy and distinctive(cx) and best < 96.0:
                    best, why = 96.0, f"same core name {cx!r} ({x!r} / {y!r})"
            if (is_acronym_of(x, y) or is_acronym_of(y, x)) and best < 90.0:
                best, why = 90.0, f"acronym: {x!r} / {y!r}"
            ratio = fuzz.token_sort_ratio(nx, ny)
            if {w for w in nx.split() if w.isdigit()} != {w for w in ny.split() if w.isdigit()}:
                ratio *= 0.85  # "360 ..." and "361 ...": numbers name different things
            if ratio > best:
                best, why = ratio, f"similar names {x!r} / {y!r} (token sort {ratio:.0f})"
            partial = fuzz.token_set_ratio(nx, ny) * 0.9
            if partial > best:
                best, why = partial, f"shared words {x!r} / {y!r} (token set {partial / .9:.0f})"
    return best, [why] if why else []


def _block_keys(node: Node) -> set[str]:
    keys: set[str] = {"i:" + ident for ident in node.identifiers}
    for name in node.names():
        words = normalize(name).split()
        for w in words:
            if len(w) >= 3 and w not in GENERIC:
                keys.add("w:" + w[:4])
        if len(words) == 1 and 2 <= len(words[0]) <= 6:
            keys.add("a:" + words[0])
        if acr := acronym(name):
            keys.add("a:" + acr)
    return {f"{node.type}|{k}" for k in keys}


def candidate_pairs(
    nodes: Iterable[Node],
    decisions: list[Decision] | None = None,
    threshold: float = 80.0,
    max_block: int = 400,
) -> tuple[list[Candidate], int]:
    """Scored pairs at or above `threshold`, best first, and how many blocks were skipped.

    Pairs a person already decided are left out: they are not candidates any more.
    """
    decided = {pair for (_, pair) in latest(decisions or [])}
    blocks: dict[str, list[Node]] = defaultdict(list)
    for node in nodes:
        for key in _block_keys(node):
            blocks[key].append(node)
    seen: set[tuple[str, str, str]] = set()
    out: list[Candidate] = []
    skipped = 0
    for members in blocks.values():
        if len(members) > max_block:
            skipped += 1
            continue
        for a, b in combinations(members, 2):
            if a.key == b.key:
                continue
            a, b = sorted((a, b), key=lambda n: n.key)
            slot = (a.type, a.key, b.key)
            if slot in seen:
                continue
            seen.add(slot)
            if frozenset((name_key(a.name), b.key)) in decided or frozenset(
                (a.key, b.key)
            ) in decided:
                continue
            score, reasons = score_pair(a, b)
            if score >= threshold:
                out.append(Candidate(a.type, a.key, a.name, b.key, b.name, score, reasons))
    out.sort(key=lambda c: (-c.score, c.type, c.a_key, c.b_key))
    return out, skipped
