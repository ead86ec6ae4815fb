"""Window rules: a trigger, the nearest allowed subject before it and every allowed object
after it in the same masked sentence. Scraping ("scraped ... from Facebook, YouTube and
Venmo"), "a contract with X" and entity-list sentences rarely fit one regular expression,
because lists and long noun phrases stand between the trigger and its arguments."""

from __future__ import annotations

from kg.extract import pattern_table as table
from kg.extract.masking import SLOT, Masked
from kg.extract.patterns import Hit


def window_hits(masked: Masked, letters: dict[str, str]) -> list[Hit]:
    """Hits of the window rules in one masked sentence (`letters`: slot letter -> type)."""
    text, out = masked.text, []
    slots = [(m.start(), m.end(), letters.get(m.group(1)), int(m.group(2)))
             for m in SLOT.finditer(text)]
    for t in table.SCRAPE_TRIGGER.finditer(text):
        subj = [s for s in slots if s[1] <= t.start() and s[2] == "Company"]
        objs = [s for s in slots if s[0] >= t.end() and s[2] == "Platform"]
        if not subj or not objs:
            continue
        if table.NEEDS_FROM.match(t.group()) and "from" not in text[t.end():objs[0][0]]:
            continue
        for o in objs:
            out.append(Hit("scraped", ("SCRAPED",), subj[-1][3], o[3], subj[-1][0], o[1], 0.75))
    for c in table.CONTRACT_WITH.finditer(text):
        for a in (s for s in slots if s[2] == "Agency"):
            lo, hi = min(a[0], c.start()), max(a[1], c.end())
            out.append(Hit("contract-with", ("CONTRACTS_WITH",), int(c.group("s")), a[3],
                           lo, hi, 0.65))
    if table.ENTITY_LIST.search(text):
        agencies = [s for s in slots if s[2] == "Agency"]
        if agencies:
            a = agencies[0]
            for s in slots:
                if s[2] == "Company" and s[0] > a[1]:
                    out.append(Hit("entity-list", ("BANNED",), a[3], s[3], a[0], a[1], 0.7))
    return out
