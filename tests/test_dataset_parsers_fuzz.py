"""Property tests: whatever bytes a dataset file holds, the CSV and JSON sources yield records
or per-row failures (or one file-level IngestError), never another exception."""

from __future__ import annotations

import contextlib
import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.atlas import AtlasSource
from ingest.ftm import FtmSource
from ingest.sii import SiiSource
from ingest.usaspending import UsaspendingPrimeSource
from kg.errors import IngestError
from kg.model import Extraction
from kg.records import RowError, parse_amount, parse_date
from kg.sources import IngestFailure

HEADER = b'"AOSNUMBER","Agency","Technology","Vendor","State","Link 1 Date"\n'
PRIME = b"contract_award_unique_key,recipient_name,awarding_agency_name,total_obligated_amount\n"
cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


def drain(source, data: bytes) -> list:
    try:
        items = list(source.read_records(io.BytesIO(data), "f", "f"))
    except IngestError:
        return []
    assert all(isinstance(i, Extraction | IngestFailure) for i in items)
    for i in items:
        if isinstance(i, IngestFailure):
            assert i.message.startswith("f")
    return items


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_atlas_any_bytes(body):
    drain(AtlasSource(), HEADER + body)
    drain(UsaspendingPrimeSource(), PRIME + body)


@settings(max_examples=150)
@given(st.lists(st.lists(cell, min_size=0, max_size=7), max_size=6))
def test_atlas_any_rows(rows):
    import csv

    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    items = drain(AtlasSource(), HEADER + buf.getvalue().encode("utf-8", "surrogatepass"))
    assert len(items) <= len(rows) + 1


@settings(max_examples=150)
@given(st.binary(max_size=300))
def test_json_sources_any_bytes(body):
    drain(SiiSource(), b"[" + body)
    drain(FtmSource(), b'{"id": "x", "schema": "Person", "properties": {}}\n' + body)


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | cell,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(cell, inner, max_size=3),
    max_leaves=10,
)


@settings(max_examples=150)
@given(st.lists(st.dictionaries(
    st.sampled_from(["supplier_company", "recipient_country", "enduser", "goods", "company_name",
                     "id", "schema", "properties", "technology_sold", "unique_id"]),
    json_value, max_size=6), max_size=5))
def test_json_sources_any_objects(items):
    drain(SiiSource(), json.dumps(items).encode())
    drain(FtmSource(), "\n".join(json.dumps(i) for i in items).encode())


@given(cell)
def test_value_parsers_raise_only_row_errors(text):
    for parse in (lambda t: parse_amount(t, "c"), lambda t: parse_date(t, "c", strict=True)):
        with contextlib.suppress(RowError):
            parse(text)
