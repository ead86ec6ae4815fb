"""Actions on a counted set whose members the next sentence names.

"The FTC has brought an action against two data brokers. Gravy Analytics and its subsidiary
Venntel are accused of ..." — the first sentence states the action but names no one; the
second names the set's members as its subject. Each member takes the action, and a set
described by a technology ("data brokers") is made of firms that develop it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.masking import SLOT, Masked
from kg.model import Entity

_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)"
_ACTIONS = {
    "SUED": r"sued|sues|(?:brought|filed|launched)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:action|case|"
            r"lawsuit|complaint|suit)s?\s+against|took\s+(?:legal\s+|enforcement\s+)?action\s+against|"
            r"takes\s+(?:legal\s+|enforcement\s+)?action\s+against",
    "FINED": r"fined|fines",
    "BANNED": r"banned|bans|barred|bars|blacklisted",
    "SANCTIONED": r"sanctioned|sanctions|designated",
    "INVESTIGATED": r"investigated|investigating|probed|opened\s+an?\s+(?:investigation|probe)"
                    r"\s+into",
}
_SET = re.compile(
    r"⟦A(?P<s>\d+)⟧[^⟦;]{0,60}?\b(?i:(?P<verb>" + "|".join(f"(?P<{k}>{v})" for k, v in
                                                             _ACTIONS.items()) + r"))"
    r"\s+(?:the\s+)?(?i:" + _COUNT + r")\s+(?:(?:[\w-]+\s+){0,2}?⟦[Tt](?P<t>\d+)⟧|"
    r"(?:[\w-]+\s+){0,2}?(?i:companies|firms|vendors|startups|brokers|makers|businesses))")
_LEAD = re.compile(r"^(?:[^⟦.;]{0,25}?)(?P<list>⟦C\d+⟧(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)"
                   r"(?:⟦C\d+⟧['’]s\s+(?:\w+\s+){0,2}?)?⟦C\d+⟧)*)")


@dataclass(frozen=True)
class PendingSet:
    """An action on a counted, unnamed set: who acted, how, and what the set is."""

    sentence: int
    subject: Entity
    relation: str
    kind: Entity | None


def pending_set(masked: Masked, index: int, entities: dict[int, Entity]) -> PendingSet | None:
    """The action on a counted set this sentence states without naming any firm."""
    if "⟦C" in masked.text:
        return None
    m = _SET.search(masked.text)
    if m is None:
        return None
    relation = next(k for k in _ACTIONS if m.group(k))
    subject = entities[masked.slots[int(m.group("s"))].cluster]
    kind = entities[masked.slots[int(m.group("t"))].cluster] if m.group("t") else None
    return PendingSet(index, subject, relation, kind)


def set_members(masked: Masked, entities: dict[int, Entity]) -> list[Entity]:
    """The firms a sentence opens with, as its subject ("X and its subsidiary Y are ...")."""
    m = _LEAD.match(masked.text)
    if m is None:
        return []
    out: list[Entity] = []
    for s in SLOT.finditer(m.group("list")):
        if s.group(0) + "'s" in m.group("list") or s.group(0) + "’s" in m.group("list"):
            continue  # "its subsidiary Y": the possessive names the parent again
        e = entities[masked.slots[int(s.group(2))].cluster]
        if e not in out:
            out.append(e)
    return out
