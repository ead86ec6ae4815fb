"""Sentence splitting with character offsets.

Rule-based on purpose: it needs no model download, is deterministic, and keeps exact offsets
into the original text, which provenance depends on (``text[s.start:s.end] == s.text``).

Blank lines always end a sentence. A single line break ends one only when the line before it
is a headline, byline or list item rather than hard-wrapped prose; see `_boundaries`.
"""

from __future__ import annotations

import re

from kg.model import Sentence

# No sentence of the 7,600 in the dev and real-news articles is longer than 600 characters.
MAX_SENTENCE = 1500

# Titles that stand before a name: a period after them never ends a sentence.
_TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "gov", "sen", "rep", "rev",
    "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "insp", "det", "supt", "hon", "pres", "vs",
    "approx", "dept", "est", "fig", "cf", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "e.g", "i.e",
    "pty", "pvt",  # "Acme Pty. Ltd.", "Pelorus Technologies Pvt. Ltd."
})
# Abbreviations that often close a sentence too ("… sold to Acme Inc. The deal …"): they end
# one only when a typical sentence opener follows.
_MAY_END = frozenset({"inc", "ltd", "co", "corp", "llc", "plc", "etc", "al", "bros"})
_OPENERS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
    "i", "his", "her", "their", "our", "in", "on", "at", "but", "and", "as", "after", "according",
    "however", "last", "meanwhile", "there", "when", "while", "if", "for", "since", "both",
})
# A capitalised word and one of these after an abbreviation start a new sentence.
_VERBS = frozenset({"is", "was", "are", "were", "has", "have", "had", "said", "says", "will",
                    "would", "can", "could", "also", "did", "does", "sells", "makes", "serves"})
# Candidate boundary: terminal punctuation, optional closing quotes/brackets, then space.
_BOUNDARY = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s)""")
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*")
_LINE_BREAK = re.compile(r"[^\S\n]*\n[^\S\n]*")
_WORD = re.compile(r"[\w.'’-]+")
# A line that asks for the next one ("… said that", "… and,") never ends a sentence.
_CONTINUES = re.compile(r"""[,;(\[\-–—/&"“‘]$|\b(?:and|or|of|the|a|an|to|by|with|that)$""")
_TERMINAL = re.compile(r"""[.!?…]["'”’)\]]*\s*$""")


def _word_before(text: str, dot_at: int) -> str:
    start = dot_at
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    return text[start:dot_at]


def _next_word(text: str, at: int, end: int) -> str:
    m = _WORD.match(text, at, end)
    return m.group() if m else ""


def _is_abbreviation(text: str, dot_at: int, nxt: int, end: int) -> bool:
    """Whether the period at `dot_at` belongs to an abbreviation that continues the sentence."""
    if text[dot_at] != ".":
        return False
    word = _word_before(text, dot_at)
    lower = word.lower()
    following = _next_word(text, nxt, end)
    if lower in _TITLES:
        return True
    if lower == "no":
        return following[:1].isdigit()  # "No. 5" but "The answer was no. The firm …"
    dotted = "." in lower  # "U.S.", "D.C.", "N.S.O."
    initial = len(word) == 1 and word.isupper()  # "J. Smith"
    if lower in _MAY_END or dotted or initial:
        rest = nxt + len(following)
        if lower in _MAY_END and following[:1].isupper() and text[rest:rest + 1] == " " and (
                _next_word(text, rest + 1, end) in _VERBS):
            return False  # "… sold by Venntel Inc. Venntel is a data broker"
        if initial and "." in following.rstrip("."):
            return False  # "… called Locate X. U.S. Special Operations Command": a middle
            # initial stands before a surname, never before "U.S."
        return following.lower() not in _OPENERS
    return False


def _starts_sentence(text: str, line_start: int, line_end: int, nxt: int) -> bool:
    """Whether the line after ``text[line_start:line_end]`` may start a new sentence."""
    line = text[line_start:line_end]
    return bool(line) and not text[nxt].islower() and not _CONTINUES.search(line)


def _boundaries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(sentence end, next sentence start) pairs inside one paragraph, in order."""
    found: dict[int, int] = {}
    for m in _BOUNDARY.finditer(text, start, end):
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end or text[nxt].islower() or _is_abbreviation(text, m.start(), nxt, end):
            continue  # "3 p.m. on Monday", "e.g. this": a lower-case word continues it
        found[m.end()] = nxt
    # Lines of a paragraph that does not end like prose (a headline over a byline, a list)
    # each stand alone. In prose, hard wrapping breaks a line only where the next word would
    # not fit, so a line that stops clearly short of the longest one (the slack allows for
    # proportional fonts in PDF text) is a headline or byline over the text below it.
    breaks = [b for b in _LINE_BREAK.finditer(text, start, end) if b.end() < end]
    if breaks:
        line_starts = [start, *(b.end() for b in breaks)]
        line_ends = [*(b.start() for b in breaks), end]
        width = max(e - s for s, e in zip(line_starts, line_ends, strict=True))
        prose = _TERMINAL.search(text, line_starts[-1], end) is not None
        for i, b in enumerate(breaks):
            if not _starts_sentence(text, line_starts[i], b.start(), b.end()):
                continue
            fits = b.start() - line_starts[i] + 1 + len(_next_word(text, b.end(), end))
            if not prose or fits <= width * 0.9:
                found.setdefault(b.start(), b.end())
    return sorted(found.items())


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((cursor, m.start()))
        cursor = m.end()
    spans.append((cursor, len(text)))
    return spans


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run of text longer than any prose sentence (a table or a list flattened from a PDF),
    cut after its last semicolon, comma or space before each `MAX_SENTENCE` characters: the
    patterns' work grows faster than a sentence's length, so one such run could stall."""
    spans: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        window = text[start:start + MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "))
        if cut < MAX_SENTENCE // 2:
            cut = window.rfind(" ")
        cut = start + (cut + 1 if cut > 0 else MAX_SENTENCE)
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences with exact offsets, trimmed of surrounding white space."""
    out: list[Sentence] = []
    for p_start, p_end in _paragraphs(text):
        cursor = p_start
        for s_end, nxt in [*_boundaries(text, p_start, p_end), (p_end, p_end)]:
            for s, e in _pieces(text, cursor, s_end):
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1].isspace():
                    e -= 1
                if s < e:
                    out.append(Sentence(index=len(out), start=s, end=e, text=text[s:e]))
            cursor = max(cursor, nxt)
    return out
