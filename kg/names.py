"""Entity names to stable keys.

Two mentions are one node when their keys agree, so the key folds what does not distinguish
organisations: case, accents, punctuation, "&" vs "and", a leading "The", possessive "'s" and
legal-form suffixes ("Inc.", "LLC", "GmbH"). Known aliases ("Clearview" for "Clearview AI")
are applied on top of this by the knowledge base, not here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LEGAL_SUFFIXES = frozenset(
    {
        "inc",
        "llc",
        "ltd",
        "corp",
        "corporation",
        "co",
        "plc",
        "gmbh",
        "sa",
        "ag",
        "limited",
        "incorporated",
        "bv",
        "nv",
        "srl",
        "pty",
        "pvt",
        "lp",
        "llp",
        "sarl",
        "spa",
        "ab",
        "oy",
        "as",
        "kg",
        "se",
        "pbc",
    }
)
_LEADING_DROP = frozenset({"the"})
_NON_WORD = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"['’]s\b")


# Names repeat heavily (every row of a contract file names the same agency), and these are
# pure functions, so a bounded cache turns most calls into a lookup.
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case ASCII with punctuation turned into single spaces."""
    text = _POSSESSIVE.sub("", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = ascii_text.lower().replace("&", " and ")
    ascii_text = re.sub(r"\b([a-z])\.(?=[a-z]\.)", r"\1", ascii_text)  # U.S. -> US.
    return " ".join(_NON_WORD.sub(" ", ascii_text).split())


@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """The comparable form of a name: folded, without a leading article or legal suffixes."""
    words = fold(name).split()
    while words and words[0] in _LEADING_DROP:
        words.pop(0)
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """A slug usable as a node key and in an IRI path ("clearview-ai")."""
    return normalize(name).replace(" ", "-")
