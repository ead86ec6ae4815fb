"""Mapping files are validated against the ontology before any row is read, and every error
names the mapping file and the line at fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.documents import read_documents
from kg.mapping import MappingError, load_mapping, parse_mapping
from kg.sources import IngestFailure

DATA = Path(__file__).parent / "fixtures" / "datasets"
GOOD = """\
name: t
record:
  key: "{award_id}"
entities:
  vendor:
    type: Company
    name: "{recipient_name}"
  ice:
    type: Agency
    name: ICE
relations:
  - subject: vendor
    relation: CONTRACTS_WITH
    object: ice
"""


def error(text: str) -> str:
    with pytest.raises(MappingError) as info:
        parse_mapping(text, Path("m.yaml"))
    return str(info.value)


def test_the_shipped_example_and_a_minimal_mapping_are_valid():
    assert parse_mapping(GOOD, Path("m.yaml")).relations[0].relation == "CONTRACTS_WITH"
    root = Path(__file__).resolve().parent.parent
    assert load_mapping(root / "ingest" / "mappings" / "torn-apart.yaml").name == "torn-apart"


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("type: Company", "type: Compnay", "m.yaml:6: entity vendor: unknown type 'Compnay'"),
    ("relation: CONTRACTS_WITH", "relation: SELLS_TO", "m.yaml:13: unknown relation type"),
    ("object: ice", "object: vendor", "m.yaml:13: CONTRACTS_WITH does not take Company -> Company"),
    ("object: ice", "object: nobody", "m.yaml:14: relation object 'nobody' is not an entity"),
    ("  key: \"{award_id}\"", "  kee: x", "m.yaml:3: unknown key 'kee' in record"),
    ("name: t", "name: t\nnonsense: 1", "m.yaml:2: unknown key 'nonsense'"),
    ("    object: ice", "    object: ice\n    properties:\n      Amount: x",
     "m.yaml:16: property name 'Amount' is not snake_case"),
    ("    object: ice", "    object: ice\n    properties:\n      amount: {column: a, type: money}",
     "m.yaml:16: relation properties.amount: type 'money' is not one of"),
    ("relations:", "relations: [", "m.yaml:12: invalid YAML"),
])
def test_errors_name_file_and_line(old, new, expected):
    assert expected in error(GOOD.replace(old, new, 1))


def test_columns_are_checked_against_the_header_before_any_row(tmp_path):
    mapping = tmp_path / "m.yaml"
    mapping.write_text(GOOD.replace("{recipient_name}", "{vendor_name}"), encoding="utf-8")
    items = list(read_documents([DATA / "freezer.csv"], source=load_mapping(mapping)))
    assert len(items) == 1 and isinstance(items[0], IngestFailure)
    assert f"{mapping}:7: column(s) vendor_name not in the header" in items[0].message
