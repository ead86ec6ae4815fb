"""Ingest sources: one module per input format, registered by entry point (see kg.sources).

The helpers here hold what every source must do the same way, so that ids, offsets and error
messages cannot drift between formats.
"""

from __future__ import annotations

from kg.errors import IngestError
from kg.model import Document, content_id
from kg.sentences import split_sentences

_UTF8_BOM = b"\xef\xbb\xbf"


def label(name: str, path: str | None) -> str:
    """How error messages name an input: the path the user gave, else the name."""
    return path or name


def decode_text(data: bytes, where: str) -> str:
    """Decode UTF-8 (BOM optional) and normalise line endings to LF.

    Line endings are normalised here, before any offset exists, so that every offset counts
    the same characters whatever system wrote the file.
    """
    body = data.removeprefix(_UTF8_BOM)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        byte = exc.start + len(data) - len(body)
        line = data.count(b"\n", 0, byte) + 1
        raise IngestError(f"{where}: not valid UTF-8 (line {line}, byte {byte})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def build_document(
    data: bytes, text: str, *, fmt: str, name: str, path: str | None, **metadata: str | None
) -> Document:
    """The Document for `text` read from the raw bytes `data`; the id hashes the raw bytes."""
    if not text.strip():
        raise IngestError(f"{label(name, path)}: no text found")
    return Document(
        id=content_id(data),
        name=name,
        text=text,
        format=fmt,
        path=path,
        sentences=split_sentences(text),
        **metadata,
    )
