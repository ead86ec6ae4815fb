"""Entity resolution: labelled pairs from the sample names (precision and recall), candidates
for review, and decisions (merge, then split) re-applied on every build on both stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.knowledge import default_knowledge
from kg.pipeline import build
from kg.resolve import Decision, Node, Resolver, candidate_pairs, read_decisions, record_decision

DATA = Path(__file__).parent / "fixtures" / "datasets"
C, A, T = "Company", "Agency", "Technology"
# (name, type, name, type, same?) built from names seen in the sample datasets and articles.
PAIRS: list[tuple[str, str, str, str, bool]] = [
    ("U.S. Immigration and Customs Enforcement", A, "IMMIGRATION AND CUSTOMS ENFORCEMENT", A,
     True),
    ("U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT", A, "ICE", A, True),
    ("US Immigration and Customs Enforcement", A, "U.S. Immigration & Customs Enforcement", A,
     True),
    ("Department of Homeland Security (DHS)", A, "Department of Homeland Security", A, True),
    ("DHS", A, "U.S. Department of Homeland Security", A, True),
    ("Palantir USG Inc", C, "Palantir Technologies", C, True),
    ("PALANTIR TECHNOLOGIES INC.", C, "Palantir", C, True),
    ("Palantir USG", C, "Palantir Technologies Inc.", C, True),
    ("Clearview", C, "Clearview AI", C, True),
    ("ShotSpotter Inc.", C, "SoundThinking", C, True),
    ("LUKOS, LLC", C, "LUKOS  LLC", C, True),
    ("Dell Federal Systems L.P", C, "DELL TECHNOLOGIES INC.", C, True),
    ("VISTA OUTDOOR SALES LLC", C, "VISTA OUTDOOR INC.", C, True),
    ("Body-worn Cameras", T, "body-worn camera", T, True),
    ("Automated License Plate Readers", T, "ALPR", T, True),
    ("Face Recognition", T, "facial recognition", T, True),
    ("Flock Safety", C, "Flock Freight", C, False),
    ("Axon Enterprise", C, "Axon Networks", C, False),
    ("Defense Technology, LLC", C, "Defense Technologies International", C, False),
    ("General Security Services Corporation", C, "General Dynamics Information Technology", C,
     False),
    ("Palantir", C, "Palladium", C, False),
    ("NSO Group", C, "NICE Systems", C, False),
    ("U.S. Customs and Border Protection", A, "U.S. Immigration and Customs Enforcement", A,
     False),
    ("Homeland Security Investigations", A, "Department of Homeland Security", A, False),
    ("WEST PUBLISHING CORPORATION", C, "THOMSON REUTERS (MARKETS) LLC", C, False),
    ("Chicago Police Department", A, "Chicago", A, False),
]


def resolver(decisions: list[Decision] | None = None) -> Resolver:
    return Resolver(default_knowledge(), decisions)


def test_labelled_pairs_precision_and_recall():
    r = resolver()
    tp = fp = fn = 0
    wrong = []
    for a, ta, b, tb, same in PAIRS:
        said = r.resolve_name(a, ta).key == r.resolve_name(b, tb).key and ta == tb
        tp += said and same
        fp += said and not same
        fn += same and not said
        if said != same:
            wrong.append((a, b, same))
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    assert precision == 1.0, wrong
    assert recall >= 0.9, wrong


def test_type_is_part_of_identity():
    r = resolver()
    assert r.resolve_name("Palantir", A).key == r.resolve_name("Palantir", C).key == "palantir"
    company = r.resolve(Node_entity("Palantir", C))
    agency = r.resolve(Node_entity("Palantir", A))
    assert (company.type, company.key) != (agency.type, agency.key)


def Node_entity(name: str, type_: str):
    from kg.records import entity

    return entity(name, type_)


def test_identifiers_join_names_within_a_build():
    r = resolver()
    from kg.records import entity

    first = r.resolve(entity("Acme Widgets Corp", C, identifiers=("uei:X1",)))
    second = r.resolve(entity("ACME WIDGETZ", C, identifiers=("uei:X1",)))
    assert first.key == second.key == "acme-widgets"
    assert second.name == "ACME WIDGETZ"  # the node keeps this name among its aliases


def test_candidates_are_blocked_scored_and_explained():
    nodes = [Node(C, "thermal-technoligies", "THERMAL TECHNOLIGIES, INC"),
             Node(C, "thermal-technologies", "Thermal Technologies"),
             Node(C, "flock-safety", "Flock Safety"), Node(C, "flock-freight", "Flock Freight"),
             Node(A, "thermal-technologies", "Thermal Technologies"),
             Node(C, "acme", "Acme", identifiers=("duns:1",)),
             Node(C, "zenith-works", "Zenith Works", identifiers=("duns:1",))]
    pairs, _ = candidate_pairs(nodes, threshold=70)
    rows = {(p.a_key, p.b_key, p.type): p for p in pairs}
    typo = rows[("thermal-technoligies", "thermal-technologies", C)]
    assert typo.score >= 90 and "similar names" in typo.reasons[0]
    assert rows[("acme", "zenith-works", C)].suggestion == "merge"
    assert all(p.type == C for p in pairs)  # the agency is never paired with a company
    decided = [Decision("Acme", "Zenith Works", False, "different firms", C)]
    pairs, _ = candidate_pairs(nodes, decided, threshold=70)
    assert ("acme", "zenith-works", C) not in {(p.a_key, p.b_key, p.type) for p in pairs}


def company_keys(store) -> dict[str, list[str]]:
    rows = store.read("MATCH (c:Company) RETURN c.key AS key, c.aliases AS aliases").rows
    return {r["key"]: sorted(r["aliases"]) for r in rows}


def test_merge_then_split_are_reapplied_on_rebuild(store, tmp_path):
    decisions = tmp_path / "decisions.jsonl"
    inputs = [DATA / "usaspending_prime.csv"]
    build(store, inputs, decisions=decisions)
    keys = company_keys(store)
    assert "palantir" in keys and "PALANTIR USG INC" in keys["palantir"]
    assert "west-publishing" in keys
    record_decision(Decision("West Publishing Corporation", "Thomson Reuters (Markets) LLC", True,
                             "same corporate family", C), decisions)
    record_decision(Decision("PALANTIR USG INC", "Palantir", False, "keep the federal unit apart",
                             C), decisions)
    assert len(read_decisions(decisions)) == 2
    store.write([("MATCH (n) DETACH DELETE n", {})])
    build(store, inputs, decisions=decisions)
    keys = company_keys(store)
    assert "west-publishing" not in keys
    assert "WEST PUBLISHING CORPORATION" in keys["thomson-reuters"]  # the KB's Thomson Reuters
    assert "palantir-usg" in keys and keys["palantir"]  # split off, both nodes exist
    record_decision(Decision("West Publishing Corporation", "Thomson Reuters (Markets) LLC", False,
                             "undo: separate legal entities", C), decisions)
    store.write([("MATCH (n) DETACH DELETE n", {})])
    build(store, inputs, decisions=decisions)
    assert "west-publishing" in company_keys(store)


def test_a_bad_decisions_file_names_its_line(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"a": "x", "b": "y", "same": true}\nnot json\n', encoding="utf-8")
    with pytest.raises(Exception, match=r"d.jsonl:2"):
        read_decisions(path)
