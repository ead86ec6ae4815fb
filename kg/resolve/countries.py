"""Country codes to names and back, from the data file `countries.tsv` next to this module.

FollowTheMoney and OpenSanctions write countries as ISO 3166-1 alpha-2 codes ("by", "ir"),
sometimes with a subdivision ("gb-sct"); the graph names places in words ("Belarus"), spelt as
the knowledge base spells them so that a country read from a code and the same country named
in an article land on one Location node.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from kg.names import normalize

_TABLE = Path(__file__).with_name("countries.tsv")


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, name, *rest = line.split("\t")
        names[code] = name
        for form in (name, *(rest[0].split("|") if rest else ())):
            codes.setdefault(normalize(form), code)
    return names, codes


def country_name(code: str) -> str | None:
    """The English name of a country code ("by" -> "Belarus"; "gb-sct" -> "United Kingdom"),
    or None when the code is not a country (FtM's "zz", "eu")."""
    names, _ = _tables()
    code = (code or "").strip().lower()
    return names.get(code) or names.get(code.split("-", 1)[0]) if code else None


def country_code(name: str) -> str | None:
    """The code of a country name or alias ("Belarus" -> "by"), or None."""
    return _tables()[1].get(normalize(name or ""))
