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
    "BANNED": r"banned|bans|barred|bars|blacklisted|added(?=\s+\w+\s+(?:[\w-]+\s+){0,3}?"
              r"(?:companies|firms|entities|groups)\s+to\s+(?:its|the)\s+(?:[\w-]+\s+)?"
              r"(?:Entity\s+List|blacklist|trade\s+blacklist))",
    "SANCTIONED": r"sanctioned|sanctions|designated",
    "INVESTIGATED": r"investigated|investigating|probed|opened\s+an?\s+(?:investigation|probe)"
                    r"\s+into",
}
_SET = re.compile(
    r"⟦[AC](?P<s>\d+)⟧[^⟦;]{0,60}?\b(?i:(?P<verb>" + "|".join(f"(?P<{k}>{v})" for k, v in
                                                             _ACTIONS.items()) + r"))"
    r"\s+(?:the\s+)?(?i:" + _COUNT + r")\s+(?:(?:[\w-]+\s+){0,2}?⟦[Tt](?P<t>\d+)⟧|"
    r"(?:[\w-]+\s+){0,2}?(?i:companies|firms|vendors|startups|brokers|makers|businesses))")
# The set's members open the next sentence, or follow a colon in one of the next few
# ("Four of the banned companies are based in Israel: A, B, C and D").
_COLON = r"(?:[^⟦;:]|⟦[LTt]\d+⟧){0,80}?:\s*"
_OTHERS = r"(?i:the\s+others?\s+(?:are|were|include|included))\s+"
_APPOS = r"\s*,\s+(?:an?|the)\s+(?:[^⟦⟧,;]|⟦[LTtR]\d+⟧){0,60}?,\s*(?:and\s+)?"
_LEAD = re.compile(r"^(?:" + _COLON + r"|[^⟦.;:]{0,25}?)(?P<list>⟦C\d+⟧(?:(?:" + _APPOS +
                   r"|\s*,\s*|\s+and\s+|\s*,\s+and\s+)"
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
    m = _SET.search(masked.text)
    if m is None or any(masked.slots[int(c.group(2))].source not in ("pronoun", "anaphor")
                        for c in SLOT.finditer(masked.text, m.start("verb"))
                        if c.group(1) == "C"):
        return None  # the sentence names firms itself
    relation = next(k for k in _ACTIONS if m.group(k))
    subject = entities[masked.slots[int(m.group("s"))].cluster]
    kind = entities[masked.slots[int(m.group("t"))].cluster] if m.group("t") else None
    return PendingSet(index, subject, relation, kind)


def set_members(masked: Masked, entities: dict[int, Entity], next_sentence: bool = True
                ) -> list[Entity]:
    """The firms a sentence opens with, as its subject ("X and its subsidiary Y are ..."),
    or lists after a colon; further on than the next sentence only the colon form counts."""
    m = _LEAD.match(masked.text)
    if m is None or not (next_sentence or re.match(_COLON + "|" + _OTHERS, masked.text)):
        return []
    out: list[Entity] = []
    for s in SLOT.finditer(m.group("list")):
        if s.group(0) + "'s" in m.group("list") or s.group(0) + "’s" in m.group("list"):
            continue  # "its subsidiary Y": the possessive names the parent again
        e = entities[masked.slots[int(s.group(2))].cluster]
        if e not in out:
            out.append(e)
    return out
