"""Name forms for entity resolution, on top of `kg.names.normalize`.

`normalize` already folds case, punctuation, "&", a leading "The" and legal suffixes. Sources
differ in more than that: federal data writes "U.S. Immigration and Customs Enforcement" or
"Department of Homeland Security (DHS)", registries add descriptors ("Palantir USG Inc",
"Dell Federal Systems"), the Atlas writes technologies in the plural. These helpers produce the
variants a resolver may look up, and the features (core name, acronym) it scores on.
"""

from __future__ import annotations

import re

from kg.names import LEGAL_SUFFIXES, normalize

# Words that describe a firm's line or unit rather than name it: "Palantir USG" and "Palantir
# Technologies" share the core "palantir". Only trailing words are dropped.
DESCRIPTORS = frozenset(
    {
        "technologies", "technology", "tech", "holdings", "holding", "group", "usg", "federal",
        "government", "international", "intl", "usa", "us", "america", "americas", "global",
        "worldwide", "enterprise", "enterprises", "ai", "labs", "lab", "systems", "solutions",
        "services", "sales", "company", "corporation", "incorporated", "na", "north",
    }
)
# Words too common in firm names to identify one on their own: a core made only of these
# ("general security", "defense") is not distinctive and never merges by core alone.
GENERIC = frozenset(
    {
        "general", "security", "national", "american", "united", "defense", "defence", "data",
        "information", "first", "advanced", "applied", "integrated", "professional", "strategic",
        "digital", "innovative", "technical", "consulting", "management", "support", "network",
        "networks", "software", "solutions", "systems", "services", "group", "global", "new",
        "smart", "safety", "secure", "intelligence", "research", "analytics", "communications",
        "media", "partners", "associates", "industries", "resources", "products", "government",
        "federal", "health", "energy", "capital", "ventures", "vision", "police", "county",
        "city", "state", "department", "office", "us", "and", "of", "the",
    }
)
_COUNTRY_PREFIX = re.compile(r"^(?:the\s+)?(?:u\.?\s?s\.?|united states)\s+(?=\w)", re.IGNORECASE)
_PARENS = re.compile(r"\s*\(([^)]*)\)\s*")
_ACRONYM_SKIP = frozenset({"and", "of", "the", "for", "on", "in", "at", "to", "de", "la"})


def parenthetical(name: str) -> tuple[str, str | None]:
    """("Department of Homeland Security", "DHS") from "Department of Homeland Security (DHS)"."""
    inner = _PARENS.search(name)
    if not inner:
        return name, None
    bare = " ".join(_PARENS.sub(" ", name).split())
    return bare, inner.group(1).strip() or None


def variants(name: str, type_: str) -> list[str]:
    """Forms of `name` to look up, most specific first (the name itself is first)."""
    out = [name]
    bare, inside = parenthetical(name)
    if bare != name:
        out.append(bare)
    for form in list(out):
        stripped = _COUNTRY_PREFIX.sub("", form)
        if stripped != form:
            out.append(stripped)
    if type_ in ("Technology", "Product"):
        for form in list(out):
            words = form.split()
            if words and len(words[-1]) > 3 and words[-1].lower().endswith("s"):
                out.append(" ".join([*words[:-1], words[-1][:-1]]))
    if inside and type_ == "Agency" and inside.isupper():
        out.append(inside)
    expanded = saint(normalize(name))
    if expanded != normalize(name):
        out.append(expanded)
    return list(dict.fromkeys(out))


def saint(normalized: str) -> str:
    """"st" before another word read as "saint" ("st petersburg police department" ->
    "saint petersburg police department"); a trailing "st" (a street) is left alone."""
    words = normalized.split()
    if "st" not in words[:-1]:
        return normalized
    return " ".join("saint" if w == "st" and i < len(words) - 1 else w
                    for i, w in enumerate(words))


def core(name: str) -> str:
    """The normalised name without trailing descriptors ("palantir" for "Palantir USG Inc")."""
    words: list[str] = []
    for w in normalize(parenthetical(name)[0]).split():
        # "l p" (from "L.P") is one word: join runs of single letters.
        if len(w) == 1 and words and len(words[-1]) == 1 and words[-1].isalpha():
            words[-1] += w
        else:
            words.append(w)
    while len(words) > 1 and (words[-1] in DESCRIPTORS or words[-1] in LEGAL_SUFFIXES):
        words.pop()
    return " ".join(words)


def distinctive(core_name: str) -> bool:
    """Whether a core can identify a firm: some word is neither generic nor very short."""
    return any(len(w) >= 3 and w not in GENERIC and not w.isdigit() for w in core_name.split())


def acronym(name: str) -> str:
    """Initials of the significant words ("ice" for "Immigration and Customs Enforcement")."""
    words = normalize(_COUNTRY_PREFIX.sub("", parenthetical(name)[0])).split()
    letters = [w[0] for w in words if w not in _ACRONYM_SKIP]
    return "".join(letters) if len(letters) >= 2 else ""


def is_acronym_of(short: str, long: str) -> bool:
    """Whether `short` (one word, 2-6 letters) spells the initials of `long`."""
    s = normalize(short).replace(" ", "")
    return 2 <= len(s) <= 6 and " " not in normalize(short) and s == acronym(long)
