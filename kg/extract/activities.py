"""Technologies written as what is done with them: "monitors social media", "reads license plates".

News describes a firm by its activity more often than by the technology's name ("Dataminr, a
company that persistently monitors social media"). Each Technology entry of the knowledge base
may list the verbs and the things they act on (`activities` in
`ontology/knowledge/technologies.yaml`); a verb, up to three small words, then one of the
things is a mention of that technology, and the relation patterns read it like any other.
"""

from __future__ import annotations

import re

from kg.knowledge import KnowledgeBase, KnowledgeEntry
from kg.model import Document

# Words that may stand between the verb and what it acts on ("scan public social media
# posts", "trawls the web and social media", "watch one billion social media posts").
_BETWEEN = (r"(?:(?!(?:while|as|because|when|if|but|that|which|who|where|after|before|since|"
            r"so|than|then|is|are|was|were)\b)(?:[a-z][\w'’-]*|\d[\d,.]*)\s+){0,3}?")


def verb_forms(verb: str) -> list[str]:
    """The inflections a news sentence may use: monitor(s|ed|ing), scan(ned|ning), mine(d)."""
    forms = {verb, verb + "s", verb + "es", verb + "ed", verb + "ing"}
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    if verb.endswith("y"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$|[aeiou]l$", verb):  # scanned, surveilled
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return sorted(forms, key=len, reverse=True)


def _phrase(obj: str) -> str:
    return r"[\s-]+".join(re.escape(w) for w in obj.split())


def _compile(entry: KnowledgeEntry) -> re.Pattern[str]:
    verbs = "|".join(f for v in entry.activity_verbs for f in verb_forms(v))
    objects = "|".join(_phrase(o) for o in sorted(entry.activity_objects, key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{verbs})\s+{_BETWEEN}(?:{objects})\b")


def _patterns(kb: KnowledgeBase) -> list[tuple[KnowledgeEntry, re.Pattern[str]]]:
    cached = getattr(kb, "_activity_patterns", None)
    if cached is None:
        cached = [(e, _compile(e)) for e in kb
                  if e.type == "Technology" and e.activity_verbs and e.activity_objects]
        kb._activity_patterns = cached  # type: ignore[attr-defined]
    return cached


def activity_spans(doc: Document, kb: KnowledgeBase) -> list[tuple[int, int, int, KnowledgeEntry]]:
    """Every activity phrase of `doc`: (start, end, sentence number, its technology)."""
    out: list[tuple[int, int, int, KnowledgeEntry]] = []
    for entry, pattern in _patterns(kb):
        for sent in doc.sentences:
            for found in pattern.finditer(sent.text):
                out.append((sent.start + found.start(), sent.start + found.end(), sent.index,
                            entry))
    return out
