from pathlib import Path

import pytest
import yaml

from kg.errors import OntologyError
from kg.ontology import default_ontology, load_ontology, parse_ontology
from kg.resources import data_dir
from kg.store.neo4j_store import neo4j_ddl

ANNOTATION_RELATIONS = {
    "CONTRACTS_WITH",
    "USES",
    "SCRAPED",
    "DEVELOPS",
    "IS_A",
    "OPERATES",
    "ACQUIRED",
    "SUBSIDIARY_OF",
    "INVESTED_IN",
    "PARTNERS_WITH",
    "FOUNDED",
    "LEADS",
    "WORKS_FOR",
    "REPRESENTS",
    "SUED",
    "FINED",
    "SANCTIONED",
    "BANNED",
    "INVESTIGATED",
    "SUFFERED",
    "LOCATED_IN",
}


def test_shipped_ontology_covers_the_annotation_guide():
    onto = default_ontology()
    assert set(onto.entity_types) == {
        "Company",
        "Agency",
        "Platform",
        "Product",
        "Technology",
        "Person",
        "Organization",
        "Incident",
        "Location",
    }
    assert set(onto.relation_types) == ANNOTATION_RELATIONS
    assert len(onto.technology_vocabulary()) == 15


def test_domain_and_range_come_from_the_file():
    onto = default_ontology()
    assert onto.allows("Company", "CONTRACTS_WITH", "Agency")
    assert not onto.allows("Agency", "CONTRACTS_WITH", "Company")
    assert onto.allows("Person", "PARTNERS_WITH", "Platform")  # "any"
    assert onto.relation_type("PARTNERS_WITH").symmetric
    with pytest.raises(OntologyError, match="CONTRACTS_WITH does not take Person -> Agency"):
        onto.check_triple("Person", "CONTRACTS_WITH", "Agency")
    with pytest.raises(OntologyError, match="unknown relation type 'SELLS'"):
        onto.relation_type("SELLS")


def test_schema_covers_every_label():
    onto = default_ontology()
    items = onto.schema_items()
    unique = {(i.label, i.prop) for i in items if i.unique}
    assert unique == {(label, "key") for label in onto.entity_types} | {("Document", "id")}
    assert ("Entity", "name") in {(i.label, i.prop) for i in items}


def test_neo4j_ddl_is_idempotent_and_from_the_ontology():
    ddl = neo4j_ddl(default_ontology().schema_items())
    assert (
        "CREATE CONSTRAINT company_key IF NOT EXISTS FOR (n:Company) REQUIRE n.key IS UNIQUE" in ddl
    )
    assert all("IF NOT EXISTS" in s for s in ddl)


def test_rdf_terms():
    onto = default_ontology()
    assert onto.class_iri("Agency") == onto.vocabulary + "Agency"
    assert onto.property_iri("SUBSIDIARY_OF") == onto.vocabulary + "subsidiaryOf"


def _raw() -> dict:
    return yaml.safe_load((data_dir("ontology") / "ontology.yaml").read_text())


def test_unknown_type_in_a_relation_names_the_key(tmp_path: Path):
    raw = _raw()
    raw["relation_types"]["USES"]["object"] = ["Gadget"]
    with pytest.raises(OntologyError, match=r"relation_types\.USES\.object: unknown entity type"):
        parse_ontology(raw, tmp_path / "o.yaml")


def test_bad_identifier_is_refused(tmp_path: Path):
    raw = _raw()
    raw["entity_types"]["bad label"] = {"description": "x"}
    with pytest.raises(OntologyError, match="not a PascalCase identifier"):
        parse_ontology(raw, tmp_path / "o.yaml")


def test_invalid_yaml_names_file_and_line(tmp_path: Path):
    path = tmp_path / "o.yaml"
    path.write_text("version: 1\nentity_types:\n  Company: [unclosed\n")
    with pytest.raises(OntologyError, match=r"o\.yaml:\d+: invalid YAML"):
        load_ontology(path)
