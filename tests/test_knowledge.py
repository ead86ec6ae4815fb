"""The shipped knowledge base is valid against the ontology and answers alias lookups."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import OntologyError
from kg.extract.rules import RuleExtractor
from kg.knowledge import ENV_VAR, default_knowledge, load_knowledge
from kg.knowledge_audit import ERROR, audit
from kg.names import normalize
from kg.ontology import default_ontology
from tests.test_extract_rules import make_doc, triples


def test_every_shipped_entry_is_valid_against_the_ontology() -> None:
    kb = load_knowledge()
    onto = default_ontology()
    assert len(kb) > 500
    vocab = onto.technology_vocabulary()
    for entry in kb:
        assert entry.type in onto.entity_types, entry
        assert normalize(entry.name), entry
        if entry.type == "Technology":
            assert entry.name in vocab
        for term in entry.technologies:
            assert term in vocab, entry
        if entry.wikidata:
            assert entry.wikidata.startswith("Q")


@pytest.mark.parametrize("form", [
    "ICE", "Immigration and Customs Enforcement", "U.S. Immigration and Customs Enforcement",
    "US Immigration and Customs Enforcement", "Immigration & Customs Enforcement",
])
def test_ice_forms_resolve_to_one_agency(form: str) -> None:
    found = default_knowledge().lookup(form)
    assert [(e.name, e.type) for e in found] == [
        ("U.S. Immigration and Customs Enforcement", "Agency")]


def test_short_and_legal_forms_find_the_company() -> None:
    kb = default_knowledge()
    for form in ("Clearview", "Clearview AI Inc.", "clearview ai"):
        assert kb.get(form).name == "Clearview AI"
    assert kb.get("Israeli").type == "Location"
    assert kb.get("face recognition").name == "facial recognition"


def test_an_ambiguous_alias_keeps_every_candidate() -> None:
    types = {e.type for e in default_knowledge().lookup("ShotSpotter")}
    assert types == {"Product", "Company"}


def test_products_have_makers() -> None:
    kb = default_knowledge()
    assert [e.name for e in kb.maker_of("Pegasus")] == ["NSO Group"]
    assert [e.name for e in kb.maker_of("GrayKey")] == ["Grayshift"]


def test_default_knowledge_is_cached() -> None:
    assert default_knowledge() is default_knowledge()


def test_user_file_from_the_environment_is_merged(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "entities:\n"
        "  - name: Acme Surveillance\n    type: Company\n    aliases: [Acme]\n"
        "  - name: Clearview AI\n    type: Company\n    aliases: [CVAI]\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(ENV_VAR, str(extra))
    kb = default_knowledge()
    assert kb.get("Acme").name == "Acme Surveillance"
    assert kb.get("CVAI").name == "Clearview AI"
    assert kb.get("Clearview").name == "Clearview AI"  # shipped aliases kept
    monkeypatch.delenv(ENV_VAR)
    assert default_knowledge().get("Acme") is None


def test_a_bad_entry_names_its_file_and_entry(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("entities:\n  - name: Acme\n    type: Vendor\n", encoding="utf-8")
    with pytest.raises(OntologyError) as err:
        load_knowledge([bad])
    assert str(bad) in str(err.value) and "Acme" in str(err.value) and "Vendor" in str(err.value)


def test_unknown_fields_and_technologies_are_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- name: Acme\n  type: Company\n  technologies: [mind reading]\n",
                   encoding="utf-8")
    with pytest.raises(OntologyError, match="mind reading"):
        load_knowledge([bad])
    bad.write_text("- name: Acme\n  type: Company\n  colour: red\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="colour"):
        load_knowledge([bad])


def test_missing_user_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(OntologyError, match="does not exist"):
        load_knowledge([tmp_path / "nope.yaml"])


def test_activities_belong_to_technologies_and_need_verbs_and_objects(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- name: Acme\n  type: Company\n  activities: {verbs: [spy], objects: [you]}\n",
                   encoding="utf-8")
    with pytest.raises(OntologyError, match="only a Technology"):
        load_knowledge([bad])
    bad.write_text("- name: drone\n  type: Technology\n  activities: {verbs: [fly]}\n",
                   encoding="utf-8")
    with pytest.raises(OntologyError, match="'verbs' and 'objects'"):
        load_knowledge([bad])
    bad.write_text("- name: drone\n  type: Technology\n"
                   "  activities: {verbs: [Fly over], objects: [cities]}\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="single lower-case words"):
        load_knowledge([bad])


def test_a_user_file_adds_activities_to_a_shipped_technology(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("- name: drone\n  type: Technology\n"
                     "  activities: {verbs: [fly], objects: [over crowds]}\n", encoding="utf-8")
    drone = load_knowledge([extra]).get("drone", "Technology")
    assert drone is not None and "fly" in drone.activity_verbs
    assert "over crowds" in drone.activity_objects


def test_a_place_kind_is_checked(tmp_path: Path) -> None:
    assert default_knowledge().get("Texas", "Location").kind == "state"  # type: ignore[union-attr]
    assert default_knowledge().get("Canada", "Location").kind == "country"  # type: ignore[union-attr]
    bad = tmp_path / "bad.yaml"
    bad.write_text("- name: Acme\n  type: Company\n  kind: city\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="'kind'"):
        load_knowledge([bad])
    bad.write_text("- name: Springfield\n  type: Location\n  kind: town\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="'kind'"):
        load_knowledge([bad])


def test_domestic_names_need_a_known_country(tmp_path: Path) -> None:
    navy = default_knowledge().get("U.S. Navy", "Agency")
    assert navy is not None and navy.country == "United States" and "Navy" in (
        navy.domestic_aliases)
    bad = tmp_path / "bad.yaml"
    bad.write_text("- name: Ruritanian Navy\n  type: Agency\n"
                   "  domestic: {country: Ruritania, aliases: [Navy]}\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="country 'Ruritania'"):
        load_knowledge([bad])
    bad.write_text("- name: Ruritanian Navy\n  type: Agency\n  domestic: [Navy]\n",
                   encoding="utf-8")
    with pytest.raises(OntologyError, match="'domestic'"):
        load_knowledge([bad])


def test_a_place_s_demonyms_find_it_but_are_not_its_names() -> None:
    kb = default_knowledge()
    kenya = kb.get("Kenyan", "Location")
    assert kenya is not None and kenya.name == "Kenya"
    assert kenya.is_demonym("Kenyan") and not kenya.is_demonym("Kenya")
    assert "Kenyan" not in kenya.aliases and "Kenyan" in kenya.names()
    assert kb.demonym_of("Kenyan") == kenya and kb.demonym_of("Kenya") is None
    swiss = kb.demonym_of("Swiss")  # no ending tells these from a name; the data does
    assert swiss is not None and swiss.name == "Switzerland"
    assert kb.demonym_of("Oman") is None and kb.demonym_of("Japan") is None


def test_demonyms_belong_to_places_and_accumulate_from_a_user_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- name: Acme\n  type: Company\n  demonyms: [Acmean]\n", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"bad\.yaml.*'demonyms'"):
        load_knowledge([bad])
    mine = tmp_path / "mine.yaml"
    mine.write_text("- name: Kenya\n  type: Location\n  demonyms: [Kenyans]\n",
                    encoding="utf-8")
    kenya = load_knowledge([mine]).get("Kenya", "Location")
    assert kenya is not None and kenya.demonyms == ("Kenyan", "Kenyans")


def test_a_user_s_place_and_demonym_drive_extraction(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("- name: Ruritania\n  type: Location\n  kind: country\n"
                    "  demonyms: [Ruritanian]\n", encoding="utf-8")
    text = ("The Ruritanian government signed a contract with NSO Group. Critics said the "
            "Ruritanian government used it against journalists. Ruritanian firm Zorblax "
            "Systems sold cameras to the city.")
    extraction = RuleExtractor(load_knowledge([mine])).extract(make_doc(text))
    found = triples(extraction)
    assert ("Ruritanian government", "LOCATED_IN", "Ruritania") in found, sorted(found)
    assert ("Zorblax Systems", "LOCATED_IN", "Ruritania") in found, sorted(found)
    assert not any("Ruritanian" in (s, o) for s, _, o in found)  # a people names no place
    [place] = [e for e in extraction.entities if e.type == "Location"]
    assert place.name == "Ruritania" and "Ruritanian" not in place.aliases


def test_shipped_knowledge_passes_review() -> None:
    assert [f for f in audit(load_knowledge()) if f.severity == ERROR] == []


def test_review_finds_twins_shared_forms_and_dead_aliases_in_the_new_file_only(
        tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "entities:\n"
        "  - name: Pegasus Holdings\n    type: Company\n    aliases: [Pegasus]\n"
        "  - name: Acme Vision\n    type: Company\n    aliases: [Acme Vision, Inc.]\n"
        "  - name: Acme Vision Systems\n    type: Company\n    aliases: [AVS]\n"
        "  - name: AVS Group\n    type: Company\n    aliases: [AVS]\n",
        encoding="utf-8",
    )
    found = {(f.check, f.entry, f.form) for f in audit(load_knowledge([mine]), [str(mine)])}
    assert found == {("ambiguous", "Pegasus Holdings", "Pegasus"),
                     ("suffix-only", "Acme Vision", "Inc."),
                     ("duplicate", "Acme Vision Systems", "AVS")}
