"""The record source a mapping file describes: CSV rows through the mapping to Extractions.

Kept apart from kg.mapping (parsing and validation) so the parser stays readable; the source
checks the header against every column the mapping names before the first row is read.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from kg.errors import IngestError
from kg.mapping import Mapping, Value
from kg.model import Entity, Extraction
from kg.names import name_key
from kg.record_sources import CsvRecordSource
from kg.records import (
    RecordBuilder,
    Row,
    RowError,
    csv_header,
    entity,
    parse_amount,
    parse_date,
)


def _convert(value: Value, row: dict[str, str], name: str) -> Any:
    text = value.template.render(row)
    if not text:
        return None
    columns = value.template.columns()
    name = columns[0] if len(columns) == 1 else name  # errors name the column at fault
    if value.kind == "amount":
        return parse_amount(text, name)
    if value.kind == "number":
        try:
            return float(text)
        except ValueError:
            raise RowError(f"{name} {text!r} is not a number") from None
    if value.kind == "date":
        return parse_date(text, name, strict=True)
    if value.kind == "list":
        return [p.strip() for p in text.split("||") if p.strip()]
    return text


class MappingSource(CsvRecordSource):
    """A CSV table read through a mapping file (see kg.mapping)."""


    def __init__(self, mapping: Mapping) -> None:
        self.mapping = mapping
        self.name = mapping.name
        self.required = tuple(mapping.match_header)


    def check_header(self, header: list[str], where: str) -> None:
        """Every column the mapping names must be in the header (before any row is read)."""
        for template in self.mapping.templates():
            missing = [c for c in template.columns() if c not in header]
            if missing:
                raise IngestError(
                    f"{self.mapping.path}:{template.line}: column(s) {', '.join(missing)} "
                    f"not in the header of {where}"
                )

    def before_rows(self, stream: BinaryIO, where: str) -> None:
        head = stream.read(1 << 16)
        stream.seek(0)
        self.check_header(csv_header(head.split(b"\n", 1)[0] + b"\n") or [], where)

    def _entity(self, eid: str, row: dict[str, str]) -> Entity | None:
        spec = self.mapping.entities[eid]
        label = spec.name.render(row)
        if not label or not name_key(label):
            return None
        idents = tuple(
            f"{scheme}:{v.upper()}"
            for scheme, t in spec.identifiers.items()
            if (v := t.render(row))
        )
        props = {k: _convert(v, row, k) for k, v in spec.properties.items()}
        return entity(label, spec.type, identifiers=idents, **props)

    def record(self, row: Row, name: str, path: str | None) -> Extraction:
        m, values = self.mapping, {k: str(v) for k, v in row.values.items()}
        key = m.key.render(values)
        if not key:
            raise RowError(f"empty record key ({m.key.text})")
        rec = RecordBuilder(
            m.dataset, key, f"{name}:{row.line}", fmt=m.name, path=path,
            url=m.url.render(values) or None if m.url else None,
            date=parse_date(m.date.render(values), "date") if m.date else None,
            title=m.title.render(values) if m.title else None,
            properties={k: _convert(v, values, k) for k, v in m.record_properties.items()},
        )
        entities = {eid: self._entity(eid, values) for eid in m.entities}
        for spec in m.relations:
            s, o = entities[spec.subject], entities[spec.object]
            if s is None or o is None or (s.type, s.key) == (o.type, o.key):
                continue  # an empty name or a self-loop (a firm that is its own parent)
            props = {k: _convert(v, values, k) for k, v in spec.properties.items()}
            rec.add(s, spec.relation, o, spec.summary.render(values), **props)
        for e in entities.values():
            if e is not None:
                rec.mention(e)
        return rec.build()
