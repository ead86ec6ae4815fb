"""A small hand-written corpus of extractions that exercises every saved query.

Facts are public and simplified; sentences are our own words. Each document cites its
relations with its first sentence, which is all the stores need.
"""

from __future__ import annotations

from kg.knowledge import default_knowledge
from kg.model import Extraction
from kg.records import RecordBuilder, entity
from kg.resolve import Resolver
from tests.conftest import make_extraction

C, A, P, PR, T = "Company", "Agency", "Platform", "Product", "Technology"
PE, ORG, INC, L = "Person", "Organization", "Incident", "Location"

DOCS: list[tuple[str, str, str, list[tuple[str, str, str, str, str]], str]] = [
    ("clearview-2020.txt", "2020-02-10",
     "Clearview AI scraped photos from Facebook and YouTube and sold access to ICE.",
     [("Clearview AI", C, "SCRAPED", "Facebook", P),
      ("Clearview AI", C, "SCRAPED", "YouTube", P),
      ("Clearview AI", C, "CONTRACTS_WITH", "U.S. Immigration and Customs Enforcement", A),
      ("Clearview AI", C, "DEVELOPS", "facial recognition", T),
      ("Hoan Ton-That", PE, "LEADS", "Clearview AI", C),
      ("Clearview AI", C, "LOCATED_IN", "New York", L)], "asserted"),
    ("clearview-breach.txt", "2020-02-26",
     "Clearview AI suffered a breach of its client list; the Chicago police used its tool.",
     [("Clearview AI", C, "SUFFERED", "Clearview AI client-list breach (2020-02)", INC),
      ("Chicago Police Department", A, "USES", "Clearview AI", C),
      ("Tor Ekeland", PE, "REPRESENTS", "Clearview AI", C),
      ("Clearview AI", C, "SCRAPED", "Facebook", P)], "asserted"),
    ("clearview-fines.txt", "2022-05-23",
     "The Information Commissioner's Office fined Clearview AI and the ACLU sued it.",
     [("Information Commissioner's Office", A, "FINED", "Clearview AI", C),
      ("ACLU", ORG, "SUED", "Clearview AI", C),
      ("Information Commissioner's Office", A, "BANNED", "Clearview AI", C)], "asserted"),
    ("clearview-denial.txt", "2021-03-01",
     "Clearview AI said it never sold its tool to the Chicago Police Department.",
     [("Clearview AI", C, "CONTRACTS_WITH", "Chicago Police Department", A)], "denied"),
    ("palantir-ice.txt", "2019-07-12",
     "Palantir Technologies has contracts with ICE and the Los Angeles Police Department.",
     [("Palantir Technologies", C, "CONTRACTS_WITH", "U.S. Immigration and Customs Enforcement", A),
      ("Palantir Technologies", C, "CONTRACTS_WITH", "Los Angeles Police Department", A),
      ("Palantir Technologies", C, "DEVELOPS", "Gotham", PR),
      ("Los Angeles Police Department", A, "USES", "Gotham", PR),
      ("Gotham", PR, "IS_A", "predictive policing", T),
      ("Peter Thiel", PE, "FOUNDED", "Palantir Technologies", C),
      ("Peter Thiel", PE, "INVESTED_IN", "Clearview AI", C)], "asserted"),
    ("flock-funding.txt", "2022-07-13",
     "Andreessen Horowitz led a round in Flock Safety, which sells plate readers to police.",
     [("Andreessen Horowitz", C, "INVESTED_IN", "Flock Safety", C),
      ("Andreessen Horowitz", C, "INVESTED_IN", "Fusus", C),
      ("Flock Safety", C, "DEVELOPS", "automated license plate reader", T),
      ("Flock Safety", C, "CONTRACTS_WITH", "Los Angeles Police Department", A),
      ("Flock Safety", C, "PARTNERS_WITH", "Axon", C),
      ("Garrett Langley", PE, "LEADS", "Flock Safety", C)], "asserted"),
    ("axon-fusus.txt", "2024-02-06",
     "Axon acquired Fusus, and Fusus now operates as a unit of Axon.",
     [("Axon", C, "ACQUIRED", "Fusus", C),
      ("Fusus", C, "SUBSIDIARY_OF", "Axon", C),
      ("Axon", C, "DEVELOPS", "body-worn camera", T),
      ("Chicago Police Department", A, "USES", "body-worn camera", T),
      ("Axon", C, "CONTRACTS_WITH", "Chicago Police Department", A)], "asserted"),
    ("nso-entity-list.txt", "2021-11-03",
     "The Commerce Department added NSO Group, maker of Pegasus, to the Entity List.",
     [("Department of Commerce", A, "BANNED", "NSO Group", C),
      ("NSO Group", C, "DEVELOPS", "Pegasus", PR),
      ("Pegasus", PR, "IS_A", "spyware", T),
      ("WhatsApp", P, "SUED", "NSO Group", C),
      ("NSO Group", C, "LOCATED_IN", "Israel", L)], "asserted"),
]


def records() -> list[Extraction]:
    """Two dataset records in the shape ingest produces, resolved as `kg build` resolves them:
    a made-up USAspending-style award to "PALANTIR USG INC" (one node with the article's
    Palantir Technologies) and an Atlas-style row (Chicago police use body-worn cameras)."""
    award = RecordBuilder(
        "usaspending", "CONT_AWD_TEST_0001", "awards.csv:2", fmt="usaspending-prime",
        url="https://www.usaspending.gov/award/CONT_AWD_TEST_0001/", date="2019-09-30",
        title="USAspending award TEST0001",
        properties={"amount": 1000000.0, "currency": "USD", "award_id": "TEST0001"},
    )
    award.add(
        entity("PALANTIR USG INC", C, identifiers=("uei:TESTUEI00001",)), "CONTRACTS_WITH",
        entity("U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT", A),
        "USAspending award TEST0001: ICE obligated USD 1,000,000.00 to PALANTIR USG INC.",
        amount=1000000.0, currency="USD", award_ids=["TEST0001"],
    )
    atlas = RecordBuilder("atlas", "AOS_TEST_1", "atlas.csv:2", fmt="atlas", date="2018-01-01")
    atlas.add(entity("Chicago Police Department", A), "USES",
              entity("Body-worn Cameras", T), "Atlas: Chicago police use body-worn cameras.")
    resolver = Resolver(default_knowledge())
    return [resolver.resolve_extraction(r.build()) for r in (award, atlas)]


def corpus() -> list[Extraction]:
    return [
        make_extraction(text, name, triples, date=date, status=status)
        for name, date, text, triples, status in DOCS
    ] + records()
