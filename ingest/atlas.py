"""EFF Atlas of Surveillance, full CSV export: which agency uses which technology, from whom.

Each row is one record "atlas:<AOSNUMBER>": the agency USES the technology (every row), each
vendor named in `Vendor` CONTRACTS_WITH the agency, and the agency is LOCATED_IN its city,
county and state. The row's own links (`Link n`, `Link n Source`, `Link n Date`) are kept on
the record as provenance; the earliest readable link date dates the record.
Data: Electronic Frontier Foundation and University of Nevada, Reno, CC BY 4.0.
"""

from __future__ import annotations

import re

from ingest.us_states import state_name
from kg.model import Extraction
from kg.names import LEGAL_SUFFIXES, normalize
from kg.record_sources import CsvRecordSource
from kg.records import (
    RecordBuilder,
    Row,
    RowError,
    entity,
    parse_date,
)

DATASET = "atlas"
REQUIRED = ("AOSNUMBER", "Agency", "Technology")
_SPLIT = re.compile(r"\s*[,/;]\s*")


def vendors(text: str) -> list[str]:
    """Vendor names from the free-text column: "A, B" and "A/B" are two vendors, while the
    legal suffix of "Acme, Inc." stays with its name."""
    parts = [p for p in _SPLIT.split(text or "") if p and p.strip()]
    out: list[str] = []
    for part in parts:
        if out and normalize(part) in LEGAL_SUFFIXES:
            out[-1] = f"{out[-1]}, {part}"
        elif normalize(part):
            out.append(part.strip())
    return list(dict.fromkeys(out))


class AtlasSource(CsvRecordSource):
    """The Atlas of Surveillance CSV export (28 columns); matched by header names."""

    name = "atlas"
    required = REQUIRED

    def record(self, row: Row, name: str, path: str | None) -> Extraction:
        for column in REQUIRED:
            if not row.get(column):
                raise RowError(f"empty {column}")
        key, agency_name, tech_name = row.get("AOSNUMBER"), row.get("Agency"), row.get("Technology")
        links = []
        for n in (1, 2, 3):
            url = row.get(f"Link {n}")
            if url:
                date = parse_date(row.get(f"Link {n} Date"))
                links.append((url, row.get(f"Link {n} Source"), date))
        dates = sorted(d for _, _, d in links if d)
        state = state_name(row.get("State"))
        rec = RecordBuilder(
            DATASET, key, f"{name}:{row.line}", fmt=self.name, path=path,
            url=links[0][0] if links else None, date=dates[0] if dates else None,
            title=f"Atlas of Surveillance {key}",
            properties={
                "agency_type": row.get("Type of LEA"), "jurisdiction": row.get("Type of Juris"),
                "technology": tech_name, "vendor": row.get("Vendor"), "state": state,
                "summary": row.get("Summary"), "link_urls": [u for u, _, _ in links],
                "link_sources": [s for _, s, _ in links],
                "link_dates": [d or "" for *_, d in links],
            },
        )
        agency = entity(agency_name, "Agency", jurisdiction=row.get("Type of Juris"),
                        agency_type=row.get("Type of LEA"), state=state)
        tech = entity(tech_name, "Technology")
        summary = row.get("Summary") or f"{agency_name} uses {tech_name}."
        rec.add(agency, "USES", tech, f"Atlas of Surveillance {key}: {summary}")
        for vendor in vendors(row.get("Vendor")):
            company = entity(vendor, "Company")
            rec.add(company, "CONTRACTS_WITH", agency,
                    f"Atlas of Surveillance {key}: {agency_name} uses {tech_name} from {vendor}.",
                    technology=tech_name)
        places = []
        if row.get("City") and state:
            places.append(f"{row.get('City')}, {state}")
        if row.get("County") and state:
            places.append(f"{row.get('County')}, {state}")
        if state:
            places.append(state)
        for place in places:
            rec.add(agency, "LOCATED_IN", entity(place, "Location"),
                    f"Atlas of Surveillance {key}: {agency_name} is in {place}.")
        return rec.build()
