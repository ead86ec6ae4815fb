"""Plain text: the file's own characters, so offsets point into the file as written (after
line endings are normalised)."""

from __future__ import annotations

from collections.abc import Iterator

from ingest import build_document, decode_text, label
from kg.model import Document


class TextSource:
    """UTF-8 plain text; also the fallback for inputs no other source claims."""

    name = "text"
    suffixes = (".txt", ".text")

    def sniff(self, head: bytes) -> bool:
        return False  # text is what is left when nothing else matches

    def read(self, data: bytes, name: str, path: str | None) -> Iterator[Document]:
        text = decode_text(data, label(name, path))
        yield build_document(data, text, fmt=self.name, name=name, path=path)
