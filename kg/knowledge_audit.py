"""Review checks for knowledge-base entries, run before a file of entries is trusted.

Loading already rejects what the ontology forbids (an unknown type, a missing parent). What
loading cannot see is an entry that is valid yet harmful: an alias that is only a legal suffix
("Inc." left over from an unquoted "Clearview AI, Inc.") names every firm or none, a form
shared by two entries makes every mention of it ambiguous, and two entries of one type with a
common form are usually one entity written twice ("Bangalore" and "Bengaluru"). Those are the
mistakes a person adding a few hundred entries makes, and each silently costs relations, so
`kg knowledge check` lists them for review rather than leaving them to be found in the
extractor's output.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.knowledge import KnowledgeBase, KnowledgeEntry
from kg.names import LEGAL_SUFFIXES, normalize

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One problem with one entry's form; `severity` is error (fix it) or warning (review)."""

    severity: str
    check: str
    entry: str
    type: str
    form: str
    detail: str
    source: str


def _label(entry: KnowledgeEntry) -> str:
    return f"{entry.name} ({entry.type}, {Path(entry.source).name or entry.source})"


def audit(kb: KnowledgeBase, sources: Iterable[str] | None = None) -> list[Finding]:
    """Findings for the entries read from `sources` (every entry when None), checked against
    the whole knowledge base so that a new file is reviewed against what is shipped."""
    wanted = None if sources is None else {str(s) for s in sources}
    findings: list[Finding] = []
    reported: set[frozenset[tuple[str, str]]] = set()
    for entry in kb:
        if wanted is not None and entry.source not in wanted:
            continue
        for form in entry.names():
            norm = normalize(form)
            if all(word in LEGAL_SUFFIXES for word in norm.split()):
                findings.append(Finding(
                    ERROR, "suffix-only", entry.name, entry.type, form,
                    "only a legal suffix or punctuation (a comma in an unquoted name?)",
                    entry.source))
                continue
            others = [o for o in kb.lookup(form) if o is not entry]
            pair = frozenset((o.name, o.type) for o in [entry, *others])
            if not others or pair in reported:
                continue
            reported.add(pair)
            same_type = [o for o in others if o.type == entry.type]
            if same_type:
                findings.append(Finding(
                    ERROR, "duplicate", entry.name, entry.type, form,
                    "same type, also " + "; ".join(_label(o) for o in same_type),
                    entry.source))
            else:
                findings.append(Finding(
                    WARNING, "ambiguous", entry.name, entry.type, form,
                    "also " + "; ".join(_label(o) for o in others),
                    entry.source))
    return findings
