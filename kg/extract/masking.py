"""A sentence with its mentions replaced by typed slots, which is what the patterns read.

"The Times reported that the corporate scraped ... from Facebook, YouTube, and Venmo" becomes
"⟦O0⟧ reported that ⟦C1⟧ scraped ... from ⟦P2⟧, ⟦P3⟧, and ⟦P4⟧". Patterns then say where a
subject and an object sit relative to a trigger without caring how long a name is or
whether it was written "the company" or "Clearview AI", and a slot's letter lets a pattern ask
for the types the ontology allows in that position. A technology directly before another
slot ("a ⟦t⟧ ⟦C⟧", "the ⟦t⟧ company ⟦C⟧") is marked as a modifier with a lower-case letter, so
that it describes its neighbour instead of competing with it for an argument position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from kg.extract.mentions import Mention
from kg.model import Sentence
from kg.ontology import Ontology

OPEN, CLOSE = "⟦", "⟧"
_HEAD_NOUNS = (r"(?:company|companies|firm|firms|startup|startups|start-ups?|maker|makers|vendor|"
               r"vendors|provider|providers|manufacturer|manufacturers|developer|developers|supplier|"
               r"suppliers|pioneer|pioneers|specialist|specialists|Maker|Company|Firm)")


def type_codes(ontology: Ontology) -> dict[str, str]:
    """One upper-case letter per entity type, derived from the ontology's type names."""
    codes: dict[str, str] = {}
    used: set[str] = set()
    for name in ontology.entity_types:
        for ch in name.upper():
            if ch.isalpha() and ch not in used:
                codes[name] = ch
                used.add(ch)
                break
        else:  # pragma: no cover - more than 26 types
            raise ValueError(f"no free slot letter for entity type {name}")
    return codes


@dataclass
class Masked:
    """The masked text of one sentence and the mention behind each slot number."""

    sentence: Sentence
    text: str
    slots: list[Mention]

    @cached_property
    def letters(self) -> frozenset[str]:
        """The slot letters present in the text (type codes, lower case for modifiers)."""
        return frozenset(m.group(1) for m in SLOT.finditer(self.text))


def mask(sentence: Sentence, mentions: list[Mention], codes: dict[str, str]) -> Masked:
    """Replace each mention of `sentence` with ⟦<type letter><slot number>⟧."""
    parts: list[str] = []
    slots: list[Mention] = []
    cursor = sentence.start
    ordered = sorted(mentions, key=lambda m: m.start)
    for k, m in enumerate(ordered):
        if m.start < cursor:
            continue
        parts.append(sentence.text[cursor - sentence.start:m.start - sentence.start])
        parts.append(f"{OPEN}{codes[m.type]}{len(slots)}{CLOSE}")
        if m.source == "pronoun" and m.text.lower() in ("its", "their"):
            parts.append("'s")
        slots.append(m)
        cursor = m.end
        if m.text[-1:] in "sS" and _BARE_APOSTROPHE.match(sentence.text, cursor - sentence.start):
            parts.append("'s")  # "Vigilant Solutions’ database": the possessive of a name in s
            cursor += 1
        cursor = _defined_short_form(sentence, m, ordered[k + 1:k + 2], cursor)
    parts.append(sentence.text[cursor - sentence.start:])
    tech = codes.get("Technology", "T")
    modified = re.compile(rf"⟦{tech}(\d+)⟧(?=[\s-]+(?:{_HEAD_NOUNS}\s+)?[\"“‘']?⟦[A-Z](\d+)⟧)")
    text = modified.sub(lambda mo: mo.group() if slots[int(mo.group(2))].source == "pronoun"
                        else f"{OPEN}{tech.lower()}{mo.group(1)}{CLOSE}", "".join(parts))
    # "Axon—the company known for the Taser—announced": a dash set close reads as one set apart
    text = _CLOSE_DASH.sub(" — ", text)
    product = codes.get("Product", "R")
    # "its Android spyware Predator": a product before a kind and a product modifies the second
    platform = re.compile(rf"⟦{product}(\d+)⟧(?=\s+⟦{tech.lower()}\d+⟧\s+⟦{product}\d+⟧)")
    text = platform.sub(lambda mo: f"{OPEN}{product.lower()}{mo.group(1)}{CLOSE}", text)
    return Masked(sentence, text, slots)


SLOT = re.compile(r"⟦([A-Za-z])(\d+)⟧")
_BARE_APOSTROPHE = re.compile(r"['’](?=\s+[\w⟦\"“])")
_CLOSE_DASH = re.compile(r"(?<=[^\s\d])—(?=[^\s\d])")
_OPEN_PAREN = re.compile(r"\s*\(\s*$")
_CLOSE_PAREN = re.compile(r"^\s*\)")


def _defined_short_form(sentence: Sentence, m: Mention, nxt: list[Mention], cursor: int) -> int:
    """Where masking resumes after `m`: past "(ICE)" when the parenthesis only repeats `m`
    by its short form, so "Immigration and Customs Enforcement (ICE) paid X" reads as one
    name followed by its verb."""
    if not nxt or nxt[0].cluster != m.cluster or m.cluster < 0:
        return cursor
    off = sentence.start
    between = sentence.text[cursor - off:nxt[0].start - off]
    close = _CLOSE_PAREN.match(sentence.text[nxt[0].end - off:])
    if close is None or not _OPEN_PAREN.fullmatch(between) or not between.strip():
        return cursor
    return nxt[0].end + close.end()


# "an Israel-based web scraping firm called ⟦C⟧", "a startup named ⟦C⟧": a description that
# only introduces the name standing after it.
_INTRODUCED = re.compile(
    r"\b(?:a|an|the)\s+(?:(?:[\w'’$.-]+|⟦[LTt]\d+⟧(?:-based)?)\s+){0,5}?(?:company|firm|startup|"
    r"start-up|business|maker|vendor|provider|contractor|developer|broker|group|subsidiary|"
    r"agency|department|organi[sz]ation|nonprofit|app|tool|software|product|platform|service|"
    r"program|system)\s*,?\s+(?:called|named|dubbed|known\s+as)\s+[\"“']?(?=⟦[A-Z]\d+⟧)")


# "the gunshot-detection system ⟦R⟧": the kind of product before its name.
_KIND_BEFORE_PRODUCT = re.compile(r"⟦[Tt]\d+⟧[\s-]+(?:(?:system|software|tool|platform|app|program|"
                                  r"service|suite|device)s?\s+)?(?=⟦[A-Z]\d+⟧)")


# "against Israeli cyber firm ⟦C⟧", "spyware maker ⟦C⟧": a bare description before a name.
_DESCRIBED_NAME = re.compile(
    r"(?<=\s)(?<!and\s)(?<!,\s)(?<!and\sthe\s)(?<!,\sthe\s)(?:(?:(?!(?:against|from|by|with|to|for|of|and|or|the|a|an|its|their|"
    r"parent|that|which|who|is|was|were|has|have|had|be|been|said|says|in|on|at|as|like|including|"
    r"such)\b)[a-z][\w-]*|⟦[LTt]\d+⟧(?:-based)?)\s+){0,3}?(?:firm|company|startup|start-up|maker|"
    r"vendor|developer|broker|provider|contractor|manufacturer|giant|supplier)\s+(?=⟦[A-Z]\d+⟧)")


def simplified(masked: Masked) -> Masked | None:
    """The sentence with name-introducing descriptions dropped ("sued a web scraping firm
    called ⟦C1⟧" reads "sued ⟦C1⟧"), so verb patterns reach the name; None when nothing
    changes. Slot numbers are kept; the descriptions' own facts are read from the full text."""
    text = _KIND_BEFORE_PRODUCT.sub("", _INTRODUCED.sub("", masked.text))
    text = _PLACE_BASED.sub("", _PLACE_OWNER.sub("", _DESCRIBED_NAME.sub("", text)))
    text = _TICKER.sub("", _BACKED_BY.sub("", text))
    return None if text == masked.text else Masked(masked.sentence, text, masked.slots)


# "fined by ⟦L⟧'s ⟦A⟧" ("by Ireland's Data Protection Commission"): a country's possessive
# before an agency or firm names where it is, which the full text's patterns read.
_PLACE_OWNER = re.compile(r"⟦L\d+⟧['’]s\s+(?=⟦[ACOP]\d+⟧)")
# "a contract with Georgia-based ⟦C⟧", "and Dayton, Ohio-based ⟦C⟧": the same.
_PLACE_BASED = re.compile(r"(?<=\s)⟦L\d+⟧(?:\s*,\s+⟦L\d+⟧)?-based\s+(?=⟦[ACOP]\d+⟧)")
# "Lockheed Martin [LMT] Indago 3", "Teledyne (NYSE: TDY)": a stock ticker after a firm's name.
_TICKER = re.compile(r"(?<=⟧)\s*(?:\[[A-Z]{1,5}\]|\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX)\s*:\s*"
                     r"[A-Z.]{1,6}\))")
# "Andreessen Horowitz and the ⟦E⟧-backed ⟦C⟧": a backer named as a modifier (read by the
# full text's "-backed" pattern) stands between list members.
_BACKED_BY = re.compile(r"(?<=\s)⟦[A-Z]\d+⟧-(?:backed|funded|owned|led)\s+(?=⟦[ACOP]\d+⟧)")
