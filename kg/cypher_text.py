"""Reading Cypher text as code: where the parameters are, outside strings, `names` and comments.

Both the saved-query catalogue (which checks that declared parameters match those used) and the
embedded store's batching (which renames parameters) need the same answer, so it lives here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NOT_CODE = re.compile(
    r"'(?:[^'\\]|\\.)*'?|\"(?:[^\"\\]|\\.)*\"?|`[^`]*`?|//[^\n]*|/\*.*?(?:\*/|\Z)", re.DOTALL
)
PARAM_REF = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


def scan(text: str) -> Iterator[tuple[str, str]]:
    """Cypher text as (kind, chunk): 'code', or 'other' (a string, `name` or comment)."""
    at = 0
    for match in _NOT_CODE.finditer(text):
        if match.start() > at:
            yield "code", text[at : match.start()]
        yield "other", match.group()
        at = match.end()
    if at < len(text):
        yield "code", text[at:]


def parameters_used(text: str) -> set[str]:
    """The `$names` the query reads; a `$` inside a string or a comment is not one."""
    return {name for kind, chunk in scan(text) if kind == "code"
            for name in PARAM_REF.findall(chunk)}
