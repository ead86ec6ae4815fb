"""The ingest protocol: every source turns a file into Documents.

Source modules live in the top-level `ingest` package and are found by name through the
``surveillance_kg.sources`` entry-point group, so `kg` never imports `ingest` directly and a
third-party package can add a source by declaring an entry point.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import Protocol, runtime_checkable

from kg.errors import IngestError
from kg.model import Document

ENTRY_POINT_GROUP = "surveillance_kg.sources"


@runtime_checkable
class Source(Protocol):
    """Reads one kind of input.

    `name` is how users pick the source (``--format``); `suffixes` are the file endings it
    claims when no format is forced; `sniff` may look at the first bytes when the ending is
    not decisive.
    """

    name: str
    suffixes: tuple[str, ...]

    def sniff(self, head: bytes) -> bool: ...

    def read(self, data: bytes, name: str, path: str | None) -> Iterator[Document]:
        """Parse raw bytes; raise IngestError naming `name` (and line) on bad input."""
        ...


@dataclass(frozen=True)
class IngestFailure:
    """An input that could not be read; the batch goes on without it."""

    path: str
    message: str


@cache
def registry() -> dict[str, Source]:
    """All installed sources by name."""
    found: dict[str, Source] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        source = ep.load()()
        found[source.name] = source
    if not found:
        raise IngestError(
            "no ingest sources are installed (entry-point group surveillance_kg.sources); "
            "install the project with `pip install -e .`"
        )
    return found


def source_for(path: Path | None, head: bytes, forced: str | None = None) -> Source:
    """Pick the source: the forced format, else the file ending, else sniffing, else text."""
    sources = registry()
    if forced:
        try:
            return sources[forced]
        except KeyError:
            raise IngestError(
                f"unknown format {forced!r}; expected one of {', '.join(sorted(sources))}"
            ) from None
    if path is not None:
        suffix = path.suffix.lower()
        for source in sources.values():
            if suffix in source.suffixes:
                return source
    for source in sources.values():
        if source.sniff(head):
            return source
    return sources["text"]
