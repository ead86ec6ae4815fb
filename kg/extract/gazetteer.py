"""Tokens and a token trie over knowledge-base names.

Names are matched on tokens, not characters, so that "U.S. Immigration and Customs
Enforcement", "Immigration & Customs Enforcement" and "ICE's" all find their entry while
"Flock" never matches inside "Flocking". Punctuation, hyphens and possessive "'s" are
skipped on both sides, which is why "facial-recognition" finds "facial recognition" and
"New York-based" finds "New York". Case is checked per alias token: an acronym ("ICE") must
be written in capitals and a capitalised word must be capitalised in the text, so the verb
"ice" or the noun "ring" never become entities; lower-case vocabulary terms match any case.

The trie is a dict of dicts, built once per knowledge base; matching a sentence is one walk
per token, which keeps extraction fast with thousands of aliases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kg.knowledge import KnowledgeBase, KnowledgeEntry
from kg.names import LEGAL_SUFFIXES

# British and American spellings of words in names ("US defence department").
_SPELLING = {"defence": "defense", "organisation": "organization", "programme": "program",
             "licence": "license", "centre": "center", "labour": "labor"}
# "U.S." as one token; words; a possessive 's; any other single non-space character.
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+|['’][sS]\b|[^\w\s]")
_SKIP = re.compile(r"^(?:[.\-–]|['’][sS])$")


@dataclass(frozen=True)
class Token:
    start: int  # offsets in the text that was tokenised
    end: int
    text: str

    @property
    def norm(self) -> str:
        if self.text == "&":
            return "and"
        low = self.text.replace(".", "").lower()
        return _SPELLING.get(low, low)

    @property
    def skip(self) -> bool:
        """Punctuation, hyphens and possessives do not take part in name matching."""
        return bool(_SKIP.match(self.text))


# Words whose possessive is part of a name ("Sheriff's Office", "People's Government").
_OFFICE_OWNERS = frozenset("""sheriff attorney commissioner commissioners mayor governor prosecutor
people children women men marshal president auditor comptroller controller treasurer coroner
clerk assessor inspector""".split())


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.start() + offset, m.end() + offset, m.group()) for m in TOKEN.finditer(text)]


def _case_mode(token: str) -> str:
    letters = token.replace(".", "")
    if len(letters) >= 2 and letters.isupper() and letters.isalpha():
        return "exact"
    if letters[:1].isupper():
        return "cap"
    return "any"


def _case_ok(mode: str, alias_token: str, text_token: str) -> bool:
    if mode == "any":
        return True
    if mode == "exact":
        return text_token.replace(".", "") == alias_token.replace(".", "")
    return text_token[:1].isupper() or text_token[:1].isdigit()


@dataclass(frozen=True)
class Match:
    start_token: int  # index into the token list (first and last content token, inclusive)
    end_token: int
    entries: tuple[KnowledgeEntry, ...]
    canonical: bool  # the text used an entry's canonical name, not an alias


_END = "\x00"


class Gazetteer:
    """All names and aliases of a knowledge base as a token trie."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.root: dict[str, Any] = {}
        # Word sequences a name itself continues after a possessive ("Founder's Fund").
        self.owners: set[tuple[str, ...]] = set()
        for entry in kb:
            for i, form in enumerate(entry.names()):
                self.add(form, entry, canonical=i == 0)

    def add(self, form: str, entry: KnowledgeEntry, canonical: bool = False) -> None:
        every = tokenize(form)
        for i, t in enumerate(every[1:], 1):
            if t.text in ("'s", "’s") and i + 1 < len(every):
                self.owners.add(tuple(x.norm for x in every[:i] if not x.skip))
        toks = [t for t in every if not t.skip]
        if not toks:
            return
        # "The New York Times" also matches "New York Times", but a one-word name keeps its
        # article ("the Information", never the word "Information" alone).
        if toks[0].norm == "the" and len(toks) > 2:
            toks = toks[1:]
        node: dict[str, Any] = self.root
        for t in toks:
            node = node.setdefault(t.norm, {})
        # Vocabulary terms are common nouns: any case. Names keep their capitalisation.
        modes = tuple("any" if (entry.type == "Technology" and _case_mode(t.text) != "exact")
                      or (i == 0 and t.norm == "the") else _case_mode(t.text)
                      for i, t in enumerate(toks))
        # An abbreviated place ("Mass.", "Calif.") is only itself with its period: "Mass" in
        # "Mass-Surveillance" is a word ("Apple Inc" still is "Apple Inc.").
        dotted = every[-1].text == "." and len(toks[-1].text) > 1 and (
            toks[-1].norm not in LEGAL_SUFFIXES)
        node.setdefault(_END, []).append((entry, modes, tuple(t.text for t in toks), canonical,
                                          dotted))

    def find(self, tokens: list[Token]) -> list[Match]:
        """Longest, left-to-right, non-overlapping matches over the content tokens."""
        content = [i for i, t in enumerate(tokens) if not t.skip]
        out: list[Match] = []
        k = 0
        while k < len(content):
            best = self._longest(tokens, content, k)
            if best is not None and tokens[content[k]].norm == "the" and k + 1 < len(content):
                inner = self._longest(tokens, content, k + 1)
                if inner is not None and inner.end_token > best.end_token:
                    best = None  # "the Information Commissioner's Office" is not The Information
            if best is not None:
                out.append(best)
                k = content.index(best.end_token, k) + 1
            else:
                k += 1
        return out

    def _longest(self, tokens: list[Token], content: list[int], k: int) -> Match | None:
        best: Match | None = None
        node = self.root
        j = k
        while j < len(content):
            if j > k and tokens[content[j - 1]].norm not in _OFFICE_OWNERS and any(
                    tokens[i].text in ("'s", "’s", "'", "’")
                    for i in range(content[j - 1] + 1, content[j])) and tuple(
                    tokens[content[n]].norm for n in range(k, j)) not in self.owners:
                break  # "Palantir's Gotham" is the owner and its product, not one name
            node = node.get(tokens[content[j]].norm)  # type: ignore[assignment]
            if node is None:
                break
            entry_list = node.get(_END)
            if entry_list:
                last = content[j]
                period = last + 1 < len(tokens) and tokens[last + 1].text == "." and (
                    tokens[last + 1].start == tokens[last].end)
                ok = [(e, can) for e, modes, forms, can, dotted in entry_list
                      if (period or not dotted) and all(
                          _case_ok(m, f, tokens[content[k + n]].text)
                          for n, (m, f) in enumerate(zip(modes, forms, strict=True)))]
                if ok:
                    ok.sort(key=lambda ec: not ec[1])  # canonical-name matches first
                    entries = tuple(dict.fromkeys(e for e, _ in ok))
                    best = Match(content[k], content[j], entries, ok[0][1])
            j += 1
        return best


def gazetteer(kb: KnowledgeBase) -> Gazetteer:
    """The trie of `kb`, built once per knowledge-base object and kept on it."""
    cached = getattr(kb, "_gazetteer", None)
    if cached is None:
        cached = Gazetteer(kb)
        kb._gazetteer = cached  # type: ignore[attr-defined]
    return cached
