"""Sentence- and document-level steps that single patterns cannot take.

- Amounts and dates: "a $2 million contract ... in September 2024" — the money and the time
  are what an analyst asks about a contract or a fine, so they travel with the relation as
  primitive properties (graph stores keep only primitives).
- Carried-over lists: "The other three additions were X, Y and Z" or "Among the sanctioned
  firms are X, Y and Z" name the objects of an action whose subject was named a sentence or
  two before; they inherit that subject.
- Coordinated objects: "buying Area-I in 2021 and the underwater company Dive Technologies"
  — a second object of the same type joined by "and" after the first.
- Parts of an object: "sanctions the founder of Intellexa" acts on the founder, not the firm.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.masking import SLOT

_SCALE = {"thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
          "b": 1e9, "trillion": 1e12}
_CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_AMOUNT = re.compile(
    r"(?P<cur>US\$|\$|€|£|¥)\s?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|mn|m|b)\b)?", re.IGNORECASE)
_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_DATE = re.compile(
    r"\b(?:(?P<month>" + "|".join(m.capitalize() for m in _MONTHS) + r")\s+(?:\d{1,2},\s+)?)?"
    r"(?P<year>(?:19|20)\d{2})\b")
_MONEY_RELATIONS = frozenset({"CONTRACTS_WITH", "FINED", "INVESTED_IN", "ACQUIRED"})
_DATED_RELATIONS = frozenset({"CONTRACTS_WITH", "FINED", "INVESTED_IN", "ACQUIRED", "SUED",
                              "SANCTIONED", "BANNED", "INVESTIGATED", "PARTNERS_WITH",
                              "FOUNDED", "USES", "SUFFERED"})


def sentence_properties(sentence: str, relation: str) -> dict[str, Any]:
    """The first money amount and date a sentence states, for relations they describe."""
    props: dict[str, Any] = {}
    if relation in _MONEY_RELATIONS:
        m = _AMOUNT.search(sentence)
        if m:
            value = float(m.group("num").replace(",", ""))
            value *= _SCALE.get((m.group("scale") or "").lower(), 1.0)
            props["amount"] = int(value) if value.is_integer() else value
            props["currency"] = _CURRENCY.get(m.group("cur").lower(), m.group("cur"))
            props["amount_text"] = m.group(0).strip()
    if relation in _DATED_RELATIONS:
        d = _DATE.search(sentence)
        if d:
            month = d.group("month")
            props["date"] = (f"{d.group('year')}-{_MONTHS.index(month.lower()) + 1:02d}"
                             if month else d.group("year"))
    return props


# "Among the sanctioned firms are ...", "The other three additions ... were ...",
# "The companies added to the list include ..."
LIST_CARRY = re.compile(
    r"(?i)^(?:among\s+)?(?:the\s+)?(?:other\s+)?(?:\w+\s+)?(?:sanctioned|designated|blacklisted|"
    r"banned|added|listed|targeted|named)?\s*(?:firms|companies|entities|groups|additions|"
    r"individuals|people|vendors)\b[^⟦;]{0,120}?\b(?:are|were|include|included|including)\b|"
    r"^(?:the\s+)?(?:\w+\s+)?list\s+(?:also\s+)?(?:includes|included|names|named|covers)\b|"
    r"^also\s+(?:on|added\s+to)\s+the\s+(?:\w+\s+)?list\s+(?:are|were)\b|"
    r"^also\s+(?:listed|added|named|included|blacklisted|sanctioned|designated)\s+(?:were|are|"
    r"was|is)\b")
CARRIED_RELATIONS = ("SANCTIONED", "BANNED")


def carried_objects(masked_text: str, letter: str) -> list[int]:
    """Slot numbers of type `letter` listed by a sentence that opens with a carry-over cue."""
    if not LIST_CARRY.search(masked_text):
        return []
    return [int(m.group(2)) for m in SLOT.finditer(masked_text) if m.group(1) == letter]


_COORDINATED = re.compile(
    r"(?:\s+(?:in|on|for|from)\s+[^⟦⟧;,]{1,25}?)?\s*,?\s+and\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    # ("and Utimac of ⟦Germany⟧": a name of its own, unknown, owns the place after "of")
    r"(?:[\w-]+\s+){0,4}?(?<!\bof\s)⟦(?P<t>[A-Z])(?P<n>\d+)⟧(?!['’]s\s+⟦)")


def coordinated_object(masked_text: str, end: int, letter: str) -> int | None:
    """The slot of a second object joined by "and" right after a match ending at `end`."""
    m = _COORDINATED.match(masked_text, end)
    if m and m.group("t") == letter:
        return int(m.group("n"))
    return None


_PART_OF = re.compile(
    r"(?i)\b(?:founders?|co-?founders?|heads?|chiefs?|owners?|ceos?|executives?|directors?|"
    r"members?|employees?|officials?|leaders?|affiliates?|subsidiar(?:y|ies)|units?|customers?|"
    r"clients?|partners?|investors?|users?|shareholders?|critics?|rivals?|competitors?)\s+"
    r"(?:of|at|to)\s+(?:the\s+)?$")
PART_SENSITIVE = frozenset({"SANCTIONED", "BANNED", "FINED", "SUED", "INVESTIGATED", "ACQUIRED",
                            "INVESTED_IN", "USES", "CONTRACTS_WITH"})


# "sanctioned Intellexa founder Tal Dilian", "sued Clearview's CEO Hoan Ton-That": the firm
# names whose officer is acted on.
OFFICER_TITLES = (r"(?i:founder|co-?founder|ceo|chief\s+executive|executive|director|head|owner|"
                  r"official|chairman|chairwoman|president|employee)")
_OFFICER_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:[\w-]+\s+)?{OFFICER_TITLES}s?\s*,?\s+⟦E\d+⟧")


def part_of_object(masked_text: str, object_start: int, object_end: int | None = None) -> bool:
    """True when the words before an object make it the owner of what is acted on, or the words
    after it name its officer as the one acted on."""
    if object_end is not None and _OFFICER_AFTER.match(masked_text, object_end):
        return True
    return bool(_PART_OF.search(masked_text[max(0, object_start - 40):object_start]))
