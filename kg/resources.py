"""Where the data folders shipped with the package live.

In a source checkout (or an editable install) they are the top-level `ontology/` and `queries/`
folders; in a wheel they are copied under `kg/_data/` (see pyproject's force-include).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Return the folder `name` (``ontology`` or ``queries``) wherever this install keeps it."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"data folder {name!r} is missing from this install of surveillance-kg")
