"""The shared shape of CSV record sources: sniff by header names, stream the rows, and turn a
bad row into one failure line (file:line) while the rest of the file goes on.

A dataset module only says which columns it needs (`required`) and how one row becomes a
record (`record`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from kg.model import Extraction
from kg.records import Row, RowError, csv_header, csv_rows, failure
from kg.sources import IngestFailure


class CsvRecordSource:
    name: str
    suffixes: tuple[str, ...] = (".csv",)
    required: tuple[str, ...] = ()

    def sniff(self, head: bytes) -> bool:
        header = csv_header(head) or []
        return bool(header) and all(column in header for column in self.required)

    def read_records(
        self, stream: BinaryIO, name: str, path: str | None
    ) -> Iterator[Extraction | IngestFailure]:
        where = path or name
        self.before_rows(stream, where)
        for row in csv_rows(stream, where, self.required):
            if isinstance(row, IngestFailure):
                yield row
                continue
            try:
                yield self.record(row, name, path)
            except RowError as exc:
                yield failure(where, row.line, str(exc))

    def before_rows(self, stream: BinaryIO, where: str) -> None:
        """A hook to check the file before its first row (a mapping checks the header)."""

    def record(self, row: Row, name: str, path: str | None) -> Extraction:
        raise NotImplementedError
