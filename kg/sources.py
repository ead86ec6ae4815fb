"""The ingest protocol: a document source turns a file into Documents; a record source turns
a dataset (CSV, JSON) into Extractions directly, streaming it row by row.

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
from typing import BinaryIO, Protocol, runtime_checkable

from kg.errors import IngestError
from kg.model import Document, Extraction

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


@runtime_checkable
class RecordSource(Protocol):
    """Reads one kind of dataset: rows are records, so it yields Extractions, not Documents.

    It reads from a binary stream, one row at a time, so memory does not grow with the file.
    `sniff` sees the first bytes (the CSV header or the start of the JSON) and must be specific
    enough to tell datasets sharing a file ending apart. A bad row is yielded as an
    IngestFailure naming file and line and the next row is read; IngestError aborts the file.
    """

    name: str
    suffixes: tuple[str, ...]

    def sniff(self, head: bytes) -> bool: ...

    def read_records(
        self, stream: BinaryIO, name: str, path: str | None
    ) -> Iterator[Extraction | IngestFailure]: ...


@dataclass(frozen=True)
class IngestFailure:
    """An input (or one row of it) that could not be read; the batch goes on without it."""

    path: str
    message: str
    line: int | None = None


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


def source_for(
    path: Path | None, head: bytes, forced: str | None = None
) -> Source | RecordSource:
    """Pick the source: the forced format, else file ending and content, else sniffing, else text.

    Datasets share endings (.csv, .json), so among the sources claiming the ending a record
    source must also recognise the header; an ending only record sources claim whose content
    none recognises is an error that says how to force a format, never a text document.
    """
    sources = registry()
    if forced:
        try:
            return sources[forced]
        except KeyError:
            raise IngestError(
                f"unknown format {forced!r}; expected one of {', '.join(sorted(sources))}"
            ) from None
    if path is not None:
        name = path.name.lower()
        claiming = [s for s in sources.values() if any(name.endswith(x) for x in s.suffixes)]
        for source in claiming:
            if isinstance(source, RecordSource) and source.sniff(head):
                return source
        documents = [s for s in claiming if not isinstance(s, RecordSource)]
        if documents:
            return documents[0]
        if claiming:
            choices = ", ".join(sorted(s.name for s in claiming))
            raise IngestError(
                f"{path}: no dataset format recognises its header; force one with "
                f"--input-format ({choices}) or describe it with a mapping file"
            )
    for source in sources.values():
        if source.sniff(head):
            return source
    return sources["text"]
