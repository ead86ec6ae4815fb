"""What every dataset source (and mapping file) shares: streaming CSV and JSON rows with their
line numbers, value parsers (amounts, dates) and the record Document.

A dataset row is a record: it needs no text extractor, so a dataset source yields Extractions
directly. Rows are read one at a time from a stream, so memory stays flat whatever the file
size, and a bad row becomes an IngestFailure naming the file and line while the rest loads.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from kg.errors import IngestError
from kg.model import Document, Entity, Evidence, Extraction, Relation, Sentence
from kg.names import name_key
from kg.sources import IngestFailure

csv.field_size_limit(16 * 1024 * 1024)

_UTF8_BOM = b"\xef\xbb\xbf"
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")
_YEAR = re.compile(r"^(1[89]\d{2}|20\d{2})\b")
_AMOUNT_JUNK = re.compile(r"[\s$,]")
# Bytes that were not UTF-8, as decoded with errors="surrogateescape": one regex scan per row.
_SURROGATE = re.compile("[\udc80-\udcff]")


class RowError(ValueError):
    """A row that cannot be turned into records; the caller adds the file and line."""


@dataclass(frozen=True)
class Row:
    """One CSV/JSON row and the line it starts on (1-based, counting the header)."""

    line: int
    values: dict[str, Any]

    def get(self, column: str) -> str:
        """The stripped text of a column ('' when absent or empty)."""
        value = self.values.get(column)
        if value is None:
            return ""
        return value.strip() if type(value) is str else str(value).strip()


def failure(where: str, line: int | None, message: str) -> IngestFailure:
    at = f"{where}:{line}" if line else where
    return IngestFailure(where, f"{at}: {message}", line)


# -- CSV -------------------------------------------------------------------------------------


def csv_header(head: bytes) -> list[str] | None:
    """The header row of a CSV file from its first bytes, or None when it is not CSV-like."""
    text = head.removeprefix(_UTF8_BOM).decode("utf-8", errors="replace")
    if not text.strip() or text.lstrip()[:1] in "{[<":
        return None
    try:
        first = next(csv.reader(io.StringIO(text)))
    except (csv.Error, StopIteration):
        return None
    names = [c.strip() for c in first]
    return names if len(names) >= 2 and all(names) else None


def csv_rows(
    stream: BinaryIO, where: str, required: tuple[str, ...] = ()
) -> Iterator[Row | IngestFailure]:
    """Rows of a CSV stream as dicts keyed by header name, one at a time.

    Columns are matched by name, never position. A row whose field count differs from the
    header, or whose bytes are not UTF-8, is a failure on its own line; a header that lacks a
    `required` column fails the file at once (every row would fail).
    """
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    reader = csv.reader(text)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise IngestError(f"{where}: empty file") from None
    except csv.Error as exc:
        raise IngestError(f"{where}:1: unreadable CSV header ({exc})") from None
    missing = [c for c in required if c not in header]
    if missing:
        raise IngestError(f"{where}:1: missing column(s) {', '.join(missing)}")
    last = reader.line_num
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield failure(where, last + 1, f"malformed CSV ({exc})")
            last = reader.line_num
            continue
        line, last = last + 1, reader.line_num
        if not any(f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            yield failure(where, line, f"expected {len(header)} fields, found {len(fields)}")
            continue
        if _SURROGATE.search("\x00".join(fields)):
            yield failure(where, line, "not valid UTF-8")
            continue
        yield Row(line, dict(zip(header, fields, strict=True)))


# -- JSON ------------------------------------------------------------------------------------


def json_items(stream: BinaryIO, where: str, chunk: int = 1 << 16) -> Iterator[Row | IngestFailure]:
    """Objects of a JSON array or of JSON Lines, streamed, each with its starting line.

    A top-level array is read item by item with `raw_decode` over a growing buffer, so a large
    export never sits in memory whole. In an array an item that does not parse ends the file
    (its end cannot be found) and is reported with its line; in JSON Lines only that line is
    lost.
    """
    decoder = json.JSONDecoder()
    chunks = _text_chunks(stream, chunk)
    buf, line, eof = "", 1, False

    def more() -> bool:
        nonlocal buf, eof
        if eof:
            return False
        piece = next(chunks, None)
        if piece is None:
            eof = True
            return False
        buf += piece
        return True

    while not buf.strip() and more():
        pass
    lead = len(buf) - len(buf.lstrip())
    line += buf[:lead].count("\n")
    buf = buf[lead:]
    in_array = buf.startswith("[")
    if in_array:
        buf = buf[1:]
    while True:
        stripped = buf.lstrip(" \t\r\n," if in_array else " \t\r\n")
        line += buf[: len(buf) - len(stripped)].count("\n")
        buf = stripped
        if not buf:
            if more():
                continue
            if in_array:
                yield failure(where, line, "JSON array is not closed")
            return
        if in_array and buf.startswith("]"):
            return
        if not in_array:
            cut = buf.find("\n")
            if cut < 0 and more():
                continue
            text = buf if cut < 0 else buf[:cut]
            buf = "" if cut < 0 else buf[cut:]
            try:
                item = json.loads(text)
            except json.JSONDecodeError as exc:
                yield failure(where, line, f"malformed JSON ({exc.msg})")
                continue
            yield _item(item, where, line)
            continue
        try:
            item, end = decoder.raw_decode(buf)
        except json.JSONDecodeError as exc:
            if more():
                continue
            yield failure(where, line, f"malformed JSON ({exc.msg})")
            return
        if end == len(buf) and more():
            continue  # a number may go on in the next chunk
        yield _item(item, where, line)
        line += buf[:end].count("\n")
        buf = buf[end:]


def _item(item: Any, where: str, line: int) -> Row | IngestFailure:
    if isinstance(item, dict):
        return Row(line, item)
    return failure(where, line, f"expected a JSON object, found {type(item).__name__}")


def _text_chunks(stream: BinaryIO, size: int) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    while data := stream.read(size):
        yield decoder.decode(data)
    yield decoder.decode(b"", final=True)


# -- values ----------------------------------------------------------------------------------


def parse_amount(text: str, column: str) -> float | None:
    """A decimal amount ("1,234.50", "$7391976", "-3294"); '' is None, junk is a RowError."""
    raw = _AMOUNT_JUNK.sub("", text or "")
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        raise RowError(f"{column} {text!r} is not an amount") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise RowError(f"{column} {text!r} is not an amount")
    return value


def parse_date(text: str, column: str = "date", strict: bool = False) -> str | None:
    """ISO date ("2018-10-06", or "2019" for a bare year) from ISO, m/d/yy or m/d/yyyy text.

    Free-form text after the date ("1/15/2025 accessed webpage", "5/31/21 0:00") is ignored;
    two-digit years below 50 are 20xx. Unreadable text is None, or a RowError when `strict`.
    """
    value = (text or "").strip()
    if not value:
        return None
    if m := _ISO_DATE.match(value):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := _US_DATE.match(value):
        mo, d, y = int(m[1]), int(m[2]), int(m[3])
        if y < 100:
            y += 2000 if y < 50 else 1900
    elif m := _YEAR.match(value):
        return m[1]
    else:
        if strict:
            raise RowError(f"{column} {text!r} is not a date")
        return None
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        if strict:
            raise RowError(f"{column} {text!r} is not a date")
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def money(amount: float | None, currency: str = "USD") -> str:
    return "an undisclosed amount" if amount is None else f"{currency} {amount:,.2f}"


# -- records ---------------------------------------------------------------------------------


def entity(name: str, type_: str, *, identifiers: tuple[str, ...] = (), **props: Any) -> Entity:
    """A raw entity as a dataset names it; resolution maps it to its cluster before loading."""
    clean = " ".join(name.split())
    key = name_key(clean)
    if not key:
        raise RowError(f"{type_} name {name!r} has no letters or digits")
    kept = tuple(sorted(
        (k, v) for k, v in props.items() if v not in (None, "", [], ())
    )) if props else ()
    return Entity(key, type_, clean, (), tuple(i for i in identifiers if i), kept)


def ident(scheme: str, value: str) -> str:
    """An identifier string ("uei:L997DB4PEJL8"); empty when there is no value."""
    value = (value or "").strip()
    return f"{scheme}:{value.upper()}" if value else ""


class RecordBuilder:
    """Accumulates one record's relations and builds its Extraction.

    The record is a Document (id "<dataset>:<key>", name "<file>:<line>") whose text is the
    summaries of its relations; each relation cites its own summary line as evidence, with
    offsets into that text, so the record reads like a short document in every query.
    """

    def __init__(
        self, dataset: str, key: str, name: str, *, fmt: str, path: str | None = None,
        url: str | None = None, date: str | None = None, title: str | None = None,
        properties: dict[str, Any] | None = None,
    ) -> None:
        if not key:
            raise RowError("no record key")
        self.doc_id = f"{dataset}:{key}"
        self.dataset, self.key, self.name, self.fmt, self.path = dataset, key, name, fmt, path
        self.url, self.date, self.title = url, date, title
        self.properties = {k: v for k, v in (properties or {}).items() if v not in (None, "", [])}
        self.lines: list[str] = []
        self.relations: list[
            tuple[Entity, str, Entity, str, tuple[tuple[str, Any], ...], str]
        ] = []
        self.entities: list[Entity] = []

    def add(self, s: Entity, relation: str, o: Entity, summary: str, *,
            status: str = "asserted", **props: Any) -> None:
        """One relation of the record; `status` is "asserted" unless the record says the
        relation is "denied" or "ended" (an FtM link exported with that status)."""
        kept = tuple(sorted((k, v) for k, v in props.items() if v not in (None, "", [], ())))
        self.relations.append((s, relation, o, " ".join(summary.split()), kept, status))

    def mention(self, e: Entity) -> None:
        self.entities.append(e)

    def build(self) -> Extraction:
        text_parts: list[str] = []
        sentences: list[Sentence] = []
        offset = 0
        spans: list[tuple[int, int]] = []
        for i, (_, _, _, summary, _, _) in enumerate(self.relations):
            sentences.append(Sentence(i, offset, offset + len(summary), summary))
            spans.append((offset, offset + len(summary)))
            text_parts.append(summary)
            offset += len(summary) + 1
        text = "\n".join(text_parts) or (self.title or self.doc_id)
        doc = Document(
            id=self.doc_id, name=self.name, text=text, format=self.fmt, path=self.path,
            title=self.title, url=self.url, date=self.date, sentences=sentences,
            dataset=self.dataset, record_key=self.key, properties=self.properties,
        )
        relations = [
            Relation(
                s, rel, o, Evidence(doc.id, doc.name, summary, start, end, self.date),
                1.0, f"dataset:{self.dataset}", status, props,
            )
            for (s, rel, o, summary, props, status), (start, end) in zip(
                self.relations, spans, strict=True
            )
        ]
        return Extraction(doc, list(self.entities), relations)
