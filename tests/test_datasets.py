"""Dataset ingest sources on hand-written fixtures: records, properties, per-row failures with
file:line, header sniffing, --input-format forcing, and the Torn Apart mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.documents import read_documents
from kg.errors import IngestError
from kg.mapping import load_mapping
from kg.model import Extraction
from kg.sources import IngestFailure, source_for

DATA = Path(__file__).parent / "fixtures" / "datasets"
ROOT = Path(__file__).resolve().parent.parent


def read(path: Path, **kw) -> tuple[list[Extraction], list[IngestFailure]]:
    items = list(read_documents([path], **kw))
    return ([i for i in items if isinstance(i, Extraction)],
            [i for i in items if isinstance(i, IngestFailure)])


def triples(xs: list[Extraction]) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.relation, r.object.name) for x in xs for r in x.relations}


def test_atlas_rows_become_records_with_provenance():
    xs, fails = read(DATA / "atlas.csv")
    assert [x.document.id for x in xs] == ["atlas:AOSX00001", "atlas:AOSX00002", "atlas:AOSX00005"]
    t = triples(xs)
    assert ("Rockford Police Department", "USES", "Gunshot Detection") in t
    assert ("ShotSpotter", "CONTRACTS_WITH", "Rockford Police Department") in t
    assert ("Flock Safety", "CONTRACTS_WITH", "Saint Paul Police Department") in t
    assert ("Vigilant Solutions, Inc.", "CONTRACTS_WITH", "Saint Paul Police Department") in t
    assert ("Rockford Police Department", "LOCATED_IN", "Illinois") in t
    doc = xs[1].document
    assert doc.name == "atlas.csv:3" and doc.dataset == "atlas" and doc.date == "2019"
    assert doc.properties["link_urls"] == ["https://example.org/stpaul", "https://example.org/stpaul2"]
    assert "line break" not in doc.text and "plate readers" in doc.properties["summary"]
    # Failures name file and line: an empty Agency (line 5) and a short row (line 6).
    assert [f.message.split(": ")[0].rsplit("/", 1)[-1] for f in fails] == [
        "atlas.csv:5", "atlas.csv:6"]
    assert "empty Agency" in fails[0].message and "expected 28 fields" in fails[1].message


def test_usaspending_prime_amounts_dates_ids_and_bad_amount():
    xs, fails = read(DATA / "usaspending_prime.csv")
    assert len(xs) == 2 and len(fails) == 1
    assert fails[0].message.endswith("usaspending_prime.csv:3: total_obligated_amount "
                                     "'not a number' is not an amount")
    west = xs[0].relations[0]
    assert (west.subject.name, west.relation, west.object.name) == (
        "WEST PUBLISHING CORPORATION", "CONTRACTS_WITH", "U.S. Immigration and Customs Enforcement")
    props = dict(west.properties)
    assert props["amount"] == 7391976.0 and props["currency"] == "USD"
    assert props["start_date"] == "2017-12-22" and props["end_date"] == "2021-05-31"
    assert props["award_ids"] == ["FX0001"] and props["office"].startswith("DETENTION")
    assert "uei:FXUEI0000001" in west.subject.identifiers
    assert xs[0].document.url.startswith("https://www.usaspending.gov/award/")
    assert ("WEST PUBLISHING CORPORATION", "SUBSIDIARY_OF", "THOMSON REUTERS (MARKETS) LLC") in (
        triples(xs))


def test_usaspending_subawards_subcontractor_and_bad_date():
    xs, fails = read(DATA / "usaspending_subawards.csv")
    assert len(xs) == 1 and "usaspending_subawards.csv:3: subaward_action_date" in fails[0].message
    rels = {r.subject.name: dict(r.properties) for r in xs[0].relations
            if r.relation == "CONTRACTS_WITH"}
    assert rels["FEDS UNITED, LLC"]["prime_contractor"] == "LUKOS, LLC"
    assert rels["FEDS UNITED, LLC"]["roles"] == ["subcontractor"]
    assert rels["LUKOS, LLC"]["roles"] == ["prime"]
    # "LUKOS  LLC" is the prime's own parent under another spelling: no self-subsidiary.
    assert not [r for r in xs[0].relations if r.relation == "SUBSIDIARY_OF"]


def test_sii_transfers_and_companies():
    xs, fails = read(DATA / "sii_transfers.json")
    t = triples(xs)
    assert ("Packet Forensics", "CONTRACTS_WITH", "Drug Enforcement Administration") in t
    pf = next(r for x in xs for r in x.relations if r.relation == "CONTRACTS_WITH")
    assert dict(pf.properties)["year"] == "2009" and pf.evidence.date == "2009"
    assert dict(pf.properties)["goods"] == ["Lawful interception", "Deep packet inspection"]
    assert ("Drug Enforcement Administration", "LOCATED_IN", "United States of America") in t
    assert ("Packet Forensics", "LOCATED_IN", "United States of America") in t  # headquarters
    # No end user named: no agency is invented, the country stays on the record.
    semptian = next(x for x in xs if x.document.id == "sii:Semptian_Algeria_2010")
    assert not [r for r in semptian.relations if r.relation == "CONTRACTS_WITH"]
    assert not [r for x in xs for r in x.relations if "Algeria" in r.object.name]
    assert semptian.document.properties["recipient_country"] == "Algeria"
    assert [e.name for e in semptian.entities] == ["Semptian"]
    # Goods outside the technology vocabulary are kept on the record, not made Technology nodes.
    assert not [r for x in xs for r in x.relations if r.relation == "DEVELOPS"]
    assert semptian.document.properties["technologies_unmapped"] == ["Lawful interception"]
    assert len(fails) == 1 and "sii_transfers.json:" in fails[0].message
    assert "empty supplier_company" in fails[0].message


def test_sii_companies_people_and_technologies():
    xs, fails = read(DATA / "sii_companies.json")
    assert not fails
    t = triples(xs)
    assert ("Reach-U", "DEVELOPS", "location data") in t
    firm = "Fixture Intercept Ltd"
    assert ("Jane Example", "LEADS", firm) in t
    assert {("John Sample", "FOUNDED", firm), ("Ann Placeholder", "FOUNDED", firm)} <= t
    assert ("Max Doe", "WORKS_FOR", firm) in t  # "Doe, Max"
    assert {("Ola Nord", "FOUNDED", firm), ("Ola Nord", "LEADS", firm)} <= t
    assert ("Per Syd", "WORKS_FOR", firm) in t and ("Kim Vest", "WORKS_FOR", firm) in t
    assert not [s for s, _, o in t if "@" in s or s == "N/A"]
    assert (firm, "DEVELOPS", "spyware") in t  # "Intrusion"
    assert (firm, "CONTRACTS_WITH", "Example National Police") in t  # a sale in the profile
    doc = next(x.document for x in xs if x.document.id == "sii:company:Fixture-Intercept")
    assert doc.properties["technologies_unmapped"] == ["Monitoring Centre", "Phone Monitoring"]
    assert doc.properties["email"] == "sales@example.org"
    quiet = next(x for x in xs if x.document.id == "sii:company:Quiet-Co")
    assert not quiet.relations and [e.name for e in quiet.entities] == ["Quiet Co"]


def test_ftm_import_entities_links_and_failures():
    xs, fails = read(DATA / "entities.ftm.json")
    ents = {e.name: e for x in xs for e in x.entities}
    assert ents["Inter Example LLC"].type == "Company"  # Organization with a legal suffix
    assert "ftm:fx-org-1" in ents["Inter Example LLC"].identifiers
    assert ents["Example Ministry of Interior"].type == "Agency"
    assert "wikidata:Q4115189" in ents["Example Ministry of Interior"].identifiers
    t = triples(xs)
    assert ("Jan Example", "LEADS", "Inter Example LLC") in t
    assert ("Inter Example LLC", "CONTRACTS_WITH", "Example Ministry of Interior") in t
    assert ("Inter Example LLC", "LOCATED_IN", "Belarus") in t  # country code "by"
    messages = sorted(f.message for f in fails)
    assert any("entities.ftm.json:7: malformed JSON" in m for m in messages)
    assert any("entities.ftm.json:6: object 'fx-missing'" in m for m in messages)


@pytest.mark.parametrize(("name", "expected"), [
    ("atlas.csv", "atlas"), ("usaspending_prime.csv", "usaspending-prime"),
    ("usaspending_subawards.csv", "usaspending-subawards"), ("sii_transfers.json", "sii"),
    ("sii_companies.json", "sii"), ("entities.ftm.json", "ftm"),
])
def test_header_sniffing_picks_the_module(name, expected):
    path = DATA / name
    assert source_for(path, path.read_bytes()[:8192]).name == expected


def test_unknown_csv_header_says_how_to_force(tmp_path):
    path = DATA / "freezer.csv"
    with pytest.raises(IngestError, match="--input-format"):
        source_for(path, path.read_bytes()[:8192])
    _, fails = read(path)
    assert len(fails) == 1 and "mapping file" in fails[0].message


def test_input_format_forces_a_module_and_a_missing_column_fails_the_file(tmp_path):
    copy = tmp_path / "awards.txt"
    copy.write_bytes((DATA / "usaspending_prime.csv").read_bytes())
    xs, _ = read(copy, forced_format="usaspending-prime")
    assert len(xs) == 2
    xs, fails = read(DATA / "usaspending_prime.csv", forced_format="atlas")
    assert not xs and "usaspending_prime.csv:1: missing column(s) AOSNUMBER" in fails[0].message


def test_torn_apart_mapping_without_code():
    source = load_mapping(ROOT / "ingest" / "mappings" / "torn-apart.yaml")
    xs, fails = read(DATA / "freezer.csv", source=source)
    t = triples(xs)
    assert ("Palantir USG", "CONTRACTS_WITH", "U.S. Immigration and Customs Enforcement") in t
    assert ("Palantir USG", "SUBSIDIARY_OF", "Palantir Technologies") in t
    assert ("Dell Marketing", "SUBSIDIARY_OF", "Denali Holding") in t
    props = dict(xs[0].relations[0].properties)
    assert props["amount"] == 39340900.82 and props["currency"] == "USD"
    assert len(fails) == 1 and "freezer.csv:4: current_total_value '12,3x'" in fails[0].message
