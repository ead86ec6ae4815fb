"""Window rules: a trigger, the nearest allowed subject before it and every allowed object
after it in the same masked sentence. Scraping ("scraped ... from Facebook, YouTube and
Venmo"), "a contract with X" and entity-list sentences rarely fit one regular expression,
because lists and long noun phrases stand between the trigger and its arguments."""

from __future__ import annotations

import re

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
        if _TRADE_NOUN.match(text, t.end()):
            continue  # "a web scraping firm": a description, not an act
        for o in objs:
            if text.endswith(f"{subj[-1][3]}⟧'s ", 0, o[0]) or text.endswith(
                    f"{subj[-1][3]}⟧’s ", 0, o[0]):
                continue  # nobody scrapes its own platform ("from its Facebook")
            out.append(Hit("scraped", ("SCRAPED",), subj[-1][3], o[3], subj[-1][0], o[1], 0.75))
    for c in table.CONTRACT_WITH.finditer(text):
        before = [s for s in slots if s[2] == "Agency" and s[1] <= c.start()]
        after = [s for s in slots if s[2] == "Agency" and s[0] >= c.end()
                 and not _ASIDE.search(text, c.end(), s[0])]
        for a in _listed_back(text, before) or after[:1]:
            lo, hi = min(a[0], c.start()), max(a[1], c.end())
            out.append(Hit("contract-with", ("CONTRACTS_WITH",), int(c.group("s")), a[3],
                           lo, hi, 0.65))
    for c in table.HAS_CONTRACT_WITH.finditer(text):
        sellers = [s for s in slots if s[1] <= c.start() and s[2] == "Company"]
        if not sellers or any(s[2] == "Agency" and sellers[-1][1] <= s[0] < c.start()
                              for s in slots):
            continue
        for a in _listed(text, slots, c.end(), "Agency"):
            out.append(Hit("has-contract-with", ("CONTRACTS_WITH",), sellers[-1][3], a[3],
                           sellers[-1][0], a[1], 0.65))
    for t in table.INQUIRY.finditer(text):
        # "tabled a report to Parliament after investigating": an object is not the inquirer
        who = [s for s in slots if s[1] <= t.start() and s[2] in ("Agency", "Organization")
               and not _GOVERNED.search(text, max(0, s[0] - 12), s[0])]
        what = [s for s in slots if s[0] >= t.end() and s[2] in ("Company", "Agency")]
        if not who or not what or what[0][0] - t.end() > 160 or _open_aside(
                text, who[-1][1], t.start()) or (t.start() - who[-1][1]) > 80:
            continue
        for o in _listed(text, slots, what[0][0], what[0][2] or ""):
            out.append(Hit("inquiry", ("INVESTIGATED",), who[-1][3], o[3], who[-1][0], o[1],
                           0.55))
    out += _used_by_window(text, slots)
    out += _use_window(text, slots)
    out += _agency_contract_window(text, slots)
    if table.ENTITY_LIST.search(text):
        agencies = [s for s in slots if s[2] == "Agency"
                    and not _LISTED_BEFORE.search(text, max(0, s[0] - 16), s[0])
                    and _LISTS.match(text, s[1])]
        if agencies:
            a = agencies[0]
            for s in slots:
                if s[2] == "Company" and s[0] > a[1]:
                    out.append(Hit("entity-list", ("BANNED",), a[3], s[3], a[0], a[1], 0.7))
    return out


_LISTED_BEFORE = re.compile(r"(?:include|includes|included|including|such\s+as|and|,)\s+"
                            r"(?:the\s+)?$")
# The agency that keeps the list, or that acts on it ("⟦A⟧'s Entity List", "⟦A⟧ added ...").
_LISTS = re.compile(r"['’]s\s+(?:\w+\s+){0,2}(?i:entity\s+list|blacklist)|[^⟦⟧]{0,60}?\b"
                    r"(?<!is\s)(?<!was\s)(?<!are\s)(?<!were\s)(?<!be\s)(?<!been\s)(?i:added|"
                    r"adds|adding|placed|places|put|puts|blacklisted|blacklists|designated|listed|"
                    r"lists|moved|announced)\b")
_ASIDE = re.compile(r",\s+(?:which|who|whose|that)\b")


def _open_aside(text: str, start: int, end: int) -> bool:
    """A relative clause opened between `start` and `end` and not closed by a comma before
    `end`: what follows belongs to the clause, not to the sentence's subject."""
    aside = _ASIDE.search(text, start, end)
    return aside is not None and "," not in text[aside.end():end]


_GOVERNED = re.compile(r"\b(?:to|for|with|from|at|before|into|of)\s+(?:the\s+)?$")
_TRADE_NOUN = re.compile(r"\s+(?:firms?|compan(?:y|ies)|services?|startups?|tools?|business(?:es)?|"
                         r"industry|vendors?|operations?)\b")
_CLAUSE_BREAK = re.compile(r"[;:—]|\s(?:but|while|whereas|although|which|who|after|before|"
                           r"when|because|said|says|told)\s|,\s+(?:and|but)\s")
_USED_KINDS = ("Company", "Product", "Technology")
_SUBJECT_GAP = re.compile(
    r"(?:\s*\([^()⟦⟧]{1,20}\))?(?:\s*,\s+(?:the|a|an|which|who)\b[^,;⟦⟧]{0,80},)?(?:\s+(?:has|have|had|"
    r"is|are|was|were|been|being|also|already|still|now|previously|reportedly|quietly|secretly|"
    r"publicly|widely|heavily|regularly|routinely|first|later|then|since|begun|began|started|"
    r"continues|continued|to|would|will|can|could|may|might|did|does|do|increasingly))*\s+")


def _use_window(text: str, slots: list[tuple[int, int, str | None, int]]) -> list[Hit]:
    """An agency or organisation, a use verb, then what it uses, within one clause."""
    out = []
    for t in table.USE_TRIGGER.finditer(text):
        users = [s for s in slots if s[1] <= t.start() and s[2] in ("Agency", "Organization")]
        if not users or not _SUBJECT_GAP.fullmatch(text, users[-1][1], t.start()):
            continue  # only auxiliaries and adverbs between the user and its verb
        used = [s for s in slots if s[0] >= t.end() and s[2] in _USED_KINDS
                and s[0] - t.end() <= 60 and not _CLAUSE_BREAK.search(text, t.end(), s[0])]
        if len(used) > 1 and re.match(r"['’]s\b", text[used[0][1]:]) and (
                used[1][0] - used[0][1] <= 40):
            used = used[1:]  # "using Amazon's facial recognition service, Rekognition"
            if len(used) > 1 and used[0][2] == "Technology" and used[1][0] - used[0][1] <= 30:
                used = used[1:]
        for o in used[:1]:
            out.append(Hit("use-window", ("USES",), users[-1][3], o[3], users[-1][0], o[1], 0.55))
    return out


_USED_BY = re.compile(r"(?i:(?:is|was|were|are|been)\s+(?:(?:also|widely|reportedly|previously)"
                      r"\s+)?(?:used|utili[sz]ed|employed)\s+by)\b")
_USER_KINDS = ("Agency", "Organization", "Company")
_SOURCE_BREAK = re.compile(r"(?i:according\s+to|reported\s+by|found\s+by|against)\b")


def _used_by_window(text: str, slots: list[tuple[int, int, str | None, int]]) -> list[Hit]:
    """"Clearview's software had been used by more than 2,200 entities, ranging from ICE and
    the FBI to companies including Macy's and Walmart": every user named in the clause uses
    the thing (or the firm whose thing it is) named just before the verb."""
    out = []
    for t in _USED_BY.finditer(text):
        before = [s for s in slots if s[1] <= t.start() and t.start() - s[1] <= 40]
        if not before:
            continue
        used = before[-1]
        if used[2] == "Technology" and len(before) > 1 and before[-2][2] == "Company" and (
                re.fullmatch(r"['’]s\s+", text[before[-2][1]:used[0]])):
            used = before[-2]  # "Clearview's facial recognition software": the firm's
        if used[2] not in _USED_KINDS:
            continue
        for s in slots:
            if (s[0] >= t.end() and s[2] in _USER_KINDS and s[3] != used[3]
                    and s[0] - t.end() <= 200 and not _CLAUSE_BREAK.search(text, t.end(), s[0])
                    and not _SOURCE_BREAK.search(text, t.end(), s[0])):
                out.append(Hit("used-by-window", ("USES",), s[3], used[3], used[0], s[1], 0.55))
    return out


def _agency_contract_window(text: str, slots: list[tuple[int, int, str | None, int]]
                            ) -> list[Hit]:
    """A sentence about an agency's contract that names one firm: the firm contracts with it."""
    if not table.AGENCY_CONTRACT.search(text):
        return []
    agencies = {s[3] for s in slots if s[2] == "Agency"}
    firms = {s[3] for s in slots if s[2] == "Company"}
    if len(agencies) != 1 or len(firms) != 1:
        return []
    a = next(s for s in slots if s[2] == "Agency")
    c = next(s for s in slots if s[2] == "Company")
    lo, hi = min(a[0], c[0]), max(a[1], c[1])
    return [Hit("agency-contract-window", ("CONTRACTS_WITH",), c[3], a[3], lo, hi, 0.5)]


_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?")


def _listed_back(text: str, slots: list[tuple[int, int, str | None, int]]
                 ) -> list[tuple[int, int, str | None, int]]:
    """The last slot and those listed just before it ("⟦A1⟧ and the ⟦A2⟧ each signed")."""
    out = slots[-1:]
    for s in reversed(slots[:-1]):
        if not _LIST_GLUE.fullmatch(text, s[1], out[-1][0]):
            break
        out.append(s)
    return out


def _listed(text: str, slots: list[tuple[int, int, str | None, int]], at: int,
            kind: str) -> list[tuple[int, int, str | None, int]]:
    """The slots of type `kind` listed from `at` on ("⟦A1⟧, ⟦A2⟧ and the ⟦A3⟧")."""
    out = []
    for s in slots:
        if s[0] < at:
            continue
        if s[0] != at or s[2] != kind:
            break
        owner = _OWNER_OF_NEXT.match(text, s[1])
        if owner is not None:  # "DHS's Customs and Border Protection": the second is listed
            at = owner.end()
            continue
        out.append(s)
        glue = _LIST_GLUE.match(text, s[1]) or _ALSO_WITH.match(text, s[1])
        if glue is None:
            break
        at = glue.end()
    return out


_OWNER_OF_NEXT = re.compile(r"['’]s\s+(?=⟦)")
# "contracts with the FBI going back to 2009, ..., but also with the DEA, the Secret Service".
_ALSO_WITH = re.compile(r"[^⟦⟧;]{0,90}?,?\s+(?:but|and)\s+also\s+with\s+(?:the\s+)?")
