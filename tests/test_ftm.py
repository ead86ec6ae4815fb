"""FollowTheMoney import and export: contracts and awards as CONTRACTS_WITH with amounts and
dates, country codes as LOCATED_IN, undecided organisations typed by their links, relation
status kept, and export -> import giving the same relations on both stores."""

from __future__ import annotations

import io
import json
from pathlib import Path

from kg.documents import read_documents
from kg.export.ftm import write_ftm
from kg.model import Extraction
from kg.pipeline import build
from kg.resolve.countries import country_code, country_name
from kg.sources import IngestFailure

DATA = Path(__file__).parent / "fixtures" / "datasets"


def read(path: Path) -> tuple[list[Extraction], list[IngestFailure]]:
    items = list(read_documents([path]))
    return ([i for i in items if isinstance(i, Extraction)],
            [i for i in items if isinstance(i, IngestFailure)])


def rels(xs: list[Extraction]) -> dict[tuple[str, str, str], tuple[str, dict]]:
    return {(r.subject.name, r.relation, r.object.name): (r.status, dict(r.properties))
            for x in xs for r in x.relations}


def test_contract_awards_become_contracts_with_amounts_and_dates():
    xs, fails = read(DATA / "contracts.ftm.json")
    got = rels(xs)
    status, props = got[("Examplo Vision GmbH", "CONTRACTS_WITH", "Example Border Police")]
    assert status == "asserted"
    assert props["amount"] == 250000.0 and props["potential_amount"] == 400000.0
    assert props["currency"] == "EUR" and props["roles"] == ["prime"]
    assert (props["start_date"], props["end_date"]) == ("2021-03-01", "2023-02-28")
    assert props["title"] == "Border camera network" and props["award_ids"] == ["FX-2021-007"]
    award = next(x for x in xs if x.document.id == "ftm:fx-award-1")
    assert award.document.date == "2021-02-15" and award.relations[0].evidence.date == "2021-02-15"
    # No award amount: the contract's value is the amount; its date is the contract date.
    _, props = got[("Optica Northwind", "CONTRACTS_WITH", "Example Interior Directorate")]
    assert props["amount"] == 90000.0 and props["currency"] == "USD"
    assert "potential_amount" not in props
    # The award naming a contract that is not in the file fails on its own line.
    assert len(fails) == 1 and "contracts.ftm.json:12: contract 'fx-contract-missing'" in (
        fails[0].message)
    # A contract with no award names no supplier: no relation.
    assert not [k for k in got if k[2] == "Example Border Police" and k[0] != "Examplo Vision GmbH"
                and k[1] == "CONTRACTS_WITH"]


def test_undecided_organisations_take_the_type_their_links_need():
    xs, _ = read(DATA / "contracts.ftm.json")
    types = {e.name: e.type for x in xs for e in x.entities}
    assert types["Optica Northwind"] == "Company"  # LegalEntity that supplies a contract
    assert types["Example Interior Directorate"] == "Agency"  # a contract authority
    assert types["Example Watch"] == "Organization"  # named by no link


def test_status_is_kept():
    got = rels(read(DATA / "contracts.ftm.json")[0])
    assert got[("Examplo Vision GmbH", "INVESTED_IN", "Optica Northwind")][0] == "ended"
    assert got[("Mira Example", "LEADS", "Examplo Vision GmbH")][0] == "denied"


def test_country_codes_become_located_in():
    got = rels(read(DATA / "contracts.ftm.json")[0])
    assert ("Examplo Vision GmbH", "LOCATED_IN", "Germany") in got  # country + jurisdiction: one
    assert ("Example Border Police", "LOCATED_IN", "Greece") in got
    assert ("Optica Northwind", "LOCATED_IN", "Ireland") in got
    assert not [k for k in got if k[0] in ("Mira Example", "Example Watch")
                and k[1] == "LOCATED_IN"]  # a person; an unknown code ("zz")
    got = rels(read(DATA / "entities.ftm.json")[0])
    assert ("Inter Example LLC", "LOCATED_IN", "Belarus") in got


def test_country_table():
    assert country_name("BY") == "Belarus" and country_name("gb-sct") == "United Kingdom"
    assert country_name("ge") == "Georgia (country)" and country_name("zz") is None
    assert country_code("United States of America") == "us" and country_code("Atlantis") is None


def edges(store) -> set[tuple]:
    rows = store.read(
        "MATCH (s:Entity)-[r]->(o:Entity) RETURN s.type AS st, s.key AS s, type(r) AS r, "
        "o.type AS ot, o.key AS o, r.status AS status, r.amount AS amount, "
        "r.potential_amount AS potential, r.currency AS currency, r.start_date AS start, "
        "r.end_date AS end, r.first_seen AS seen, r.roles AS roles, r.title AS title").rows
    return {tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in row.items())
            for row in rows}


def export(store, tmp_path: Path) -> tuple[Path, list[dict]]:
    out = io.StringIO()
    write_ftm(store, out)
    path = tmp_path / "graph.ftm.json"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path, [json.loads(line) for line in out.getvalue().splitlines()]


def test_round_trip_keeps_contracts_status_and_countries(store, tmp_path):
    none = tmp_path / "none.jsonl"
    build(store, [DATA / "contracts.ftm.json"], decisions=none)
    before = edges(store)
    path, items = export(store, tmp_path)
    schemas = [i["schema"] for i in items]
    assert schemas.count("ContractAward") == 2 and schemas.count("Contract") == 2
    assert not [i for i in items if i["schema"] == "UnknownLink"
                and i["properties"]["role"] == ["CONTRACTS_WITH"]]
    award = next(i["properties"] for i in items if i["schema"] == "ContractAward"
                 and i["properties"].get("amount") == ["250000"])
    assert award["currency"] == ["EUR"] and award["startDate"] == ["2021-03-01"]
    assert award["endDate"] == ["2023-02-28"] and award["date"] == ["2021-02-15"]
    # Countries travel as codes on their subjects, not as Address entities.
    company = next(i for i in items if i.get("caption") == "Examplo Vision GmbH")
    assert company["properties"]["country"] == ["de"]
    assert not [i for i in items if i["schema"] == "Address"]
    assert {i["properties"]["status"][0] for i in items if "status" in i["properties"]} == {
        "denied", "ended"}
    store.write([("MATCH (n) DETACH DELETE n", {})])
    build(store, [path], decisions=none)
    assert edges(store) == before


def test_usaspending_exports_as_contract_awards(store, tmp_path):
    none = tmp_path / "none.jsonl"
    build(store, [DATA / "usaspending_prime.csv"], decisions=none)
    before = edges(store)
    path, items = export(store, tmp_path)
    awards = [i for i in items if i["schema"] == "ContractAward"]
    assert awards and all(a["properties"].get("amount") for a in awards)
    assert any(a["properties"].get("startDate") == ["2017-12-22"] for a in awards)
    store.write([("MATCH (n) DETACH DELETE n", {})])
    build(store, [path], decisions=none)
    assert edges(store) == before
