"""Reading inputs: files, folders and stdin in, Documents (or one-line failures) out.

A bad input never stops a batch: it becomes an IngestFailure whose message is one line that
names the input, and the next input is read. Datasets read by a record source come out as
Extractions, streamed row by row (a bad row is a failure naming its line); documents are read
whole, as before.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import IngestError
from kg.model import Document, Extraction
from kg.sources import IngestFailure, RecordSource, Source, source_for

STDIN = "-"
_HEAD = 8192
# Text files may hold tabs, line and page breaks and ANSI colour escapes; other control bytes
# are a sign of binary data.
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\b\x1b")
_BINARY_SHARE = 0.1
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")


def list_inputs(paths: Iterable[str | Path]) -> list[str | Path]:
    """The inputs `read_documents` will read, in order: folders expanded, "-" kept.

    Folders are walked recursively in sorted order, skipping hidden files and folders; paths
    that do not exist are kept so that reading reports them.
    """
    found: list[str | Path] = []
    for raw in paths:
        if str(raw) == STDIN:
            found.append(STDIN)
        elif Path(raw).is_dir():
            found.extend(_walk(Path(raw), set()))
        else:
            found.append(Path(raw))
    return found


def count_inputs(paths: Iterable[str | Path]) -> int:
    """How many inputs `read_documents` will read (for sizing a progress bar)."""
    return len(list_inputs(paths))


def read_documents(
    paths: Iterable[str | Path],
    forced_format: str | None = None,
    stdin: BinaryIO | None = None,
    source: Source | RecordSource | None = None,
) -> Iterator[Document | Extraction | IngestFailure]:
    """Read every input, yielding its Documents (or records' Extractions) or IngestFailures.

    `forced_format` names a source for every input instead of choosing by file ending and
    content; an unknown name raises IngestError at once, as it would fail every input.
    `source` gives the source object itself (a mapping file's source) for every input.
    `stdin` is what "-" reads (default: the process's standard input).
    """
    if forced_format is not None:
        source_for(None, b"", forced_format)
    return _read_all(list_inputs(paths), forced_format, stdin, source)


def _read_all(
    inputs: list[str | Path],
    forced: str | None,
    stdin: BinaryIO | None,
    given: Source | RecordSource | None = None,
) -> Iterator[Document | Extraction | IngestFailure]:
    for item in inputs:
        if item == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            source = given or _pick(None, data[:_HEAD], forced, "stdin")
            if isinstance(source, IngestFailure):
                yield source
            elif isinstance(source, RecordSource):
                yield from _read_records(source, io.BytesIO(data), None, "stdin", "stdin")
            else:
                yield from _read_one(data, None, "stdin", "stdin", source)
            continue
        path = Path(item)
        try:
            handle = path.open("rb")
        except OSError:
            data = _read_bytes(path)
            message = data if isinstance(data, str) else "cannot read"
            yield IngestFailure(str(path), f"{path}: {message}")
            continue
        with handle:
            try:
                head = handle.read(_HEAD)
            except OSError as exc:
                yield IngestFailure(str(path), f"{path}: cannot read ({exc.strerror or exc})")
                continue
            source = given or _pick(path, head, forced, str(path))
            if isinstance(source, IngestFailure):
                yield source
            elif isinstance(source, RecordSource):
                handle.seek(0)
                yield from _read_records(source, handle, path, path.name, str(path))
            else:
                data = head + handle.read()
                yield from _read_one(data, path, path.name, str(path), source)


def _pick(
    path: Path | None, head: bytes, forced: str | None, shown: str
) -> Source | RecordSource | IngestFailure:
    if not head.strip():
        return IngestFailure(shown, f"{shown}: empty file")
    try:
        return source_for(path, head, forced)
    except IngestError as exc:
        return IngestFailure(shown, str(exc))


def _read_records(
    source: RecordSource, stream: BinaryIO, path: Path | None, name: str, shown: str
) -> Iterator[Extraction | IngestFailure]:
    """A dataset's records, streamed; a file-level IngestError ends it as one failure."""
    try:
        yield from source.read_records(stream, name, None if path is None else shown)
    except IngestError as exc:
        yield IngestFailure(shown, str(exc))


def _read_bytes(path: Path) -> bytes | str:
    """The file's bytes, or why they cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return "no such file"
    except PermissionError:
        return "permission denied"
    except IsADirectoryError:  # only a folder that could not be listed gets here
        return "folder cannot be listed"
    except OSError as exc:
        return f"cannot read ({exc.strerror or exc})"


def _read_one(
    data: bytes, path: Path | None, name: str, shown: str, source: Source
) -> Iterator[Document | IngestFailure]:
    """Documents from one input's bytes; `shown` is how messages name the input."""
    if not data.strip():
        yield IngestFailure(shown, f"{shown}: empty file")
        return
    head = data[:_HEAD]
    problem = _not_text(head, source)
    if problem:
        yield IngestFailure(shown, f"{shown}: {problem}")
        return
    try:
        yield from list(source.read(data, name, None if path is None else shown))
    except IngestError as exc:
        yield IngestFailure(shown, str(exc))


def _not_text(head: bytes, source: Source) -> str | None:
    """Why `head` cannot be a text document for `source`, or None if it can."""
    if source.name == "pdf":
        return None  # PDF is binary by design; the PDF source judges it
    if head.startswith(_WIDE_BOMS):
        return "UTF-16 text; save it as UTF-8"
    if b"\x00" in head:
        return "binary file, not a document"
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _TEXT_CONTROLS)
    if controls > len(head) * _BINARY_SHARE:
        return "binary file, not a document"
    return None


def _walk(folder: Path, seen: set[Path]) -> Iterator[Path]:
    # `seen` holds resolved folders so a symlink loop is walked once, not forever.
    real = folder.resolve()
    if real in seen:
        return
    seen.add(real)
    try:
        children = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError:
        yield folder  # reading it reports the problem
        return
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child, seen)
        else:
            yield child
